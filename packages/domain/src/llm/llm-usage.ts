import type { LlmProviderName } from './llm-service.js';
import type { LlmTaskName } from './llm-tasks.js';

/** One model call, as kept in the usage ledger. */
export interface LlmUsageRecord {
  id: string;
  userId: string | null;
  task: LlmTaskName;
  provider: LlmProviderName;
  model: string;
  promptId: string;
  promptVersion: number;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  /** Cost in micro-dollars (1e-6 USD), integer so sums are exact on every database. */
  costMicroUsd: number;
  /** `ok`, or the `LLM.*` error code the call ended with. */
  outcome: string;
  /** Whether the user's personal values were replaced by placeholders in what the provider received. */
  redacted: boolean;
  createdAt: Date;
}

/** Totals for one provider + model within a month. */
export interface LlmUsageSummaryRow {
  provider: LlmProviderName;
  model: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
}

export interface ILlmUsageRepository {
  record(entry: LlmUsageRecord): Promise<void>;
  /**
   * A user's totals for the calendar month (UTC) `month` (`YYYY-MM`), one row per provider + model, ordered
   * by provider then model; an empty list when there were no calls.
   */
  monthlySummary(userId: string, month: string): Promise<LlmUsageSummaryRow[]>;
  /** Every entry of the user, oldest first (for the data export); empty when none. */
  listByUser(userId: string): Promise<LlmUsageRecord[]>;
  /** Removes the user's entries; returns how many there were. */
  deleteByUser(userId: string): Promise<number>;
}
