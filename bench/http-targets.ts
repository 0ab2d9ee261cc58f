import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/support/server-process.js';

const tsx = import.meta.resolve('tsx');
const OUTPUT_KEPT_CHARS = 64 * 1024;

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
  // Built JavaScript runs as is; TypeScript sources through tsx's loader.
  const loader = entry.endsWith('.js') ? [] : ['--conditions=source', '--import', tsx];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, entry], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server logs a line per request: only the end of its output is kept, for the error message of a
  // server that fails to start or dies.
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 2 * OUTPUT_KEPT_CHARS) output = output.slice(-OUTPUT_KEPT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
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
 * `pnpm bench` builds first and sets BENCH_SERVER=dist: the server then runs as in production (`pnpm start`,
 * the Dockerfile), without tsx's loader thread, which alone adds ~80 MB of RSS and compiles TypeScript
 * while the first rounds run. A bench module run on its own starts the TypeScript sources, which need no
 * build and cannot be stale.
 */
function serverEntry(): string {
  if (process.env.BENCH_SERVER !== 'dist') return '../packages/http/src/server.ts';
  const built = new URL('../packages/http/dist/server.js', import.meta.url);
  if (!existsSync(built)) throw new Error('BENCH_SERVER=dist needs `pnpm build` first');
  return built.href;
}

/**
 * How production runs the server, besides NODE_ENV: the same in the Dockerfile's runtime stage and `pnpm start`
 * (packages/http/test/deployment-files.test.ts keeps the three equal).
 * - `MALLOC_MMAP_THRESHOLD_`: argon2's 19 MiB blocks are handed back to the system after each hash.
 * - `--max-semi-space-size=4`: V8's young generation stays at 2 × 4 MB instead of growing to 2 × 16 MB,
 *   which start-up alone fills; the server's garbage is short-lived request data, so the smaller young
 *   generation costs no measurable CPU per request and ~20 MB less resident memory (README: Benchmarks).
 */
export const PRODUCTION_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' } as const;
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=4'] as const;

/**
 * The real app in production mode, logging as production does by default (info: one access line per request,
 * to a pipe the bench reads). The rate limiter stays in the path with a ceiling far above the load, so its
 * per-request cost is measured but no request is refused. `BENCH_CPU_PROF=<dir>`
 * starts it under `--cpu-prof` (the profile is written when it stops).
 */
export function startTailor(databaseUrl?: string, extraEnv: Record<string, string> = {}): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tailor-bench-'));
  return launch(
    databaseUrl?.startsWith('postgres') ? 'tailor-postgres' : 'tailor-sqlite',
    fileURLToPath(new URL(serverEntry(), import.meta.url)),
    {
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-only-secret-9f2c7e1a5b3d8f4e6a0c2b7d',
      DATA_DIR: dataDir,
      STORAGE_DIR: join(dataDir, 'files'),
      DATABASE_URL: databaseUrl ?? `file:${join(dataDir, 'tailor.db')}`,
      ...PRODUCTION_ENV,
      // Node flags for the measured server only (e.g. a heap ceiling, see README: Benchmarks, memory).
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '',
      RATE_LIMIT_MAX: '100000000',
      AUTH_RATE_LIMIT_MAX: '100000000',
      ...extraEnv,
    },
    '/health',
    [
      ...PRODUCTION_NODE_FLAGS,
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
  );
}
