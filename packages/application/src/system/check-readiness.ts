import type { IClock, IDependencyProbe } from '@tailor/domain';

export type DependencyState = 'ok' | 'down';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, DependencyState>;
}

/**
 * How long one round of probes answers every readiness request. `/ready` is public and not rate limited, and
 * a round writes, reads and deletes a file in storage (three requests to S3) and pings the database: run on
 * every request, a flood of probes became a flood of storage writes. Orchestrators probe every few seconds,
 * so an answer up to a second old changes nothing for them.
 */
export const READINESS_REUSE_MS = 1_000;

/**
 * Asks every dependency at once; ready only when all of them answer. Requests that arrive while a round
 * is running, or within READINESS_REUSE_MS of its start, share its answer.
 */
export class CheckReadiness {
  private last: { startedAt: number; report: Promise<ReadinessReport> } | undefined;

  constructor(
    private readonly probes: readonly IDependencyProbe[],
    private readonly clock: IClock,
  ) {}

  execute(): Promise<ReadinessReport> {
    const now = this.clock.now().getTime();
    if (this.last && now >= this.last.startedAt && now - this.last.startedAt < READINESS_REUSE_MS)
      return this.last.report;
    const report = this.probeAll();
    this.last = { startedAt: now, report };
    return report;
  }

  private async probeAll(): Promise<ReadinessReport> {
    const outcomes = await Promise.allSettled(this.probes.map((probe) => probe.check()));
    const checks: Record<string, DependencyState> = {};
    this.probes.forEach((probe, index) => {
      checks[probe.name] = outcomes[index]?.status === 'fulfilled' ? 'ok' : 'down';
    });
    return { ready: Object.values(checks).every((state) => state === 'ok'), checks };
  }
}
