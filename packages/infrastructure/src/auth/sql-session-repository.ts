import type { ISessionRepository, RefreshTokenRecord, RevokeReason, Session } from '@tailor/domain';
import { and, asc, eq, gt, gte, inArray, isNull, lte } from 'drizzle-orm';
import { refreshTokens, revokedSessions, sessions } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

type SessionRow = typeof sessions.$inferSelect;

const toSession = (row: SessionRow): Session => ({
  ...row,
  revokeReason: row.revokeReason as RevokeReason | null,
});

export class SqlSessionRepository implements ISessionRepository {
  constructor(private readonly database: SqlDatabase) {}

  async start(session: Session, firstToken: RefreshTokenRecord): Promise<void> {
    await this.database.transaction(async () => {
      await this.database.exec((db) => db.insert(sessions).values(session));
      await this.database.exec((db) => db.insert(refreshTokens).values(firstToken));
    });
  }

  async findByRefreshTokenHash(hash: string) {
    const rows = await this.database.exec((db) =>
      db
        .select({ token: refreshTokens, session: sessions })
        .from(refreshTokens)
        .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
        .where(eq(refreshTokens.tokenHash, hash))
        .limit(1),
    );
    const row = rows[0];
    return row ? { token: row.token, session: toSession(row.session) } : null;
  }

  async spend(tokenId: string, at: Date, sealedSuccessor: string | null): Promise<boolean> {
    const spent = await this.database.exec((db) =>
      db
        .update(refreshTokens)
        .set({ spentAt: at, sealedSuccessor })
        .where(and(eq(refreshTokens.id, tokenId), isNull(refreshTokens.spentAt)))
        .returning({ id: refreshTokens.id }),
    );
    return spent.length === 1;
  }

  async rotate(next: RefreshTokenRecord, at: Date): Promise<void> {
    await this.database.transaction(async () => {
      await this.database.exec((db) => db.insert(refreshTokens).values(next));
      await this.database.exec((db) =>
        db.update(sessions).set({ lastUsedAt: at }).where(eq(sessions.id, next.sessionId)),
      );
    });
  }

  async findById(sessionId: string): Promise<Session | null> {
    const rows = await this.database.exec((db) =>
      db.select().from(sessions).where(eq(sessions.id, sessionId)),
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async listByUser(userId: string): Promise<Session[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, userId))
        .orderBy(asc(sessions.createdAt), asc(sessions.id)),
    );
    return rows.map(toSession);
  }

  async revoke(sessionIds: readonly string[], reason: RevokeReason, at: Date, accessValidUntil: Date) {
    if (sessionIds.length === 0) return;
    await this.database.transaction(async () => {
      await this.database.exec((db) =>
        db
          .update(sessions)
          .set({ revokedAt: at, revokeReason: reason })
          .where(and(inArray(sessions.id, [...sessionIds]), isNull(sessions.revokedAt))),
      );
      await this.database.exec((db) =>
        db
          .insert(revokedSessions)
          .values(sessionIds.map((sessionId) => ({ sessionId, revokedAt: at, validUntil: accessValidUntil })))
          .onConflictDoUpdate({
            target: revokedSessions.sessionId,
            set: { revokedAt: at, validUntil: accessValidUntil },
          }),
      );
      // Entries whose access tokens have all expired protect nothing any more.
      await this.database.exec((db) => db.delete(revokedSessions).where(lte(revokedSessions.validUntil, at)));
    });
  }

  async revokedSince(since: Date, now: Date) {
    return this.database.exec((db) =>
      db
        .select({ sessionId: revokedSessions.sessionId, validUntil: revokedSessions.validUntil })
        .from(revokedSessions)
        .where(and(gte(revokedSessions.revokedAt, since), gt(revokedSessions.validUntil, now)))
        .orderBy(asc(revokedSessions.sessionId)),
    );
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    // refresh_tokens go with their sessions (on delete cascade).
    await this.database.exec((db) => db.delete(sessions).where(eq(sessions.userId, userId)));
  }
}
