import { UserMother } from '@tailor/application/testing';
import type { RefreshTokenRecord, Session } from '@tailor/domain';
import { beforeEach, expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

const at = (iso: string) => new Date(iso);
let sequence = 0;

const sessionFor = (userId: string, createdAt = at('2026-05-01T10:00:00.000Z')): Session => ({
  id: `session-${(sequence += 1)}`,
  userId,
  createdAt,
  lastUsedAt: createdAt,
  expiresAt: at('2026-06-01T10:00:00.000Z'),
  revokedAt: null,
  revokeReason: null,
  userAgent: 'curl/8.0 — Łódź',
});

const tokenFor = (session: Session, hash = `hash-${(sequence += 1)}`): RefreshTokenRecord => ({
  id: `token-${(sequence += 1)}`,
  sessionId: session.id,
  tokenHash: hash,
  createdAt: session.createdAt,
  expiresAt: session.expiresAt,
  spentAt: null,
  sealedSuccessor: null,
});

describeContract('ISessionRepository', (context) => {
  const repos = () => context().repositories;
  const user = UserMother.create();
  const other = UserMother.create();

  beforeEach(async () => {
    await repos().users.add(user);
    await repos().users.add(other);
  });

  it('starts a session and finds it by its refresh token hash', async () => {
    const session = sessionFor(user.id);
    const token = tokenFor(session, 'abc');
    await repos().sessions.start(session, token);
    expect(await repos().sessions.findByRefreshTokenHash('abc')).toEqual({ token, session });
    expect(await repos().sessions.findByRefreshTokenHash('nope')).toBeNull();
    expect(await repos().sessions.findById(session.id)).toEqual(session);
  });

  it('spends a token exactly once', async () => {
    const session = sessionFor(user.id);
    const token = tokenFor(session);
    await repos().sessions.start(session, token);
    const when = at('2026-05-02T00:00:00.000Z');
    const [first, second] = await Promise.all([
      repos().sessions.spend(token.id, when, 'sealed-a'),
      repos().sessions.spend(token.id, when, 'sealed-b'),
    ]);
    expect([first, second].sort()).toEqual([false, true]);
    const stored = (await repos().sessions.findByRefreshTokenHash(token.tokenHash))?.token;
    expect(stored?.spentAt).toEqual(when);
    // The winner's successor is kept, never overwritten by the loser's.
    expect(stored?.sealedSuccessor).toBe(first ? 'sealed-a' : 'sealed-b');
  });

  it('rotates: the next token belongs to the same session, which is marked as used', async () => {
    const session = sessionFor(user.id);
    await repos().sessions.start(session, tokenFor(session));
    const next = tokenFor(session, 'next-hash');
    const when = at('2026-05-03T00:00:00.000Z');
    await repos().sessions.rotate(next, when);
    const found = await repos().sessions.findByRefreshTokenHash('next-hash');
    expect(found?.session.id).toBe(session.id);
    expect(found?.session.lastUsedAt).toEqual(when);
  });

  it('lists only the user’s own sessions, oldest first', async () => {
    const later = sessionFor(user.id, at('2026-05-05T00:00:00.000Z'));
    const earlier = sessionFor(user.id, at('2026-05-04T00:00:00.000Z'));
    const foreign = sessionFor(other.id);
    for (const session of [later, earlier, foreign]) await repos().sessions.start(session, tokenFor(session));
    expect((await repos().sessions.listByUser(user.id)).map((s) => s.id)).toEqual([earlier.id, later.id]);
  });

  it('revokes sessions and keeps them on the revocation list until their access tokens expire', async () => {
    const session = sessionFor(user.id);
    await repos().sessions.start(session, tokenFor(session));
    const revokedAt = at('2026-05-06T12:00:00.000Z');
    const validUntil = at('2026-05-06T12:15:00.000Z');
    await repos().sessions.revoke([session.id], 'logout', revokedAt, validUntil);

    expect(await repos().sessions.findById(session.id)).toMatchObject({ revokedAt, revokeReason: 'logout' });
    expect(await repos().sessions.revokedSince(at('2026-05-06T11:00:00.000Z'), revokedAt)).toEqual([
      { sessionId: session.id, validUntil },
    ]);
    expect(await repos().sessions.revokedSince(at('2026-05-06T12:00:00.001Z'), revokedAt)).toEqual([]);
    expect(await repos().sessions.revokedSince(at('2026-05-06T11:00:00.000Z'), validUntil)).toEqual([]);
  });

  it('keeps the revocation list entries when the user’s sessions are deleted', async () => {
    const session = sessionFor(user.id);
    const token = tokenFor(session);
    await repos().sessions.start(session, token);
    const now = at('2026-05-07T00:00:00.000Z');
    await repos().sessions.revoke([session.id], 'account_deleted', now, at('2026-05-07T00:15:00.000Z'));
    await repos().sessions.deleteAllOfUser(user.id);

    expect(await repos().sessions.listByUser(user.id)).toEqual([]);
    expect(await repos().sessions.findByRefreshTokenHash(token.tokenHash)).toBeNull();
    expect((await repos().sessions.revokedSince(now, now)).map((r) => r.sessionId)).toEqual([session.id]);
  });

  it('does not touch another user’s sessions when deleting', async () => {
    const mine = sessionFor(user.id);
    const theirs = sessionFor(other.id);
    await repos().sessions.start(mine, tokenFor(mine));
    await repos().sessions.start(theirs, tokenFor(theirs));
    await repos().sessions.deleteAllOfUser(user.id);
    expect(await repos().sessions.findById(theirs.id)).toEqual(theirs);
  });
});

describeContract('ILoginFailureRepository', (context) => {
  const failures = () => context().repositories.loginFailures;

  it('lists the failures of one email since a time, oldest first', async () => {
    await failures().record('a@example.org', at('2026-05-01T10:05:00.000Z'));
    await failures().record('a@example.org', at('2026-05-01T10:01:00.000Z'));
    await failures().record('a@example.org', at('2026-05-01T09:00:00.000Z'));
    await failures().record('b@example.org', at('2026-05-01T10:02:00.000Z'));
    expect(await failures().listSince('a@example.org', at('2026-05-01T10:00:00.000Z'))).toEqual([
      at('2026-05-01T10:01:00.000Z'),
      at('2026-05-01T10:05:00.000Z'),
    ]);
  });

  it('clears one email’s failures only', async () => {
    await failures().record('a@example.org', at('2026-05-01T10:00:00.000Z'));
    await failures().record('b@example.org', at('2026-05-01T10:00:00.000Z'));
    await failures().clear('a@example.org');
    expect(await failures().listSince('a@example.org', at('2026-01-01T00:00:00.000Z'))).toEqual([]);
    expect(await failures().listSince('b@example.org', at('2026-01-01T00:00:00.000Z'))).toHaveLength(1);
  });
});
