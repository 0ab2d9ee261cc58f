/**
 * The OpenAPI document the routes generate (the one served at /docs/json), from an app on an in-memory
 * database that never listens. Only the variables below are set, so the document is the same on every
 * machine: `pnpm client:check` compares what it generates from it byte for byte.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, createContainer, loadConfig } from '@tailor/http';

export async function generateOpenApiDocument(): Promise<
  ReturnType<Awaited<ReturnType<typeof buildApp>>['swagger']>
> {
  const work = mkdtempSync(join(tmpdir(), 'tailor-openapi-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    LLM_PROVIDER: 'local',
    DATABASE_URL: 'file::memory:',
    DATA_DIR: work,
    STORAGE_DIR: join(work, 'files'),
  });
  const app = await buildApp(config, createContainer(config));
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}
