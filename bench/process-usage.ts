import { readFileSync } from 'node:fs';

/** Resident set size of another process in MB, from /proc (Linux); 0 where /proc is not there. */
export function residentMegabytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    return Math.round(kilobytes / 1024);
  } catch {
    return 0;
  }
}

// /proc/<pid>/stat counts CPU time in clock ticks; Linux reports them at 100 a second (USER_HZ) everywhere
// Node runs, whatever the kernel's own tick rate.
const MICROSECONDS_PER_TICK = 10_000;

/**
 * CPU time (user + system) another process has used so far, in microseconds, from /proc (Linux); 0 where
 * /proc is not there. The difference across a round, divided by the requests served, is the server's CPU per
 * request: unlike requests per second it does not depend on how fast the load generator or the machine is.
 */
export function cpuMicroseconds(pid: number): number {
  try {
    return statCpuMicroseconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** utime + stime (fields 14 and 15) of a /proc/<pid>/stat line, in microseconds. */
export function statCpuMicroseconds(stat: string): number {
  // The command name (field 2) may hold spaces and parentheses: the fields after it start past the last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MICROSECONDS_PER_TICK;
}
