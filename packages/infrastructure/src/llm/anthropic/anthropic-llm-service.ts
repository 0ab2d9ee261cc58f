import type Anthropic from '@anthropic-ai/sdk';
import type { MessageParam, Tool } from '@anthropic-ai/sdk/resources/messages';
import {
  LlmErrors,
  type ILlmProvider,
  type LlmCompletion,
  type LlmCompletionRequest,
  type LlmTaskName,
} from '@tailor/domain';
import { boundedFetch, MAX_PROVIDER_RESPONSE_BYTES } from '../bounded-fetch.js';
import { extractJson } from '../json-output.js';
import type { CircuitBreaker } from '../resilience.js';
import { callWithResilience, type LlmTiming, type RetryPolicy } from '../resilience.js';

export interface AnthropicLlmServiceOptions {
  apiKey: string | undefined;
  /** Without `/v1` (the SDK adds it), e.g. `https://api.anthropic.com`. */
  baseUrl: string | undefined;
  model: string;
  policy: RetryPolicy;
  breaker: CircuitBreaker;
  timing: LlmTiming;
  maxTokens?: number;
  fetch?: typeof fetch;
}

/**
 * Anthropic's Messages API. The output schema is offered as the one tool the model must call
 * (`tool_choice`), so the answer arrives as the tool's JSON input; a text answer is parsed (and repaired) as
 * JSON instead. Validated like every provider, with one corrective retry carrying the validation error.
 */
export class AnthropicLlmService implements ILlmProvider {
  readonly name = 'anthropic' as const;
  // The SDK is loaded on the first completion, not at server start (it weighs megabytes of heap).
  private clientPromise: Promise<Anthropic> | undefined;

  constructor(private readonly options: AnthropicLlmServiceOptions) {}

  private client(): Promise<Anthropic> {
    this.clientPromise ??= this.createClient();
    return this.clientPromise;
  }

  private async createClient(): Promise<Anthropic> {
    const { default: Anthropic } = await import('@anthropic-ai/sdk');
    const options = this.options;
    return new Anthropic({
      apiKey: options.apiKey ?? 'not-needed',
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      maxRetries: 0,
      timeout: options.policy.timeoutMs + 1_000,
      // Answers are read through a byte bound, never buffered whole whatever the server sends.
      fetch: boundedFetch(MAX_PROVIDER_RESPONSE_BYTES, options.fetch),
    });
  }

  async complete<T extends LlmTaskName>(request: LlmCompletionRequest<T>): Promise<LlmCompletion<T>> {
    const tool: Tool = {
      name: `answer_${request.schema.name}`,
      description: `Return the ${request.task} result. Always answer by calling this tool.`,
      input_schema: { type: 'object', ...request.schema.jsonSchema } as Tool['input_schema'],
    };
    const messages: MessageParam[] = [{ role: 'user', content: request.prompt.user }];
    let inputTokens = 0;
    let outputTokens = 0;
    let lastProblem = '';
    for (let round = 0; round < 2; round += 1) {
      const message = await callWithResilience({
        provider: this.name,
        policy: this.options.policy,
        breaker: this.options.breaker,
        timing: this.options.timing,
        attempt: async (signal) =>
          (await this.client()).messages.create(
            {
              model: this.options.model,
              max_tokens: this.options.maxTokens ?? 4_096,
              system: request.prompt.system,
              messages,
              tools: [tool],
              tool_choice: { type: 'tool', name: tool.name },
            },
            { signal },
          ),
      });
      inputTokens += message.usage?.input_tokens ?? 0;
      outputTokens += message.usage?.output_tokens ?? 0;
      const toolUse = message.content.find((block) => block.type === 'tool_use');
      const text = message.content
        .filter((block) => block.type === 'text')
        .map((block) => block.text)
        .join('');
      const rawText = toolUse ? JSON.stringify(toolUse.input) : text;
      const parsed = toolUse ? toolUse.input : extractJson(text);
      const checked =
        parsed === undefined
          ? ({ ok: false, error: 'the answer is not JSON' } as const)
          : request.schema.validate(parsed);
      if (checked.ok) {
        return {
          value: checked.value,
          rawText,
          model: message.model || this.options.model,
          inputTokens,
          outputTokens,
        };
      }
      lastProblem = checked.error;
      const correction = `That answer does not match the required JSON schema (${checked.error}). Answer again with the corrected result.`;
      messages.push({ role: 'assistant', content: message.content });
      messages.push(
        toolUse
          ? {
              role: 'user',
              content: [
                { type: 'tool_result', tool_use_id: toolUse.id, is_error: true, content: correction },
              ],
            }
          : { role: 'user', content: correction },
      );
    }
    throw LlmErrors.invalidOutput(this.name, request.task, lastProblem, { inputTokens, outputTokens });
  }
}
