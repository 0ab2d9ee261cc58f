import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IStorage } from '@tailor/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { PostgresDatabase } from '../src/persistence/postgres-database.js';
import { SqliteDatabase } from '../src/persistence/sqlite-database.js';
import { DatabaseFileStorage } from '../src/storage/database-file-storage.js';
import { LocalFileStorage } from '../src/storage/local-file-storage.js';
import { S3FileStorage } from '../src/storage/s3-file-storage.js';
import { createScratchPostgres, postgresIsAvailable, type ScratchPostgres } from '../src/testing/index.js';
import { createBucket, S3RVER_CREDENTIALS, startS3Server } from './s3-server.js';

export type StorageName = 'local' | 'database:sqlite' | 'database:postgres' | 's3';

const postgresAvailable = await postgresIsAvailable();
let buckets = 0;

/**
 * Runs one IStorage contract suite against every adapter STORAGE can choose: the local disk, the database
 * (SQLite and PostgreSQL) and S3 (s3rver on 127.0.0.1). Each test starts with an empty store.
 */
export function describeStorageContract(
  title: string,
  suite: (context: () => { name: StorageName; storage: IStorage }) => void,
): void {
  describe(`${title} [local]`, () => {
    let root: string;
    let storage: IStorage;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'tailor-storage-'));
      storage = new LocalFileStorage(join(root, 'files'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));
    suite(() => ({ name: 'local', storage }));
  });

  describe(`${title} [database:sqlite]`, () => {
    let database: SqliteDatabase;
    beforeEach(async () => {
      database = SqliteDatabase.open(':memory:');
      await database.migrate();
    });
    afterEach(() => database.close());
    suite(() => ({ name: 'database:sqlite', storage: new DatabaseFileStorage(database) }));
  });

  describe.skipIf(!postgresAvailable)(`${title} [database:postgres]`, () => {
    let scratch: ScratchPostgres;
    let database: PostgresDatabase;
    beforeAll(async () => {
      scratch = await createScratchPostgres('storage');
      database = PostgresDatabase.open(scratch.url, { maxConnections: 4 });
      await database.migrate();
    });
    afterAll(async () => {
      await database?.close();
      await scratch?.drop();
    });
    beforeEach(() => scratch.truncateAll());
    suite(() => ({ name: 'database:postgres', storage: new DatabaseFileStorage(database) }));
  });

  describe(`${title} [s3]`, () => {
    let server: Awaited<ReturnType<typeof startS3Server>>;
    let storage: S3FileStorage;
    beforeAll(async () => {
      server = await startS3Server();
    });
    afterAll(() => server?.close());
    beforeEach(async () => {
      const bucket = `tailor-${(buckets += 1)}`;
      await createBucket(server.endpoint, bucket);
      storage = new S3FileStorage({
        bucket,
        region: 'us-east-1',
        endpoint: server.endpoint,
        credentials: S3RVER_CREDENTIALS,
        forcePathStyle: true,
      });
    });
    afterEach(() => storage.close());
    suite(() => ({ name: 's3', storage }));
  });
}
