import { DomainError } from '../shared/domain-error.js';

/**
 * Failures of a language-model call. Messages never carry an API key or a provider's raw error body (which
 * may echo one); `details.provider` names which provider failed.
 */
export const LlmErrors = {
  /** The provider refused the credentials (401/403). Never used for timeouts or network failures. */
  authFailed: (provider: string) =>
    new DomainError('LLM.AUTH_FAILED', `The ${provider} provider rejected the configured credentials.`, {
      provider,
    }),
  /** Still rate limited after the retries; `retryAfterMs` when the provider said how long to wait. */
  rateLimited: (provider: string, retryAfterMs?: number) =>
    new DomainError('LLM.RATE_LIMITED', `The ${provider} provider is rate limiting requests.`, {
      provider,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    }),
  timeout: (provider: string, timeoutMs: number) =>
    new DomainError('LLM.TIMEOUT', `The ${provider} provider did not answer within ${timeoutMs} ms.`, {
      provider,
      timeoutMs,
    }),
  /** Network failure, 5xx, an open circuit breaker, or every provider of a fallback chain failed. */
  unavailable: (provider: string, reason: string) =>
    new DomainError('LLM.UNAVAILABLE', `The ${provider} provider is unavailable: ${reason}.`, {
      provider,
    }),
  /** The model's answer did not fit the task's output schema, even after one corrective retry. */
  /** `usage`: the tokens the failed answers consumed (they are billed all the same). */
  invalidOutput: (
    provider: string,
    task: string,
    problem: string,
    usage: { inputTokens: number; outputTokens: number } = { inputTokens: 0, outputTokens: 0 },
  ) =>
    new DomainError('LLM.INVALID_OUTPUT', `The ${provider} provider answered ${task} with invalid output.`, {
      provider,
      task,
      problem,
      ...usage,
    }),
};

export const LLM_ERROR_CODES = [
  'LLM.AUTH_FAILED',
  'LLM.RATE_LIMITED',
  'LLM.TIMEOUT',
  'LLM.UNAVAILABLE',
  'LLM.INVALID_OUTPUT',
] as const;
