import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, startServer, type RunningServer } from '../../../tests/support/server-process.js';

// Packages that only some requests need (imports, document rendering and reading, model providers, MCP,
// Redis, S3). Each is loaded on first use, so a server that only answers the routes every client calls
// carries none of them (README: Benchmarks, memory).
const LOADED_ON_FIRST_USE = [
  'undici', // job import from a URL
  'cheerio', // job import from a page
  'libphonenumber-js', // resume parsing and redaction
  'piscina', // the document reading worker pool
  'ioredis', // only with REDIS_URL
  'pdf-lib', // PDF rendering
  'docx', // DOCX rendering
  'unpdf', // PDF reading (in the worker pool)
  'mammoth', // DOCX reading (in the worker pool)
  'openai',
  '@anthropic-ai/sdk',
  '@modelcontextprotocol/sdk',
  '@aws-sdk/client-s3',
];

const packageOf = (file: string): string | undefined =>
  /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/u.exec(file)?.[1];

describe('a server answering the common routes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailor-lazy-'));
  const loadedFile = join(dir, 'loaded.txt');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      cwd: dir,
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'lazy-modules-test-secret-3c9e1f7a2b5d8e0f',
        DATA_DIR: dir,
        NODE_OPTIONS: `--import ${fileURLToPath(new URL('./support/loaded-modules-probe.mjs', import.meta.url))}`,
        LOADED_MODULES_FILE: loadedFile,
      },
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('has loaded none of the packages only some requests need', async () => {
    const call = apiCaller(server.baseUrl);
    const email = 'lazy@example.org';
    const password = 'Lazy-password-1';
    expect((await call('POST', '/auth/register', undefined, { email, password, fullName: 'L' })).status).toBe(
      201,
    );
    const login = await call('POST', '/auth/login', undefined, { email, password });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    expect((await call('GET', '/auth/me', token)).status).toBe(200);
    expect([200, 404]).toContain((await call('GET', '/profiles/me', token)).status);
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/ready`)).status).toBe(200);
    expect(await server.stop()).toBe(0);

    const loaded = new Set(readFileSync(loadedFile, 'utf8').split('\n').map(packageOf));
    expect(loaded.has('fastify')).toBe(true); // the probe saw the server's modules
    expect(LOADED_ON_FIRST_USE.filter((name) => loaded.has(name))).toEqual([]);
  }, 60_000);
});
