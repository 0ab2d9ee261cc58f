import { buildApp, createContainer, testConfig } from '@tailor/http';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { hostileValue, SchemaArbitraries, type JsonSchema } from './openapi-arbitraries.js';

/**
 * Property-based requests against every route of the OpenAPI document, built from each route's own schemas
 * with hostile values mixed in (NUL, unpaired surrogates, huge numbers, deep nesting, wrong types, long
 * arrays), on SQLite and PostgreSQL. Bounded in time (FUZZ_SECONDS per database). The rules: no 5xx, every
 * error in the envelope with a request id, and /health answering throughout.
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const postgresAvailable = await postgresIsAvailable();

interface Operation {
  method: string;
  path: string;
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

// Logging out (or deleting the account) would end the fuzzing session itself; each is sent once at the end.
const SKIPPED = new Set(['POST /api/v1/auth/logout']);

function operationsOf(app: FastifyInstance): {
  operations: Operation[];
  components: Record<string, JsonSchema>;
} {
  const document = app.swagger() as {
    paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      ...operation,
      method: method.toUpperCase(),
      path,
    })),
  );
  return {
    operations: operations.filter((op) => !SKIPPED.has(`${op.method} ${op.path}`)),
    components: document.components?.schemas ?? {},
  };
}

const encodeSegment = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // an unpaired surrogate cannot be percent-encoded as UTF-8: send its raw bytes
  }
};

function requestArbitrary(
  operation: Operation,
  schemas: SchemaArbitraries,
  knownIds: string[],
): fc.Arbitrary<InjectOptions & { label: string }> {
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const idValue = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  );
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  return fc
    .record({
      path: fc
        .tuple(...pathParams.map(() => idValue))
        .map((values) =>
          pathParams.reduce(
            (url, param, index) => url.replace(`{${param.name}}`, encodeSegment(values[index])),
            operation.path,
          ),
        ),
      query: fc
        .tuple(...queryParams.map((p) => fc.option(schemas.of(p.schema), { nil: undefined })))
        .map((values) =>
          queryParams
            .map((param, index) =>
              values[index] === undefined ? null : `${param.name}=${encodeSegment(values[index])}`,
            )
            .filter(Boolean)
            .join('&'),
        ),
      body:
        operation.method === 'GET' || operation.method === 'DELETE'
          ? fc.constant(undefined)
          : schemas.of(bodySchema),
      idempotencyKey: fc.option(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          hostileValue.filter((v) => typeof v === 'string'),
        ),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ path, query, body, idempotencyKey }) => {
      const headers: Record<string, string> = {};
      if (typeof idempotencyKey === 'string') headers['idempotency-key'] = idempotencyKey;
      const payload = body === undefined ? undefined : JSON.stringify(body);
      if (payload !== undefined) headers['content-type'] = 'application/json';
      return {
        label: `${operation.method} ${operation.path}`,
        method: operation.method as InjectOptions['method'],
        url: query ? `${path}?${query}` : path,
        headers,
        ...(payload !== undefined ? { payload } : {}),
      };
    });
}

async function fuzz(database: 'sqlite' | 'postgres') {
  const scratch = database === 'postgres' ? await createScratchPostgres('fuzz') : undefined;
  const config = testConfig({
    RATE_LIMIT_MAX: '1000000',
    AUTH_RATE_LIMIT_MAX: '1000000',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  });
  const app = await buildApp(config, createContainer(config));
  await app.ready();
  const stats = {
    requests: 0,
    serverErrors: 0,
    badEnvelopes: 0,
    healthFailures: 0,
    examples: [] as string[],
  };
  try {
    // A user with a little data, so that known ids reach the handlers (and not only the validators).
    const registered = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: `fuzz-${database}-${Date.now()}@example.org`, password: 'Fuzzing-pass-1' },
    });
    const token = (registered.json() as { accessToken: string }).accessToken;
    const auth = { authorization: `Bearer ${token}` };
    const profile = await app.inject({
      method: 'POST',
      url: '/api/v1/profiles',
      headers: auth,
      payload: { fullName: 'Fuzz Person' },
    });
    const job = await app.inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: auth,
      payload: { title: 'Engineer', company: 'Fuzz Inc', description: 'Build things in TypeScript.' },
    });
    const knownIds = [profile.json().id as string, job.json().id as string, '01JD3N8Q5X7W2V4T6R8P0M2K4H'];

    const { operations, components } = operationsOf(app);
    const schemas = new SchemaArbitraries(components);
    const anyRequest = fc.oneof(...operations.map((op) => requestArbitrary(op, schemas, knownIds)));
    const deadline = Date.now() + SECONDS * 1_000;
    let batch = 0;
    while (Date.now() < deadline) {
      const requests = fc.sample(anyRequest, { numRuns: 8, seed: SEED + batch });
      batch += 1;
      // A few at a time, so requests interleave in the handlers; /health must answer alongside.
      const responses = await Promise.all([
        ...requests.map(async (request) => ({
          request,
          response: await app.inject({ ...request, headers: { ...auth, ...request.headers } }),
        })),
        app.inject({ method: 'GET', url: '/health' }).then((response) => ({ request: null, response })),
      ]);
      for (const { request, response } of responses) {
        if (request === null) {
          if (response.statusCode !== 200) stats.healthFailures += 1;
          continue;
        }
        stats.requests += 1;
        const where = `${request.label} → ${response.statusCode} (${String(request.url).slice(0, 120)})`;
        if (response.statusCode >= 500) {
          stats.serverErrors += 1;
          if (stats.examples.length < 10) stats.examples.push(`${where} ${response.body.slice(0, 200)}`);
        }
        if (response.statusCode >= 400) {
          let body: { error?: { code?: unknown; message?: unknown; details?: unknown } } = {};
          try {
            body = response.json();
          } catch {
            body = {};
          }
          const enveloped =
            typeof body.error?.code === 'string' &&
            typeof body.error.message === 'string' &&
            typeof body.error.details === 'object' &&
            typeof response.headers['x-request-id'] === 'string';
          if (!enveloped) {
            stats.badEnvelopes += 1;
            if (stats.examples.length < 10)
              stats.examples.push(`no envelope: ${where} ${response.body.slice(0, 200)}`);
          }
        }
      }
    }
    // The routes left out above, once each.
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: auth });
  } finally {
    await app.close();
    await scratch?.drop();
  }
  console.log(
    `fuzz [${database}] seed ${SEED}: ${stats.requests} requests, ${stats.serverErrors} 5xx, ` +
      `${stats.badEnvelopes} errors without the envelope, ${stats.healthFailures} failed /health checks`,
  );
  return stats;
}

describe('API fuzzing from the OpenAPI document', () => {
  for (const database of ['sqlite', 'postgres'] as const) {
    it.skipIf(database === 'postgres' && !postgresAvailable)(
      `${database}: no 5xx, the envelope on every error, /health throughout`,
      async () => {
        const stats = await fuzz(database);
        expect(stats.examples).toEqual([]);
        expect(stats.serverErrors).toBe(0);
        expect(stats.badEnvelopes).toBe(0);
        expect(stats.healthFailures).toBe(0);
        expect(stats.requests).toBeGreaterThan(100);
      },
      (SECONDS + 60) * 1_000,
    );
  }
});
