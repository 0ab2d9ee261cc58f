import type { IEventRelay } from '@tailor/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessEventRelay } from '../../src/events/in-process-event-relay.js';
import { PgNotifyEventRelay } from '../../src/events/pg-notify-event-relay.js';
import { createScratchPostgres, postgresIsAvailable, type ScratchPostgres } from '../../src/testing/index.js';

const postgresAvailable = await postgresIsAvailable();

/** Resolves once `count` messages were heard (or rejects after a few seconds with what was heard). */
function collect(relay: IEventRelay, topic: string, count: number) {
  const heard: unknown[] = [];
  let done: () => void = () => {};
  const all = new Promise<unknown[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`heard ${heard.length} of ${count}`)), 10_000);
    done = () => {
      clearTimeout(timer);
      resolve(heard);
    };
  });
  const unsubscribe = relay.subscribe(topic, (message) => {
    heard.push(message);
    if (heard.length === count) done();
  });
  return { heard, all: all.finally(unsubscribe) };
}

describe('InProcessEventRelay', () => {
  it('delivers inside publish, in order, per topic', async () => {
    const relay = new InProcessEventRelay();
    const tasks = collect(relay, 'tasks', 3);
    const other = collect(relay, 'generations', 1);
    for (const n of [1, 2, 3]) void relay.publish('tasks', { n });
    expect(tasks.heard).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(other.heard).toEqual([]);
  });

  it('refuses a message over the size limit, as the PostgreSQL relay does', async () => {
    await expect(new InProcessEventRelay().publish('tasks', { text: 'x'.repeat(8_000) })).rejects.toThrow(
      /over the 7500-byte limit/u,
    );
  });
});

describe.skipIf(!postgresAvailable)('PgNotifyEventRelay: two instances on one database', () => {
  let scratch: ScratchPostgres;
  let a: PgNotifyEventRelay;
  let b: PgNotifyEventRelay;
  beforeAll(async () => {
    scratch = await createScratchPostgres('relay');
    a = PgNotifyEventRelay.open(scratch.url);
    b = PgNotifyEventRelay.open(scratch.url);
    await Promise.all([a.start(), b.start()]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await scratch?.drop();
  });

  it('every instance hears 300 messages of one publisher in order; the publisher hears each once, at once', async () => {
    const onB = collect(b, 'generations', 300);
    const onA = collect(a, 'generations', 300);
    // Published without waiting for one another, as progress reports are.
    const sends = Array.from({ length: 300 }, (_, n) => a.publish('generations', { id: 'g1', n }));
    expect(onA.heard).toHaveLength(300);
    await Promise.all(sends);
    const heardOnB = (await onB.all) as { n: number }[];
    expect(heardOnB.map((m) => m.n)).toEqual(Array.from({ length: 300 }, (_, n) => n));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onA.heard).toHaveLength(300);
  });

  it('keeps topics apart and carries both directions', async () => {
    const tasksOnA = collect(a, 'tasks', 1);
    const generationsOnA = collect(a, 'generations', 1);
    await b.publish('tasks', { taskId: 't1', status: 'running', stage: 'writing', progress: 40 });
    expect(await tasksOnA.all).toEqual([{ taskId: 't1', status: 'running', stage: 'writing', progress: 40 }]);
    expect(generationsOnA.heard).toEqual([]);
  });

  it('refuses a message over the size limit instead of cutting it', async () => {
    await expect(a.publish('tasks', { text: 'é'.repeat(4_000) })).rejects.toThrow(
      /over the 7500-byte limit/u,
    );
  });
});
