import type {
  GenerationCounts,
  IClock,
  IGenerationRepository,
  ILlmUsageRepository,
  LlmProviderName,
} from '@tailor/domain';
import {
  DEFAULT_GENERATION_LIMITS,
  monthOf,
  monthStart,
  nextMonthStart,
  type GenerationLimits,
} from './generation-limits.js';

export interface UsageView {
  /** `YYYY-MM` (UTC). */
  month: string;
  generations: Pick<GenerationCounts, 'total' | 'byStatus' | 'byType'>;
  /** From the model-usage ledger: every call of the month, generation or not, by provider and model. */
  models: {
    provider: LlmProviderName;
    model: string;
    calls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
  }[];
  totals: { calls: number; inputTokens: number; outputTokens: number; costUsd: number };
  limits: {
    generationsPerHour: number;
    generationsPerMonth: number;
    remainingThisHour: number;
    remainingThisMonth: number;
    /** When the monthly quota starts again (ISO-8601). */
    resetsAt: string;
  };
}

/** `GET /usage`: this month's generations, tokens and cost, and the user's limits. */
export class GetUsage {
  private readonly limits: GenerationLimits;

  constructor(
    private readonly deps: {
      generations: IGenerationRepository;
      llmUsage: ILlmUsageRepository;
      clock: IClock;
    },
    options: { limits?: Partial<GenerationLimits> } = {},
  ) {
    this.limits = { ...DEFAULT_GENERATION_LIMITS, ...options.limits };
  }

  async execute(input: { userId: string }): Promise<UsageView> {
    const now = this.deps.clock.now();
    const month = monthOf(now);
    const [counts, hour, rows] = await Promise.all([
      this.deps.generations.countSince(input.userId, monthStart(now)),
      this.deps.generations.countSince(input.userId, new Date(now.getTime() - 3_600_000)),
      this.deps.llmUsage.monthlySummary(input.userId, month),
    ]);
    // Sums in micro-dollars (integers) first, so the totals are exact.
    const totalsMicro = rows.reduce((n, r) => n + r.costMicroUsd, 0);
    return {
      month,
      generations: { total: counts.total, byStatus: counts.byStatus, byType: counts.byType },
      models: rows.map((r) => ({
        provider: r.provider,
        model: r.model,
        calls: r.calls,
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        costUsd: r.costMicroUsd / 1_000_000,
      })),
      totals: {
        calls: rows.reduce((n, r) => n + r.calls, 0),
        inputTokens: rows.reduce((n, r) => n + r.inputTokens, 0),
        outputTokens: rows.reduce((n, r) => n + r.outputTokens, 0),
        costUsd: totalsMicro / 1_000_000,
      },
      limits: {
        generationsPerHour: this.limits.perHour,
        generationsPerMonth: this.limits.perMonth,
        remainingThisHour: Math.max(0, this.limits.perHour - hour.total),
        remainingThisMonth: Math.max(0, this.limits.perMonth - counts.total),
        resetsAt: nextMonthStart(now).toISOString(),
      },
    };
  }
}
