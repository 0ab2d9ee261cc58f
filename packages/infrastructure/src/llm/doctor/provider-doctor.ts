import type Anthropic from '@anthropic-ai/sdk';
import type { LlmProviderName } from '@tailor/domain';
import { jsonrepair } from 'jsonrepair';
import type OpenAI from 'openai';
import { boundedFetch, MAX_PROVIDER_RESPONSE_BYTES, responseTooLargeIn } from '../bounded-fetch.js';
import { DEFAULT_MODELS, type LlmConfig } from '../create-llm-service.js';
import { rejectsFormat } from '../openai/openai-llm-service.js';

export type DoctorProblem =
  | 'unreachable'
  | 'timeout'
  | 'key_refused'
  | 'model_not_found'
  | 'wrong_path'
  | 'no_json'
  | 'response_too_large';

export interface ProviderVerdict {
  provider: LlmProviderName;
  model: string;
  /** Where the calls go; the SDK's default when unset. */
  baseUrl: string | undefined;
  ok: boolean;
  /** The strongest structured-output mode that worked (the adapters start there and step down likewise). */
  mode?: 'built-in' | 'json_schema' | 'json_object' | 'text' | 'tool' | 'prompt';
  problem?: DoctorProblem;
  /** One sentence an operator can act on. */
  detail: string;
  latencyMs: number;
}

interface Target {
  provider: LlmProviderName;
  model: string;
  apiKey: string | undefined;
  baseUrl: string | undefined;
  timeoutMs: number;
}

const QUESTION = 'Reply with the JSON object {"ok": true} and nothing else.';
const SCHEMA = {
  type: 'object',
  properties: { ok: { type: 'boolean' } },
  required: ['ok'],
  additionalProperties: false,
};

const ADVICE: Record<DoctorProblem, string> = {
  unreachable: 'nothing answers at this address: check the base URL, DNS and firewall',
  timeout: 'the provider accepted the connection but did not answer in time (LLM_TIMEOUT_MS)',
  key_refused: 'the API key was refused: check the key and its permissions',
  model_not_found: 'the server does not know this model: set LLM_MODEL to one it serves',
  wrong_path: 'the server answered 404 for the API path: the base URL usually ends in /v1',
  no_json: 'the model answers, but not with JSON in any mode: choose an instruction-following model',
  response_too_large: `the server answered with more than ${MAX_PROVIDER_RESPONSE_BYTES} bytes (the answer was refused unread): check that the base URL points at the model API, not at another service`,
};

/** The providers a configuration would call: the primary, then the fallbacks, each with its model. */
export function configuredProviders(config: LlmConfig): Target[] {
  return [...new Set([config.provider, ...config.fallback])].map((provider) => ({
    provider,
    model: (provider === config.provider ? config.model : undefined) ?? DEFAULT_MODELS[provider],
    apiKey:
      provider === 'openai'
        ? config.openai.apiKey
        : provider === 'anthropic'
          ? config.anthropic.apiKey
          : undefined,
    baseUrl:
      provider === 'openai'
        ? config.openai.baseUrl
        : provider === 'anthropic'
          ? config.anthropic.baseUrl
          : undefined,
    timeoutMs: Math.min(config.timeoutMs, 30_000),
  }));
}

const parses = (text: string): boolean => {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return false;
  try {
    return typeof JSON.parse(jsonrepair(text.slice(start, end + 1))) === 'object';
  } catch {
    return false;
  }
};

interface ProviderSdks {
  readonly OpenAI: typeof OpenAI;
  readonly Anthropic: typeof Anthropic;
}

// The doctor is a CLI tool: the SDKs are loaded when it runs, never at server start.
async function loadSdks(): Promise<ProviderSdks> {
  const [openai, anthropic] = await Promise.all([import('openai'), import('@anthropic-ai/sdk')]);
  return { OpenAI: openai.default, Anthropic: anthropic.default };
}

function classify(error: unknown, { OpenAI, Anthropic }: ProviderSdks): DoctorProblem {
  // Checked first: the SDKs report a refused body as a connection error.
  if (responseTooLargeIn(error)) return 'response_too_large';
  if (
    error instanceof OpenAI.APIConnectionTimeoutError ||
    error instanceof Anthropic.APIConnectionTimeoutError
  )
    return 'timeout';
  if (error instanceof OpenAI.APIConnectionError || error instanceof Anthropic.APIConnectionError)
    return 'unreachable';
  const status = (error as { status?: number }).status;
  if (status === 401 || status === 403) return 'key_refused';
  if (status === 404) {
    const message = error instanceof Error ? error.message : '';
    return /model/iu.test(message) ? 'model_not_found' : 'wrong_path';
  }
  return 'unreachable';
}

async function probeOpenAi(target: Target): Promise<Pick<ProviderVerdict, 'ok' | 'mode' | 'problem'>> {
  const sdks = await loadSdks();
  const { OpenAI } = sdks;
  const client = new OpenAI({
    apiKey: target.apiKey ?? 'not-needed',
    ...(target.baseUrl ? { baseURL: target.baseUrl } : {}),
    maxRetries: 0,
    timeout: target.timeoutMs,
    fetch: boundedFetch(MAX_PROVIDER_RESPONSE_BYTES),
  });
  const formats = {
    json_schema: { type: 'json_schema', json_schema: { name: 'probe', schema: SCHEMA, strict: true } },
    json_object: { type: 'json_object' },
    text: undefined,
  } as const;
  for (const mode of ['json_schema', 'json_object', 'text'] as const) {
    try {
      const completion = await client.chat.completions.create({
        model: target.model,
        messages: [{ role: 'user', content: QUESTION }],
        max_tokens: 20,
        ...(formats[mode] ? { response_format: formats[mode] } : {}),
      });
      if (parses(completion.choices[0]?.message.content ?? '')) return { ok: true, mode };
      if (mode === 'text') return { ok: false, problem: 'no_json' };
    } catch (error) {
      if (mode !== 'text' && rejectsFormat(error)) continue;
      return { ok: false, problem: classify(error, sdks) };
    }
  }
  return { ok: false, problem: 'no_json' };
}

async function probeAnthropic(target: Target): Promise<Pick<ProviderVerdict, 'ok' | 'mode' | 'problem'>> {
  const sdks = await loadSdks();
  const { Anthropic } = sdks;
  const client = new Anthropic({
    apiKey: target.apiKey ?? '',
    ...(target.baseUrl ? { baseURL: target.baseUrl } : {}),
    maxRetries: 0,
    timeout: target.timeoutMs,
    fetch: boundedFetch(MAX_PROVIDER_RESPONSE_BYTES),
  });
  try {
    const message = await client.messages.create({
      model: target.model,
      max_tokens: 50,
      messages: [{ role: 'user', content: QUESTION }],
      tools: [
        { name: 'answer', description: 'The answer', input_schema: SCHEMA as Anthropic.Tool.InputSchema },
      ],
      tool_choice: { type: 'tool', name: 'answer' },
    });
    if (message.content.some((block) => block.type === 'tool_use')) return { ok: true, mode: 'tool' };
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    return parses(text) ? { ok: true, mode: 'prompt' } : { ok: false, problem: 'no_json' };
  } catch (error) {
    return { ok: false, problem: classify(error, sdks) };
  }
}

/** Calls the provider once per mode it must try, with a tiny request, and says what works and what does not. */
export async function diagnoseProvider(target: Target): Promise<ProviderVerdict> {
  const started = performance.now();
  const base = { provider: target.provider, model: target.model, baseUrl: target.baseUrl };
  if (target.provider === 'local')
    return {
      ...base,
      ok: true,
      mode: 'built-in',
      detail: 'built-in engine: needs no key or network',
      latencyMs: 0,
    };
  const outcome = target.provider === 'openai' ? await probeOpenAi(target) : await probeAnthropic(target);
  const latencyMs = Math.round(performance.now() - started);
  if (outcome.ok)
    return { ...base, ...outcome, detail: `works; structured output by ${outcome.mode}`, latencyMs };
  return { ...base, ...outcome, detail: ADVICE[outcome.problem ?? 'unreachable'], latencyMs };
}

export function formatDoctorReport(verdicts: ProviderVerdict[]): string {
  return verdicts
    .map((verdict, index) => {
      const role = index === 0 ? 'primary' : 'fallback';
      const where = verdict.baseUrl ? ` at ${verdict.baseUrl}` : '';
      const mark = verdict.ok ? 'OK  ' : 'FAIL';
      const problem = verdict.problem ? ` [${verdict.problem}]` : '';
      return `${mark} ${role} ${verdict.provider} (${verdict.model})${where}: ${verdict.detail}${problem} — ${verdict.latencyMs} ms`;
    })
    .join('\n');
}
