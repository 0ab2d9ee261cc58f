/**
 * `pnpm openapi:lint` writes the OpenAPI document the routes generate (the one served at /docs/json) to the
 * path given, so redocly can lint it. The app runs on an in-memory database and never listens.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildApp, createContainer, loadConfig } from '@tailor/http';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/openapi.ts <output.json>');

const work = mkdtempSync(join(tmpdir(), 'tailor-openapi-'));
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  LLM_PROVIDER: 'local',
  DATABASE_URL: 'file::memory:',
  DATA_DIR: work,
  STORAGE_DIR: join(work, 'files'),
});
const app = await buildApp(config, createContainer(config));
await app.ready();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
