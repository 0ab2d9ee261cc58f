import {
  AccountContributor,
  ApiKeysContributor,
  Authenticate,
  AuthenticateApiKey,
  CalendarFeedContributor,
  ChangePassword,
  DeleteAccount,
  DocumentsContributor,
  EnhancementsContributor,
  ExportAccountData,
  GenerationsContributor,
  GetCurrentUser,
  JobsContributor,
  LoginUser,
  Logout,
  ProfilesContributor,
  RefreshSession,
  RegisterUser,
  RevocationList,
  SamplesContributor,
  SessionIssuer,
  StoredFilesContributor,
  TasksContributor,
  UsageContributor,
} from '@tailor/application';
import type { IAccountDataContributor } from '@tailor/domain';
import type { Adapters } from './tokens.js';

type AccountPorts = Pick<
  Adapters,
  | 'repositories'
  | 'passwordHasher'
  | 'accessTokens'
  | 'refreshTokens'
  | 'apiKeySecrets'
  | 'sampleFiles'
  | 'storage'
  | 'ids'
  | 'clock'
>;

/** Every feature's part of account export and deletion, in dependency order (accounts first). */
function accountDataContributors({
  repositories: r,
  sampleFiles,
  storage,
}: AccountPorts): IAccountDataContributor[] {
  return [
    new AccountContributor(r.users, r.sessions),
    new ApiKeysContributor(r.apiKeys),
    new CalendarFeedContributor(r.calendarFeeds),
    new ProfilesContributor(r.profiles),
    new JobsContributor(r.jobs, r.jobSources),
    new UsageContributor(r.llmUsage),
    new SamplesContributor(r.samples, sampleFiles),
    new EnhancementsContributor(r.enhancements),
    new TasksContributor(r.tasks),
    new GenerationsContributor(r.generations),
    new DocumentsContributor(r.documents),
    new StoredFilesContributor(storage),
  ];
}

/** Accounts and sessions: register, sign in and out, authenticate a request, export and delete an account. */
export function buildAccountUseCases(ports: AccountPorts) {
  const { repositories: r, passwordHasher: hasher, ids, clock } = ports;
  // One list per app: it remembers revocations between its syncs, so every reader must share it.
  const revocations = new RevocationList(r.sessions, clock);
  const issuer = new SessionIssuer(r.sessions, ports.accessTokens, ports.refreshTokens, ids);
  const apiKeys = new AuthenticateApiKey(r.apiKeys, ports.apiKeySecrets, revocations, clock);
  const contributors = accountDataContributors(ports);
  return {
    registerUser: new RegisterUser(r.users, hasher, issuer, r.unitOfWork, ids, clock),
    loginUser: new LoginUser(r.users, hasher, r.loginFailures, issuer, ids, clock),
    refreshSession: new RefreshSession(
      r.sessions,
      ports.refreshTokens,
      issuer,
      revocations,
      r.unitOfWork,
      clock,
    ),
    authenticate: new Authenticate(ports.accessTokens, revocations, clock, apiKeys),
    logout: new Logout(revocations, clock),
    getCurrentUser: new GetCurrentUser(r.users),
    changePassword: new ChangePassword(
      r.users,
      r.sessions,
      hasher,
      revocations,
      r.unitOfWork,
      clock,
      r.loginFailures,
    ),
    exportAccountData: new ExportAccountData(r.users, contributors, clock),
    deleteAccount: new DeleteAccount(
      r.users,
      r.sessions,
      hasher,
      revocations,
      contributors,
      r.unitOfWork,
      clock,
      r.loginFailures,
      r.apiKeys,
    ),
    /** Whether a session has ended: open event streams of a revoked session are closed with it. */
    revocations,
  };
}
