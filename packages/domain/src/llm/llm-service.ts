import type { LlmTaskName, LlmTaskOutput, LlmTaskVariables } from './llm-tasks.js';

export type LlmProviderName = 'local' | 'openai' | 'anthropic';

/** What one call cost. `latencyMs` is wall time of the successful attempt chain, retries included. */
export interface LlmUsage {
  provider: LlmProviderName;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
}

/** Application-facing request: the task and its variables; the service picks the prompt and the schema. */
export interface LlmRunRequest<T extends LlmTaskName> {
  task: T;
  variables: LlmTaskVariables<T>;
  /** Who the call is for (recorded in the usage ledger); `null`/absent for system work. */
  userId?: string | null;
  /**
   * Set by the redacting decorator: the variables already carry placeholders instead of the user's personal
   * values (recorded in the usage ledger).
   */
  redacted?: boolean;
}

export interface LlmRunResult<T extends LlmTaskName> {
  /** The answer, already validated against the task's output schema. */
  value: LlmTaskOutput<T>;
  /** What the model said, before parsing (the JSON text for the deterministic local engine). */
  rawText: string;
  usage: LlmUsage;
  promptId: string;
  promptVersion: number;
}

/**
 * The language model as Tailor uses it: one method, one task per call.
 *
 * `run` resolves with a validated value or rejects with a `DomainError`:
 * `LLM.AUTH_FAILED` (credentials refused), `LLM.RATE_LIMITED` (still limited after retries), `LLM.TIMEOUT`
 * (no answer within the configured time), `LLM.UNAVAILABLE` (network, 5xx, circuit open, whole fallback
 * chain failed), `LLM.INVALID_OUTPUT` (the answer did not fit the schema, even after one corrective retry).
 * Every provider attempt of the call (the fallback chain's too), successful or not, is recorded in the usage
 * ledger with the prompt id and version.
 */
export interface ILLMService {
  run<T extends LlmTaskName>(request: LlmRunRequest<T>): Promise<LlmRunResult<T>>;
}

/**
 * The structural view of a task's output schema that providers need: a JSON Schema to send to the model
 * and a checker for what comes back. Built from zod in infrastructure; the domain sees only this.
 */
export interface LlmOutputSchema<T> {
  /** Short identifier, safe as a JSON Schema / tool name (`[a-z_]+`). */
  readonly name: string;
  readonly jsonSchema: Readonly<Record<string, unknown>>;
  /** Checks a parsed JSON value; the error is a short human description of what does not fit. */
  validate(value: unknown): { ok: true; value: T } | { ok: false; error: string };
}

/** A prompt rendered for one call: untrusted text is already escaped and delimited in `user`. */
export interface RenderedPrompt {
  id: string;
  version: number;
  system: string;
  user: string;
}

/** Provider-facing request: the task, its variables, the rendered prompt and the expected output's schema. */
export interface LlmCompletionRequest<T extends LlmTaskName> {
  task: T;
  variables: LlmTaskVariables<T>;
  prompt: RenderedPrompt;
  schema: LlmOutputSchema<LlmTaskOutput<T>>;
}

export interface LlmCompletion<T extends LlmTaskName> {
  value: LlmTaskOutput<T>;
  rawText: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * One model backend (local engine, OpenAI-compatible server, Anthropic). Implementations validate the
 * answer with `request.schema` and raise the same `LLM.*` errors as `ILLMService.run`.
 */
export interface ILlmProvider {
  readonly name: LlmProviderName;
  complete<T extends LlmTaskName>(request: LlmCompletionRequest<T>): Promise<LlmCompletion<T>>;
}
