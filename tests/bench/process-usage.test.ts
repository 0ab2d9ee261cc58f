import { describe, expect, it } from 'vitest';
import { cpuMicroseconds, residentMegabytes, statCpuMicroseconds } from '../../bench/process-usage.js';

// The bench's per-request CPU figure rests on reading another process's CPU time from /proc.
describe('a process’s usage, as the bench reads it', () => {
  it('adds user and system time (fields 14 and 15), past a command name with spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    fields[14 - 3] = '250'; // utime, ticks
    fields[15 - 3] = '40'; // stime
    expect(statCpuMicroseconds(`4242 (node (worker) x) ${fields.join(' ')}`)).toBe(2_900_000);
  });

  it('reads a live process, and says 0 for one that is gone', () => {
    expect(cpuMicroseconds(process.pid)).toBeGreaterThanOrEqual(0);
    expect(residentMegabytes(process.pid)).toBeGreaterThan(0);
    expect(cpuMicroseconds(2 ** 30)).toBe(0);
  });
});
