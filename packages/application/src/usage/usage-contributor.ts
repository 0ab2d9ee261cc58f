import type { IAccountDataContributor, ILlmUsageRepository } from '@tailor/domain';

/** The user's model-usage ledger in account export and deletion. */
export class UsageContributor implements IAccountDataContributor {
  readonly section = 'llmUsage';

  constructor(private readonly usage: ILlmUsageRepository) {}

  export(userId: string) {
    return this.usage.listByUser(userId);
  }

  async deleteRows(userId: string): Promise<void> {
    await this.usage.deleteByUser(userId);
  }
}
