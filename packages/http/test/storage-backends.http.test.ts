import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IStorage } from '@tailor/domain';
import { DatabaseFileStorage, LocalFileStorage, S3FileStorage } from '@tailor/infrastructure';
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBucket, S3RVER_CREDENTIALS, startS3Server } from '../../infrastructure/test/s3-server.js';
import { fixtureBytes, jsonResumeExample, readFixture } from '../../../tests/support/fixtures.js';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import type { Env } from '../src/config/env-schema.js';
import { PASSWORD, clientFor, register } from './http-helpers.js';
import { buildTestApp, type TestApp } from './test-app.js';
import { upload } from './upload-helpers.js';

type Backend = 'local' | 'database:sqlite' | 'database:postgres' | 's3';
const postgresAvailable = await postgresIsAvailable();

/**
 * The whole life of stored files, through the API, on every storage STORAGE can choose: /ready checks it, an
 * upload and an export land in it (seen by an adapter of our own on the same disk, database or bucket, not
 * through the app), downloads read them back, account export lists them, account deletion removes them.
 */
describe.each<Backend>(['local', 'database:sqlite', 'database:postgres', 's3'])(
  'stored files [%s]',
  (backend) => {
    let testApp: TestApp;
    let inspector: IStorage;
    const cleanups: (() => Promise<void> | void)[] = [];

    beforeAll(async () => {
      if (backend === 'database:postgres' && !postgresAvailable) return;
      const env: Partial<Record<keyof Env, string>> = { AUTH_RATE_LIMIT_MAX: '1000' };
      if (backend === 'local') {
        env.STORAGE_DIR = mkdtempSync(join(tmpdir(), 'tailor-storage-http-'));
        inspector = new LocalFileStorage(env.STORAGE_DIR);
        cleanups.push(() => rmSync(env.STORAGE_DIR!, { recursive: true, force: true }));
      }
      if (backend === 'database:postgres') {
        const scratch: ScratchPostgres = await createScratchPostgres('storage_http');
        env.DATABASE_URL = scratch.url;
        cleanups.push(() => scratch.drop());
      }
      if (backend.startsWith('database')) env.STORAGE = 'database';
      if (backend === 's3') {
        const server = await startS3Server();
        cleanups.push(() => server.close());
        await createBucket(server.endpoint, 'tailor-files');
        Object.assign(env, {
          STORAGE: 's3',
          S3_ENDPOINT: server.endpoint,
          S3_BUCKET: 'tailor-files',
          S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
          S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
          S3_FORCE_PATH_STYLE: 'true',
        });
        const s3 = new S3FileStorage({
          bucket: 'tailor-files',
          region: 'us-east-1',
          endpoint: server.endpoint,
          credentials: S3RVER_CREDENTIALS,
          forcePathStyle: true,
        });
        inspector = s3;
        cleanups.push(() => s3.close());
      }
      testApp = await buildTestApp(env);
      await testApp.app.ready();
      if (backend.startsWith('database'))
        inspector = new DatabaseFileStorage(resolve(testApp.container, TOKENS.database));
    });

    afterAll(async () => {
      await testApp?.app.close();
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it.skipIf(backend === 'database:postgres' && !postgresAvailable)(
      'ready, upload, export, download, account export and deletion',
      async () => {
        const { app, container } = testApp;
        const ready = await app.inject({ method: 'GET', url: '/ready' });
        expect(ready.statusCode).toBe(200);
        expect(ready.json().checks).toMatchObject({ storage: 'ok' });

        const user = await register(app);
        const call = clientFor(app, user.accessToken);
        await call('POST', '/api/v1/profiles/import', {
          format: 'json-resume',
          data: jsonResumeExample('seniorEngineer'),
        });
        const job = (
          await call('POST', '/api/v1/jobs', { rawText: readFixture('jobs/software-engineer.en.txt') })
        ).json();

        const sampleBytes = fixtureBytes('resumes/pdf/priya-raman.software-engineer.pdf');
        const sample = await upload(app, user.accessToken, '/api/v1/samples', [
          { name: 'type', value: 'resume' },
          { name: 'file', value: sampleBytes, fileName: 'priya.pdf' },
        ]);
        expect(sample.statusCode).toBe(201);
        const [row] = await resolve(container, TOKENS.repositories).samples.listByUser(user.user.id);
        const sampleKey = `samples/${user.user.id}/${row!.fileId}`;
        expect(Buffer.from((await inspector.get(sampleKey))!)).toEqual(Buffer.from(sampleBytes));

        const started = (await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).json();
        let generation = started;
        for (let i = 0; i < 400 && !['succeeded', 'failed'].includes(generation.status); i += 1) {
          await new Promise((done) => setTimeout(done, 50));
          generation = (await call('GET', `/api/v1/generations/${started.id}`)).json();
        }
        expect(generation.status).toBe('succeeded');
        const exported = await call('POST', `/api/v1/documents/${generation.documentId}/export`, {
          format: 'pdf',
        });
        expect(exported.statusCode).toBe(201);
        const exportKey = `users/${user.user.id}/exports/${exported.json().id}.pdf`;
        const download = await call('GET', exported.json().downloadUrl);
        expect(download.statusCode).toBe(200);
        expect(download.rawPayload.byteLength).toBe(exported.json().bytes);
        expect(Buffer.from((await inspector.get(exportKey))!)).toEqual(download.rawPayload);

        const account = await call('GET', '/api/v1/auth/me/export');
        expect(account.statusCode).toBe(200);
        expect(account.json().samples).toHaveLength(1);
        expect(account.json().documents[0].exports).toHaveLength(1);

        expect((await call('DELETE', '/api/v1/auth/me', { password: PASSWORD })).statusCode).toBe(204);
        expect(await inspector.exists(sampleKey)).toBe(false);
        expect(await inspector.exists(exportKey)).toBe(false);
        // Nothing else of the user's is left either.
        expect(await inspector.deletePrefix(`users/${user.user.id}/`)).toBe(0);
        expect(await inspector.deletePrefix(`samples/${user.user.id}/`)).toBe(0);
      },
    );
  },
);
