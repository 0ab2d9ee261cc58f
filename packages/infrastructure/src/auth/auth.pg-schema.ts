import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
    lastUsedAt: instant('last_used_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    revokeReason: text('revoke_reason'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    spentAt: instant('spent_at'),
    sealedSuccessor: text('sealed_successor'),
  },
  (table) => [index('refresh_tokens_session_idx').on(table.sessionId)],
);

// No foreign key and no user id on purpose: entries must outlive a deleted account (its access tokens are
// still signed and unexpired for up to 15 minutes) without keeping anything that points at the person.
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: text('session_id').primaryKey(),
    revokedAt: instant('revoked_at').notNull(),
    validUntil: instant('valid_until').notNull(),
  },
  (table) => [index('revoked_sessions_revoked_at_idx').on(table.revokedAt)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    failedAt: instant('failed_at').notNull(),
  },
  (table) => [index('login_failures_email_idx').on(table.email, table.failedAt)],
);
