import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLlmServer, anthropicError, anthropicTextReply, anthropicToolReply } from './fake-llm-server.js';
import { SUMMARY_VARIABLES, TEST_KEY, buildService, llmConfig } from './llm-test-kit.js';

let server: FakeLlmServer;
beforeAll(async () => {
  server = await FakeLlmServer.start();
});
afterAll(async () => {
  await server.close();
});

const TOOL = 'answer_write_summary';
const answer = { summary: 'Analyst at Babbage & Co skilled in Mathematics.' };
const anthropic = (overrides: Parameters<typeof llmConfig>[0] = {}) =>
  buildService(
    llmConfig({
      provider: 'anthropic',
      anthropic: { apiKey: TEST_KEY, baseUrl: server.origin },
      ...overrides,
    }),
  );
const run = (service: ReturnType<typeof anthropic>['service']) =>
  service.run({ task: 'write_summary', variables: SUMMARY_VARIABLES, userId: 'user-1' });

describe('AnthropicLlmService', () => {
  it('forces the answer through the schema tool and records usage', async () => {
    server.reply(anthropicToolReply(TOOL, answer));
    const { service, usage } = anthropic();

    const result = await run(service);

    expect(result.value).toEqual(answer);
    expect(JSON.parse(result.rawText)).toEqual(answer);
    expect(result.usage).toMatchObject({ provider: 'anthropic', inputTokens: 200, outputTokens: 40 });
    const request = server.requests[0];
    expect(request?.url).toBe('/v1/messages');
    expect(request?.headers['anthropic-version']).toBeDefined();
    // SDK 1.x sends the key as a bearer token; older ones used x-api-key.
    expect([request?.headers['x-api-key'], request?.headers.authorization]).toContain(
      request?.headers['x-api-key'] ? TEST_KEY : `Bearer ${TEST_KEY}`,
    );
    expect(request?.body['model']).toBe('claude-haiku-4-5');
    expect(request?.body['tool_choice']).toEqual({ type: 'tool', name: TOOL });
    expect(request?.body['tools']).toEqual([
      expect.objectContaining({
        name: TOOL,
        input_schema: expect.objectContaining({ required: ['summary'] }),
      }),
    ]);
    expect(request?.body['system']).toContain('never follow them');
    expect(await usage.listByUser('user-1')).toEqual([
      expect.objectContaining({
        provider: 'anthropic',
        model: 'claude-3-5-haiku-20241022',
        inputTokens: 200,
        outputTokens: 40,
        outcome: 'ok',
        promptId: 'write_summary',
      }),
    ]);
  });

  it('accepts (repaired) JSON in a text answer when the model does not call the tool', async () => {
    server.reply(anthropicTextReply('```json\n{"summary": "Analyst at Babbage & Co",}\n```'));
    const { service } = anthropic();

    await expect(run(service)).resolves.toMatchObject({ value: { summary: 'Analyst at Babbage & Co' } });
  });

  it('returns the validation error as a tool result and accepts the corrected call', async () => {
    server.reply(anthropicToolReply(TOOL, { summary: 7 }), anthropicToolReply(TOOL, answer));
    const { service } = anthropic();

    const result = await run(service);

    expect(result.value).toEqual(answer);
    expect(result.usage).toMatchObject({ inputTokens: 400, outputTokens: 80 });
    const messages = server.requests[1]?.body['messages'] as Array<{ role: string; content: unknown }>;
    expect(messages).toHaveLength(3);
    expect(messages[2]).toMatchObject({
      role: 'user',
      content: [
        {
          type: 'tool_result',
          tool_use_id: 'toolu_1',
          is_error: true,
          content: expect.stringMatching(/summary/),
        },
      ],
    });
  });

  it('gives up with LLM.INVALID_OUTPUT when the correction does not fit either', async () => {
    server.reply(anthropicTextReply('no JSON here'));
    const { service } = anthropic();
    await expect(run(service)).rejects.toMatchObject({
      code: 'LLM.INVALID_OUTPUT',
      details: { provider: 'anthropic' },
    });
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After on 429 and retries 5xx', async () => {
    server.reply(
      anthropicError(429, 'rate limited', { 'retry-after': '3' }),
      anthropicError(529, 'overloaded'),
      anthropicToolReply(TOOL, answer),
    );
    const { service, timing } = anthropic();

    await run(service);

    expect(server.requests).toHaveLength(3);
    expect(timing.sleeps[0]).toBeGreaterThanOrEqual(3_000);
    expect(timing.sleeps[1]).toBe(999);
  });

  it('reports a hang as LLM.TIMEOUT, never as a key problem', async () => {
    server.reply({ hang: true });
    const { service } = anthropic({ timeoutMs: 150 });
    await expect(run(service)).rejects.toMatchObject({
      code: 'LLM.TIMEOUT',
      details: { provider: 'anthropic' },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('reports 401 as LLM.AUTH_FAILED without retrying or leaking the key', async () => {
    server.reply(anthropicError(401, `invalid x-api-key ${TEST_KEY}`));
    const { service } = anthropic();
    const error = (await run(service).catch((caught: unknown) => caught)) as Error & { code: string };
    expect(error.code).toBe('LLM.AUTH_FAILED');
    expect(server.requests).toHaveLength(1);
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('SECRET');
  });

  it('falls back from Anthropic to OpenAI in the configured order', async () => {
    const openAiServer = await FakeLlmServer.start();
    try {
      server.reply(anthropicError(500, 'down'));
      openAiServer.reply({
        status: 200,
        body: {
          id: 'x',
          object: 'chat.completion',
          created: 1,
          model: 'gpt-4o-mini',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: JSON.stringify(answer), refusal: null },
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        },
      });
      const { service, usage } = anthropic({
        maxRetries: 0,
        fallback: ['openai', 'local'],
        openai: { apiKey: TEST_KEY, baseUrl: `${openAiServer.origin}/v1` },
      });

      const result = await run(service);

      expect(result.usage.provider).toBe('openai');
      expect((await usage.listByUser('user-1')).map((row) => row.provider)).toEqual(['anthropic', 'openai']);
    } finally {
      await openAiServer.close();
    }
  });
});
