import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (commands like `pnpm --dir <root> tailor mcp` run from there). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const serverEntry = fileURLToPath(new URL('../../packages/http/src/server.ts', import.meta.url));
const tsxLoader = import.meta.resolve('tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real server as a separate process, the way `pnpm start` does but from the TypeScript sources,
 * with exactly the environment given (plus PATH): no inherited configuration leaks in.
 */
export async function startServer(options: {
  cwd: string;
  env?: Record<string, string>;
  /** How long to wait for /health (several servers starting at once on two cores need longer). */
  startupTimeoutMs?: number;
}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=source', '--import', tsxLoader, serverEntry], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  // 'close', not 'exit': by then the child's stdout and stderr have been read to the end.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (options.startupTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseUrl,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** `call(method, path under /api/v1, token?, body?)` against a running server: status and parsed JSON body. */
export function apiCaller(baseUrl: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  type Json = Record<string, any>;
  return async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Json };
  };
}
