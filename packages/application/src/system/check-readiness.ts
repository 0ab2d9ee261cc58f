import type { IDependencyProbe } from '@tailor/domain';

export type DependencyState = 'ok' | 'down';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, DependencyState>;
}

/** Asks every dependency at once; ready only when all of them answer. */
export class CheckReadiness {
  constructor(private readonly probes: readonly IDependencyProbe[]) {}

  async execute(): Promise<ReadinessReport> {
    const outcomes = await Promise.allSettled(this.probes.map((probe) => probe.check()));
    const checks: Record<string, DependencyState> = {};
    this.probes.forEach((probe, index) => {
      checks[probe.name] = outcomes[index]?.status === 'fulfilled' ? 'ok' : 'down';
    });
    return { ready: Object.values(checks).every((state) => state === 'ok'), checks };
  }
}
