import type { ILlmUsageRepository, LlmUsageRecord, LlmUsageSummaryRow } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

export class InMemoryLlmUsageRepository implements ILlmUsageRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<LlmUsageRecord>('llm_usage');
  }

  async record(entry: LlmUsageRecord): Promise<void> {
    this.rows.set(entry.id, structuredClone(entry));
  }

  async monthlySummary(userId: string, month: string): Promise<LlmUsageSummaryRow[]> {
    const groups = new Map<string, LlmUsageSummaryRow>();
    for (const entry of this.rows.values()) {
      if (entry.userId !== userId || monthOf(entry.createdAt) !== month) continue;
      const key = `${entry.provider}\u0000${entry.model}`;
      const row = groups.get(key) ?? {
        provider: entry.provider,
        model: entry.model,
        calls: 0,
        inputTokens: 0,
        outputTokens: 0,
        costMicroUsd: 0,
      };
      row.calls += 1;
      row.inputTokens += entry.inputTokens;
      row.outputTokens += entry.outputTokens;
      row.costMicroUsd += entry.costMicroUsd;
      groups.set(key, row);
    }
    return [...groups.values()].sort((a, b) =>
      a.provider === b.provider ? a.model.localeCompare(b.model) : a.provider.localeCompare(b.provider),
    );
  }

  async listByUser(userId: string): Promise<LlmUsageRecord[]> {
    return [...this.rows.values()]
      .filter((entry) => entry.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((entry) => structuredClone(entry));
  }

  async deleteByUser(userId: string): Promise<number> {
    let removed = 0;
    for (const [id, entry] of this.rows) {
      if (entry.userId === userId) {
        this.rows.delete(id);
        removed += 1;
      }
    }
    return removed;
  }
}
