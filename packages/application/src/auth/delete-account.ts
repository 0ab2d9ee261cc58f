import {
  UserErrors,
  type IAccountDataContributor,
  type IApiKeyRepository,
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

export class DeleteAccount {
  constructor(
    private readonly users: IUserRepository,
    private readonly sessions: ISessionRepository,
    private readonly hasher: IPasswordHasher,
    private readonly revocations: RevocationList,
    private readonly contributors: readonly IAccountDataContributor[],
    private readonly unitOfWork: IUnitOfWork,
    private readonly clock: IClock,
    private readonly failures: ILoginFailureRepository,
    private readonly apiKeys: IApiKeyRepository,
  ) {
    this.passwords = new PasswordCheck(hasher, failures, clock);
  }

  // The same lockout and failure counter as login.
  private readonly passwords: PasswordCheck;

  /**
   * Deletes the user and everything they own. All rows go in one unit of work (a failure part-way leaves the
   * account intact); stored files go after the rows are committed, since a file system cannot roll back.
   */
  async execute(input: { userId: string; password: string }): Promise<void> {
    const user = await this.users.findById(input.userId);
    if (!user) throw UserErrors.notFound();
    await this.passwords.verify(user.email, user.passwordHash, input.password);
    const now = this.clock.now();
    // API keys go on the revocation list with the sessions: other instances may still have them cached.
    const revokedIds = [
      ...(await this.sessions.listByUser(user.id)).map((session) => session.id),
      ...(await this.apiKeys.listByUser(user.id)).map((key) => key.id),
    ];

    await this.unitOfWork.run(async () => {
      if (revokedIds.length > 0) {
        await this.sessions.revoke(revokedIds, 'account_deleted', now, accessValidUntil(now));
      }
      // Later features depend on earlier ones (documents on generations on profiles): delete in reverse.
      for (const contributor of [...this.contributors].reverse()) await contributor.deleteRows(user.id);
    });
    this.revocations.remember(revokedIds, now);
    // The email is personal data too: its failure records go with the account.
    await this.failures.clear(user.email);
    for (const contributor of this.contributors) await contributor.deleteFiles?.(user.id);
  }
}
