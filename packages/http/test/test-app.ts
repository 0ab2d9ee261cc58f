import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../src/app.js';
import { createContainer } from '../src/composition-root.js';
import type { DependencyContainer } from '../src/composition/container.js';
import { testConfig } from '../src/config/config.js';
import type { Env } from '../src/config/env-schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestApp {
  app: FastifyInstance;
  container: DependencyContainer;
}

type Overrides = Partial<Record<keyof Env, string>>;

/** The real app on a fresh in-memory SQLite database, built but not yet ready (tests may add routes). */
export async function buildTestApp(overrides: Overrides = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const container = createContainer(config);
  return { app: await buildApp(config, container), container };
}

const postgresAvailable = await postgresIsAvailable();

/**
 * Runs one HTTP suite against the real app on SQLite and again on PostgreSQL (a scratch database per file).
 * The app is shared by the tests of one database, so tests must create their own data (distinct emails).
 */
export function describeEachDatabase(
  title: string,
  suite: (context: () => TestApp & { database: DatabaseKind }) => void,
  overrides: Overrides = {},
): void {
  for (const database of ['sqlite', 'postgres'] as const) {
    describe.skipIf(database === 'postgres' && !postgresAvailable)(`${title} [${database}]`, () => {
      let scratch: ScratchPostgres | undefined;
      let testApp: TestApp;
      beforeAll(async () => {
        if (database === 'postgres') scratch = await createScratchPostgres('http');
        testApp = await buildTestApp({ ...overrides, ...(scratch ? { DATABASE_URL: scratch.url } : {}) });
        await testApp.app.ready();
      });
      afterAll(async () => {
        await testApp?.app.close();
        await scratch?.drop();
      });
      suite(() => ({ ...testApp, database }));
    });
  }
}
