import {
  NewPassword,
  UserErrors,
  type IClock,
  type ILoginFailureRepository,
  type IPasswordHasher,
  type ISessionRepository,
  type IUnitOfWork,
  type IUserRepository,
} from '@tailor/domain';
import { PasswordCheck } from './password-check.js';
import type { RevocationList } from './revocation-list.js';
import { accessValidUntil } from './session-issuer.js';

export class ChangePassword {
  constructor(
    private readonly users: IUserRepository,
    private readonly sessions: ISessionRepository,
    private readonly hasher: IPasswordHasher,
    private readonly revocations: RevocationList,
    private readonly unitOfWork: IUnitOfWork,
    private readonly clock: IClock,
    failures: ILoginFailureRepository,
  ) {
    this.passwords = new PasswordCheck(hasher, failures, clock);
  }

  // The same lockout and failure counter as login.
  private readonly passwords: PasswordCheck;

  /**
   * Needs the current password; every other session of the user is revoked (whoever else might know the
   * old password is signed out), the caller's own session stays. The new hash and the revocations commit
   * together: a failure part-way leaves the old password working and every session as it was.
   */
  async execute(input: { userId: string; sessionId: string; currentPassword: string; newPassword: string }) {
    const user = await this.users.findById(input.userId);
    if (!user) throw UserErrors.notFound();
    await this.passwords.verify(user.email, user.passwordHash, input.currentPassword);
    const password = NewPassword.create(input.newPassword);
    // Hashing is slow: it happens before the unit of work, never inside it.
    const hash = await this.hasher.hash(password.value);
    const now = this.clock.now();
    const revoked = await this.unitOfWork.run(async () => {
      user.changePasswordHash(hash, now);
      await this.users.update(user);
      const others = (await this.sessions.listByUser(user.id))
        .filter((session) => session.id !== input.sessionId && !session.revokedAt)
        .map((session) => session.id);
      if (others.length > 0)
        await this.sessions.revoke(others, 'password_change', now, accessValidUntil(now));
      return others;
    });
    // Only what committed is remembered in this instance's list of revoked sessions.
    this.revocations.remember(revoked, now);
  }
}
