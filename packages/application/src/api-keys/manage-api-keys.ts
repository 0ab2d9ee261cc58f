import {
  API_KEY_LIMITS,
  ApiKeyErrors,
  newApiKey,
  type ApiKey,
  type IApiKeyRepository,
  type IApiKeySecrets,
  type IClock,
  type IIdGenerator,
  type ISessionRepository,
  type IUnitOfWork,
} from '@tailor/domain';
import { accessValidUntil } from '../auth/session-issuer.js';
import type { RevocationList } from '../auth/revocation-list.js';

export interface ApiKeyDeps {
  apiKeys: IApiKeyRepository;
  secrets: IApiKeySecrets;
  sessions: ISessionRepository;
  revocations: RevocationList;
  unitOfWork: IUnitOfWork;
  clock: IClock;
  ids: IIdGenerator;
}

/** A key as its owner sees it: never the key or its digest. */
export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

export const toApiKeyView = (key: ApiKey): ApiKeyView => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  createdAt: key.createdAt.toISOString(),
  expiresAt: key.expiresAt?.toISOString() ?? null,
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

/** Creates a key and returns it in clear, the only time it is ever shown. */
export class CreateApiKey {
  constructor(private readonly deps: ApiKeyDeps) {}

  async execute(input: {
    userId: string;
    name: string;
    expiresAt: Date | null;
  }): Promise<ApiKeyView & { key: string }> {
    const { key, hash } = this.deps.secrets.generate();
    const now = this.deps.clock.now();
    const apiKey = newApiKey({
      id: this.deps.ids.next(),
      userId: input.userId,
      name: input.name,
      key,
      keyHash: hash,
      expiresAt: input.expiresAt,
      now,
    });
    // Count and insert under the user's lock, so parallel creates cannot overrun the limit.
    await this.deps.unitOfWork.runExclusive(`api-keys:${input.userId}`, async () => {
      if ((await this.deps.apiKeys.countByUser(input.userId)) >= API_KEY_LIMITS.perUser)
        throw ApiKeyErrors.limitReached();
      await this.deps.apiKeys.add(apiKey);
    });
    return { ...toApiKeyView(apiKey), key };
  }
}

export class ListApiKeys {
  constructor(private readonly deps: ApiKeyDeps) {}

  async execute(input: { userId: string }): Promise<ApiKeyView[]> {
    return (await this.deps.apiKeys.listByUser(input.userId)).map(toApiKeyView);
  }
}

/**
 * Deletes a key. Its id goes on the revocation list in the same unit of work, so every instance that still
 * has the key cached refuses it within one revocation sync (this one at once).
 */
export class DeleteApiKey {
  constructor(private readonly deps: ApiKeyDeps) {}

  async execute(input: { userId: string; apiKeyId: string }): Promise<void> {
    const now = this.deps.clock.now();
    await this.deps.unitOfWork.run(async () => {
      if (!(await this.deps.apiKeys.delete(input.userId, input.apiKeyId))) throw ApiKeyErrors.notFound();
      await this.deps.sessions.revoke([input.apiKeyId], 'api_key_deleted', now, accessValidUntil(now));
    });
    this.deps.revocations.remember([input.apiKeyId], now);
  }
}
