import type {
  ILlmUsageRepository,
  LlmProviderName,
  LlmTaskName,
  LlmUsageRecord,
  LlmUsageSummaryRow,
} from '@tailor/domain';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { llmUsage } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

/** `YYYY-MM` → [first instant of the month, first instant of the next), UTC. */
export function monthBounds(month: string): [Date, Date] {
  const match = /^(\d{4})-(\d{2})$/u.exec(month);
  if (!match) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return [new Date(Date.UTC(year, index, 1)), new Date(Date.UTC(year, index + 1, 1))];
}

type Row = typeof llmUsage.$inferSelect;

const toRecord = (row: Row): LlmUsageRecord => ({
  ...row,
  task: row.task as LlmTaskName,
  provider: row.provider as LlmProviderName,
});

export class SqlLlmUsageRepository implements ILlmUsageRepository {
  constructor(private readonly database: SqlDatabase) {}

  async record(entry: LlmUsageRecord): Promise<void> {
    await this.database.exec((db) => db.insert(llmUsage).values(entry));
  }

  // Summed in JS rather than SQL: a month of one user's calls is small, and SUM() over integers comes back as
  // a string from postgres.js but a number from SQLite; this keeps the query in the shared dialect subset.
  async monthlySummary(userId: string, month: string): Promise<LlmUsageSummaryRow[]> {
    const [from, to] = monthBounds(month);
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(llmUsage)
        .where(and(eq(llmUsage.userId, userId), gte(llmUsage.createdAt, from), lt(llmUsage.createdAt, to))),
    );
    return summarise(rows.map(toRecord));
  }

  async listByUser(userId: string): Promise<LlmUsageRecord[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(llmUsage)
        .where(eq(llmUsage.userId, userId))
        .orderBy(asc(llmUsage.createdAt), asc(llmUsage.id)),
    );
    return rows.map(toRecord);
  }

  async deleteByUser(userId: string): Promise<number> {
    const deleted = await this.database.exec((db) =>
      db.delete(llmUsage).where(eq(llmUsage.userId, userId)).returning({ id: llmUsage.id }),
    );
    return deleted.length;
  }
}

/** Groups entries by provider + model, ordered by provider then model. */
export function summarise(entries: readonly LlmUsageRecord[]): LlmUsageSummaryRow[] {
  const groups = new Map<string, LlmUsageSummaryRow>();
  for (const entry of entries) {
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
