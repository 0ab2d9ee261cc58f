import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker, parseRetryAfter } from '../../src/llm/resilience.js';
import { SUMMARY_VARIABLES, TEST_KEY, buildService, llmConfig } from './llm-test-kit.js';

describe('resilience policy', () => {
  it('reads Retry-After as seconds, as an HTTP date, or retry-after-ms', () => {
    const now = Date.parse('2026-03-10T12:00:00.000Z');
    const headers = (values: Record<string, string>) => (name: string) => values[name];
    expect(parseRetryAfter(headers({ 'retry-after': '7' }), now)).toBe(7_000);
    expect(parseRetryAfter(headers({ 'retry-after': 'Tue, 10 Mar 2026 12:00:05 GMT' }), now)).toBe(5_000);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(parseRetryAfter(headers({}), now)).toBeUndefined();
  });

  it('retries network errors (nothing listening) with backoff, then reports LLM.UNAVAILABLE', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const { service, timing } = buildService(
      llmConfig({
        provider: 'openai',
        maxRetries: 2,
        openai: { apiKey: TEST_KEY, baseUrl: `http://127.0.0.1:${port}/v1` },
      }),
    );
    await expect(service.run({ task: 'write_summary', variables: SUMMARY_VARIABLES })).rejects.toMatchObject({
      code: 'LLM.UNAVAILABLE',
      message: expect.stringMatching(/network error/),
    });
    expect(timing.sleeps).toEqual([500, 999]);
  });

  it('re-opens the circuit when the trial call after the cooldown fails, and allows one trial at a time', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100 }, () => now);
    breaker.failed();
    expect(breaker.state).toBe('closed');
    breaker.failed();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    now = 100;
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.failed();
    expect(breaker.state).toBe('open');
    now = 200;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.succeeded();
    expect(breaker.state).toBe('closed');
  });
});
