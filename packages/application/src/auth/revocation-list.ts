import { accessValidUntil } from './session-issuer.js';
import type { IClock, ISessionRepository, RevokeReason } from '@tailor/domain';

/** How stale this instance's view of other instances' revocations may get. */
export const REVOCATION_SYNC_INTERVAL_MS = 1_000;

/**
 * Answers "is this session revoked?" for every authenticated request without a query per request: revoked
 * session ids live in memory until their last access token expires. Revocations made here are seen at once;
 * those made by other instances arrive with one small indexed query at most once a second.
 */
export class RevocationList {
  private readonly revoked = new Map<string, number>();
  private syncedUpTo: Date | undefined;
  private nextSyncAt = 0;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly sessions: ISessionRepository,
    private readonly clock: IClock,
    private readonly syncIntervalMs = REVOCATION_SYNC_INTERVAL_MS,
  ) {}

  async revoke(sessionIds: readonly string[], reason: RevokeReason, now: Date): Promise<void> {
    await this.sessions.revoke(sessionIds, reason, now, accessValidUntil(now));
    this.remember(sessionIds, now);
  }

  /** Records locally revocations already persisted (e.g. inside a unit of work that has now committed). */
  remember(sessionIds: readonly string[], now: Date): void {
    const validUntil = accessValidUntil(now).getTime();
    for (const id of sessionIds) this.revoked.set(id, validUntil);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    const now = this.clock.now();
    if (now.getTime() >= this.nextSyncAt) await this.sync(now);
    const until = this.revoked.get(sessionId);
    return until !== undefined && until > now.getTime();
  }

  private sync(now: Date): Promise<void> {
    this.syncing ??= (async () => {
      try {
        // Overlap the previous sync a little: a revocation committed just before it may carry an older time.
        const since = this.syncedUpTo
          ? new Date(this.syncedUpTo.getTime() - 5_000)
          : new Date(now.getTime() - accessValidUntil(new Date(0)).getTime());
        for (const { sessionId, validUntil } of await this.sessions.revokedSince(since, now)) {
          this.revoked.set(sessionId, validUntil.getTime());
        }
        for (const [id, until] of this.revoked) if (until <= now.getTime()) this.revoked.delete(id);
        this.syncedUpTo = now;
        this.nextSyncAt = now.getTime() + this.syncIntervalMs;
      } finally {
        this.syncing = undefined;
      }
    })();
    return this.syncing;
  }
}
