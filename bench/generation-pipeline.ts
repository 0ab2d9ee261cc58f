/**
 * The pipeline's own time, from POST /generations to `succeeded`, with the local engine, through the real
 * app (in process, SQLite). Run alone: npx tsx --conditions=source bench/generation-pipeline.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, createContainer, loadConfig } from '@tailor/http';
import { jsonResumeExample, readFixture } from '../tests/support/fixtures.js';

const RUNS = Number(process.env.BENCH_GENERATIONS ?? 30);

export async function benchGenerationPipeline(): Promise<Record<string, string | number>> {
  const work = mkdtempSync(join(tmpdir(), 'tailor-bench-gen-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-only-secret-9f2c7e1a5b3d8f4e6a0c2b7d',
    LOG_LEVEL: 'warn',
    DATABASE_URL: `file:${join(work, 'tailor.db')}`,
    DATA_DIR: work,
    STORAGE_DIR: join(work, 'files'),
    AUTH_RATE_LIMIT_MAX: '100000',
    RATE_LIMIT_MAX: '100000',
    GENERATION_RATE_LIMIT_PER_HOUR: '100000',
    GENERATION_MONTHLY_QUOTA: '100000',
  });
  const app = await buildApp(config, createContainer(config));
  await app.ready();
  try {
    const json = async (method: string, url: string, token?: string, payload?: unknown) =>
      (
        await app.inject({
          method: method as 'GET',
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(payload ? { payload: payload as object } : {}),
        })
      ).json();
    const { accessToken } = await json('POST', '/api/v1/auth/register', undefined, {
      email: 'gen-bench@example.org',
      password: 'Bench-password-1',
    });
    const resume = jsonResumeExample('seniorEngineer');
    await json('POST', '/api/v1/profiles/import', accessToken, { format: 'json-resume', data: resume });
    const job = await json('POST', '/api/v1/jobs', accessToken, {
      rawText: readFixture('jobs/software-engineer.en.txt'),
    });
    const times: number[] = [];
    for (let run = 0; run < RUNS + 3; run += 1) {
      const started = performance.now();
      const { id } = await json('POST', '/api/v1/generations', accessToken, {
        type: 'resume',
        jobId: job.id,
      });
      for (;;) {
        const { status } = await json('GET', `/api/v1/generations/${id}`, accessToken);
        if (status === 'succeeded') break;
        if (status === 'failed' || status === 'cancelled') throw new Error(`generation ${status}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (run >= 3) times.push(performance.now() - started); // the first runs warm the JIT and the fonts
    }
    times.sort((a, b) => a - b);
    return {
      name: `generation pipeline, POST → succeeded (local engine, SQLite, ${RUNS} runs)`,
      medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
      p90Ms: Math.round(times[Math.floor(times.length * 0.9)]! * 10) / 10,
    };
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table([await benchGenerationPipeline()]);
