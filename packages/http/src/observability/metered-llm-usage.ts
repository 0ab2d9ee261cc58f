import type { ILlmUsageRepository, LlmUsageRecord } from '@tailor/domain';
import type { TailorMetrics } from './metrics.js';

/**
 * The usage ledger, tapped: every model call the adapters record is also counted in the metrics (and a failed
 * one reaches the log) — one place sees every call, whichever provider or fallback made it.
 */
export function meteredLlmUsage(ledger: ILlmUsageRepository, metrics: TailorMetrics): ILlmUsageRepository {
  return {
    async record(entry: LlmUsageRecord) {
      await ledger.record(entry);
      metrics.observeLlmCall(entry);
    },
    monthlySummary: (userId, month) => ledger.monthlySummary(userId, month),
    listByUser: (userId) => ledger.listByUser(userId),
    deleteByUser: (userId) => ledger.deleteByUser(userId),
  };
}
