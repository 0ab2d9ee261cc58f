/**
 * The whole journey of one user, through the typed client only: the real server in its own process, every
 * request and response checked against the OpenAPI document at compile time (no casts, no `any`). Where
 * this file needed a cast, the route's schema was wrong or silent, and the schema was fixed.
 */
import { createTailorClient, readEventStream, type Schemas } from '@tailor/client';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../support/fixtures.js';
import { startServer } from '../support/server-process.js';

const postgresAvailable = await postgresIsAvailable();

/** The body of a successful answer; anything else fails the test with the status and the error envelope. */
function body<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${result.response.url} → ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

async function journey(baseUrl: string) {
  const session = body(
    await createTailorClient({ baseUrl }).POST('/api/v1/auth/register', {
      body: { email: 'journey@example.org', password: 'Journey-password-1', fullName: 'Journey User' },
    }),
  );
  const client = createTailorClient({ baseUrl, accessToken: () => session.accessToken });
  expect(session.user.email).toBe('journey@example.org');

  const profile = body(
    await client.POST('/api/v1/profiles/import', {
      body: { format: 'json-resume', data: jsonResumeExample('seniorEngineer') },
    }),
  );
  expect(profile.experiences.length).toBeGreaterThan(0);

  const job = body(
    await client.POST('/api/v1/jobs', { body: { rawText: readFixture('jobs/software-engineer.en.txt') } }),
  );
  expect(job.applicationStatus).toBe('saved');
  expect(job.keywords.required.length).toBeGreaterThan(0);

  const match = body(await client.GET('/api/v1/jobs/{id}/match', { params: { path: { id: job.id } } }));
  expect(match.score).toBeGreaterThanOrEqual(0);
  expect(match.score).toBeLessThanOrEqual(100);

  const started = body(await client.POST('/api/v1/generations', { body: { type: 'resume', jobId: job.id } }));
  expect(started.status).toBe('queued');

  // Follow the generation's own event stream until its `end` event.
  const stream = await client.GET('/api/v1/generations/{id}/events', {
    params: { path: { id: started.id } },
    parseAs: 'stream',
  });
  expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  if (!stream.data) throw new Error(`no event stream: ${stream.response.status}`);
  const events: string[] = [];
  let final: unknown;
  for await (const event of readEventStream(stream.data)) {
    events.push(event.event ?? 'message');
    if (event.event === 'end') {
      final = JSON.parse(event.data);
      break;
    }
  }
  expect(events.at(-1)).toBe('end');
  expect(final).toMatchObject({ id: started.id, status: 'succeeded' });

  const generation: Schemas['Generation'] = body(
    await client.GET('/api/v1/generations/{id}', { params: { path: { id: started.id } } }),
  );
  expect(generation).toMatchObject({ status: 'succeeded', progress: 100 });
  const documentId = generation.documentId;
  if (!documentId) throw new Error('a succeeded generation has a document');

  const result = body(
    await client.GET('/api/v1/generations/{id}/result', { params: { path: { id: started.id } } }),
  );
  expect(result.truthfulness.passed).toBe(true);
  expect(result.match.score).toBeGreaterThanOrEqual(result.baselineMatch.score);

  const exported = body(
    await client.POST('/api/v1/documents/{id}/export', {
      params: { path: { id: documentId } },
      body: { format: 'pdf', templateId: 'plain' },
    }),
  );
  expect(exported).toMatchObject({ documentId, format: 'pdf', mediaType: 'application/pdf' });

  const download = await client.GET('/api/v1/documents/{id}/exports/{exportId}/download', {
    params: { path: { id: documentId, exportId: exported.id } },
    parseAs: 'arrayBuffer',
  });
  const pdf = new Uint8Array(body(download));
  expect(download.response.headers.get('content-type')).toBe('application/pdf');
  expect(pdf.byteLength).toBe(exported.bytes);
  expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');

  const applied = body(
    await client.PUT('/api/v1/jobs/{id}/status', {
      params: { path: { id: job.id } },
      body: { applicationStatus: 'applied', documentIds: [documentId] },
    }),
  );
  expect(applied.applicationStatus).toBe('applied');

  const timeline = body(await client.GET('/api/v1/jobs/{id}/timeline', { params: { path: { id: job.id } } }));
  expect(timeline.filter((entry) => entry.kind === 'status_change').map((entry) => entry.toStatus)).toEqual([
    'applied',
  ]);
  expect(timeline.filter((entry) => entry.kind === 'document_sent').map((entry) => entry.document)).toEqual([
    { documentId, version: exported.version, exportSha256: exported.sha256 },
  ]);
}

describe('the journey through the typed client', () => {
  it('on SQLite: register → import → job → match → generate (event stream) → result → PDF → applied → timeline', async () => {
    const server = await startServer({ cwd: mkdtempSync(join(tmpdir(), 'tailor-journey-')) });
    try {
      await journey(server.baseUrl);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it.skipIf(!postgresAvailable)(
    'on PostgreSQL, the same journey',
    async () => {
      const scratch = await createScratchPostgres('journey');
      const server = await startServer({
        cwd: mkdtempSync(join(tmpdir(), 'tailor-journey-')),
        env: { DATABASE_URL: scratch.url },
      });
      try {
        await journey(server.baseUrl);
      } finally {
        await server.stop();
        await scratch.drop();
      }
    },
    120_000,
  );
});
