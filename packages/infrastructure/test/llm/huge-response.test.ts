import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PROVIDER_RESPONSE_BYTES } from '../../src/llm/bounded-fetch.js';
import { diagnoseProvider } from '../../src/llm/doctor/provider-doctor.js';
import { SUMMARY_VARIABLES, TEST_KEY, buildService, llmConfig } from './llm-test-kit.js';

const HUGE = 300 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'A');

/**
 * A server on 127.0.0.1 that answers every request with the start of a plausible JSON answer followed by
 * 300 MB of text, written as fast as the client reads it. It counts what the client actually took.
 */
class HugeAnswerServer {
  sent = 0;
  declareLength = false;
  private constructor(private readonly server: Server) {}

  static async start(): Promise<HugeAnswerServer> {
    const server = createServer();
    const huge = new HugeAnswerServer(server);
    server.on('request', (request, response) => {
      request.resume();
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(huge.declareLength ? { 'content-length': String(HUGE) } : {}),
      });
      response.write('{"id":"x","type":"message","choices":[{"message":{"content":"');
      let stopped = false;
      response.on('close', () => (stopped = true));
      const pump = () => {
        while (!stopped && huge.sent < HUGE) {
          huge.sent += CHUNK.length;
          if (!response.write(CHUNK)) return void response.once('drain', pump);
        }
        if (!stopped) response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return huge;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('a provider answering with 300 MB', () => {
  let huge: HugeAnswerServer;
  beforeAll(async () => {
    huge = await HugeAnswerServer.start();
  });
  afterAll(() => huge.close());
  afterEach(() => {
    huge.sent = 0;
    huge.declareLength = false;
  });

  // What the client may have taken beyond the bound: socket and stream buffers, not the answer.
  const readAtMost = MAX_PROVIDER_RESPONSE_BYTES + 16 * 1024 * 1024;
  const summary = (provider: 'openai' | 'anthropic') =>
    buildService(
      llmConfig({
        provider,
        maxRetries: 0,
        timeoutMs: 60_000,
        openai: { apiKey: TEST_KEY, baseUrl: `${huge.origin}/v1` },
        anthropic: { apiKey: TEST_KEY, baseUrl: huge.origin },
      }),
    ).service.run({ task: 'write_summary', variables: SUMMARY_VARIABLES, userId: 'user-1' });

  it.each(['openai', 'anthropic'] as const)(
    '%s: refused with LLM.RESPONSE_TOO_LARGE after reading about the bound, not buffered whole',
    async (provider) => {
      await expect(summary(provider)).rejects.toMatchObject({
        code: 'LLM.RESPONSE_TOO_LARGE',
        details: { provider, limitBytes: MAX_PROVIDER_RESPONSE_BYTES },
      });
      expect(huge.sent).toBeGreaterThan(0);
      expect(huge.sent).toBeLessThan(readAtMost);
    },
  );

  it.each(['openai', 'anthropic'] as const)(
    '%s: a declared Content-Length over the bound is refused before reading',
    async (provider) => {
      huge.declareLength = true;
      await expect(summary(provider)).rejects.toMatchObject({ code: 'LLM.RESPONSE_TOO_LARGE' });
      expect(huge.sent).toBeLessThan(readAtMost);
    },
  );

  it.each(['openai', 'anthropic'] as const)('the doctor names the problem (%s)', async (provider) => {
    const verdict = await diagnoseProvider({
      provider,
      model: 'probe-model',
      apiKey: 'sk-test',
      baseUrl: provider === 'openai' ? `${huge.origin}/v1` : huge.origin,
      timeoutMs: 60_000,
    });
    expect(verdict).toMatchObject({ ok: false, problem: 'response_too_large' });
    expect(verdict.detail).toContain('more than');
    expect(huge.sent).toBeLessThan(readAtMost);
  });
});
