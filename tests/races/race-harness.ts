import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, createContainer, testConfig, type AppConfig } from '@tailor/http';
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface RaceContext {
  app: FastifyInstance;
  config: AppConfig;
  database: DatabaseKind;
}

type Overrides = Parameters<typeof testConfig>[0];

const postgresAvailable = await postgresIsAvailable();

// Generous request limits: the races are about the rules inside the writes, not about the rate limiter.
const RACE_DEFAULTS: Overrides = {
  RATE_LIMIT_MAX: '100000',
  AUTH_RATE_LIMIT_MAX: '100000',
};

/**
 * Runs a race scenario against the real app on SQLite (a file, as in production) and on PostgreSQL (a
 * scratch database). Requests are fired together with Promise.all through `app.inject`, so they interleave
 * in the real handlers, use cases and repositories; nothing is mocked.
 */
export function describeRaces(
  title: string,
  suite: (context: () => RaceContext) => void,
  overrides: Overrides = {},
): void {
  for (const database of ['sqlite', 'postgres'] as const) {
    describe.skipIf(database === 'postgres' && !postgresAvailable)(`${title} [${database}]`, () => {
      let scratch: ScratchPostgres | undefined;
      let context: RaceContext;
      beforeAll(async () => {
        if (database === 'postgres') scratch = await createScratchPostgres('races');
        const sqliteFile = join(mkdtempSync(join(tmpdir(), 'tailor-races-')), 'tailor.db');
        const config = testConfig({
          ...RACE_DEFAULTS,
          ...overrides,
          DATABASE_URL: scratch ? scratch.url : `file:${sqliteFile}`,
        });
        const app = await buildApp(config, createContainer(config));
        await app.ready();
        context = { app, config, database };
      });
      afterAll(async () => {
        await context?.app.close();
        await scratch?.drop();
      });
      suite(() => context);
    });
  }
}

export const PASSWORD = 'Correct-horse-9';
let counter = 0;

export interface RaceUser {
  userId: string;
  accessToken: string;
  refreshToken: string;
  call: (
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
}

export async function registerUser(app: FastifyInstance): Promise<RaceUser> {
  counter += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: `racer-${Date.now()}-${counter}@example.org`, password: PASSWORD },
  });
  expect(response.statusCode).toBe(201);
  const body = response.json<{ user: { id: string }; accessToken: string; refreshToken: string }>();
  return {
    userId: body.user.id,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    call: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${body.accessToken}`, ...headers },
        ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
      }),
  };
}

/** `n` copies of a request, started together. */
export const together = <T>(n: number, request: (index: number) => Promise<T>): Promise<T[]> =>
  Promise.all(Array.from({ length: n }, (_, index) => request(index)));

/** How many responses had each status, e.g. `{201: 20, 409: 5}`. */
export const statusCounts = (responses: readonly { statusCode: number }[]): Record<number, number> => {
  const counts: Record<number, number> = {};
  for (const { statusCode } of responses) counts[statusCode] = (counts[statusCode] ?? 0) + 1;
  return counts;
};

const tally = { requests: 0, serverErrors: 0 };

/** Counts what a scenario sent; the suite prints the totals so a CI log shows what ran. */
export function record(title: string, database: DatabaseKind, responses: readonly { statusCode: number }[]) {
  const counts = statusCounts(responses);
  tally.requests += responses.length;
  tally.serverErrors += responses.filter((r) => r.statusCode >= 500).length;
  console.log(
    `race [${database}] ${title}: ${responses.length} concurrent requests → ${JSON.stringify(counts)}`,
  );
  expect(responses.filter((r) => r.statusCode >= 500)).toEqual([]);
}

afterAll(() => {
  console.log(`race suite file: ${tally.requests} concurrent requests, ${tally.serverErrors} answered 5xx`);
});
