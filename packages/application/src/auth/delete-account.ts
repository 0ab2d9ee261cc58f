import {
  AuthErrors,
  UserErrors,
  type IAccountDataContributor,
  type IClock,
  type IPasswordHasher,
  type ISessionRepository,
  type IUnitOfWork,
  type IUserRepository,
} from '@tailor/domain';
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
  ) {}

  /**
   * Deletes the user and everything they own. All rows go in one unit of work (a failure part-way leaves the
   * account intact); stored files go after the rows are committed, since a file system cannot roll back.
   */
  async execute(input: { userId: string; password: string }): Promise<void> {
    const user = await this.users.findById(input.userId);
    if (!user) throw UserErrors.notFound();
    if (!(await this.hasher.verify(user.passwordHash, input.password))) throw AuthErrors.invalidCredentials();
    const now = this.clock.now();
    const sessionIds = (await this.sessions.listByUser(user.id)).map((session) => session.id);

    await this.unitOfWork.run(async () => {
      if (sessionIds.length > 0) {
        await this.sessions.revoke(sessionIds, 'account_deleted', now, accessValidUntil(now));
      }
      // Later features depend on earlier ones (documents on generations on profiles): delete in reverse.
      for (const contributor of [...this.contributors].reverse()) await contributor.deleteRows(user.id);
    });
    this.revocations.remember(sessionIds, now);
    for (const contributor of this.contributors) await contributor.deleteFiles?.(user.id);
  }
}
