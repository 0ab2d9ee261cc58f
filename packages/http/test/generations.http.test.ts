import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ILLMService } from '@tailor/domain';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { jsonResumeExample, readFixture } from '../../../tests/support/fixtures.js';
import { clientFor, expectError, register } from './http-helpers.js';
import { buildTestApp, describeEachDatabase } from './test-app.js';

const resume = jsonResumeExample('seniorEngineer');
const posting = readFixture('jobs/software-engineer.en.txt');

type Call = ReturnType<typeof clientFor>;

async function until(call: Call, id: string, done: (status: string) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const generation = (await call('GET', `/api/v1/generations/${id}`)).json();
    if (done(generation.status) || Date.now() > deadline) return generation;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function setUp(app: FastifyInstance) {
  const registered = await register(app);
  const call = clientFor(app, registered.accessToken);
  const profile = (
    await call('POST', '/api/v1/profiles/import', { format: 'json-resume', data: resume })
  ).json();
  const job = (await call('POST', '/api/v1/jobs', { rawText: posting })).json();
  return { ...registered, call, profile, job };
}

describeEachDatabase(
  'generation and document routes',
  (context) => {
    const app = () => context().app;

    it('tailors a resume in the background: 202 → stages → succeeded → result → document', async () => {
      const { call, job, profile } = await setUp(app());
      const started = await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id });
      expect(started.statusCode).toBe(202);
      expect(started.json()).toMatchObject({ status: 'queued', profileId: profile.id, jobId: job.id });
      const finished = await until(
        call,
        started.json().id,
        (status) => status === 'succeeded' || status === 'failed',
      );
      expect(finished.status).toBe('succeeded');
      expect(finished.progress).toBe(100);

      const result = (await call('GET', `/api/v1/generations/${finished.id}/result`)).json();
      expect(result.documentId).toBe(finished.documentId);
      expect(result.truthfulness.passed).toBe(true);
      expect(result.markdown).toContain(profile.fullName);
      expect(result.match.score).toBeGreaterThanOrEqual(0);

      const document = (await call('GET', `/api/v1/documents/${finished.documentId}`)).json();
      expect(document).toMatchObject({ version: 1, type: 'resume', jobId: job.id });
      const patched = await call('PATCH', `/api/v1/documents/${document.id}`, {
        version: 1,
        title: 'For Acme',
      });
      expect(patched.json().document).toMatchObject({ title: 'For Acme', version: 2 });
      expectError(
        await call('PATCH', `/api/v1/documents/${document.id}`, { version: 1, title: 'Stale' }),
        409,
        'DOCUMENT.VERSION_CONFLICT',
      );
      expect(
        (await call('GET', `/api/v1/documents/${document.id}/versions`)).json().length,
      ).toBeGreaterThanOrEqual(1);
      expect((await call('GET', '/api/v1/documents')).json().pagination.total).toBe(1);

      expect((await call('GET', `/api/v1/generations/${finished.id}/analytics`)).statusCode).toBe(200);
      expect(
        (await call('POST', `/api/v1/generations/${finished.id}/validate`)).json().truthfulness.passed,
      ).toBe(true);
      expect(
        (await call('POST', `/api/v1/generations/${finished.id}/feedback`, { rating: 5, comment: 'Great' }))
          .statusCode,
      ).toBe(201);
      expectError(
        await call('POST', `/api/v1/generations/${finished.id}/feedback`, { rating: 9 }),
        400,
        'VALIDATION.FAILED',
      );

      const events = await call('GET', `/api/v1/generations/${finished.id}/events`);
      expect(events.headers['content-type']).toContain('text/event-stream');
      expect(events.body).toContain('event: end');
      expect(events.body).toContain('"status":"succeeded"');

      const usage = (await call('GET', '/api/v1/usage')).json();
      expect(usage.generations.total).toBe(1);
      const listed = (await call('GET', `/api/v1/generations?jobId=${job.id}`)).json();
      expect(listed.data.map((g: { id: string }) => g.id)).toEqual([finished.id]);
    });

    it('the event stream delivers every stage, then the final state', async () => {
      const { call, job } = await setUp(app());
      const started = (await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).json();
      const events = await call('GET', `/api/v1/generations/${started.id}/events`);
      const parsed = events.body
        .split('\n\n')
        .filter((block) => block.startsWith('event:'))
        .map((block) => ({
          event: block.split('\n')[0]!.slice(7),
          data: JSON.parse(block.split('\n')[1]!.slice(6)),
        }));
      const stages = parsed.filter((e) => e.event === 'progress').map((e) => e.data.stage);
      expect(stages).toEqual(
        expect.arrayContaining(['analyzing', 'ranking', 'writing', 'verifying', 'scoring', 'rendering']),
      );
      const progress = parsed.map((e) => e.data.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(parsed.at(-1)).toMatchObject({ event: 'end', data: { status: 'succeeded', progress: 100 } });
    });

    it('writes a cover letter grounded in the profile', async () => {
      const { call, job } = await setUp(app());
      const started = (
        await call('POST', '/api/v1/generations', { type: 'coverLetter', jobId: job.id })
      ).json();
      const finished = await until(call, started.id, (status) => status !== 'queued' && status !== 'running');
      expect(finished.status).toBe('succeeded');
      const result = (await call('GET', `/api/v1/generations/${finished.id}/result`)).json();
      expect(result.text.length).toBeGreaterThan(200);
      expect(result.truthfulness.passed).toBe(true);
    });

    it('the same Idempotency-Key returns the first generation and starts nothing new', async () => {
      const { call, job } = await setUp(app());
      const first = await call(
        'POST',
        '/api/v1/generations',
        { type: 'resume', jobId: job.id },
        { 'idempotency-key': 'retry-1' },
      );
      const again = await call(
        'POST',
        '/api/v1/generations',
        { type: 'resume', jobId: job.id },
        { 'idempotency-key': 'retry-1' },
      );
      expect(again.json().id).toBe(first.json().id);
      expect((await call('GET', '/api/v1/generations')).json().pagination.total).toBe(1);
    });

    it('another user gets 404 everywhere', async () => {
      const owner = await setUp(app());
      const intruder = await setUp(app());
      const started = (
        await owner.call('POST', '/api/v1/generations', { type: 'resume', jobId: owner.job.id })
      ).json();
      expectError(
        await owner.call('POST', '/api/v1/generations', { type: 'resume', jobId: intruder.job.id }),
        404,
        'JOB.NOT_FOUND',
      );
      const finished = await until(
        owner.call,
        started.id,
        (status) => status === 'succeeded' || status === 'failed',
      );
      const base = `/api/v1/generations/${finished.id}`;
      for (const [method, url, body] of [
        ['GET', base],
        ['GET', `${base}/result`],
        ['GET', `${base}/events`],
        ['POST', `${base}/regenerate`, {}],
        ['POST', `${base}/cancel`],
        ['DELETE', base],
        ['POST', `${base}/feedback`, { rating: 1 }],
        ['GET', `${base}/analytics`],
        ['POST', `${base}/validate`],
      ] as Array<[string, string, unknown?]>) {
        expectError(await intruder.call(method as 'GET', url, body), 404, 'GENERATION.NOT_FOUND');
      }
      expectError(
        await intruder.call('GET', `/api/v1/documents/${finished.documentId}`),
        404,
        'DOCUMENT.NOT_FOUND',
      );
      expectError(
        await intruder.call('PATCH', `/api/v1/documents/${finished.documentId}`, { version: 1, title: 'x' }),
        404,
        'DOCUMENT.NOT_FOUND',
      );
      expectError(
        await intruder.call('DELETE', `/api/v1/documents/${finished.documentId}`),
        404,
        'DOCUMENT.NOT_FOUND',
      );
      expect((await owner.call('GET', `/api/v1/documents/${finished.documentId}`)).statusCode).toBe(200);
    });

    it('regenerate makes a child generation; generations and documents are in the account export and go with it', async () => {
      const { call, job } = await setUp(app());
      const first = (await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).json();
      await until(call, first.id, (status) => status === 'succeeded' || status === 'failed');
      const child = await call('POST', `/api/v1/generations/${first.id}/regenerate`, {
        instructions: 'Emphasise testing',
      });
      expect(child.statusCode).toBe(202);
      expect(child.json().parentId).toBe(first.id);
      await until(call, child.json().id, (status) => status === 'succeeded' || status === 'failed');
      const exported = (await call('GET', '/api/v1/auth/me/export')).json();
      expect(exported.generations.length).toBe(2);
      expect(exported.documents.length).toBeGreaterThanOrEqual(1);
      expect((await call('DELETE', '/api/v1/auth/me', { password: 'Correct-horse-9' })).statusCode).toBe(204);
    });

    it('lists the templates', async () => {
      const { call } = await setUp(app());
      const templates = (await call('GET', '/api/v1/generations/templates')).json();
      expect(templates.map((t: { id: string }) => t.id)).toEqual(['plain', 'modern']);
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000', GENERATION_RATE_LIMIT_PER_HOUR: '1000' },
);

describe('a generation that has not finished', () => {
  let app: FastifyInstance;
  let release: () => void = () => {};
  beforeAll(async () => {
    // The real model, held back until the test lets it answer: the generation cannot finish before then.
    const built = await buildTestApp({ AUTH_RATE_LIMIT_MAX: '1000' });
    const model: ILLMService = resolve(built.container, TOKENS.llm);
    const answer = model.run.bind(model);
    const answering = new Promise<void>((resolve) => (release = resolve));
    model.run = async (request) => {
      await answering;
      return answer(request);
    };
    app = built.app;
    await app.ready();
  });
  afterAll(async () => {
    release();
    await app?.close();
  });

  it('its task is a view of the generation: cancelling the task cancels the generation, and the stream says so', async () => {
    const { call, job } = await setUp(app);
    const started = (await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).json();
    const task = (await call('GET', `/api/v1/tasks/${started.id}`)).json();
    expect(task).toMatchObject({ id: started.id, kind: 'generation', error: null, result: null });
    expect(['queued', 'running']).toContain(task.status);
    const cancelled = await call('POST', `/api/v1/tasks/${started.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    // The work is the generation's: it is cancelled at once, whatever its handler is doing.
    expect(cancelled.json()).toMatchObject({ id: started.id, status: 'cancelled' });
    expect((await call('GET', `/api/v1/generations/${started.id}`)).json().status).toBe('cancelled');
    const events = await call('GET', `/api/v1/tasks/${started.id}/events`);
    expect(events.body).toContain('event: task');
    expect(events.body).toContain('"status":"cancelled"');
    // Cancelling a finished task leaves it as it is.
    expect((await call('POST', `/api/v1/tasks/${started.id}/cancel`)).json().status).toBe('cancelled');
  });

  it('result is 409 until finished, then 200', async () => {
    const { call, job } = await setUp(app);
    const started = (await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).json();
    const early = await call('GET', `/api/v1/generations/${started.id}/result`);
    expectError(early, 409, 'GENERATION.NOT_FINISHED');
    expect(['queued', 'running']).toContain(early.json().error.details.status);

    release();
    const finished = await until(call, started.id, (status) => status === 'succeeded' || status === 'failed');
    expect(finished.status).toBe('succeeded');
    expect((await call('GET', `/api/v1/generations/${started.id}/result`)).statusCode).toBe(200);
    expectError(
      await call('POST', `/api/v1/generations/${started.id}/cancel`),
      409,
      'GENERATION.INVALID_TRANSITION',
    );
  });
});

describe('generation limits', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = (await buildTestApp({ GENERATION_RATE_LIMIT_PER_HOUR: '2', AUTH_RATE_LIMIT_MAX: '1000' })).app;
    await app.ready();
  });
  afterAll(() => app.close());

  it('the third generation in an hour → 429 GENERATION.RATE_LIMITED with Retry-After and the limit', async () => {
    const { call, job } = await setUp(app);
    for (let i = 0; i < 2; i += 1) {
      expect((await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).statusCode).toBe(
        202,
      );
    }
    const limited = await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id });
    expectError(limited, 429, 'GENERATION.RATE_LIMITED');
    expect(limited.json().error.details.limit).toBe(2);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describeEachDatabase(
  'document exports',
  (context) => {
    const app = () => context().app;

    it('exports PDF, DOCX, TXT, Markdown and JSON; downloads them with their type and name; deletion removes the files', async () => {
      const { call, job, profile } = await setUp(app());
      const started = (await call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id })).json();
      const finished = await until(
        call,
        started.id,
        (status) => status === 'succeeded' || status === 'failed',
      );
      expect(finished.status).toBe('succeeded');
      const documentId = finished.documentId as string;
      await call('PATCH', `/api/v1/documents/${documentId}`, {
        version: 1,
        title: 'Lena Vásquez — Żółć résumé',
      });

      const formats = (await call('GET', '/api/v1/documents/export-formats')).json();
      expect(formats.map((f: { format: string }) => f.format)).toEqual(['pdf', 'docx', 'txt', 'md', 'json']);

      const pdf = await call('POST', `/api/v1/documents/${documentId}/export`, {
        format: 'pdf',
        templateId: 'modern',
        pageSize: 'Letter',
      });
      expect(pdf.statusCode).toBe(201);
      expect(pdf.json()).toMatchObject({
        format: 'pdf',
        templateId: 'modern',
        version: 2,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(pdf.json().pageCount).toBeGreaterThanOrEqual(1);
      const download = await call('GET', pdf.json().downloadUrl);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
      expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.rawPayload.byteLength).toBe(pdf.json().bytes);
      const { extractText, getDocumentProxy } = await import('unpdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(download.rawPayload)), {
        mergePages: true,
      });
      expect(text.replace(/\s+/g, ' ')).toContain(profile.fullName);

      const docx = await call('POST', `/api/v1/documents/${documentId}/export`, { format: 'docx' });
      const docxFile = await call('GET', docx.json().downloadUrl);
      const mammoth = await import('mammoth');
      expect((await mammoth.extractRawText({ buffer: docxFile.rawPayload })).value).toContain(
        profile.fullName,
      );

      for (const format of ['txt', 'md', 'json']) {
        const exported = await call('POST', `/api/v1/documents/${documentId}/export`, { format });
        expect(exported.statusCode).toBe(201);
        expect((await call('GET', exported.json().downloadUrl)).body).toContain(profile.fullName);
      }
      expectError(
        await call('POST', `/api/v1/documents/${documentId}/export`, {
          format: 'pdf',
          templateId: 'baroque',
        }),
        400,
        'DOCUMENT.UNKNOWN_TEMPLATE',
      );

      const preview = await call('POST', '/api/v1/documents/preview', { documentId });
      expect(preview.headers['content-type']).toBe('application/pdf');

      const intruder = await setUp(app());
      expectError(
        await intruder.call('POST', `/api/v1/documents/${documentId}/export`, { format: 'pdf' }),
        404,
        'DOCUMENT.NOT_FOUND',
      );
      expectError(await intruder.call('GET', pdf.json().downloadUrl), 404, 'DOCUMENT.EXPORT_NOT_FOUND');
      expectError(
        await intruder.call('POST', '/api/v1/documents/preview', { documentId }),
        404,
        'DOCUMENT.NOT_FOUND',
      );

      // What was sent: the timeline records the document's version and the sha256 of its latest export.
      const applied = await call('PUT', `/api/v1/jobs/${job.id}/status`, {
        applicationStatus: 'applied',
        documentIds: [documentId],
      });
      expect(applied.statusCode).toBe(200);
      const sent = (await call('GET', `/api/v1/jobs/${job.id}/timeline`))
        .json()
        .find((e: { kind: string }) => e.kind === 'document_sent');
      const latestExport = (
        await call('POST', `/api/v1/documents/${documentId}/export`, { format: 'pdf' })
      ).json();
      expect(sent.document).toMatchObject({ documentId, version: 2 });
      expect(sent.document.exportSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(latestExport.sha256).toMatch(/^[0-9a-f]{64}$/);
      expectError(
        await intruder.call('PUT', `/api/v1/jobs/${intruder.job.id}/status`, {
          applicationStatus: 'applied',
          documentIds: [documentId],
        }),
        404,
        'DOCUMENT.NOT_FOUND',
      );

      expect((await call('DELETE', `/api/v1/documents/${documentId}`)).statusCode).toBe(204);
      expectError(await call('GET', pdf.json().downloadUrl), 404, 'DOCUMENT.EXPORT_NOT_FOUND');
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000', GENERATION_RATE_LIMIT_PER_HOUR: '1000' },
);
