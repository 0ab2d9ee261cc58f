import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/support/server-process.js';

const tsx = import.meta.resolve('tsx');

export interface Target {
  name: string;
  baseUrl: string;
  /** The server's process id, for memory readings. */
  pid: number;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench target exited:\n${output()}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bench target did not start:\n${output()}`);
}

async function launch(
  name: string,
  entry: string,
  env: Record<string, string>,
  probe: string,
  nodeArgs: readonly string[] = [],
): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--conditions=source', '--import', tsx, entry], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}${probe}`, child, () => output);
  return {
    name,
    baseUrl,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const startBareFastify = () =>
  launch('bare-fastify', fileURLToPath(new URL('./servers/bare-fastify.ts', import.meta.url)), {}, '/');

/**
 * The real app in production mode (warn-level logging). The rate limiter stays in the path with a ceiling far
 * above the load, so its per-request cost is measured but no request is refused. `BENCH_CPU_PROF=<dir>`
 * starts it under `--cpu-prof` (the profile is written when it stops).
 */
export function startTailor(databaseUrl?: string, extraEnv: Record<string, string> = {}): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tailor-bench-'));
  return launch(
    databaseUrl?.startsWith('postgres') ? 'tailor-postgres' : 'tailor-sqlite',
    fileURLToPath(new URL('../packages/http/src/server.ts', import.meta.url)),
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'bench-only-secret-9f2c7e1a5b3d8f4e6a0c2b7d',
      DATA_DIR: dataDir,
      STORAGE_DIR: join(dataDir, 'files'),
      DATABASE_URL: databaseUrl ?? `file:${join(dataDir, 'tailor.db')}`,
      RATE_LIMIT_MAX: '100000000',
      AUTH_RATE_LIMIT_MAX: '100000000',
      ...extraEnv,
    },
    '/health',
    process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
  );
}
