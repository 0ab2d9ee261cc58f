import { describe, expect, it } from 'vitest';
import { CheckReadiness, READINESS_REUSE_MS } from '../../src/system/check-readiness.js';
import { FixedClock } from '../../src/testing/fixed-clock.js';
import { StorageProbe } from '../../src/system/storage-probe.js';

const probe = (name: string, answers: boolean) => ({
  name,
  check: async () => {
    if (!answers) throw new Error(`${name} is down`);
  },
});

describe('CheckReadiness', () => {
  it('is ready when every dependency answers', async () => {
    const report = await new CheckReadiness(
      [probe('database', true), probe('queue', true)],
      new FixedClock(),
    ).execute();
    expect(report).toEqual({ ready: true, checks: { database: 'ok', queue: 'ok' } });
  });

  it('is not ready when any dependency fails, and names which one', async () => {
    const report = await new CheckReadiness(
      [probe('database', false), probe('queue', true)],
      new FixedClock(),
    ).execute();
    expect(report).toEqual({ ready: false, checks: { database: 'down', queue: 'ok' } });
  });
});

describe('CheckReadiness under many requests', () => {
  it('runs one round of probes for every request within a second of it, then probes again', async () => {
    let rounds = 0;
    let up = true;
    const counted = {
      name: 'storage',
      check: async () => {
        rounds += 1;
        if (!up) throw new Error('storage is down');
      },
    };
    const clock = new FixedClock();
    const readiness = new CheckReadiness([counted], clock);

    const answers = await Promise.all(Array.from({ length: 50 }, () => readiness.execute()));
    expect(rounds).toBe(1);
    expect(answers.every((answer) => answer.ready)).toBe(true);

    up = false;
    clock.advance(READINESS_REUSE_MS - 1);
    expect((await readiness.execute()).ready).toBe(true);
    expect(rounds).toBe(1);

    clock.advance(1);
    expect(await readiness.execute()).toEqual({ ready: false, checks: { storage: 'down' } });
    expect(rounds).toBe(2);
  });

  it('pins the reuse window at one second', () => {
    expect(READINESS_REUSE_MS).toBe(1_000);
  });
});

describe('StorageProbe', () => {
  let sequence = 0;
  const ids = { next: () => `01JPROBE${String((sequence += 1)).padStart(18, '0')}` };
  const files = new Map<string, Uint8Array>();
  const storage = {
    put: async (key: string, bytes: Uint8Array) => {
      files.set(key, bytes);
      return { key, bytes: bytes.length, sha256: '' };
    },
    get: async (key: string) => files.get(key) ?? null,
    exists: async (key: string) => files.has(key),
    delete: async (key: string) => void files.delete(key),
    deletePrefix: async () => 0,
  };

  it('passes when storage hands back what it took, and leaves nothing behind', async () => {
    await expect(new StorageProbe(storage, ids).check()).resolves.toBeUndefined();
    expect(files.size).toBe(0);
  });

  it('fails when storage hands back nothing', async () => {
    await expect(new StorageProbe({ ...storage, get: async () => null }, ids).check()).rejects.toThrow(
      /other bytes/,
    );
  });

  it('many checks at once all pass (each reads its own marker)', async () => {
    const probe = new StorageProbe(storage, ids);
    await expect(Promise.all(Array.from({ length: 20 }, () => probe.check()))).resolves.toHaveLength(20);
  });
});
