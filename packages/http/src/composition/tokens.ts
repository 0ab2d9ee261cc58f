import type { TailorMetrics } from '../observability/metrics.js';
import type { Redis } from '@tailor/infrastructure';
import type {
  Authenticate,
  AuthenticateApiKey,
  RunGenerationPipeline,
  GenerationEventLog,
  EnhancementEventLog,
  ChangePassword,
  CheckReadiness,
  DeleteAccount,
  ExportAccountData,
  GetCurrentUser,
  LoginUser,
  Logout,
  RefreshSession,
  RegisterUser,
  RevocationList,
  SessionIssuer,
  SamplesContributor,
  TasksContributor,
} from '@tailor/application';
import type {
  IAccessTokens,
  IApiKeySecrets,
  IAccountDataContributor,
  IClock,
  IDocumentRenderer,
  IIdGenerator,
  ILLMService,
  IStorage,
  IPasswordHasher,
  IDocumentTextExtractor,
  IRefreshTokens,
  ISampleFileStore,
  ITaskHandler,
  IPageFetcher,
  IPostingPageReader,
  Repositories,
} from '@tailor/domain';
import type {
  DocumentWorkerPool,
  DurableTaskQueue,
  ManagedEventRelay,
  SqlDatabase,
} from '@tailor/infrastructure';
import type { AppConfig } from '../config/config.js';
import type { GenerationUseCases } from './generation-use-cases.js';
import type { JobUseCases } from './job-use-cases.js';
import type { ProfileUseCases } from './profile-use-cases.js';
import type { TaskUseCases } from './task-use-cases.js';
import type { SampleUseCases } from './sample-use-cases.js';
import type { EnhancementUseCases } from './enhancement-use-cases.js';
import type { ApiKeyUseCases } from './api-key-use-cases.js';
import type { CalendarUseCases } from './calendar-use-cases.js';
import type { HistoryUseCases } from './history-use-cases.js';

/** An injection token that remembers the type it resolves to. */
export interface Token<T> {
  readonly key: symbol;
  readonly name: string;
  /** Never set: carries T for the type checker only. */
  readonly type?: T;
}

const token = <T>(name: string): Token<T> => ({ key: Symbol(name), name });

export const TOKENS = {
  /** null without REDIS_URL. */
  redis: token<Redis | null>('redis'),
  metrics: token<TailorMetrics>('metrics'),
  config: token<AppConfig>('config'),
  database: token<SqlDatabase>('database'),
  repositories: token<Repositories>('repositories'),
  clock: token<IClock>('clock'),
  ids: token<IIdGenerator>('ids'),
  llm: token<ILLMService>('llm'),
  textExtractor: token<IDocumentTextExtractor>('textExtractor'),
  documentWorkers: token<DocumentWorkerPool>('documentWorkers'),
  pageFetcher: token<IPageFetcher>('pageFetcher'),
  postingPageReader: token<IPostingPageReader>('postingPageReader'),
  checkReadiness: token<CheckReadiness>('checkReadiness'),

  passwordHasher: token<IPasswordHasher>('passwordHasher'),
  accessTokens: token<IAccessTokens>('accessTokens'),
  refreshTokens: token<IRefreshTokens>('refreshTokens'),
  sessionIssuer: token<SessionIssuer>('sessionIssuer'),
  revocations: token<RevocationList>('revocations'),
  /** Every feature's part of account export and deletion, in dependency order (accounts first). */
  accountData: token<IAccountDataContributor[]>('accountData'),
  registerUser: token<RegisterUser>('registerUser'),
  loginUser: token<LoginUser>('loginUser'),
  refreshSession: token<RefreshSession>('refreshSession'),
  authenticate: token<Authenticate>('authenticate'),
  logout: token<Logout>('logout'),
  getCurrentUser: token<GetCurrentUser>('getCurrentUser'),
  changePassword: token<ChangePassword>('changePassword'),
  exportAccountData: token<ExportAccountData>('exportAccountData'),
  deleteAccount: token<DeleteAccount>('deleteAccount'),

  profileUseCases: token<ProfileUseCases>('profileUseCases'),
  jobUseCases: token<JobUseCases>('jobUseCases'),

  /** Every feature's background work; the runner refuses kinds missing here. */
  taskHandlers: token<ITaskHandler[]>('taskHandlers'),
  generationHandler: token<ITaskHandler>('generationHandler'),
  enhancementHandler: token<ITaskHandler>('enhancementHandler'),
  taskQueue: token<DurableTaskQueue>('taskQueue'),
  /** Task and generation events to every instance (LISTEN/NOTIFY on PostgreSQL). */
  eventRelay: token<ManagedEventRelay>('eventRelay'),
  taskUseCases: token<TaskUseCases>('taskUseCases'),
  tasksContributor: token<TasksContributor>('tasksContributor'),

  storage: token<IStorage>('storage'),
  renderers: token<IDocumentRenderer[]>('renderers'),
  generationPipeline: token<RunGenerationPipeline>('generationPipeline'),
  generationEvents: token<GenerationEventLog>('generationEvents'),
  generationUseCases: token<GenerationUseCases>('generationUseCases'),
  generationContributors: token<IAccountDataContributor[]>('generationContributors'),
  sampleFiles: token<ISampleFileStore>('sampleFiles'),
  sampleUseCases: token<SampleUseCases>('sampleUseCases'),
  samplesContributor: token<SamplesContributor>('samplesContributor'),
  apiKeySecrets: token<IApiKeySecrets>('apiKeySecrets'),
  authenticateApiKey: token<AuthenticateApiKey>('authenticateApiKey'),
  apiKeyUseCases: token<ApiKeyUseCases>('apiKeyUseCases'),
  calendarUseCases: token<CalendarUseCases>('calendarUseCases'),
  historyUseCases: token<HistoryUseCases>('historyUseCases'),

  enhancementEvents: token<EnhancementEventLog>('enhancementEvents'),
  enhancementUseCases: token<EnhancementUseCases>('enhancementUseCases'),
} as const;
