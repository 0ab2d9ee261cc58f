import { CreateApiKey, DeleteApiKey, ListApiKeys, type ApiKeyDeps } from '@tailor/application';

export function buildApiKeyUseCases(deps: ApiKeyDeps) {
  return {
    createApiKey: new CreateApiKey(deps),
    listApiKeys: new ListApiKeys(deps),
    deleteApiKey: new DeleteApiKey(deps),
  };
}

export type ApiKeyUseCases = ReturnType<typeof buildApiKeyUseCases>;
