import type { IAccountDataContributor, IApiKeyRepository } from '@tailor/domain';
import { toApiKeyView } from './manage-api-keys.js';

/**
 * API keys in account export (metadata only: the keys themselves are never stored) and deletion. Their ids
 * are put on the revocation list by DeleteAccount, with the sessions.
 */
export class ApiKeysContributor implements IAccountDataContributor {
  readonly section = 'apiKeys';

  constructor(private readonly apiKeys: IApiKeyRepository) {}

  async export(userId: string) {
    return (await this.apiKeys.listByUser(userId)).map(toApiKeyView);
  }

  async deleteRows(userId: string): Promise<void> {
    await this.apiKeys.deleteAllByUser(userId);
  }
}
