import { expect, it } from 'vitest';
import { clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const PROFILE = {
  fullName: 'Ada Lovelace',
  summary: 'Backend engineer who builds payment systems in Go.',
  experiences: [
    {
      title: 'Backend Engineer',
      company: 'Ledgerly',
      startDate: '2021-03',
      current: true,
      bullets: ['responsible for the payments API written in Go'],
    },
  ],
};

type Client = ReturnType<typeof clientFor>;

/** Starts an enhancement of a new profile and waits until its task shows it succeeded; returns the task's id. */
async function finishedEnhancement(call: Client): Promise<{ taskId: string; profileId: string }> {
  const profile = (await call('POST', '/api/v1/profiles', PROFILE)).json();
  const task = (await call('POST', `/api/v1/profiles/${profile.id}/enhancements`)).json();
  await waitFor(async () => (await call('GET', `/api/v1/tasks/${task.id}`)).json().status === 'succeeded');
  return { taskId: task.id as string, profileId: profile.id as string };
}

// A task is the delivery of an entity's work: its view shows the entity's state (here an enhancement's).
describeEachDatabase(
  'tasks',
  (context) => {
    it('shows the owner the state of the work a task delivers, streams it as events, and hides it from others', async () => {
      const { app } = context();
      const owner = await register(app);
      const stranger = await register(app);
      const asOwner = clientFor(app, owner.accessToken);
      const { taskId, profileId } = await finishedEnhancement(asOwner);
      const task = { id: taskId };
      const response = await asOwner('GET', `/api/v1/tasks/${task.id}`);
      expect(response.statusCode).toBe(200);
      const enhancement = (
        await asOwner('GET', `/api/v1/profiles/${profileId}/enhancements/${task.id}`)
      ).json();
      expect(response.json()).toMatchObject({
        id: task.id,
        kind: 'profile_enhancement',
        status: enhancement.status,
        stage: enhancement.stage,
        progress: 100,
        attempts: 1,
        error: null,
        // A pointer to the entity, never a copy of its outcome.
        result: { enhancementId: task.id, status: 'succeeded' },
        cancelRequested: false,
        updatedAt: enhancement.updatedAt,
      });
      expect(response.json()).not.toHaveProperty('leasedBy');

      const events = await asOwner('GET', `/api/v1/tasks/${task.id}/events`);
      expect(events.statusCode).toBe(200);
      expect(events.headers['content-type']).toContain('text/event-stream');
      expect(events.body).toContain('event: task');
      expect(events.body).toContain('"status":"succeeded"');

      // Cancelling a finished task leaves it as it is.
      expect((await asOwner('POST', `/api/v1/tasks/${task.id}/cancel`)).json().status).toBe('succeeded');

      const asStranger = clientFor(app, stranger.accessToken);
      expectError(await asStranger('GET', `/api/v1/tasks/${task.id}`), 404, 'TASK.NOT_FOUND');
      expectError(await asStranger('GET', `/api/v1/tasks/${task.id}/events`), 404, 'TASK.NOT_FOUND');
      expectError(await asStranger('POST', `/api/v1/tasks/${task.id}/cancel`), 404, 'TASK.NOT_FOUND');
    });

    it('exports the user’s delivery records with the account and deletes them with it', async () => {
      const { app } = context();
      const owner = await register(app);
      const { taskId } = await finishedEnhancement(clientFor(app, owner.accessToken));
      const task = { id: taskId };
      const asOwner = clientFor(app, owner.accessToken);
      const exported = await asOwner('GET', '/api/v1/auth/me/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.json().tasks).toEqual([
        expect.objectContaining({
          id: task.id,
          kind: 'profile_enhancement',
          subjectId: task.id,
          attempts: 1,
        }),
      ]);
      expect(exported.json().enhancements).toEqual([
        expect.objectContaining({ id: task.id, status: 'succeeded' }),
      ]);
    });
  },
  { AUTH_RATE_LIMIT_MAX: '1000' },
);
