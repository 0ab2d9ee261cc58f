import { Validator } from '@seriousme/openapi-schema-validator';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../support/server-process.js';

const postgresAvailable = await postgresIsAvailable();

describe('the server, started with no configuration at all', () => {
  it('creates its SQLite file under ./data, serves health, readiness and docs, and stops cleanly', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tailor-e2e-'));
    const server = await startServer({ cwd });
    try {
      expect(await (await fetch(`${server.baseUrl}/health`)).json()).toEqual({ status: 'ok' });

      const ready = await fetch(`${server.baseUrl}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        checks: { database: 'ok', storage: 'ok', queue: 'ok' },
      });

      const openapi = (await (await fetch(`${server.baseUrl}/docs/json`)).json()) as { openapi: string };
      expect((await new Validator().validate(openapi)).valid).toBe(true);
      expect((await fetch(`${server.baseUrl}/docs`)).status).toBe(200);

      const unknownRoute = await fetch(`${server.baseUrl}/api/v1/nothing-here`, {
        method: 'POST',
        body: '{',
      });
      expect(unknownRoute.status).toBe(404);
      expect(((await unknownRoute.json()) as { error: { code: string } }).error.code).toBe('HTTP.NOT_FOUND');

      expect(existsSync(join(cwd, 'data', 'tailor.db'))).toBe(true);
      expect(existsSync(join(cwd, 'data', 'jwt-secret'))).toBe(true);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });

  it('in production, writes one access line per request to stdout, all of them before it exits', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tailor-e2e-'));
    const server = await startServer({
      cwd,
      env: { NODE_ENV: 'production', JWT_SECRET: 'e2e-only-secret-7c1f0a9d3e5b2c8f4a6d0e1b' },
    });
    let code: number | null;
    try {
      const answers = await Promise.all(
        Array.from({ length: 200 }, () => fetch(`${server.baseUrl}/ready`).then((r) => r.status)),
      );
      expect(answers.every((status) => status === 200)).toBe(true);
    } finally {
      code = await server.stop('SIGTERM');
    }
    expect(code).toBe(0);
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; route?: string });
    expect(lines.filter((line) => line.msg === 'request' && line.route === '/ready')).toHaveLength(200);
    expect(lines.at(-1)?.msg).toMatch(/^shutting down/);
  });

  it('refuses to start in production without a JWT secret, naming the variable', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tailor-e2e-'));
    await expect(startServer({ cwd, env: { NODE_ENV: 'production' } })).rejects.toThrow(/JWT_SECRET/);
  });
});

describe.skipIf(!postgresAvailable)('the server on PostgreSQL', () => {
  it('migrates an empty database at start-up and answers /ready', async () => {
    const scratch = await createScratchPostgres('e2e');
    const cwd = mkdtempSync(join(tmpdir(), 'tailor-e2e-'));
    const server = await startServer({ cwd, env: { DATABASE_URL: scratch.url } });
    try {
      const ready = await fetch(`${server.baseUrl}/ready`);
      expect(ready.status).toBe(200);
      expect(existsSync(join(cwd, 'data', 'tailor.db'))).toBe(false);
    } finally {
      expect(await server.stop('SIGINT')).toBe(0);
      await scratch.drop();
    }
  });
});
