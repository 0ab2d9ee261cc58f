import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { portableBoolean } from '../persistence/portable-boolean.js';
import { users } from '../users/users.pg-schema.js';

export const llmUsage = pgTable(
  'llm_usage',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    task: text('task').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    promptId: text('prompt_id').notNull(),
    promptVersion: integer('prompt_version').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    costMicroUsd: integer('cost_micro_usd').notNull(),
    outcome: text('outcome').notNull(),
    // Personal values were replaced by placeholders before the call (LLM_REDACT_PII).
    redacted: portableBoolean('redacted')
      .notNull()
      .default(sql`0`),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('llm_usage_user_created_idx').on(table.userId, table.createdAt)],
);
