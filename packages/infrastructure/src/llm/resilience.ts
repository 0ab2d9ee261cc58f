import { DomainError, LlmErrors, type LlmProviderName } from '@tailor/domain';
import { responseTooLargeIn } from './bounded-fetch.js';

/** Time as the resilience code sees it; injected so tests run without waiting. */
export interface LlmTiming {
  /** Monotonic-enough milliseconds (`Date.now` in production). */
  now(): number;
  sleep(milliseconds: number): Promise<void>;
  /** In [0, 1); the jitter source. */
  random(): number;
}

export const realTiming: LlmTiming = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
  random: () => Math.random(),
};

export interface RetryPolicy {
  /** Retries after the first attempt (LLM_MAX_RETRIES). */
  maxRetries: number;
  /** Per-attempt time limit (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails with LLM.RATE_LIMITED at once. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  maxRetries: 3,
  timeoutMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  ...overrides,
});

/** A failed attempt, classified once so that every provider follows the same retry policy. */
export type AttemptFailure =
  | { kind: 'auth' }
  | { kind: 'rate_limited'; retryAfterMs: number | undefined }
  | { kind: 'server'; status: number; retryAfterMs: number | undefined }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'bad_request'; status: number; message: string }
  | { kind: 'too_large'; limitBytes: number };

/** Thrown by provider attempts to report a classified failure to `callWithResilience`. */
export class AttemptError extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.kind);
  }
}

/** `Retry-After` (seconds or an HTTP date) or `retry-after-ms`, in milliseconds; undefined when absent. */
export function parseRetryAfter(
  header: (name: string) => string | null | undefined,
  now: number,
): number | undefined {
  const milliseconds = header('retry-after-ms');
  if (milliseconds && Number.isFinite(Number(milliseconds))) return Math.max(0, Number(milliseconds));
  const value = header('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/u.test(value.trim())) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Classifies an error thrown by either SDK (they share error class names and fields) or by the abort of
 * our own timer. A timeout is never reported as an authentication problem, and no message text from the
 * provider is kept (it may echo the key); only the status and a short, key-free summary.
 */
export function classifySdkError(error: unknown, timedOut: boolean, now: number): AttemptFailure {
  if (error instanceof AttemptError) return error.failure;
  const tooLarge = responseTooLargeIn(error);
  if (tooLarge) return { kind: 'too_large', limitBytes: tooLarge.limitBytes };
  if (timedOut) return { kind: 'timeout' };
  const candidate = error as {
    status?: unknown;
    headers?: unknown;
    name?: unknown;
    constructor?: { name?: string };
  };
  const name = String(candidate?.constructor?.name ?? candidate?.name ?? '');
  if (name.includes('Timeout')) return { kind: 'timeout' };
  const status = typeof candidate?.status === 'number' ? candidate.status : undefined;
  if (status === undefined) return { kind: 'network' };
  const headers = candidate.headers as
    { get?: (name: string) => string | null } | Record<string, string> | undefined;
  const header = (key: string) =>
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get: (name: string) => string | null }).get(key)
      : (headers as Record<string, string> | undefined)?.[key];
  const retryAfterMs = parseRetryAfter(header, now);
  if (status === 401 || status === 403) return { kind: 'auth' };
  if (status === 429) return { kind: 'rate_limited', retryAfterMs };
  if (status === 408) return { kind: 'timeout' };
  if (status >= 500) return { kind: 'server', status, retryAfterMs };
  return { kind: 'bad_request', status, message: safeMessage(error) };
}

// A short description of a 4xx for logs and fallback decisions, with anything key-like removed.
function safeMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.replace(/(sk|key|api)[-_A-Za-z0-9]{8,}/gu, '[redacted]').slice(0, 300);
}

export interface BreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit fails fast before letting one trial call through. */
  cooldownMs: number;
}

/**
 * Per-provider circuit breaker: after `failureThreshold` consecutive calls that failed for availability
 * reasons (network, 5xx, timeout, rate limit after retries), calls fail at once with LLM.UNAVAILABLE for
 * `cooldownMs`; then one trial call decides whether it closes again.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number,
  ) {}

  get state(): 'closed' | 'open' | 'half_open' {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half_open' : 'open';
  }

  /** Whether a call may go through now (claims the single trial slot when half open). */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  failed(): void {
    this.trialInFlight = false;
    this.consecutiveFailures += 1;
    if (this.openedAt !== null || this.consecutiveFailures >= this.options.failureThreshold)
      this.openedAt = this.now();
  }

  /** Releases a trial slot without counting (the call failed for a reason unrelated to availability). */
  neutral(): void {
    this.trialInFlight = false;
  }
}

const toDomainError = (
  provider: LlmProviderName,
  failure: AttemptFailure,
  timeoutMs: number,
): DomainError => {
  switch (failure.kind) {
    case 'auth':
      return LlmErrors.authFailed(provider);
    case 'rate_limited':
      return LlmErrors.rateLimited(provider, failure.retryAfterMs);
    case 'timeout':
      return LlmErrors.timeout(provider, timeoutMs);
    case 'server':
      return LlmErrors.unavailable(provider, `server error ${failure.status}`);
    case 'network':
      return LlmErrors.unavailable(provider, 'network error');
    case 'bad_request':
      return LlmErrors.unavailable(provider, `request rejected with status ${failure.status}`);
    case 'too_large':
      return LlmErrors.responseTooLarge(provider, failure.limitBytes);
  }
};

/**
 * Runs `attempt` under the one retry policy of the remote providers: a per-attempt timeout (the signal
 * aborts the SDK request), exponential backoff with full jitter on 429, 5xx and network errors (waiting at
 * least what `Retry-After` asks), no retry on 4xx or timeouts, and the circuit breaker around the whole call.
 * Failures come out as `LLM.*` DomainErrors.
 */
export async function callWithResilience<T>(options: {
  provider: LlmProviderName;
  policy: RetryPolicy;
  breaker: CircuitBreaker;
  timing: LlmTiming;
  attempt: (signal: AbortSignal) => Promise<T>;
}): Promise<T> {
  const { provider, policy, breaker, timing } = options;
  if (!breaker.tryAcquire()) throw LlmErrors.unavailable(provider, 'circuit open after repeated failures');
  for (let attemptNumber = 0; ; attemptNumber += 1) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, policy.timeoutMs);
    try {
      const result = await options.attempt(controller.signal);
      breaker.succeeded();
      return result;
    } catch (error) {
      if (error instanceof DomainError) {
        // Already a domain verdict (e.g. invalid output): not an availability problem.
        breaker.neutral();
        throw error;
      }
      const failure = classifySdkError(error, timedOut, timing.now());
      const retryable =
        failure.kind === 'rate_limited' || failure.kind === 'server' || failure.kind === 'network';
      const retryAfter = 'retryAfterMs' in failure ? failure.retryAfterMs : undefined;
      const tooLong = retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs;
      if (!retryable || attemptNumber >= policy.maxRetries || tooLong) {
        if (failure.kind === 'auth' || failure.kind === 'bad_request' || failure.kind === 'too_large')
          breaker.neutral();
        else breaker.failed();
        throw toDomainError(provider, failure, policy.timeoutMs);
      }
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attemptNumber);
      await timing.sleep(Math.max(retryAfter ?? 0, Math.round(backoff * timing.random())));
    } finally {
      clearTimeout(timer);
    }
  }
}
