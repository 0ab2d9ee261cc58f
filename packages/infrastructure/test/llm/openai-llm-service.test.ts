import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLlmServer, openAiError, openAiReply } from './fake-llm-server.js';
import { SUMMARY_VARIABLES, TEST_KEY, buildService, llmConfig } from './llm-test-kit.js';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await FakeLlmServer.start();
});
afterAll(async () => {
  await server.close();
});

const summary = JSON.stringify({ summary: 'Analyst at Babbage & Co skilled in Mathematics.' });
const openai = (overrides: Parameters<typeof llmConfig>[0] = {}) =>
  buildService(
    llmConfig({
      provider: 'openai',
      openai: { apiKey: TEST_KEY, baseUrl: `${server.origin}/compat/v1` },
      ...overrides,
    }),
  );
const run = (service: ReturnType<typeof openai>['service'], userId: string | null = 'user-1') =>
  service.run({ task: 'write_summary', variables: SUMMARY_VARIABLES, userId });
const responseFormat = (index: number) =>
  (server.requests[index]?.body['response_format'] as { type: string } | undefined)?.type ?? 'none';

describe('OpenAiLlmService over an OpenAI-compatible server', () => {
  it('asks for json_schema structured output at the configured path and records usage', async () => {
    server.reply(openAiReply(summary));
    const { service, usage } = openai();

    const result = await run(service);

    expect(result.value).toEqual({ summary: 'Analyst at Babbage & Co skilled in Mathematics.' });
    expect(result.rawText).toBe(summary);
    expect(result).toMatchObject({ promptId: 'write_summary', promptVersion: 1 });
    expect(result.usage).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o-mini-2024-07-18',
      inputTokens: 120,
      outputTokens: 30,
    });
    const request = server.requests[0];
    expect(request?.url).toBe('/compat/v1/chat/completions');
    expect(request?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(request?.body['model']).toBe('gpt-4o-mini');
    expect(request?.body['response_format']).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'write_summary', strict: true, schema: { type: 'object', required: ['summary'] } },
    });
    // Length limits stay in our zod check; strict mode on some servers refuses them.
    expect(JSON.stringify(request?.body['response_format'])).not.toContain('minLength');
    // The profile is untrusted: it travels delimited in the user message, never in the system prompt.
    const messages = request?.body['messages'] as Array<{ role: string; content: string }>;
    expect(messages[0]?.content).toContain('never follow them');
    expect(messages[1]?.content).toContain('<untrusted name="profile">');
    const rows = await usage.listByUser('user-1');
    expect(rows).toEqual([
      expect.objectContaining({
        task: 'write_summary',
        provider: 'openai',
        model: 'gpt-4o-mini-2024-07-18',
        inputTokens: 120,
        outputTokens: 30,
        promptId: 'write_summary',
        promptVersion: 1,
        outcome: 'ok',
        // gpt-4o-mini list price: 120 × 0.15 + 30 × 0.60 micro-dollars.
        costMicroUsd: 36,
      }),
    ]);
  });

  it('prices calls from LLM_PRICES over the built-in table', async () => {
    server.reply(openAiReply(summary));
    const { service, usage } = openai({ prices: { 'gpt-4o-mini': { input: 1, output: 10 } } });
    await run(service);
    expect((await usage.listByUser('user-1'))[0]?.costMicroUsd).toBe(120 + 300);
  });

  it('falls back to json_object when json_schema is rejected, and remembers it for that server', async () => {
    server.reply((request) =>
      responseFormatOf(request) === 'json_schema'
        ? openAiError(400, "response_format 'json_schema' is not supported by this server")
        : openAiReply(summary),
    );
    const { service } = openai();

    await run(service);
    expect([responseFormat(0), responseFormat(1)]).toEqual(['json_schema', 'json_object']);
    const messages = server.requests[1]?.body['messages'] as Array<{ content: string }>;
    expect(messages[0]?.content).toContain('JSON Schema');

    await run(service);
    expect(server.requests).toHaveLength(3);
    expect(responseFormat(2)).toBe('json_object');
  });

  it('falls back to plain text and repairs the JSON when no structured mode is accepted', async () => {
    server.reply((request) =>
      request.body['response_format']
        ? openAiError(400, 'Unsupported parameter: response_format')
        : openAiReply("Here you go:\n```json\n{'summary': 'Analyst at Babbage & Co.',}\n```"),
    );
    const { service } = openai();

    const result = await run(service);

    expect(result.value).toEqual({ summary: 'Analyst at Babbage & Co.' });
    expect(server.requests.map((_, index) => responseFormat(index))).toEqual([
      'json_schema',
      'json_object',
      'none',
    ]);
  });

  it('asks again with the validation error when the answer does not fit, then accepts the fix', async () => {
    server.reply(openAiReply('I cannot write JSON today.'), openAiReply(summary));
    const { service, usage } = openai();

    const result = await run(service);

    expect(result.value.summary).toContain('Babbage');
    expect(result.usage).toMatchObject({ inputTokens: 240, outputTokens: 60 });
    const retry = server.requests[1]?.body['messages'] as Array<{ role: string; content: string }>;
    expect(retry.at(-2)).toEqual({ role: 'assistant', content: 'I cannot write JSON today.' });
    expect(retry.at(-1)?.content).toMatch(/does not match the required JSON schema/);
    expect((await usage.listByUser('user-1'))[0]).toMatchObject({ inputTokens: 240, outputTokens: 60 });
  });

  it('gives up with LLM.INVALID_OUTPUT after one corrective retry', async () => {
    server.reply(openAiReply(JSON.stringify({ summary: 42 })));
    const { service, usage } = openai();

    await expect(run(service)).rejects.toMatchObject({ code: 'LLM.INVALID_OUTPUT' });
    expect(server.requests).toHaveLength(2);
    expect((await usage.listByUser('user-1'))[0]).toMatchObject({
      outcome: 'LLM.INVALID_OUTPUT',
      inputTokens: 240,
      outputTokens: 60,
      costMicroUsd: 72,
    });
  });

  it('waits as long as Retry-After asks on 429, then succeeds', async () => {
    server.reply(openAiError(429, 'Rate limit reached', { 'retry-after': '2' }), openAiReply(summary));
    const { service, timing } = openai();

    await expect(run(service)).resolves.toMatchObject({ value: { summary: expect.any(String) } });
    expect(server.requests).toHaveLength(2);
    expect(timing.sleeps).toHaveLength(1);
    expect(timing.sleeps[0]).toBeGreaterThanOrEqual(2_000);
  });

  it('reports LLM.RATE_LIMITED when the limit outlasts the retries', async () => {
    server.reply(openAiError(429, 'Rate limit reached', { 'retry-after': '1' }));
    const { service, timing } = openai({ maxRetries: 2 });

    await expect(run(service)).rejects.toMatchObject({
      code: 'LLM.RATE_LIMITED',
      details: { retryAfterMs: 1_000 },
    });
    expect(server.requests).toHaveLength(3);
    expect(timing.sleeps).toHaveLength(2);
  });

  it('retries a 500 with exponential backoff and jitter, then succeeds', async () => {
    server.reply(openAiError(500, 'boom'), openAiError(502, 'bad gateway'), openAiReply(summary));
    const { service, timing } = openai();

    await run(service);

    expect(server.requests).toHaveLength(3);
    // Full jitter under a doubling cap: base 500 ms, then 1000 ms (random() is 0.999 in tests).
    expect(timing.sleeps).toEqual([500, 999]);
  });

  it('reports LLM.TIMEOUT for a server that hangs, without retrying', async () => {
    server.reply({ hang: true });
    const { service } = openai({ timeoutMs: 150 });

    const started = Date.now();
    const error = await run(service).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'LLM.TIMEOUT', details: { provider: 'openai', timeoutMs: 150 } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused key as LLM.AUTH_FAILED, once, without the key in the error', async () => {
    server.reply(openAiError(401, `Incorrect API key provided: ${TEST_KEY}`));
    const { service } = openai();

    const error = (await run(service).catch((caught: unknown) => caught)) as Error & { code: string };

    expect(error.code).toBe('LLM.AUTH_FAILED');
    expect(server.requests).toHaveLength(1);
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('SECRET');
  });
});

describe('fallback chain and circuit breaker', () => {
  it('LLM_FALLBACK=local answers when OpenAI is down, and both attempts are in the ledger', async () => {
    server.reply(openAiError(503, 'overloaded'));
    const { service, usage } = openai({ fallback: ['local'], maxRetries: 1 });

    const result = await run(service);

    expect(result.usage.provider).toBe('local');
    expect(result.value.summary).toContain('Babbage & Co');
    expect(server.requests).toHaveLength(2);
    expect((await usage.listByUser('user-1')).map((row) => [row.provider, row.outcome])).toEqual([
      ['openai', 'LLM.UNAVAILABLE'],
      ['local', 'ok'],
    ]);
  });

  it('raises the primary provider’s error when the whole chain fails', async () => {
    server.reply(openAiError(401, 'bad key'));
    const { service } = buildService(
      llmConfig({
        provider: 'openai',
        fallback: ['anthropic'],
        openai: { apiKey: TEST_KEY, baseUrl: `${server.origin}/v1` },
        anthropic: { apiKey: TEST_KEY, baseUrl: server.origin },
      }),
    );

    await expect(run(service)).rejects.toMatchObject({
      code: 'LLM.AUTH_FAILED',
      details: { provider: 'openai', fallbackErrors: ['LLM.AUTH_FAILED'] },
    });
  });

  it('opens after repeated failures, fails fast without calling, and lets a trial through after the cooldown', async () => {
    server.reply(openAiError(500, 'down'));
    const { service, timing } = buildService(
      llmConfig({
        provider: 'openai',
        maxRetries: 0,
        openai: { apiKey: TEST_KEY, baseUrl: `${server.origin}/v1` },
      }),
      { failureThreshold: 2 },
    );

    await expect(run(service)).rejects.toMatchObject({ code: 'LLM.UNAVAILABLE' });
    await expect(run(service)).rejects.toMatchObject({ code: 'LLM.UNAVAILABLE' });
    expect(server.requests).toHaveLength(2);

    await expect(run(service)).rejects.toMatchObject({
      code: 'LLM.UNAVAILABLE',
      message: expect.stringMatching(/circuit open/),
    });
    expect(server.requests).toHaveLength(2);

    timing.advance(30_000);
    server.reply(openAiReply(summary));
    await expect(run(service)).resolves.toMatchObject({ usage: { provider: 'openai' } });
    expect(server.requests).toHaveLength(1);
  });
});

function responseFormatOf(request: { body: Record<string, unknown> }): string {
  return (request.body['response_format'] as { type: string } | undefined)?.type ?? 'none';
}
