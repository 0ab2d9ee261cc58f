import type { IAccountDataContributor } from '@tailor/domain';
import {
  FakeAccessTokens,
  FakeApiKeySecrets,
  FakePasswordHasher,
  FakeRefreshTokens,
  FixedClock,
  SequentialIds,
  createInMemoryRepositories,
} from '../testing/index.js';
import { ApiKeysContributor } from '../api-keys/api-keys-contributor.js';
import { AuthenticateApiKey } from '../api-keys/authenticate-api-key.js';
import { CreateApiKey, DeleteApiKey, ListApiKeys } from '../api-keys/manage-api-keys.js';
import { AccountContributor } from './account-contributor.js';
import { Authenticate } from './authenticate.js';
import { ChangePassword } from './change-password.js';
import { DeleteAccount } from './delete-account.js';
import { ExportAccountData } from './export-account-data.js';
import { GetCurrentUser } from './get-current-user.js';
import { LoginUser } from './login-user.js';
import { Logout } from './logout.js';
import { RefreshSession } from './refresh-session.js';
import { RegisterUser } from './register-user.js';
import { RevocationList } from './revocation-list.js';
import { SessionIssuer } from './session-issuer.js';

/** Every auth use case over in-memory fakes, wired as the composition root wires the real ones. */
export function authFixture(extraContributors: IAccountDataContributor[] = []) {
  const repos = createInMemoryRepositories();
  const clock = new FixedClock();
  const ids = new SequentialIds();
  const hasher = new FakePasswordHasher();
  const accessTokens = new FakeAccessTokens();
  const refreshTokens = new FakeRefreshTokens();
  const issuer = new SessionIssuer(repos.sessions, accessTokens, refreshTokens, ids);
  const revocations = new RevocationList(repos.sessions, clock);
  const apiKeySecrets = new FakeApiKeySecrets();
  const contributors = [
    new AccountContributor(repos.users, repos.sessions),
    new ApiKeysContributor(repos.apiKeys),
    ...extraContributors,
  ];
  const apiKeyDeps = {
    apiKeys: repos.apiKeys,
    secrets: apiKeySecrets,
    sessions: repos.sessions,
    revocations,
    unitOfWork: repos.unitOfWork,
    clock,
    ids,
  };
  const authenticate = new Authenticate(
    accessTokens,
    revocations,
    clock,
    new AuthenticateApiKey(repos.apiKeys, apiKeySecrets, revocations, clock),
  );
  return {
    repos,
    clock,
    hasher,
    revocations,
    register: new RegisterUser(repos.users, hasher, issuer, repos.unitOfWork, ids, clock),
    login: new LoginUser(repos.users, hasher, repos.loginFailures, issuer, ids, clock),
    refresh: new RefreshSession(repos.sessions, refreshTokens, issuer, revocations, repos.unitOfWork, clock),
    authenticate,
    /** The caller of an access token, which is always a session. */
    authenticateSession: async (header: string) => {
      const caller = await authenticate.execute(header);
      if (caller.via !== 'session') throw new Error('expected a session');
      return caller;
    },
    createApiKey: new CreateApiKey(apiKeyDeps),
    listApiKeys: new ListApiKeys(apiKeyDeps),
    deleteApiKey: new DeleteApiKey(apiKeyDeps),
    logout: new Logout(revocations, clock),
    me: new GetCurrentUser(repos.users),
    changePassword: new ChangePassword(
      repos.users,
      repos.sessions,
      hasher,
      revocations,
      repos.unitOfWork,
      clock,
      repos.loginFailures,
    ),
    exportData: new ExportAccountData(repos.users, contributors, clock),
    deleteAccount: new DeleteAccount(
      repos.users,
      repos.sessions,
      hasher,
      revocations,
      contributors,
      repos.unitOfWork,
      clock,
      repos.loginFailures,
      repos.apiKeys,
    ),
  };
}

export const GOOD_PASSWORD = 'Correct-horse-9';
