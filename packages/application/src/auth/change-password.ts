import {
  AuthErrors,
  NewPassword,
  UserErrors,
  type IClock,
  type IPasswordHasher,
  type ISessionRepository,
  type IUserRepository,
} from '@tailor/domain';
import type { RevocationList } from './revocation-list.js';

export class ChangePassword {
  constructor(
    private readonly users: IUserRepository,
    private readonly sessions: ISessionRepository,
    private readonly hasher: IPasswordHasher,
    private readonly revocations: RevocationList,
    private readonly clock: IClock,
  ) {}

  /**
   * Needs the current password; every other session of the user is revoked (whoever else might know the
   * old password is signed out), the caller's own session stays.
   */
  async execute(input: { userId: string; sessionId: string; currentPassword: string; newPassword: string }) {
    const user = await this.users.findById(input.userId);
    if (!user) throw UserErrors.notFound();
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword)))
      throw AuthErrors.invalidCredentials();
    const password = NewPassword.create(input.newPassword);
    const now = this.clock.now();
    user.changePasswordHash(await this.hasher.hash(password.value), now);
    await this.users.update(user);
    const others = (await this.sessions.listByUser(user.id))
      .filter((session) => session.id !== input.sessionId && !session.revokedAt)
      .map((session) => session.id);
    if (others.length > 0) await this.revocations.revoke(others, 'password_change', now);
  }
}
