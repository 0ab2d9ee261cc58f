import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { describe, expect, it } from 'vitest';
import { createContainer } from '../src/composition-root.js';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { parseEnv, testConfig } from '../src/config/config.js';

const postgresAvailable = await postgresIsAvailable();

describe('DATABASE_POOL_MAX', () => {
  it('defaults to 10 connections and accepts 2 to 100', () => {
    expect(parseEnv({}).DATABASE_POOL_MAX).toBe(10);
    expect(parseEnv({ DATABASE_POOL_MAX: '100' }).DATABASE_POOL_MAX).toBe(100);
    for (const refused of ['1', '101', 'ten']) {
      expect(() => parseEnv({ DATABASE_POOL_MAX: refused })).toThrow(/DATABASE_POOL_MAX/);
    }
  });

  it.skipIf(!postgresAvailable)(
    'bounds the PostgreSQL connections one process opens, however many queries run at once',
    async () => {
      const scratch = await createScratchPostgres('pool');
      const closed = async () => {
        // A backend leaves pg_stat_activity a moment after its client hangs up.
        for (let tries = 0; tries < 100 && (await scratch.connections()) > 0; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      try {
        for (const [setting, expected] of [
          [undefined, 10],
          ['2', 2],
          ['5', 5],
        ] as const) {
          const config = testConfig({
            DATABASE_URL: scratch.url,
            ...(setting ? { DATABASE_POOL_MAX: setting } : {}),
          });
          const container = createContainer(config);
          const database = resolve(container, TOKENS.database);
          await database.migrate();
          const { users } = resolve(container, TOKENS.repositories);
          // Queries issued together each open a connection of their own while the pool may still grow; past
          // the bound they wait on (are pipelined onto) the open ones.
          await Promise.all(Array.from({ length: 12 }, (_, i) => users.findById(`nobody-${i}`)));
          expect(await scratch.connections()).toBe(expected);
          await database.close();
          await closed();
        }
      } finally {
        await scratch.drop();
      }
    },
  );
});
