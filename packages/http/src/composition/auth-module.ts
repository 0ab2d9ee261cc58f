import {
  AccountContributor,
  EnhancementsContributor,
  CalendarFeedContributor,
  ApiKeysContributor,
  AuthenticateApiKey,
  JobsContributor,
  ProfilesContributor,
  Authenticate,
  ChangePassword,
  DeleteAccount,
  ExportAccountData,
  GetCurrentUser,
  LoginUser,
  Logout,
  RefreshSession,
  RegisterUser,
  RevocationList,
  SessionIssuer,
  UsageContributor,
} from '@tailor/application';
import {
  Argon2PasswordHasher,
  IcalCalendarWriter,
  JwtAccessTokens,
  RandomApiKeySecrets,
  RandomRefreshTokens,
} from '@tailor/infrastructure';
import { buildApiKeyUseCases } from './api-key-use-cases.js';
import { buildCalendarUseCases } from './calendar-use-cases.js';
import { provide, resolve, type DependencyContainer } from './container.js';
import { TOKENS } from './tokens.js';

/** Accounts and sessions: adapters and use cases. */
export function registerAuth(container: DependencyContainer): void {
  const repos = (c: DependencyContainer) => resolve(c, TOKENS.repositories);
  const clock = (c: DependencyContainer) => resolve(c, TOKENS.clock);

  provide(container, TOKENS.passwordHasher, () => new Argon2PasswordHasher());
  provide(container, TOKENS.accessTokens, (c) => new JwtAccessTokens(resolve(c, TOKENS.config).jwtSecret));
  provide(container, TOKENS.refreshTokens, () => new RandomRefreshTokens());
  provide(
    container,
    TOKENS.sessionIssuer,
    (c) =>
      new SessionIssuer(
        repos(c).sessions,
        resolve(c, TOKENS.accessTokens),
        resolve(c, TOKENS.refreshTokens),
        resolve(c, TOKENS.ids),
      ),
  );
  provide(container, TOKENS.revocations, (c) => new RevocationList(repos(c).sessions, clock(c)));
  provide(container, TOKENS.accountData, (c) => [
    new AccountContributor(repos(c).users, repos(c).sessions),
    new ApiKeysContributor(repos(c).apiKeys),
    new CalendarFeedContributor(repos(c).calendarFeeds),
    new ProfilesContributor(repos(c).profiles),
    new JobsContributor(repos(c).jobs, repos(c).jobSources),
    new UsageContributor(repos(c).llmUsage),
    resolve(c, TOKENS.samplesContributor),
    new EnhancementsContributor(repos(c).enhancements),
    resolve(c, TOKENS.tasksContributor),
    ...resolve(c, TOKENS.generationContributors),
  ]);

  provide(
    container,
    TOKENS.registerUser,
    (c) =>
      new RegisterUser(
        repos(c).users,
        resolve(c, TOKENS.passwordHasher),
        resolve(c, TOKENS.sessionIssuer),
        repos(c).unitOfWork,
        resolve(c, TOKENS.ids),
        clock(c),
      ),
  );
  provide(
    container,
    TOKENS.loginUser,
    (c) =>
      new LoginUser(
        repos(c).users,
        resolve(c, TOKENS.passwordHasher),
        repos(c).loginFailures,
        resolve(c, TOKENS.sessionIssuer),
        resolve(c, TOKENS.ids),
        clock(c),
      ),
  );
  provide(
    container,
    TOKENS.refreshSession,
    (c) =>
      new RefreshSession(
        repos(c).sessions,
        resolve(c, TOKENS.refreshTokens),
        resolve(c, TOKENS.sessionIssuer),
        resolve(c, TOKENS.revocations),
        repos(c).unitOfWork,
        clock(c),
      ),
  );
  provide(
    container,
    TOKENS.authenticate,
    (c) =>
      new Authenticate(
        resolve(c, TOKENS.accessTokens),
        resolve(c, TOKENS.revocations),
        clock(c),
        resolve(c, TOKENS.authenticateApiKey),
      ),
  );
  provide(container, TOKENS.apiKeySecrets, () => new RandomApiKeySecrets());
  provide(
    container,
    TOKENS.authenticateApiKey,
    (c) =>
      new AuthenticateApiKey(
        repos(c).apiKeys,
        resolve(c, TOKENS.apiKeySecrets),
        resolve(c, TOKENS.revocations),
        clock(c),
      ),
  );
  provide(container, TOKENS.calendarUseCases, (c) =>
    buildCalendarUseCases({
      feeds: repos(c).calendarFeeds,
      jobs: repos(c).jobs,
      // Feed tokens are opaque 256-bit secrets stored as SHA-256, exactly like refresh tokens.
      tokens: resolve(c, TOKENS.refreshTokens),
      writer: new IcalCalendarWriter(),
      clock: clock(c),
    }),
  );
  provide(container, TOKENS.apiKeyUseCases, (c) =>
    buildApiKeyUseCases({
      apiKeys: repos(c).apiKeys,
      secrets: resolve(c, TOKENS.apiKeySecrets),
      sessions: repos(c).sessions,
      revocations: resolve(c, TOKENS.revocations),
      unitOfWork: repos(c).unitOfWork,
      clock: clock(c),
      ids: resolve(c, TOKENS.ids),
    }),
  );
  provide(container, TOKENS.logout, (c) => new Logout(resolve(c, TOKENS.revocations), clock(c)));
  provide(container, TOKENS.getCurrentUser, (c) => new GetCurrentUser(repos(c).users));
  provide(
    container,
    TOKENS.changePassword,
    (c) =>
      new ChangePassword(
        repos(c).users,
        repos(c).sessions,
        resolve(c, TOKENS.passwordHasher),
        resolve(c, TOKENS.revocations),
        repos(c).unitOfWork,
        clock(c),
        repos(c).loginFailures,
      ),
  );
  provide(
    container,
    TOKENS.exportAccountData,
    (c) => new ExportAccountData(repos(c).users, resolve(c, TOKENS.accountData), clock(c)),
  );
  provide(
    container,
    TOKENS.deleteAccount,
    (c) =>
      new DeleteAccount(
        repos(c).users,
        repos(c).sessions,
        resolve(c, TOKENS.passwordHasher),
        resolve(c, TOKENS.revocations),
        resolve(c, TOKENS.accountData),
        repos(c).unitOfWork,
        clock(c),
        repos(c).loginFailures,
        repos(c).apiKeys,
      ),
  );
}
