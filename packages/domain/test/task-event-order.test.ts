import { describe, expect, it } from 'vitest';
import { isNewerTaskEvent, type TaskEvent } from '../src/tasks/background-task.js';

type Change = Pick<TaskEvent, 'status' | 'attempts' | 'progress' | 'stage'>;
const queued = (attempts = 0): Change => ({ status: 'queued', attempts, progress: 0, stage: null });
const running = (attempts: number, progress: number, stage: string | null = 'writing'): Change => ({
  status: 'running',
  attempts,
  progress,
  stage,
});
const done = (status: 'succeeded' | 'failed' | 'cancelled'): Change => ({
  status,
  attempts: 1,
  progress: 100,
  stage: null,
});

describe('isNewerTaskEvent: what a follower passes on', () => {
  it('every real transition of a task that is retried once, in order', () => {
    const life = [
      queued(),
      running(1, 0, null),
      running(1, 30),
      queued(1),
      running(2, 0, null),
      running(2, 60),
      done('succeeded'),
    ];
    for (let i = 1; i < life.length; i += 1) {
      expect(isNewerTaskEvent(life[i - 1]!, life[i]!)).toBe(true);
      // Any earlier change arriving late is not news.
      for (let j = 0; j < i; j += 1) expect(isNewerTaskEvent(life[i]!, life[j]!)).toBe(false);
    }
  });

  it('a new stage at the same percentage is news; a repeat is not', () => {
    expect(isNewerTaskEvent(running(1, 40, 'writing'), running(1, 40, 'verifying'))).toBe(true);
    expect(isNewerTaskEvent(running(1, 40, 'writing'), running(1, 40, 'writing'))).toBe(false);
  });

  it('nothing after the end, and a queued task may be cancelled at once', () => {
    expect(isNewerTaskEvent(done('failed'), running(2, 90))).toBe(false);
    expect(isNewerTaskEvent(done('succeeded'), done('succeeded'))).toBe(false);
    expect(isNewerTaskEvent(queued(), done('cancelled'))).toBe(true);
  });
});
