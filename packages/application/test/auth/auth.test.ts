import { REFRESH_REUSE_GRACE_SECONDS, type IAccountDataContributor } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, authFixture } from '../../src/auth/auth.fixture.js';
import { LOCKOUT_WINDOW_MS } from '../../src/auth/login-user.js';

const bearer = (token: string) => `Bearer ${token}`;

describe('RegisterUser', () => {
  it('creates the user with a normalised email and a hashed password, and signs them in', async () => {
    const f = authFixture();
    const result = await f.register.execute({
      email: '  Ada@Example.ORG ',
      password: GOOD_PASSWORD,
      fullName: ' Ada ',
    });
    expect(result.user).toMatchObject({ email: 'ada@example.org', fullName: 'Ada' });
    expect(result.expiresIn).toBe(900);
    const stored = await f.repos.users.findByEmail('ada@example.org');
    expect(stored?.passwordHash).not.toBe(GOOD_PASSWORD);
    expect((await f.authenticate.execute(bearer(result.accessToken))).userId).toBe(result.user.id);
  });

  it.each([
    ['Sh0rt', 'minLength'],
    ['alllowercase1', 'uppercase'],
    ['ALLUPPERCASE1', 'lowercase'],
    ['NoDigitsHere', 'digit'],
    [`Aa1${'x'.repeat(200)}`, 'maxLength'],
  ])('refuses the password %s, naming the rule it breaks (%s)', async (password, rule) => {
    const f = authFixture();
    await expect(f.register.execute({ email: 'a@example.org', password })).rejects.toMatchObject({
      code: 'AUTH.WEAK_PASSWORD',
      details: { rule },
    });
    expect(await f.repos.users.findByEmail('a@example.org')).toBeNull();
  });

  it('refuses a duplicate email, whatever its case', async () => {
    const f = authFixture();
    await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    await expect(
      f.register.execute({ email: 'ADA@example.org', password: GOOD_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'AUTH.EMAIL_TAKEN',
    });
  });

  it('refuses a malformed email', async () => {
    const f = authFixture();
    await expect(
      f.register.execute({ email: 'not-an-email', password: GOOD_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'USER.INVALID_EMAIL',
    });
  });
});

describe('LoginUser', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const f = authFixture();
    await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const result = await f.login.execute({ email: 'ADA@example.org ', password: GOOD_PASSWORD });
    expect(result.user.email).toBe('ada@example.org');
  });

  it('answers a wrong password and an unknown email identically, with one password verification each', async () => {
    const f = authFixture();
    await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const before = f.hasher.verifies;
    const wrong = await f.login
      .execute({ email: 'ada@example.org', password: 'Wrong-pass-1' })
      .catch((e) => e);
    expect(f.hasher.verifies).toBe(before + 1);
    const unknown = await f.login
      .execute({ email: 'nobody@example.org', password: 'Wrong-pass-1' })
      .catch((e) => e);
    // The unknown email is checked against a decoy hash: the same argon2 work as a wrong password.
    expect(f.hasher.verifies).toBe(before + 2);
    expect([wrong.code, wrong.message, wrong.details]).toEqual([
      unknown.code,
      unknown.message,
      unknown.details,
    ]);
    expect(wrong.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('locks an email after 5 failures in 15 minutes, even for the right password, until the window passes', async () => {
    const f = authFixture();
    await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    for (let i = 0; i < 5; i += 1) {
      await expect(
        f.login.execute({ email: 'ada@example.org', password: 'Wrong-pass-1' }),
      ).rejects.toMatchObject({
        code: 'AUTH.INVALID_CREDENTIALS',
      });
      f.clock.advance(60_000);
    }
    await expect(
      f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'AUTH.LOCKED',
      details: { retryAfterSeconds: (LOCKOUT_WINDOW_MS - 5 * 60_000) / 1000 },
    });
    f.clock.advance(LOCKOUT_WINDOW_MS - 5 * 60_000);
    await expect(
      f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD }),
    ).resolves.toBeDefined();
  });

  it('does not count failures older than the window', async () => {
    const f = authFixture();
    await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    for (let i = 0; i < 4; i += 1)
      await f.login.execute({ email: 'ada@example.org', password: 'x' }).catch(() => 0);
    f.clock.advance(LOCKOUT_WINDOW_MS + 1);
    await f.login.execute({ email: 'ada@example.org', password: 'x' }).catch(() => 0);
    await expect(
      f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD }),
    ).resolves.toBeDefined();
  });
});

describe('RefreshSession', () => {
  it('spends the refresh token and returns a new pair', async () => {
    const f = authFixture();
    const first = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const second = await f.refresh.execute({ refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await f.authenticate.execute(bearer(second.accessToken))).userId).toBe(first.user.id);
  });

  it('revokes the whole session when a spent token is presented again after the grace window', async () => {
    const f = authFixture();
    const first = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const second = await f.refresh.execute({ refreshToken: first.refreshToken });
    f.clock.advance(REFRESH_REUSE_GRACE_SECONDS * 1000 + 1);
    await expect(f.refresh.execute({ refreshToken: first.refreshToken })).rejects.toMatchObject({
      code: 'AUTH.REFRESH_TOKEN_REUSED',
    });
    await expect(f.refresh.execute({ refreshToken: second.refreshToken })).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
    await expect(f.authenticate.execute(bearer(second.accessToken))).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
  });

  it('gives a caller presenting a just-spent token the same pair, for exactly 10 seconds', async () => {
    expect(REFRESH_REUSE_GRACE_SECONDS).toBe(10);
    const f = authFixture();
    const first = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const winner = await f.refresh.execute({ refreshToken: first.refreshToken });
    f.clock.advance(REFRESH_REUSE_GRACE_SECONDS * 1000);
    // The last instant of the window: the same pair again, and the session lives on.
    expect(await f.refresh.execute({ refreshToken: first.refreshToken })).toEqual(winner);
    expect((await f.authenticate.execute(bearer(winner.accessToken))).userId).toBe(first.user.id);
    f.clock.advance(1);
    await expect(f.refresh.execute({ refreshToken: first.refreshToken })).rejects.toMatchObject({
      code: 'AUTH.REFRESH_TOKEN_REUSED',
    });
    await expect(f.authenticate.execute(bearer(winner.accessToken))).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
  });

  it('refuses an unknown token and an access token', async () => {
    const f = authFixture();
    const first = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    for (const refreshToken of ['made-up', first.accessToken]) {
      await expect(f.refresh.execute({ refreshToken })).rejects.toMatchObject({
        code: 'AUTH.INVALID_REFRESH_TOKEN',
      });
    }
  });

  it('refuses an expired refresh token', async () => {
    const f = authFixture();
    const first = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    f.clock.advance(31 * 24 * 3600 * 1000);
    await expect(f.refresh.execute({ refreshToken: first.refreshToken })).rejects.toMatchObject({
      code: 'AUTH.REFRESH_TOKEN_EXPIRED',
    });
  });
});

describe('Authenticate', () => {
  it('needs a bearer token', async () => {
    const f = authFixture();
    for (const header of [undefined, '', 'Basic abc', 'Bearer']) {
      await expect(f.authenticate.execute(header)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    }
  });

  it('refuses an expired access token', async () => {
    const f = authFixture();
    const { accessToken } = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    f.clock.advance(15 * 60 * 1000);
    await expect(f.authenticate.execute(bearer(accessToken))).rejects.toMatchObject({
      code: 'AUTH.TOKEN_EXPIRED',
    });
  });

  it('sees revocations made by another instance within a second', async () => {
    const f = authFixture();
    const { accessToken } = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const claims = await f.authenticateSession(bearer(accessToken));
    // Another instance revokes through the shared database, not through this instance's list.
    await f.repos.sessions.revoke(
      [claims.sessionId],
      'logout',
      f.clock.now(),
      new Date(f.clock.now().getTime() + 900_000),
    );
    f.clock.advance(1_000);
    await expect(f.authenticate.execute(bearer(accessToken))).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
  });
});

describe('Logout', () => {
  it('ends the session: its access and refresh tokens stop working, other sessions go on', async () => {
    const f = authFixture();
    const phone = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const laptop = await f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const claims = await f.authenticateSession(bearer(phone.accessToken));
    await f.logout.execute({ sessionId: claims.sessionId });

    await expect(f.authenticate.execute(bearer(phone.accessToken))).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
    await expect(f.refresh.execute({ refreshToken: phone.refreshToken })).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
    await expect(f.authenticate.execute(bearer(laptop.accessToken))).resolves.toBeDefined();
  });
});

describe('ChangePassword', () => {
  it('needs the current password, then revokes every other session but the caller’s', async () => {
    const f = authFixture();
    const mine = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const other = await f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const claims = await f.authenticateSession(bearer(mine.accessToken));

    await expect(
      f.changePassword.execute({ ...claims, currentPassword: 'Wrong-pass-1', newPassword: 'Another-pass-2' }),
    ).rejects.toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
    await expect(
      f.changePassword.execute({ ...claims, currentPassword: GOOD_PASSWORD, newPassword: 'weak' }),
    ).rejects.toMatchObject({ code: 'AUTH.WEAK_PASSWORD' });

    await f.changePassword.execute({
      ...claims,
      currentPassword: GOOD_PASSWORD,
      newPassword: 'Another-pass-2',
    });
    await expect(f.authenticate.execute(bearer(mine.accessToken))).resolves.toBeDefined();
    await expect(f.authenticate.execute(bearer(other.accessToken))).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
    await expect(
      f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
    });
    await expect(
      f.login.execute({ email: 'ada@example.org', password: 'Another-pass-2' }),
    ).resolves.toBeDefined();
  });
});

describe('ChangePassword in one unit of work', () => {
  it('keeps the old password and every session when revoking the others fails', async () => {
    const f = authFixture();
    const mine = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const other = await f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const claims = await f.authenticateSession(bearer(mine.accessToken));
    // The sessions store fails after the new hash was written in the same unit.
    f.repos.sessions.revoke = async () => {
      throw new Error('connection lost');
    };

    await expect(
      f.changePassword.execute({ ...claims, currentPassword: GOOD_PASSWORD, newPassword: 'Another-pass-2' }),
    ).rejects.toThrow('connection lost');
    await expect(f.authenticate.execute(bearer(other.accessToken))).resolves.toBeDefined();
    await expect(
      f.login.execute({ email: 'ada@example.org', password: GOOD_PASSWORD }),
    ).resolves.toBeDefined();
    await expect(
      f.login.execute({ email: 'ada@example.org', password: 'Another-pass-2' }),
    ).rejects.toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
  });
});

describe('account export and deletion', () => {
  const notes = (
    failOnDelete = false,
  ): IAccountDataContributor & { rows: Map<string, string[]>; filesDeleted: string[] } => {
    const rows = new Map<string, string[]>();
    const filesDeleted: string[] = [];
    return {
      section: 'notes',
      rows,
      filesDeleted,
      export: async (userId) => rows.get(userId) ?? [],
      deleteRows: async (userId) => {
        if (failOnDelete) throw new Error('disk on fire');
        rows.delete(userId);
      },
      deleteFiles: async (userId) => {
        filesDeleted.push(userId);
      },
    };
  };

  it('exports the account, its sessions and every contributor’s section', async () => {
    const contributor = notes();
    const f = authFixture([contributor]);
    const { user } = await f.register.execute({
      email: 'ada@example.org',
      password: GOOD_PASSWORD,
      fullName: 'Ada',
    });
    contributor.rows.set(user.id, ['first note']);
    const document = await f.exportData.execute({ userId: user.id });
    expect(document).toMatchObject({
      format: 'tailor-account-export',
      formatVersion: 1,
      account: {
        user: { id: user.id, email: 'ada@example.org', fullName: 'Ada' },
        sessions: [{ revokedAt: null }],
      },
      notes: ['first note'],
    });
    expect(JSON.stringify(document)).not.toContain('hashed:');
  });

  it('deletes everything of the user, files after rows, and ends their sessions', async () => {
    const contributor = notes();
    const f = authFixture([contributor]);
    const ada = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    const bob = await f.register.execute({ email: 'bob@example.org', password: GOOD_PASSWORD });
    contributor.rows.set(ada.user.id, ['a']);
    contributor.rows.set(bob.user.id, ['b']);

    await expect(
      f.deleteAccount.execute({ userId: ada.user.id, password: 'Wrong-pass-1' }),
    ).rejects.toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
    });
    await f.deleteAccount.execute({ userId: ada.user.id, password: GOOD_PASSWORD });

    expect(await f.repos.users.findById(ada.user.id)).toBeNull();
    expect(await f.repos.sessions.listByUser(ada.user.id)).toEqual([]);
    expect(contributor.rows.has(ada.user.id)).toBe(false);
    expect(contributor.filesDeleted).toEqual([ada.user.id]);
    await expect(f.authenticate.execute(bearer(ada.accessToken))).rejects.toMatchObject({
      code: 'AUTH.SESSION_REVOKED',
    });
    expect(contributor.rows.get(bob.user.id)).toEqual(['b']);
    await expect(f.authenticate.execute(bearer(bob.accessToken))).resolves.toBeDefined();
  });

  it('leaves the account intact when deletion fails part-way', async () => {
    const f = authFixture([notes(true)]);
    const ada = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
    await expect(f.deleteAccount.execute({ userId: ada.user.id, password: GOOD_PASSWORD })).rejects.toThrow(
      'disk on fire',
    );
    expect(await f.repos.users.findById(ada.user.id)).not.toBeNull();
    expect((await f.repos.sessions.listByUser(ada.user.id))[0]?.revokedAt).toBeNull();
    await expect(f.authenticate.execute(bearer(ada.accessToken))).resolves.toBeDefined();
  });
});
