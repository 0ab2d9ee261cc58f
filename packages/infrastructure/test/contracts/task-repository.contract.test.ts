import { UserMother } from '@tailor/application/testing';
import type { BackgroundTask } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

const T0 = new Date('2026-05-01T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let sequence = 0;
const task = (userId: string, overrides: Partial<BackgroundTask> = {}): BackgroundTask => {
  sequence += 1;
  const id = `task-${String(sequence).padStart(6, '0')}`;
  return {
    id,
    userId,
    kind: 'demo',
    subjectId: `subject-of-${id}`,
    delivery: 'pending',
    attempts: 0,
    maxAttempts: 2,
    leasedBy: null,
    heartbeatAt: null,
    createdAt: at(sequence),
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

  it('stores a delivery record with every field intact and scopes reads by owner', async () => {
    const userId = await addUser();
    const other = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    expect(await tasks().findById(userId, stored.id)).toEqual(stored);
    expect(await tasks().get(stored.id)).toEqual(stored);
    expect(await tasks().findById(other, stored.id)).toBeNull();
    expect(await tasks().get('missing')).toBeNull();
  });

  it('leases the oldest pending task once, counting the attempt', async () => {
    const userId = await addUser();
    const first = task(userId);
    const second = task(userId);
    await tasks().add(second);
    await tasks().add(first);
    const claimed = await tasks().claim({ workerId: 'w1', now: at(100), maxPerUser: 5 });
    expect(claimed).toEqual({
      ...first,
      delivery: 'leased',
      leasedBy: 'w1',
      attempts: 1,
      heartbeatAt: at(100),
    });
    const next = await tasks().claim({ workerId: 'w2', now: at(101), maxPerUser: 5 });
    expect(next?.id).toBe(second.id);
    expect(await tasks().claim({ workerId: 'w3', now: at(102), maxPerUser: 5 })).toBeNull();
  });

  it('leases a given task only while it is pending', async () => {
    const userId = await addUser();
    const a = task(userId);
    const b = task(userId);
    await tasks().add(a);
    await tasks().add(b);
    expect((await tasks().claim({ workerId: 'w', now: at(10), maxPerUser: 5, id: b.id }))?.id).toBe(b.id);
    expect(await tasks().claim({ workerId: 'w', now: at(11), maxPerUser: 5, id: b.id })).toBeNull();
  });

  it('skips an owner who already holds the maximum of leases and takes the next owner’s task', async () => {
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
    expect((await tasks().get(waiting.id))?.delivery).toBe('pending');
  });

  it('heartbeats and finishes only for the lease holder; a delivered task is never leased again', async () => {
    const userId = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    await tasks().claim({ workerId: 'w1', now: at(100), maxPerUser: 2 });
    expect(await tasks().heartbeat(stored.id, 'w2', at(101))).toBe(false);
    expect(await tasks().heartbeat(stored.id, 'w1', at(101))).toBe(true);
    expect((await tasks().get(stored.id))?.heartbeatAt).toEqual(at(101));
    expect(await tasks().finish(stored.id, 'w2')).toBe(false);
    expect(await tasks().finish(stored.id, 'w1')).toBe(true);
    expect(await tasks().get(stored.id)).toMatchObject({
      delivery: 'delivered',
      leasedBy: null,
      heartbeatAt: null,
      attempts: 1,
    });
    expect(await tasks().finish(stored.id, 'w1')).toBe(false);
    expect(await tasks().heartbeat(stored.id, 'w1', at(105))).toBe(false);
    expect(await tasks().claim({ workerId: 'w3', now: at(106), maxPerUser: 2 })).toBeNull();
  });

  it('releases a leased task back to pending without counting the attempt', async () => {
    const userId = await addUser();
    const stored = task(userId);
    await tasks().add(stored);
    await tasks().claim({ workerId: 'w', now: at(1), maxPerUser: 2 });
    expect(await tasks().release(stored.id, 'other')).toBe(false);
    expect(await tasks().release(stored.id, 'w')).toBe(true);
    expect(await tasks().get(stored.id)).toMatchObject({
      delivery: 'pending',
      attempts: 0,
      leasedBy: null,
      heartbeatAt: null,
    });
    expect(await tasks().release(stored.id, 'w')).toBe(false);
    expect((await tasks().claim({ workerId: 'w2', now: at(4), maxPerUser: 2 }))?.attempts).toBe(1);
  });

  it('hands stale leases back to pending, whatever their attempts; a live one is kept', async () => {
    const userId = await addUser();
    const retry = task(userId, { maxAttempts: 2 });
    const last = task(userId, { maxAttempts: 1 });
    const fresh = task(userId, { maxAttempts: 1 });
    for (const t of [retry, last, fresh]) await tasks().add(t);
    await tasks().claim({ workerId: 'dead', now: at(100), maxPerUser: 10, id: retry.id });
    await tasks().claim({ workerId: 'dead', now: at(100), maxPerUser: 10, id: last.id });
    await tasks().claim({ workerId: 'alive', now: at(100), maxPerUser: 10, id: fresh.id });
    await tasks().heartbeat(fresh.id, 'alive', at(200));

    expect(await tasks().recoverStale(at(190))).toEqual([retry.id, last.id].sort());
    expect(await tasks().get(retry.id)).toMatchObject({ delivery: 'pending', leasedBy: null, attempts: 1 });
    // Out of attempts, it is still pending: the next lease (attempt 2 of 1) gives the work up on its entity.
    expect(await tasks().get(last.id)).toMatchObject({ delivery: 'pending', attempts: 1 });
    expect(await tasks().get(fresh.id)).toMatchObject({ delivery: 'leased', leasedBy: 'alive' });
    // The dead worker's late completion is dropped.
    expect(await tasks().finish(retry.id, 'dead')).toBe(false);
    expect(
      (await tasks().claim({ workerId: 'w', now: at(300), maxPerUser: 10, id: last.id }))?.attempts,
    ).toBe(2);
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
