import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseProvider, formatDoctorReport } from '../../src/llm/doctor/provider-doctor.js';
import {
  anthropicError,
  anthropicToolReply,
  FakeLlmServer,
  openAiError,
  openAiReply,
  type RecordedRequest,
} from './fake-llm-server.js';

const target = (provider: 'openai' | 'anthropic', baseUrl: string, timeoutMs = 3_000) => ({
  provider,
  model: 'probe-model',
  apiKey: 'sk-test',
  baseUrl,
  timeoutMs,
});
const formatOf = (request: RecordedRequest) =>
  (request.body.response_format as { type?: string } | undefined)?.type;
const refuseFormat = openAiError(400, "response_format 'json_schema' is not supported by this model");

describe('provider doctor', () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await FakeLlmServer.start();
  });
  afterAll(async () => {
    await fake.close();
  });
  const openai = () => target('openai', `${fake.origin}/v1`);

  it('a server taking JSON schemas: works by json_schema', async () => {
    fake.reply(openAiReply('{"ok": true}'));
    expect(await diagnoseProvider(openai())).toMatchObject({ ok: true, mode: 'json_schema' });
    expect(formatOf(fake.requests[0]!)).toBe('json_schema');
  });

  it('a server refusing JSON schemas steps down to JSON mode', async () => {
    fake.reply((request) =>
      formatOf(request) === 'json_schema' ? refuseFormat : openAiReply('{"ok": true}'),
    );
    expect(await diagnoseProvider(openai())).toMatchObject({ ok: true, mode: 'json_object' });
    expect(fake.requests.map(formatOf)).toEqual(['json_schema', 'json_object']);
  });

  it('a server refusing both formats: prompt with repair, JSON found inside prose', async () => {
    fake.reply((request) =>
      formatOf(request) ? refuseFormat : openAiReply('Sure! Here it is: {ok: true,} Hope that helps.'),
    );
    expect(await diagnoseProvider(openai())).toMatchObject({ ok: true, mode: 'text' });
    expect(fake.requests.map(formatOf)).toEqual(['json_schema', 'json_object', undefined]);
  });

  it('a model that only answers in prose: no_json', async () => {
    fake.reply((request) =>
      formatOf(request) ? refuseFormat : openAiReply('I am happy to help you today.'),
    );
    expect(await diagnoseProvider(openai())).toMatchObject({ ok: false, problem: 'no_json' });
  });

  it.each([
    ['a refused key', openAiError(401, 'Incorrect API key provided'), 'key_refused'],
    ['an unknown model', openAiError(404, 'The model `probe-model` does not exist'), 'model_not_found'],
    ['a wrong path', { status: 404, body: { error: 'Cannot POST /chat/completions' } }, 'wrong_path'],
  ] as const)('%s is named', async (_label, answer, problem) => {
    fake.reply(answer);
    const verdict = await diagnoseProvider(openai());
    expect(verdict).toMatchObject({ ok: false, problem });
    expect(formatDoctorReport([verdict])).toMatch(
      new RegExp(`^FAIL primary openai \\(probe-model\\).*\\[${problem}\\]`, 'u'),
    );
  });

  it('a hanging provider is a timeout, within the deadline', async () => {
    fake.reply({ hang: true });
    const verdict = await diagnoseProvider(target('openai', `${fake.origin}/v1`, 500));
    expect(verdict).toMatchObject({ ok: false, problem: 'timeout' });
    expect(verdict.latencyMs).toBeLessThan(3_000);
  });

  it('nothing listening: unreachable', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    expect(await diagnoseProvider(target('openai', `http://127.0.0.1:${port}/v1`))).toMatchObject({
      ok: false,
      problem: 'unreachable',
    });
  });

  it('Anthropic: forced tool use works by tool; a refused key is named', async () => {
    fake.reply(anthropicToolReply('answer', { ok: true }));
    expect(await diagnoseProvider(target('anthropic', fake.origin))).toMatchObject({
      ok: true,
      mode: 'tool',
    });
    fake.reply(anthropicError(401, 'invalid x-api-key'));
    expect(await diagnoseProvider(target('anthropic', fake.origin))).toMatchObject({
      ok: false,
      problem: 'key_refused',
    });
  });

  it('the built-in engine needs nothing', async () => {
    expect(await diagnoseProvider({ ...target('openai', ''), provider: 'local' })).toMatchObject({
      ok: true,
      mode: 'built-in',
    });
  });
});
