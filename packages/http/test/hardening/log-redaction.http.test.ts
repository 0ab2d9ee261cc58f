import { runRawSql } from '@tailor/infrastructure/testing';
import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { resolve } from '../../src/composition/container.js';
import { TOKENS } from '../../src/composition/tokens.js';
import { createContainer } from '../../src/composition-root.js';
import { testConfig } from '../../src/config/config.js';
import { clientFor, uniqueEmail } from '../http-helpers.js';
import { describeEachDatabase } from '../test-app.js';

const SECRET_PASSWORD = 'Zebra-Lantern-77';
const RESUME_TEXT = 'Quietly-Unique-Resume-Phrase-4242';
const QUERY_SECRET = 'query-secret-9931';

/**
 * A run that provokes every kind of failure — validation, authentication, not found, bad JSON, a framework
 * error and database failures whose queries carry password hashes, emails, tokens and resume text — and
 * then reads everything that was logged.
 */
async function provokeEveryErrorPath(app: FastifyInstance, breakTable: (table: string) => Promise<void>) {
  const secrets: string[] = [SECRET_PASSWORD, RESUME_TEXT, QUERY_SECRET];
  const email = uniqueEmail('logged');
  secrets.push(email);
  const registered = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: SECRET_PASSWORD },
  });
  expect(registered.statusCode).toBe(201);
  const { accessToken, refreshToken } = registered.json() as { accessToken: string; refreshToken: string };
  secrets.push(accessToken, refreshToken);
  const call = clientFor(app, accessToken);

  // 4xx paths
  await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: `${SECRET_PASSWORD}x` },
  });
  await app.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    payload: { refreshToken: `${refreshToken}x` },
  });
  await app.inject({
    method: 'GET',
    url: `/api/v1/auth/me?token=${QUERY_SECRET}`,
    headers: { authorization: `Bearer ${accessToken}x` },
  });
  await call('POST', '/api/v1/profiles', { fullName: RESUME_TEXT, experiences: [{ title: RESUME_TEXT }] });
  await call('GET', `/api/v1/jobs?q=${QUERY_SECRET}&size=100000`);
  await call('GET', `/api/v1/nope?secret=${QUERY_SECRET}`);
  await call('POST', '/api/v1/profiles', `{"fullName":"${RESUME_TEXT}",`, {
    'content-type': 'application/json',
  });
  await call('GET', '/api/v1/profiles/01JD3N8Q5X7W2V4T6R8P0M2K4H');

  // 5xx paths: each query below fails with the real driver error, carrying personal values as parameters.
  await breakTable('profiles');
  const profile = await call('POST', '/api/v1/profiles', { fullName: 'Ann', summary: RESUME_TEXT });
  expect(profile.statusCode).toBeGreaterThanOrEqual(500);
  await breakTable('refresh_tokens');
  const refreshed = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    payload: { refreshToken },
  });
  expect(refreshed.statusCode).toBeGreaterThanOrEqual(500);
  await breakTable('sessions');
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: SECRET_PASSWORD },
  });
  expect(login.statusCode).toBeGreaterThanOrEqual(500);
  await breakTable('users');
  const otherEmail = uniqueEmail('never-logged');
  secrets.push(otherEmail);
  const register = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: otherEmail, password: SECRET_PASSWORD },
  });
  expect(register.statusCode).toBeGreaterThanOrEqual(500);
  return secrets;
}

describeEachDatabase('logs carry no personal data', (ctx) => {
  it('a run through every error path logs codes and messages, never values, hashes, tokens or text', async () => {
    const { database } = ctx();
    const lines: string[] = [];
    const config = testConfig({
      LOG_LEVEL: 'trace',
      ...(database === 'postgres'
        ? { DATABASE_URL: resolve(ctx().container, TOKENS.config).databaseUrl }
        : {}),
    });
    const container = createContainer(config);
    const app = await buildApp(config, container, { logStream: { write: (line) => lines.push(line) } });
    await app.ready();
    try {
      const db = resolve(container, TOKENS.database);
      const suffix = Date.now().toString(36);
      // PostgreSQL: a renamed table fails every query on it. SQLite would fail such a query while preparing it
      // (before any value is bound), so there a trigger makes each write fail with its values bound.
      const broken: string[] = [];
      const breakTable = async (table: string) => {
        if (database === 'postgres') {
          await runRawSql(db, `ALTER TABLE ${table} RENAME TO ${table}_broken_${suffix}`);
        } else {
          for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
            await runRawSql(
              db,
              `CREATE TRIGGER sabotage_${table}_${event} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, 'sabotaged'); END`,
            );
          }
        }
        broken.push(table);
      };
      const secrets = await provokeEveryErrorPath(app, breakTable);
      const log = lines.join('');
      // The scan means something only if the failures were logged.
      expect(log).toContain('request failed');
      // drizzle wraps PostgreSQL failures as "Failed query: … params: …"; better-sqlite3's are its own errors.
      expect(log).toMatch(database === 'postgres' ? /Failed query/u : /sabotaged/u);
      for (const secret of secrets) expect(log).not.toContain(secret);
      expect(log).not.toMatch(/\$argon2/u);
      // Refresh tokens are stored as SHA-256 digests: no 64-hex-digit value may appear either.
      expect(log).not.toMatch(/[0-9a-f]{64}/u);
      if (database === 'postgres') {
        for (const table of broken)
          await runRawSql(db, `ALTER TABLE ${table}_broken_${suffix} RENAME TO ${table}`);
      }
    } finally {
      await app.close();
    }
  });
});
