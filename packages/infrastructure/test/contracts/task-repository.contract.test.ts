import { UserMother } from '@tailor/application/testing';
import type { BackgroundTask } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

const T0 = new Date('2026-05-01T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let sequence = 0;
const task = (userId: string, overrides: Partial<BackgroundTask> = {}): BackgroundTask => {
  sequence += 1;
  return {
    id: `task-${String(sequence).padStart(6, '0')}`,
    userId,
    kind: 'demo',
    status: 'queued',
    stage: null,
    progress: 0,
    attempts: 0,
    maxAttempts: 2,
    error: null,
    input: { n: sequence, nested: { list: [1, 'two'] } },
    result: null,
    cancelRequested: false,
    lockedBy: null,
    heartbeatAt: null,
    createdAt: at(sequence),
    startedAt: null,
    finishedAt: null,
    updatedAt: at(sequence),
    ...overrides,
  };
};

describeContract('ITaskRepository', (context) => {
  const tasks = () => context().repositories.tasks;
  const addUser = async () => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  it('stores a task with every field intact and scopes reads by owner', async () => {
    const userId = await addUser();
    const other = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    expect(await tasks().findById(userId, stored.id)).toEqual(stored);
    expect(await tasks().get(stored.id)).toEqual(stored);
    expect(await tasks().findById(other, stored.id)).toBeNull();
    expect(await tasks().get('missing')).toBeNull();
  });

  it('claims the oldest queued task once, counting the attempt', async () => {
    const userId = await addUser();
    const first = task(userId);
    const second = task(userId);
    await tasks().add(second);
    await tasks().add(first);
    const claimed = await tasks().claim({ workerId: 'w1', now: at(100), maxPerUser: 5 });
    expect(claimed).toMatchObject({
      id: first.id,
      status: 'running',
      lockedBy: 'w1',
      attempts: 1,
      heartbeatAt: at(100),
      startedAt: at(100),
    });
    const next = await tasks().claim({ workerId: 'w2', now: at(101), maxPerUser: 5 });
    expect(next?.id).toBe(second.id);
    expect(await tasks().claim({ workerId: 'w3', now: at(102), maxPerUser: 5 })).toBeNull();
  });

  it('claims a given task only while it is queued', async () => {
    const userId = await addUser();
    const a = task(userId);
    const b = task(userId);
    await tasks().add(a);
    await tasks().add(b);
    expect((await tasks().claim({ workerId: 'w', now: at(10), maxPerUser: 5, id: b.id }))?.id).toBe(b.id);
    expect(await tasks().claim({ workerId: 'w', now: at(11), maxPerUser: 5, id: b.id })).toBeNull();
  });

  it('skips an owner who already runs the maximum and takes the next owner’s task', async () => {
    const busy = await addUser();
    const idle = await addUser();
    await tasks().add(task(busy));
    await tasks().add(task(busy));
    const waiting = task(busy);
    await tasks().add(waiting);
    const other = task(idle);
    await tasks().add(other);
    await tasks().claim({ workerId: 'w', now: at(50), maxPerUser: 2 });
    await tasks().claim({ workerId: 'w', now: at(50), maxPerUser: 2 });
    const third = await tasks().claim({ workerId: 'w', now: at(51), maxPerUser: 2 });
    expect(third?.id).toBe(other.id);
    expect(await tasks().claim({ workerId: 'w', now: at(52), maxPerUser: 2 })).toBeNull();
    expect((await tasks().get(waiting.id))?.status).toBe('queued');
  });

  it('heartbeats, records progress and finishes only for the holder', async () => {
    const userId = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    await tasks().claim({ workerId: 'w1', now: at(100), maxPerUser: 2 });
    expect(await tasks().heartbeat(stored.id, 'w2', at(101))).toBeNull();
    expect(await tasks().heartbeat(stored.id, 'w1', at(101))).toEqual({ cancelRequested: false });
    expect(await tasks().reportProgress(stored.id, 'w2', { stage: 'x', progress: 10 }, at(102))).toBeNull();
    expect(
      await tasks().reportProgress(stored.id, 'w1', { stage: 'parsing', progress: 40 }, at(102)),
    ).toMatchObject({ stage: 'parsing', progress: 40, heartbeatAt: at(102) });
    expect(await tasks().finish(stored.id, 'w2', { status: 'succeeded', result: 1 }, at(103))).toBeNull();
    const done = await tasks().finish(stored.id, 'w1', { status: 'succeeded', result: { ok: [1] } }, at(103));
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: 100,
      result: { ok: [1] },
      error: null,
      lockedBy: null,
      finishedAt: at(103),
    });
    expect(await tasks().finish(stored.id, 'w1', { status: 'cancelled' }, at(104))).toBeNull();
  });

  it('records a failure with its error', async () => {
    const userId = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    await tasks().claim({ workerId: 'w', now: at(1), maxPerUser: 2 });
    const error = { code: 'LLM.TIMEOUT', message: 'slow' };
    expect(await tasks().finish(stored.id, 'w', { status: 'failed', error }, at(2))).toMatchObject({
      status: 'failed',
      error,
    });
  });

  it('releases a held task back to the queue without counting the attempt', async () => {
    const userId = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    await tasks().claim({ workerId: 'w', now: at(1), maxPerUser: 2 });
    expect(await tasks().release(stored.id, 'other', at(2))).toBeNull();
    expect(await tasks().release(stored.id, 'w', at(2))).toMatchObject({
      status: 'queued',
      attempts: 0,
      lockedBy: null,
      heartbeatAt: null,
      startedAt: null,
    });
    expect(await tasks().release(stored.id, 'w', at(3))).toBeNull();
    expect((await tasks().claim({ workerId: 'w2', now: at(4), maxPerUser: 2 }))?.attempts).toBe(1);
  });

  it('cancels a queued task at once and flags a running one; leaves finished ones alone', async () => {
    const userId = await addUser();
    const other = await addUser();
    const running = task(userId);
    const queued = task(userId);
    await tasks().add(running);
    await tasks().add(queued);
    await tasks().claim({ workerId: 'w', now: at(100), maxPerUser: 1 });

    expect(await tasks().requestCancel(other, queued.id, at(101))).toBeNull();
    expect(await tasks().requestCancel(userId, queued.id, at(101))).toMatchObject({
      status: 'cancelled',
      finishedAt: at(101),
    });
    expect(await tasks().requestCancel(userId, running.id, at(102))).toMatchObject({
      status: 'running',
      cancelRequested: true,
    });
    expect(await tasks().heartbeat(running.id, 'w', at(103))).toEqual({ cancelRequested: true });
    await tasks().finish(running.id, 'w', { status: 'cancelled' }, at(104));
    expect(await tasks().requestCancel(userId, running.id, at(105))).toMatchObject({ status: 'cancelled' });
  });

  it('requeues stale running tasks while attempts remain, else fails them as interrupted', async () => {
    const userId = await addUser();
    const retry = task(userId, { maxAttempts: 2 });
    const last = task(userId, { maxAttempts: 1 });
    const fresh = task(userId, { maxAttempts: 1 });
    const cancelled = task(userId, { maxAttempts: 3 });
    for (const t of [retry, last, fresh, cancelled]) await tasks().add(t);
    await tasks().claim({ workerId: 'dead', now: at(100), maxPerUser: 10, id: retry.id });
    await tasks().claim({ workerId: 'dead', now: at(100), maxPerUser: 10, id: last.id });
    await tasks().claim({ workerId: 'dead', now: at(100), maxPerUser: 10, id: cancelled.id });
    await tasks().claim({ workerId: 'alive', now: at(100), maxPerUser: 10, id: fresh.id });
    await tasks().heartbeat(fresh.id, 'alive', at(200));
    await tasks().requestCancel(userId, cancelled.id, at(150));

    const outcome = await tasks().recoverStale(at(190), at(210));
    expect(outcome).toEqual({
      requeued: [retry.id],
      failed: [last.id, cancelled.id].sort(),
    });
    expect(await tasks().get(retry.id)).toMatchObject({ status: 'queued', lockedBy: null, attempts: 1 });
    expect(await tasks().get(last.id)).toMatchObject({
      status: 'failed',
      error: { code: 'TASK.INTERRUPTED' },
      finishedAt: at(210),
    });
    expect(await tasks().get(cancelled.id)).toMatchObject({ status: 'cancelled' });
    expect(await tasks().get(fresh.id)).toMatchObject({ status: 'running', lockedBy: 'alive' });
    // The dead worker's late completion is dropped.
    expect(await tasks().finish(retry.id, 'dead', { status: 'succeeded', result: 1 }, at(220))).toBeNull();
    expect(await tasks().listQueuedIds(10)).toEqual([retry.id]);
  });

  it('lists and deletes all of a user’s tasks, and cascades with the user', async () => {
    const userId = await addUser();
    const other = await addUser();
    const a = task(userId);
    const b = task(userId);
    const c = task(other);
    for (const t of [b, a, c]) await tasks().add(t);
    expect((await tasks().listAllByUser(userId)).map((t) => t.id)).toEqual([a.id, b.id]);
    await tasks().deleteAllByUser(userId);
    expect(await tasks().listAllByUser(userId)).toEqual([]);
    expect(await tasks().listAllByUser(other)).toHaveLength(1);
  });
});
