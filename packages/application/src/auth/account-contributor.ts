import type { IAccountDataContributor, ISessionRepository, IUserRepository } from '@tailor/domain';

/** The account itself and its sessions, as the first sections of the export. */
export class AccountContributor implements IAccountDataContributor {
  readonly section = 'account';

  constructor(
    private readonly users: IUserRepository,
    private readonly sessions: ISessionRepository,
  ) {}

  async export(userId: string) {
    const user = await this.users.findById(userId);
    const sessions = await this.sessions.listByUser(userId);
    return {
      user: user && { id: user.id, email: user.email, fullName: user.fullName, createdAt: user.createdAt },
      sessions: sessions.map(
        ({ id, createdAt, lastUsedAt, expiresAt, revokedAt, revokeReason, userAgent }) => ({
          id,
          createdAt,
          lastUsedAt,
          expiresAt,
          revokedAt,
          revokeReason,
          userAgent,
        }),
      ),
    };
  }

  async deleteRows(userId: string): Promise<void> {
    await this.sessions.deleteAllOfUser(userId);
    await this.users.delete(userId);
  }
}
