import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDatabase } from '../../src/persistence/postgres-database.js';
import { createScratchPostgres, postgresIsAvailable, type ScratchPostgres } from '../../src/testing/index.js';

const available = await postgresIsAvailable();

// Several instances starting at once on an empty database (compose, a rolling deploy) must all come up.
describe.skipIf(!available)('migrations on PostgreSQL started by several instances at once', () => {
  let scratch: ScratchPostgres;
  beforeAll(async () => {
    scratch = await createScratchPostgres('migrate');
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it('five simultaneous migrations all succeed and apply each migration once', async () => {
    const instances = Array.from({ length: 5 }, () =>
      PostgresDatabase.open(scratch.url, { maxConnections: 2 }),
    );
    try {
      const outcomes = await Promise.allSettled(instances.map((database) => database.migrate()));
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    } finally {
      await Promise.all(instances.map((database) => database.close()));
    }
    const client = postgres(scratch.url, { max: 1, onnotice: () => {} });
    try {
      const applied = await client<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`;
      expect(new Set(applied.map((row) => row.hash)).size).toBe(applied.length);
      expect(applied.length).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });
});
