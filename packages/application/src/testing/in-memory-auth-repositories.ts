import type {
  ILoginFailureRepository,
  ISessionRepository,
  RefreshTokenRecord,
  RevokeReason,
  Session,
} from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

const clone = <T>(value: T): T => structuredClone(value);

export class InMemorySessionRepository implements ISessionRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get sessions() {
    return this.store.table<Session>('sessions');
  }
  private get tokens() {
    return this.store.table<RefreshTokenRecord>('refresh_tokens');
  }
  private get revoked() {
    return this.store.table<{ sessionId: string; revokedAt: Date; validUntil: Date }>('revoked_sessions');
  }

  async start(session: Session, firstToken: RefreshTokenRecord): Promise<void> {
    this.sessions.set(session.id, clone(session));
    this.tokens.set(firstToken.id, clone(firstToken));
  }

  async findByRefreshTokenHash(hash: string) {
    const token = [...this.tokens.values()].find((candidate) => candidate.tokenHash === hash);
    const session = token && this.sessions.get(token.sessionId);
    return token && session ? { token: clone(token), session: clone(session) } : null;
  }

  async spend(tokenId: string, at: Date, sealedSuccessor: string | null): Promise<boolean> {
    const token = this.tokens.get(tokenId);
    if (!token || token.spentAt) return false;
    token.spentAt = at;
    token.sealedSuccessor = sealedSuccessor;
    return true;
  }

  async rotate(next: RefreshTokenRecord, at: Date): Promise<void> {
    this.tokens.set(next.id, clone(next));
    const session = this.sessions.get(next.sessionId);
    if (session) session.lastUsedAt = at;
  }

  async findById(sessionId: string): Promise<Session | null> {
    const session = this.sessions.get(sessionId);
    return session ? clone(session) : null;
  }

  async listByUser(userId: string): Promise<Session[]> {
    return [...this.sessions.values()]
      .filter((session) => session.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(clone);
  }

  async revoke(sessionIds: readonly string[], reason: RevokeReason, at: Date, accessValidUntil: Date) {
    for (const id of sessionIds) {
      const session = this.sessions.get(id);
      if (session && !session.revokedAt) {
        session.revokedAt = at;
        session.revokeReason = reason;
      }
      this.revoked.set(id, { sessionId: id, revokedAt: at, validUntil: accessValidUntil });
    }
  }

  async revokedSince(since: Date, now: Date) {
    return [...this.revoked.values()]
      .filter((entry) => entry.revokedAt >= since && entry.validUntil > now)
      .sort((a, b) => a.sessionId.localeCompare(b.sessionId))
      .map(({ sessionId, validUntil }) => ({ sessionId, validUntil }));
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    for (const [id, session] of this.sessions) {
      if (session.userId !== userId) continue;
      this.sessions.delete(id);
      for (const [tokenId, token] of this.tokens) if (token.sessionId === id) this.tokens.delete(tokenId);
    }
  }
}

export class InMemoryLoginFailureRepository implements ILoginFailureRepository {
  private sequence = 0;

  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<{ email: string; at: Date }>('login_failures');
  }

  async record(email: string, at: Date): Promise<void> {
    this.sequence += 1;
    this.rows.set(String(this.sequence), { email, at });
  }

  async listSince(email: string, since: Date): Promise<Date[]> {
    return [...this.rows.values()]
      .filter((row) => row.email === email && row.at >= since)
      .map((row) => new Date(row.at))
      .sort((a, b) => a.getTime() - b.getTime());
  }

  async clear(email: string): Promise<void> {
    for (const [key, row] of this.rows) if (row.email === email) this.rows.delete(key);
  }
}
