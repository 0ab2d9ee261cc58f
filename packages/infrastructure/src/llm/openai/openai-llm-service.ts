import {
  LlmErrors,
  type ILlmProvider,
  type LlmCompletion,
  type LlmCompletionRequest,
  type LlmTaskName,
} from '@tailor/domain';
import type OpenAI from 'openai';
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { boundedFetch, MAX_PROVIDER_RESPONSE_BYTES } from '../bounded-fetch.js';
import { extractJson } from '../json-output.js';
import type { CircuitBreaker } from '../resilience.js';
import { callWithResilience, type LlmTiming, type RetryPolicy } from '../resilience.js';

// Keywords OpenAI's strict mode has rejected on some models and compatible servers. Dropping them only
// loosens what the server enforces: the answer is still validated against the full zod schema.
const LOOSE_KEYWORDS = new Set([
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'default',
]);

/** The JSON Schema without keywords that strict structured output may refuse. */
export function strictCompatibleSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictCompatibleSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema as Record<string, unknown>)
      .filter(([key]) => !LOOSE_KEYWORDS.has(key))
      .map(([key, value]) => [
        key,
        key === 'properties' ? mapValues(value, strictCompatibleSchema) : strictCompatibleSchema(value),
      ]),
  );
}

const mapValues = (value: unknown, map: (item: unknown) => unknown): unknown =>
  Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, map(item)]));

/** How structured output is asked for, from best to most compatible. */
export type StructuredMode = 'json_schema' | 'json_object' | 'text';
const MODES: readonly StructuredMode[] = ['json_schema', 'json_object', 'text'];

/**
 * What each server (by base URL) accepted, shared by every OpenAiLlmService of the process so that a server
 * that rejects `json_schema` is asked only once.
 */
export class StructuredModeMemory {
  private readonly modes = new Map<string, StructuredMode>();
  get(baseUrl: string): StructuredMode {
    return this.modes.get(baseUrl) ?? 'json_schema';
  }
  set(baseUrl: string, mode: StructuredMode): void {
    this.modes.set(baseUrl, mode);
  }
}

export const sharedStructuredModeMemory = new StructuredModeMemory();

export interface OpenAiLlmServiceOptions {
  apiKey: string | undefined;
  /** Any OpenAI-compatible server; used exactly as given (e.g. `http://localhost:11434/v1`). */
  baseUrl: string | undefined;
  model: string;
  policy: RetryPolicy;
  breaker: CircuitBreaker;
  timing: LlmTiming;
  modeMemory?: StructuredModeMemory;
  fetch?: typeof fetch;
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

// A 4xx that names the structured-output feature means "this server does not do that", not "bad request".
export const rejectsFormat = (error: unknown): boolean => {
  const status = (error as { status?: unknown })?.status;
  if (status !== 400 && status !== 422 && status !== 404 && status !== 501) return false;
  return /response_format|json_schema|json_object|structured|schema|not supported|unsupported/iu.test(
    error instanceof Error ? error.message : '',
  );
};

/**
 * OpenAI, or any server speaking its chat-completions protocol (Groq, Ollama, vLLM, LM Studio, llama.cpp).
 * Structured output is asked for with `response_format: json_schema`, falling back to `json_object` and then
 * to plain text + JSON repair when the server rejects a mode (remembered per base URL). The answer is always
 * validated; when it does not fit, the model is asked once more with the validation error.
 */
export class OpenAiLlmService implements ILlmProvider {
  readonly name = 'openai' as const;
  // The SDK weighs ~15 MB of heap; it is loaded on the first completion, not at server start.
  private clientPromise: Promise<OpenAI> | undefined;
  private readonly baseUrl: string;
  private readonly memory: StructuredModeMemory;

  constructor(private readonly options: OpenAiLlmServiceOptions) {
    this.baseUrl = options.baseUrl ?? OPENAI_DEFAULT_BASE_URL;
    this.memory = options.modeMemory ?? sharedStructuredModeMemory;
  }

  private client(): Promise<OpenAI> {
    this.clientPromise ??= this.createClient();
    return this.clientPromise;
  }

  private async createClient(): Promise<OpenAI> {
    const { default: OpenAI } = await import('openai');
    const options = this.options;
    return new OpenAI({
      // Compatible servers often need no key, but the SDK insists on one.
      apiKey: options.apiKey ?? 'not-needed',
      baseURL: this.baseUrl,
      // One retry policy for every provider: ours (resilience.ts). The SDK's timeout is a backstop only.
      maxRetries: 0,
      timeout: options.policy.timeoutMs + 1_000,
      // Answers are read through a byte bound, never buffered whole whatever the server sends.
      fetch: boundedFetch(MAX_PROVIDER_RESPONSE_BYTES, options.fetch),
    });
  }

  async complete<T extends LlmTaskName>(request: LlmCompletionRequest<T>): Promise<LlmCompletion<T>> {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: request.prompt.system },
      { role: 'user', content: request.prompt.user },
    ];
    let inputTokens = 0;
    let outputTokens = 0;
    let lastProblem = '';
    for (let round = 0; round < 2; round += 1) {
      const answer = await callWithResilience({
        provider: this.name,
        policy: this.options.policy,
        breaker: this.options.breaker,
        timing: this.options.timing,
        attempt: (signal) => this.ask(request, messages, signal),
      });
      inputTokens += answer.inputTokens;
      outputTokens += answer.outputTokens;
      const parsed = extractJson(answer.text);
      const checked =
        parsed === undefined
          ? ({ ok: false, error: 'the answer is not JSON' } as const)
          : request.schema.validate(parsed);
      if (checked.ok)
        return { value: checked.value, rawText: answer.text, model: answer.model, inputTokens, outputTokens };
      lastProblem = checked.error;
      messages.push(
        { role: 'assistant', content: answer.text },
        {
          role: 'user',
          content: `That answer does not match the required JSON schema (${checked.error}). Answer again with only the corrected JSON object.`,
        },
      );
    }
    throw LlmErrors.invalidOutput(this.name, request.task, lastProblem, { inputTokens, outputTokens });
  }

  private async ask<T extends LlmTaskName>(
    request: LlmCompletionRequest<T>,
    messages: ChatCompletionMessageParam[],
    signal: AbortSignal,
  ): Promise<{ text: string; model: string; inputTokens: number; outputTokens: number }> {
    for (let index = MODES.indexOf(this.memory.get(this.baseUrl)); ; index += 1) {
      const mode = MODES[index] as StructuredMode;
      try {
        const completion = await (
          await this.client()
        ).chat.completions.create(this.body(request, messages, mode), {
          signal,
        });
        const choice = completion.choices[0];
        // A refusal carries no content: it fails validation and gets the one corrective retry.
        const text = choice?.message?.content ?? '';
        return {
          text,
          model: completion.model || this.options.model,
          inputTokens: completion.usage?.prompt_tokens ?? 0,
          outputTokens: completion.usage?.completion_tokens ?? 0,
        };
      } catch (error) {
        if (mode !== 'text' && rejectsFormat(error)) {
          this.memory.set(this.baseUrl, MODES[index + 1] as StructuredMode);
          continue;
        }
        throw error;
      }
    }
  }

  private body<T extends LlmTaskName>(
    request: LlmCompletionRequest<T>,
    messages: ChatCompletionMessageParam[],
    mode: StructuredMode,
  ): ChatCompletionCreateParamsNonStreaming {
    const base = { model: this.options.model, messages: [...messages], temperature: 0.2 };
    if (mode === 'json_schema') {
      return {
        ...base,
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: request.schema.name,
            schema: strictCompatibleSchema(request.schema.jsonSchema) as Record<string, unknown>,
            strict: true,
          },
        },
      };
    }
    // Without server-side schemas the schema goes into the instructions (json_object mode also requires the
    // word "JSON" in the messages, which this provides).
    const instruction = `Answer with a single JSON object, no prose and no Markdown, matching this JSON Schema:\n${JSON.stringify(request.schema.jsonSchema)}`;
    const withSchema: ChatCompletionMessageParam[] = [
      { role: 'system', content: `${request.prompt.system}\n\n${instruction}` },
      ...messages.slice(1),
    ];
    return mode === 'json_object'
      ? { ...base, messages: withSchema, response_format: { type: 'json_object' } }
      : { ...base, messages: withSchema };
  }
}
