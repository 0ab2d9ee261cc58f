import { CreateApiKey, DeleteApiKey, ListApiKeys, type RevocationList } from '@tailor/application';
import type { Adapters } from './tokens.js';

export function buildApiKeyUseCases(
  {
    repositories,
    apiKeySecrets,
    clock,
    ids,
  }: Pick<Adapters, 'repositories' | 'apiKeySecrets' | 'clock' | 'ids'>,
  revocations: RevocationList,
) {
  const deps = {
    apiKeys: repositories.apiKeys,
    secrets: apiKeySecrets,
    sessions: repositories.sessions,
    revocations,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids,
  };
  return {
    createApiKey: new CreateApiKey(deps),
    listApiKeys: new ListApiKeys(deps),
    deleteApiKey: new DeleteApiKey(deps),
  };
}
