import { expect, it } from 'vitest';
import { describeRaces, record, registerUser, statusCounts, together } from './race-harness.js';

const POSTING = `Backend Engineer at Northwind Traders

Requirements:
- TypeScript and Node.js in production
- PostgreSQL

Nice to have:
- Kubernetes`;

const PROFILE = {
  fullName: 'Ada Racer',
  summary: 'Backend engineer who builds TypeScript services on PostgreSQL.',
  experiences: [
    {
      title: 'Backend Engineer',
      company: 'Analytical Engines Ltd',
      startDate: '2019-01',
      current: true,
      bullets: ['Built TypeScript services on PostgreSQL'],
      technologies: ['TypeScript', 'PostgreSQL'],
    },
  ],
  skills: { technical: ['TypeScript', 'PostgreSQL', 'Node.js'], soft: [], tools: [] },
};

describeRaces(
  'per-user limits decided inside the write',
  (context) => {
    it('profiles: 25 parallel creates store exactly 20, one of them the default', async () => {
      const { app, database } = context();
      const user = await registerUser(app);
      const responses = await together(25, (i) =>
        user.call('POST', '/api/v1/profiles', { ...PROFILE, fullName: `Ada Racer ${i}` }),
      );
      record('25 profile creates, limit 20', database, responses);
      expect(statusCounts(responses)).toEqual({ 201: 20, 409: 5 });
      expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)).toEqual(
        Array(5).fill('PROFILE.LIMIT_REACHED'),
      );
      const stored = (await user.call('GET', '/api/v1/profiles?size=100')).json();
      const profiles = (stored.data ?? stored) as Array<{ isDefault: boolean }>;
      expect(profiles).toHaveLength(20);
      expect(profiles.filter((p) => p.isDefault)).toHaveLength(1);
    });

    it('generations: 30 parallel starts within the hourly limit of 10 → exactly 10 accepted', async () => {
      const { app, database } = context();
      const user = await registerUser(app);
      expect((await user.call('POST', '/api/v1/profiles', PROFILE)).statusCode).toBe(201);
      const job = (await user.call('POST', '/api/v1/jobs', { rawText: POSTING })).json<{ id: string }>();
      const responses = await together(30, () =>
        user.call('POST', '/api/v1/generations', { type: 'resume', jobId: job.id }),
      );
      record('30 generation starts, 10 per hour', database, responses);
      expect(statusCounts(responses)).toEqual({ 202: 10, 429: 20 });
      const listed = (await user.call('GET', '/api/v1/generations?size=100')).json();
      expect(listed.pagination.total).toBe(10);
    });

    it('tracker: 10 parallel moves saved → applied → exactly one wins, the timeline has one move', async () => {
      const { app, database } = context();
      const user = await registerUser(app);
      const job = (await user.call('POST', '/api/v1/jobs', { rawText: POSTING })).json<{ id: string }>();
      const responses = await together(10, () =>
        user.call('PUT', `/api/v1/jobs/${job.id}/status`, { applicationStatus: 'applied' }),
      );
      record('10 tracker moves saved → applied', database, responses);
      expect(statusCounts(responses)).toEqual({ 200: 1, 422: 9 });
      const timeline = (await user.call('GET', `/api/v1/jobs/${job.id}/timeline`)).json();
      const moves = (timeline.data ?? timeline) as Array<{ kind: string }>;
      expect(moves.filter((entry) => entry.kind === 'status_change')).toHaveLength(1);
    });

    it('tracker: parallel moves to different stages leave a timeline that is a chain', async () => {
      const { app, database } = context();
      const user = await registerUser(app);
      const job = (await user.call('POST', '/api/v1/jobs', { rawText: POSTING })).json<{ id: string }>();
      const targets = [
        'applied',
        'interviewing',
        'offer',
        'rejected',
        'withdrawn',
        'applied',
        'offer',
        'accepted',
      ];
      const responses = await together(targets.length, (i) =>
        user.call('PUT', `/api/v1/jobs/${job.id}/status`, { applicationStatus: targets[i] }),
      );
      record('8 tracker moves to mixed stages', database, responses);
      const timeline = (await user.call('GET', `/api/v1/jobs/${job.id}/timeline`)).json();
      const moves = (
        (timeline.data ?? timeline) as Array<{ kind: string; fromStatus: string; toStatus: string }>
      ).filter((entry) => entry.kind === 'status_change');
      expect(moves.length).toBe(responses.filter((r) => r.statusCode === 200).length);
      let current = 'saved';
      for (const move of moves) {
        expect(move.fromStatus).toBe(current);
        current = move.toStatus;
      }
      const stored = (await user.call('GET', `/api/v1/jobs/${job.id}`)).json();
      expect(stored.applicationStatus).toBe(current);
    });
  },
  { GENERATION_RATE_LIMIT_PER_HOUR: '10' },
);

describeRaces(
  'monthly quota decided inside the write',
  (context) => {
    it('generations: 20 parallel starts against a monthly quota of 10 → exactly 10 accepted', async () => {
      const { app, database } = context();
      const user = await registerUser(app);
      expect((await user.call('POST', '/api/v1/profiles', PROFILE)).statusCode).toBe(201);
      const job = (await user.call('POST', '/api/v1/jobs', { rawText: POSTING })).json<{ id: string }>();
      const responses = await together(20, () =>
        user.call('POST', '/api/v1/generations', { type: 'coverLetter', jobId: job.id }),
      );
      record('20 generation starts, 10 per month', database, responses);
      expect(statusCounts(responses)).toEqual({ 202: 10, 429: 10 });
      const codes = new Set(responses.filter((r) => r.statusCode === 429).map((r) => r.json().error.code));
      expect(codes).toEqual(new Set(['GENERATION.QUOTA_EXCEEDED']));
    });
  },
  { GENERATION_RATE_LIMIT_PER_HOUR: '1000', GENERATION_MONTHLY_QUOTA: '10' },
);
