import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const LLM_ERROR_STATUS = {
  // The server's model credentials were refused: our configuration, not the client's request.
  'LLM.AUTH_FAILED': 503,
  'LLM.RATE_LIMITED': 429,
  'LLM.TIMEOUT': 503,
  'LLM.UNAVAILABLE': 503,
  // The model answered, but not in the required shape even after a corrective retry.
  'LLM.INVALID_OUTPUT': 502,
  // The provider's answer was larger than any real answer can be (a broken or hostile server); not read whole.
  'LLM.RESPONSE_TOO_LARGE': 502,
} as const satisfies ErrorStatusTable;

const llmError = DomainError.factory(LLM_ERROR_STATUS);

/**
 * Failures of a language-model call. Messages never carry an API key or a provider's raw error body (which
 * may echo one); `details.provider` names which provider failed.
 */
export const LlmErrors = {
  /** The provider refused the credentials (401/403). Never used for timeouts or network failures. */
  authFailed: (provider: string) =>
    llmError('LLM.AUTH_FAILED', `The ${provider} provider rejected the configured credentials.`, {
      provider,
    }),
  /** Still rate limited after the retries; `retryAfterMs` when the provider said how long to wait. */
  rateLimited: (provider: string, retryAfterMs?: number) =>
    llmError('LLM.RATE_LIMITED', `The ${provider} provider is rate limiting requests.`, {
      provider,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    }),
  timeout: (provider: string, timeoutMs: number) =>
    llmError('LLM.TIMEOUT', `The ${provider} provider did not answer within ${timeoutMs} ms.`, {
      provider,
      timeoutMs,
    }),
  /** Network failure, 5xx, an open circuit breaker, or every provider of a fallback chain failed. */
  unavailable: (provider: string, reason: string) =>
    llmError('LLM.UNAVAILABLE', `The ${provider} provider is unavailable: ${reason}.`, {
      provider,
    }),
  /** The answer was larger than `limitBytes`; reading stopped there. */
  responseTooLarge: (provider: string, limitBytes: number) =>
    llmError(
      'LLM.RESPONSE_TOO_LARGE',
      `The ${provider} provider answered with more than ${limitBytes} bytes; the answer was refused.`,
      { provider, limitBytes },
    ),
  /** The model's answer did not fit the task's output schema, even after one corrective retry. */
  /** `usage`: the tokens the failed answers consumed (they are billed all the same). */
  invalidOutput: (
    provider: string,
    task: string,
    problem: string,
    usage: { inputTokens: number; outputTokens: number } = { inputTokens: 0, outputTokens: 0 },
  ) =>
    llmError('LLM.INVALID_OUTPUT', `The ${provider} provider answered ${task} with invalid output.`, {
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
  'LLM.RESPONSE_TOO_LARGE',
] as const;
