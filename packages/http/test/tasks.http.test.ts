import type { ITaskHandler } from '@tailor/domain';
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { clientFor, expectError, register } from './http-helpers.js';
import { buildTestApp, describeEachDatabase, type TestApp } from './test-app.js';

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const echo: ITaskHandler = {
  kind: 'test_echo',
  run: async (task, { reportProgress }) => {
    await reportProgress('echoing', 50);
    return { echoed: task.input };
  },
};
const blocking: ITaskHandler = {
  kind: 'test_blocking',
  run: (_task, { signal }) =>
    new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('stopped')))),
};

describeEachDatabase('tasks', (context) => {
  const queue = () => {
    const q = resolve(context().container, TOKENS.taskQueue);
    q.register(echo);
    q.register(blocking);
    return q;
  };

  it('shows the owner a task’s progress and result, streams it as events, and hides it from others', async () => {
    const { app } = context();
    const owner = await register(app);
    const stranger = await register(app);
    const task = await queue().submit('test_echo', owner.user.id, { word: 'hi' });
    const asOwner = clientFor(app, owner.accessToken);
    await waitFor(
      async () => (await asOwner('GET', `/api/v1/tasks/${task.id}`)).json().status === 'succeeded',
    );
    const response = await asOwner('GET', `/api/v1/tasks/${task.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: task.id,
      kind: 'test_echo',
      status: 'succeeded',
      stage: 'echoing',
      progress: 100,
      attempts: 1,
      error: null,
      result: { echoed: { word: 'hi' } },
    });
    expect(response.json()).not.toHaveProperty('lockedBy');

    const events = await asOwner('GET', `/api/v1/tasks/${task.id}/events`);
    expect(events.statusCode).toBe(200);
    expect(events.headers['content-type']).toContain('text/event-stream');
    expect(events.body).toContain('event: task');
    expect(events.body).toContain('"status":"succeeded"');

    const asStranger = clientFor(app, stranger.accessToken);
    expectError(await asStranger('GET', `/api/v1/tasks/${task.id}`), 404, 'TASK.NOT_FOUND');
    expectError(await asStranger('GET', `/api/v1/tasks/${task.id}/events`), 404, 'TASK.NOT_FOUND');
    expectError(await asStranger('POST', `/api/v1/tasks/${task.id}/cancel`), 404, 'TASK.NOT_FOUND');
  });

  it('cancels a running task', async () => {
    const { app } = context();
    const owner = await register(app);
    const task = await queue().submit('test_blocking', owner.user.id, {});
    const asOwner = clientFor(app, owner.accessToken);
    await waitFor(async () => (await asOwner('GET', `/api/v1/tasks/${task.id}`)).json().status === 'running');
    const cancel = await asOwner('POST', `/api/v1/tasks/${task.id}/cancel`);
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ cancelRequested: true });
    await waitFor(
      async () => (await asOwner('GET', `/api/v1/tasks/${task.id}`)).json().status === 'cancelled',
    );
  });

  it('exports the user’s tasks with the account and deletes them with it', async () => {
    const { app } = context();
    const owner = await register(app);
    const task = await queue().submit('test_echo', owner.user.id, { keep: 1 });
    const asOwner = clientFor(app, owner.accessToken);
    await waitFor(
      async () => (await asOwner('GET', `/api/v1/tasks/${task.id}`)).json().status === 'succeeded',
    );
    const exported = await asOwner('GET', '/api/v1/auth/me/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.json().tasks).toMatchObject([{ id: task.id, input: { keep: 1 } }]);
  });
});
