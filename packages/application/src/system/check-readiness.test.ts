import { describe, expect, it } from 'vitest';
import { CheckReadiness } from './check-readiness.js';

const probe = (name: string, answers: boolean) => ({
  name,
  check: async () => {
    if (!answers) throw new Error(`${name} is down`);
  },
});

describe('CheckReadiness', () => {
  it('is ready when every dependency answers', async () => {
    const report = await new CheckReadiness([probe('database', true), probe('queue', true)]).execute();
    expect(report).toEqual({ ready: true, checks: { database: 'ok', queue: 'ok' } });
  });

  it('is not ready when any dependency fails, and names which one', async () => {
    const report = await new CheckReadiness([probe('database', false), probe('queue', true)]).execute();
    expect(report).toEqual({ ready: false, checks: { database: 'down', queue: 'ok' } });
  });
});
