import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createContainer } from '../src/composition-root.js';
import { testConfig } from '../src/config/config.js';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { clientFor, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

const POSTING = `Warehouse Lead
Northwind Logistics - Leeds, United Kingdom
We need a warehouse lead with forklift certification, WMS experience and inventory control.`;

/** A Prometheus sample's value, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((pair) => line.includes(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describeEachDatabase('GET /metrics', (context) => {
  it('reports requests by route template, imports, generations and the queue from the database', async () => {
    const { app } = context();
    const user = await register(app);
    const api = clientFor(app, user.accessToken);
    expect((await api('POST', '/api/v1/jobs', { rawText: POSTING })).statusCode).toBe(201);
    await api('GET', '/api/v1/auth/me');

    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(
      sample(text, 'tailor_http_request_duration_seconds_count', {
        route: '/api/v1/auth/me',
        method: 'GET',
        status: '200',
      }),
    ).toBe(1);
    expect(sample(text, 'tailor_imports_total', { kind: 'job', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'tailor_queue_depth')).toBe(0);
    expect(sample(text, 'tailor_queue_oldest_age_seconds')).toBe(0);
    expect(sample(text, 'tailor_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('metrics and operations logs', () => {
  const apps: FastifyInstance[] = [];
  const start = async (overrides: Record<string, string> = {}) => {
    const lines: string[] = [];
    const config = testConfig({ LOG_LEVEL: 'info', ...overrides });
    const container = createContainer(config);
    const app = await buildApp(config, container, { logStream: { write: (line) => lines.push(line) } });
    await app.ready();
    apps.push(app);
    return { app, container, logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
  };
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('METRICS_TOKEN: the metrics need it as a bearer token', async () => {
    const { app } = await start({ METRICS_TOKEN: 'metrics-token-0123456789' });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = { authorization: 'Bearer metrics-token-9876543210' };
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: wrong })).statusCode).toBe(401);
    const right = { authorization: 'Bearer metrics-token-0123456789' };
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: right })).statusCode).toBe(200);
  });

  it('logs one line per request with route, status, duration, request id and user', async () => {
    const { app, logs } = await start();
    const user = await register(app);
    await clientFor(app, user.accessToken)('GET', '/api/v1/auth/me');
    const lines = logs().filter((line) => line.msg === 'request' && line.route === '/api/v1/auth/me');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', status: 200, userId: user.user.id });
    expect(typeof lines[0]?.reqId).toBe('string');
    expect(typeof lines[0]?.durationMs).toBe('number');
    expect(logs().filter((line) => line.msg === 'incoming request')).toEqual([]);
  });

  it('counts every model call by provider, model and outcome, and logs a failed one without its prompt', async () => {
    const { app, container, logs } = await start();
    const usage = {
      id: '01JBMETRICS000000000000000',
      userId: null,
      task: 'rewrite_bullets' as const,
      provider: 'openai' as const,
      model: 'gpt-test',
      promptId: 'rewrite_bullets',
      promptVersion: 1,
      inputTokens: 120,
      outputTokens: 30,
      latencyMs: 1500,
      costMicroUsd: 2500,
      redacted: false,
      createdAt: new Date(),
    };
    const metrics = resolve(container, TOKENS.metrics);
    metrics.observeLlmCall({ ...usage, outcome: 'ok' });
    metrics.observeLlmCall({ ...usage, outcome: 'LLM.TIMEOUT' });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    const labels = { provider: 'openai', model: 'gpt-test' };
    expect(sample(text, 'tailor_llm_calls_total', { ...labels, outcome: 'ok' })).toBe(1);
    expect(sample(text, 'tailor_llm_calls_total', { ...labels, outcome: 'LLM.TIMEOUT' })).toBe(1);
    expect(sample(text, 'tailor_llm_tokens_total', { ...labels, direction: 'input' })).toBe(240);
    expect(sample(text, 'tailor_llm_cost_usd_total', labels)).toBeCloseTo(0.005);
    const failures = logs().filter((line) => line.msg === 'model call failed');
    expect(failures).toEqual([
      expect.objectContaining({ provider: 'openai', model: 'gpt-test', code: 'LLM.TIMEOUT' }),
    ]);
  });
});
