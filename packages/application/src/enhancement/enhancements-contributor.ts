import type { IAccountDataContributor, IEnhancementRepository } from '@tailor/domain';

/** Enhancements (proposals, dropped rewrites and what was applied) in account export and deletion. */
export class EnhancementsContributor implements IAccountDataContributor {
  readonly section = 'enhancements';

  constructor(private readonly enhancements: IEnhancementRepository) {}

  async export(userId: string) {
    const all = await this.enhancements.listByUser(userId);
    return all.map(({ userId: _userId, createdAt, updatedAt, appliedAt, ...rest }) => ({
      ...rest,
      appliedAt: appliedAt?.toISOString() ?? null,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    }));
  }

  async deleteRows(userId: string): Promise<void> {
    await this.enhancements.deleteAllByUser(userId);
  }
}
