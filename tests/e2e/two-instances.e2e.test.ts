/**
 * Two real server processes on one PostgreSQL database and one Redis: what a client sees must not depend on
 * which instance answers. Needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (skipped without
 * them, a failure under CI=true).
 */
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import { GENERATION_STAGES } from '@tailor/domain';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { createConnection, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server-process.js';

const REDIS_DB = 7;

const redisAnswers = (): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: 6379 });
    socket.setTimeout(500);
    socket.once('connect', () => {
      // FLUSHDB on our own database number: counters from an earlier run must not count against this one.
      socket.write(`*2\r\n$6\r\nSELECT\r\n$1\r\n${REDIS_DB}\r\n*1\r\n$7\r\nFLUSHDB\r\n`);
      socket.once('data', () => (socket.destroy(), resolve(true)));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

const available = (await postgresIsAvailable()) && (await redisAnswers());
if (!available && process.env.CI === 'true')
  throw new Error(
    'The two-instance test needs PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) in CI.',
  );

/**
 * A model provider on 127.0.0.1 that the instances use first (with the local engine as fallback): it fails
 * fast, so generations finish on the fallback, or it never answers, so a generation stays running on the
 * instance that holds it until that instance is killed.
 */
class ModelProvider {
  mode: 'fail' | 'hang' = 'fail';
  /** Which instance (by its base URL's first path segment) is waiting on an unanswered request. */
  waiting: string | null = null;
  private constructor(private readonly server: Server) {}

  static async start(): Promise<ModelProvider> {
    const server = createServer();
    const provider = new ModelProvider(server);
    server.on('request', (request, response) => {
      request.resume();
      if (provider.mode === 'hang') {
        provider.waiting = request.url?.split('/')[1] ?? null;
        return;
      }
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"error":{"message":"unavailable","type":"server_error"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  /** Each instance gets its own path, so the provider can tell who is calling. */
  baseUrlFor(instance: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${instance}/v1`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

async function call(server: RunningServer, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : null) as Json,
  };
}

/** Reads a server-sent event stream to its `end` event; returns every event's name and data. */
async function readEvents(server: RunningServer, path: string, token: string) {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const events: Array<{ event: string; data: Json }> = [];
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/mu.exec(block)?.[1];
      const data = /^data: (.+)$/mu.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) as Json });
    }
    if (events.at(-1)?.event === 'end') break;
  }
  return events;
}

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const PROFILE = {
  fullName: 'Ada Two-Instances',
  email: 'ada@example.org',
  summary: 'Backend engineer building TypeScript services on PostgreSQL.',
  experiences: [
    {
      title: 'Backend Engineer',
      company: 'Northwind',
      startDate: '2020-01',
      endDate: null,
      current: true,
      bullets: ['Built TypeScript services on PostgreSQL for 40 teams', 'Ran the Kubernetes platform'],
      technologies: ['TypeScript', 'PostgreSQL', 'Kubernetes'],
    },
  ],
  skills: { technical: ['TypeScript', 'PostgreSQL', 'Kubernetes'], soft: [], tools: [] },
};
const POSTING =
  'Senior Backend Engineer\nContoso - Berlin, Germany\n\nRequirements:\n- TypeScript and PostgreSQL\n- Kubernetes\n';

describe.skipIf(!available)('two instances on one PostgreSQL database and one Redis', () => {
  let scratch: ScratchPostgres;
  let provider: ModelProvider;
  let servers: RunningServer[] = [];
  let a: RunningServer;
  let b: RunningServer;
  let token: string;
  let jobId: string;

  beforeAll(async () => {
    scratch = await createScratchPostgres('two-instances');
    provider = await ModelProvider.start();
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await provider?.close();
    await scratch?.drop();
  });

  it('five instances started at once on an empty database all come up ready', async () => {
    const env = (name: string) => ({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'two-instances-secret-4c1f9a7e2b6d0c3e8f5a',
      DATA_DIR: mkdtempSync(join(tmpdir(), `tailor-two-instances-${name}-`)),
      DATABASE_URL: scratch.url,
      // Stored files in PostgreSQL: no volume shared between the instances (each has a DATA_DIR of its own).
      STORAGE: 'database',
      REDIS_URL: `redis://127.0.0.1:6379/${REDIS_DB}`,
      RATE_LIMIT_MAX: '1000',
      AUTH_RATE_LIMIT_MAX: '1000',
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-two-instances',
      OPENAI_BASE_URL: provider.baseUrlFor(name),
      LLM_MODEL: 'gpt-4o-mini',
      LLM_FALLBACK: 'local',
      LLM_MAX_RETRIES: '0',
    });
    const started = await Promise.allSettled(
      ['a', 'b', 'c', 'd', 'e'].map((name) =>
        startServer({
          cwd: mkdtempSync(join(tmpdir(), 'tailor-cwd-')),
          env: env(name),
          startupTimeoutMs: 120_000,
        }),
      ),
    );
    servers = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    expect(started.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    for (const server of servers) expect((await fetch(`${server.baseUrl}/ready`)).status).toBe(200);
    // Two are enough from here on.
    await Promise.all(servers.slice(2).map((server) => server.stop()));
    servers = servers.slice(0, 2);
    [a, b] = servers as [RunningServer, RunningServer];

    const registered = await call(a, 'POST', '/api/v1/auth/register', undefined, {
      email: `two-${Date.now()}@example.org`,
      password: 'Two-instances-1',
      fullName: 'Ada Two-Instances',
    });
    expect(registered.status).toBe(201);
    token = registered.body.accessToken as string;
    expect((await call(a, 'POST', '/api/v1/profiles', token, PROFILE)).status).toBe(201);
    const job = await call(b, 'POST', '/api/v1/jobs', token, { rawText: POSTING });
    expect(job.status).toBe(201);
    jobId = job.body.id as string;
  }, 180_000);

  it('a generation started on A streams every stage, in order, to a client on B and ends there', async () => {
    const started = await call(a, 'POST', '/api/v1/generations', token, { type: 'resume', jobId });
    expect(started.status).toBe(202);
    const events = await readEvents(b, `/api/v1/generations/${started.body.id}/events`, token);
    const final = events.at(-1)!;
    expect(final).toMatchObject({ event: 'end', data: { status: 'succeeded', progress: 100 } });
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data);
    const percentages = progress.map((p) => p.progress as number);
    expect(percentages).toEqual([...percentages].sort((x, y) => x - y));
    // Whichever instance ran it, the stages reached B through LISTEN/NOTIFY: none missing, none out of order.
    const stages = progress.map((p) => p.stage as string | null).filter((stage) => stage !== null);
    expect(stages.filter((stage, i) => stage !== stages[i - 1])).toEqual([...GENERATION_STAGES]);
  }, 60_000);

  it('a document exported on A downloads from B', async () => {
    const started = await call(a, 'POST', '/api/v1/generations', token, { type: 'resume', jobId });
    const generation = await eventually(async () => {
      const polled = await call(b, 'GET', `/api/v1/generations/${started.body.id}`, token);
      return polled.body.status === 'succeeded' ? polled.body : undefined;
    }, 30_000);
    const exported = await call(a, 'POST', `/api/v1/documents/${generation.documentId}/export`, token, {
      format: 'pdf',
    });
    expect(exported.status).toBe(201);
    const download = await fetch(`${b.baseUrl}${exported.body.downloadUrl}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(exported.body.bytes);
  }, 60_000);

  it('the rate limit is one budget across A and B', async () => {
    const remaining: number[] = [];
    for (const server of [a, b, a, b, a, b]) {
      const response = await call(server, 'GET', '/api/v1/auth/me', token);
      expect(response.status).toBe(200);
      remaining.push(Number(response.headers.get('x-ratelimit-remaining')));
    }
    // Each answer, from either instance, sees the budget one smaller than the answer before it.
    for (let i = 1; i < remaining.length; i += 1) expect(remaining[i]).toBe(remaining[i - 1]! - 1);
  });

  it('logout on A rejects the token on B within 2 seconds', async () => {
    const login = await call(b, 'POST', '/api/v1/auth/register', undefined, {
      email: `leaving-${Date.now()}@example.org`,
      password: 'Two-instances-1',
      fullName: 'Leaving User',
    });
    const leaving = login.body.accessToken as string;
    expect((await call(b, 'GET', '/api/v1/auth/me', leaving)).status).toBe(200);
    expect((await call(a, 'POST', '/api/v1/auth/logout', leaving)).status).toBe(204);
    const loggedOutAt = Date.now();
    await eventually(
      async () => ((await call(b, 'GET', '/api/v1/auth/me', leaving)).status === 401 ? true : undefined),
      2_000,
    );
    expect(Date.now() - loggedOutAt).toBeLessThan(2_000);
  });

  it('the instance running a generation is killed: it ends on the other within 30 seconds', async () => {
    provider.mode = 'hang';
    provider.waiting = null;
    const started = await call(a, 'POST', '/api/v1/generations', token, { type: 'resume', jobId });
    const id = started.body.id as string;
    // Both instances claim work from the same table: whichever holds it now waits on the model.
    const holder = await eventually(async () => provider.waiting ?? undefined, 20_000);
    const [doomed, survivor] = holder === 'a' ? [a, b] : [b, a];
    expect((await call(survivor, 'GET', `/api/v1/generations/${id}`, token)).body.status).toBe('running');
    const killedAt = Date.now();
    await doomed.stop('SIGKILL');
    provider.mode = 'fail';
    const ended = await eventually(async () => {
      const polled = await call(survivor, 'GET', `/api/v1/generations/${id}`, token);
      return ['succeeded', 'failed'].includes(polled.body.status) ? polled.body : undefined;
    }, 30_000);
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    if (ended.status === 'failed') expect(ended.error.code).toBe('GENERATION.INTERRUPTED');
  }, 60_000);
});
