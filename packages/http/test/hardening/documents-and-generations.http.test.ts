import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { clientFor, expectError, register } from '../http-helpers.js';
import { describeEachDatabase } from '../test-app.js';

type Call = ReturnType<typeof clientFor>;

const profile = {
  fullName: 'Ann Lee',
  email: 'ann@example.org',
  summary: 'Backend engineer building APIs in TypeScript and PostgreSQL.',
  skills: { technical: ['TypeScript', 'PostgreSQL', 'Node.js'] },
};
const job = {
  title: 'Backend Engineer',
  company: 'Globex',
  description: 'We need a backend engineer with TypeScript, Node.js and PostgreSQL.',
  requirements: ['TypeScript', 'PostgreSQL'],
};

async function generatedDocument(
  app: FastifyInstance,
): Promise<{ call: Call; documentId: string; jobId: string }> {
  const user = await register(app);
  const call = clientFor(app, user.accessToken);
  expect((await call('POST', '/api/v1/profiles', profile)).statusCode).toBe(201);
  const jobId = (await call('POST', '/api/v1/jobs', job)).json().id as string;
  const started = await call('POST', '/api/v1/generations', { type: 'resume', jobId });
  expect(started.statusCode).toBe(202);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const generation = (await call('GET', `/api/v1/generations/${started.json().id}`)).json();
    if (generation.status === 'succeeded') return { call, documentId: generation.documentId, jobId };
    if (generation.status === 'failed' || Date.now() > deadline)
      throw new Error(`generation ${generation.status}: ${JSON.stringify(generation.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const malformed: unknown[] = [
  { type: 'resume' },
  { type: 'resume', contact: 'Ann', resume: [] },
  { type: 'resume', contact: { fullName: 'Ann' }, resume: { experiences: [{ title: 1, bullets: 'x' }] } },
  { type: 'coverLetter', contact: { fullName: 'Ann' }, letter: { paragraphs: 'Hello' } },
  { type: 'poem', lines: [] },
  { anything: { at: ['all'] } },
];

describeEachDatabase(
  'document content has a schema; generations check templates and idempotency keys',
  (ctx) => {
    it('PATCH and preview refuse malformed content with DOCUMENT.VALIDATION and paths; nothing is stored', async () => {
      const { app } = ctx();
      const { call, documentId } = await generatedDocument(app);
      for (const content of malformed) {
        const patched = await call('PATCH', `/api/v1/documents/${documentId}`, { version: 1, content });
        expectError(patched, 400, 'DOCUMENT.VALIDATION');
        const issues = patched.json().error.details.issues as Array<{ path: string }>;
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.every((issue) => issue.path.startsWith('content'))).toBe(true);
        expectError(await call('POST', '/api/v1/documents/preview', { content }), 400, 'DOCUMENT.VALIDATION');
      }
      const document = (await call('GET', `/api/v1/documents/${documentId}`)).json();
      expect(document.version).toBe(1);
      // The stored document still exports.
      expect(
        (await call('POST', `/api/v1/documents/${documentId}/export`, { format: 'txt' })).statusCode,
      ).toBe(201);
      // A real edit of the same structure is accepted and exports too.
      const edited = structuredClone(document.content);
      edited.contact.fullName = 'Ann B. Lee';
      const patched = await call('PATCH', `/api/v1/documents/${documentId}`, { version: 1, content: edited });
      expect(patched.statusCode).toBe(200);
      expect(
        (await call('POST', `/api/v1/documents/${documentId}/export`, { format: 'pdf' })).statusCode,
      ).toBe(201);
      expect(
        (await call('POST', '/api/v1/documents/preview', { content: edited, templateId: 'nope' })).json()
          .error.code,
      ).toBe('DOCUMENT.UNKNOWN_TEMPLATE');
    });

    it('an unknown templateId is refused when the generation starts, not stored', async () => {
      const { app } = ctx();
      const user = await register(app);
      const call = clientFor(app, user.accessToken);
      await call('POST', '/api/v1/profiles', profile);
      const jobId = (await call('POST', '/api/v1/jobs', job)).json().id as string;
      expectError(
        await call('POST', '/api/v1/generations', { type: 'resume', jobId, templateId: 'no-such-template' }),
        400,
        'DOCUMENT.UNKNOWN_TEMPLATE',
      );
      expect((await call('GET', '/api/v1/generations')).json().data).toEqual([]);
    });

    it('an Idempotency-Key reused with a different body → 422 IDEMPOTENCY.KEY_REUSED; the same body replays', async () => {
      const { app } = ctx();
      const user = await register(app);
      const call = clientFor(app, user.accessToken);
      await call('POST', '/api/v1/profiles', profile);
      const jobId = (await call('POST', '/api/v1/jobs', job)).json().id as string;
      const key = { 'idempotency-key': `key-${Date.now()}` };
      const body = { type: 'resume', jobId, options: { tone: 'professional', maxPages: 1 } };
      const first = await call('POST', '/api/v1/generations', body, key);
      expect(first.statusCode).toBe(202);
      const again = await call(
        'POST',
        '/api/v1/generations',
        { ...body, options: { maxPages: 1, tone: 'professional' } },
        key,
      );
      expect(again.json().id).toBe(first.json().id);
      expectError(
        await call('POST', '/api/v1/generations', { ...body, type: 'coverLetter' }, key),
        422,
        'IDEMPOTENCY.KEY_REUSED',
      );
      expectError(
        await call(
          'POST',
          '/api/v1/generations',
          { ...body, options: { tone: 'friendly', maxPages: 1 } },
          key,
        ),
        422,
        'IDEMPOTENCY.KEY_REUSED',
      );
    });
  },
);
