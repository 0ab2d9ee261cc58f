import { expect, it } from 'vitest';
import { fixtureBytes } from '../../../tests/support/fixtures.js';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { PASSWORD, clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';
import { upload } from './upload-helpers.js';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const PROFILE = {
  fullName: 'Ada Lovelace',
  headline: 'Backend Engineer',
  summary: 'Backend engineer who builds payment systems in Go and PostgreSQL.',
  experiences: [
    {
      title: 'Backend Engineer',
      company: 'Ledgerly',
      startDate: '2021-03',
      current: true,
      bullets: [
        'responsible for the payments API written in Go',
        'worked on reducing p99 latency by 40% with PostgreSQL indexes',
      ],
    },
    {
      title: 'Software Developer',
      company: 'Shopwise',
      startDate: '2018-01',
      endDate: '2021-02',
      bullets: ['helped with the migration of the checkout to TypeScript'],
    },
  ],
  skills: { technical: ['Go', 'PostgreSQL', 'TypeScript'] },
};

interface EnhancementBody {
  id: string;
  status: string;
  progress: number;
  task: { status: string; result: unknown };
  proposals: Proposal[];
  dropped: Array<Proposal & { reasons: string[] }>;
}

interface Proposal {
  itemId: string;
  kind: string;
  original: string;
  proposed: string;
}

describeEachDatabase(
  'profile enhancement',
  (context) => {
    it('proposes rewrites in the background, applies chosen ones as a new version, and restores them', async () => {
      const { app } = context();
      const user = await register(app);
      const asUser = clientFor(app, user.accessToken);
      await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'type', value: 'resume' },
        {
          name: 'file',
          value: fixtureBytes('resumes/txt/priya-raman.software-engineer.txt'),
          fileName: 'cv.txt',
        },
      ]);
      const created = await asUser('POST', '/api/v1/profiles', PROFILE);
      expect(created.statusCode).toBe(201);
      const profile = created.json();

      const started = await asUser('POST', `/api/v1/profiles/${profile.id}/enhancements`);
      expect(started.statusCode).toBe(202);
      expect(started.json()).toMatchObject({ kind: 'profile_enhancement', status: 'queued' });
      const eid = started.json().id as string;
      expect(started.headers.location).toBe(`/api/v1/profiles/${profile.id}/enhancements/${eid}`);

      // Its event stream: each stage as it happens (replayed to a late client), then the final record.
      const stream = await asUser('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}/events`);
      expect(stream.statusCode).toBe(200);
      expect(stream.headers['content-type']).toContain('text/event-stream');
      expect(stream.body).toContain('event: progress');
      expect(stream.body).toContain('"stage":"reading style"');
      const frames = stream.body.split('\n\n').filter((f) => f.startsWith('event: '));
      const last = frames.at(-1)!;
      expect(last.startsWith('event: end\n')).toBe(true);
      const final = JSON.parse(last.slice(last.indexOf('data: ') + 6)) as EnhancementBody;
      expect(final).toMatchObject({ id: eid, status: 'succeeded', progress: 100 });
      expect(final.proposals.length).toBeGreaterThan(0);

      const done = await waitFor<EnhancementBody>(async () => {
        const response = await asUser('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}`);
        // The enhancement records its outcome just before its task is marked finished.
        const body = response.json();
        return body.status === 'succeeded' && body.task.status === 'succeeded' ? body : undefined;
      });
      expect(done).toMatchObject({ id: eid, profileId: profile.id, styleFrom: 'resume', progress: 100 });
      expect(done).toMatchObject({ applied: null, appliedAt: null });
      // The task only delivered the work: it ended with the enhancement and carries no copy of the outcome.
      expect(done.task).toMatchObject({ status: 'succeeded', result: null });
      const proposals = done.proposals as Proposal[];
      expect(proposals.length).toBeGreaterThan(0);
      const originals = [PROFILE.summary, ...PROFILE.experiences.flatMap((e) => e.bullets)];
      for (const proposal of proposals) {
        expect(originals).toContain(proposal.original);
        expect(proposal.proposed).not.toBe(proposal.original);
      }
      // Every rewrite offered passed the truthfulness gate; the others are reported with reasons.
      for (const dropped of done.dropped) expect(dropped.reasons.length).toBeGreaterThan(0);

      const chosen = proposals.filter((p) => p.kind === 'bullet').slice(0, 1);
      expect(chosen).toHaveLength(1);
      const applied = await asUser('POST', `/api/v1/profiles/${profile.id}/enhancements/${eid}/apply`, {
        itemIds: chosen.map((p) => p.itemId),
      });
      expect(applied.statusCode).toBe(200);
      expect(applied.json().version).toBe(profile.version + 1);
      const bullets = applied.json().experiences.flatMap((e: { bullets: string[] }) => e.bullets);
      expect(bullets).toContain(chosen[0]!.proposed);
      expect(bullets).not.toContain(chosen[0]!.original);
      expect(applied.json().summary).toBe(PROFILE.summary);
      // The undo record is the enhancement's own, never the user-visible custom fields.
      expect(applied.json().customFields).toEqual(profile.customFields);
      const afterApply = (await asUser('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}`)).json();
      expect(afterApply.applied).toEqual([
        { itemId: chosen[0]!.itemId, previous: chosen[0]!.original, applied: chosen[0]!.proposed },
      ]);
      expect(afterApply.appliedAt).toEqual(expect.any(String));

      const restored = await asUser('POST', `/api/v1/profiles/${profile.id}/enhancements/${eid}/restore`);
      expect(restored.statusCode).toBe(200);
      expect(restored.json().experiences.flatMap((e: { bullets: string[] }) => e.bullets)).toEqual(
        PROFILE.experiences.flatMap((e) => e.bullets),
      );
      expect(restored.json().version).toBe(profile.version + 2);
      expect(
        (await asUser('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}`)).json(),
      ).toMatchObject({ applied: null, appliedAt: null });
      expectError(
        await asUser('POST', `/api/v1/profiles/${profile.id}/enhancements/${eid}/restore`),
        409,
        'ENHANCEMENT.NOT_APPLIED',
      );

      // Part of the account: exported, and gone with it.
      const exported = (await asUser('GET', '/api/v1/auth/me/export')).json();
      expect(exported.enhancements).toEqual([
        expect.objectContaining({ id: eid, profileId: profile.id, status: 'succeeded', applied: null }),
      ]);
      const { enhancements } = resolve(context().container, TOKENS.repositories);
      expect(await enhancements.listByUser(user.user.id)).toHaveLength(1);
      expect((await asUser('DELETE', '/api/v1/auth/me', { password: PASSWORD })).statusCode).toBe(204);
      expect(await enhancements.listByUser(user.user.id)).toEqual([]);
    });

    it('is 404 for another user’s profile or enhancement, and 409 before it is done', async () => {
      const { app } = context();
      const owner = await register(app);
      const stranger = await register(app);
      const asOwner = clientFor(app, owner.accessToken);
      const asStranger = clientFor(app, stranger.accessToken);
      const profile = (await asOwner('POST', '/api/v1/profiles', PROFILE)).json();
      expectError(
        await asStranger('POST', `/api/v1/profiles/${profile.id}/enhancements`),
        404,
        'PROFILE.NOT_FOUND',
      );
      const eid = (await asOwner('POST', `/api/v1/profiles/${profile.id}/enhancements`)).json().id;
      expectError(
        await asStranger('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}`),
        404,
        'ENHANCEMENT.NOT_FOUND',
      );
      expectError(
        await asStranger('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}/events`),
        404,
        'ENHANCEMENT.NOT_FOUND',
      );
      const other = (await asOwner('POST', '/api/v1/profiles', PROFILE)).json();
      expectError(
        await asOwner('GET', `/api/v1/profiles/${other.id}/enhancements/${eid}`),
        404,
        'ENHANCEMENT.NOT_FOUND',
      );
      // The task is a view of the enhancement.
      const asTask = (await asOwner('GET', `/api/v1/tasks/${eid}`)).json();
      expect(asTask).toMatchObject({ id: eid, kind: 'profile_enhancement' });
      // Cancel it while queued or running: the cancel reaches the enhancement, and applying it is refused.
      await asOwner('POST', `/api/v1/tasks/${eid}/cancel`);
      const ended = await waitFor(async () => {
        const body = (await asOwner('GET', `/api/v1/profiles/${profile.id}/enhancements/${eid}`)).json();
        return [body.status, body.task.status].some((s) => s === 'running' || s === 'queued')
          ? undefined
          : body;
      });
      expect(ended.status).toBe(ended.task.status);
      if (ended.status !== 'succeeded')
        expectError(
          await asOwner('POST', `/api/v1/profiles/${profile.id}/enhancements/${eid}/apply`, {}),
          409,
          'ENHANCEMENT.NOT_READY',
        );
    });
  },
  { AUTH_RATE_LIMIT_MAX: '1000' },
);
