import type { TailorMetrics } from '../observability/metrics.js';
import type {
  IAccessTokens,
  IApiKeySecrets,
  IClock,
  IDocumentRenderer,
  IDocumentTextExtractor,
  IIdGenerator,
  ILLMService,
  IPageFetcher,
  IPasswordHasher,
  IPostingPageReader,
  IRefreshTokens,
  ISampleFileStore,
  IStorage,
  Repositories,
} from '@tailor/domain';
import type {
  DocumentWorkerPool,
  DurableTaskQueue,
  ManagedEventRelay,
  Redis,
  SqlDatabase,
} from '@tailor/infrastructure';
import type { JobTextReader, PostingTextParser } from '@tailor/application';
import type { AppConfig } from '../config/config.js';

/** An injection token that remembers the type it resolves to. */
export interface Token<T> {
  readonly key: symbol;
  readonly name: string;
  /** Never set: carries T for the type checker only. */
  readonly type?: T;
}

const token = <T>(name: string): Token<T> => ({ key: Symbol(name), name });

/**
 * The adapters: infrastructure singletons, one per app (tests build a fresh container each). Use cases are
 * not here: the feature builders make them from these (see use-cases.ts).
 */
export const TOKENS = {
  config: token<AppConfig>('config'),
  database: token<SqlDatabase>('database'),
  repositories: token<Repositories>('repositories'),
  clock: token<IClock>('clock'),
  ids: token<IIdGenerator>('ids'),
  llm: token<ILLMService>('llm'),
  /** null without REDIS_URL. */
  redis: token<Redis | null>('redis'),
  metrics: token<TailorMetrics>('metrics'),
  storage: token<IStorage>('storage'),
  /** Writing samples' files, kept in the storage above. */
  sampleFiles: token<ISampleFileStore>('sampleFiles'),
  /** Every export format's renderer (PDF, DOCX, text, Markdown, JSON). */
  renderers: token<IDocumentRenderer[]>('renderers'),
  /** The background runner; features add their handlers when their use cases are built. */
  taskQueue: token<DurableTaskQueue>('taskQueue'),
  /** Task and generation events to every instance (LISTEN/NOTIFY on PostgreSQL). */
  eventRelay: token<ManagedEventRelay>('eventRelay'),
  documentWorkers: token<DocumentWorkerPool>('documentWorkers'),
  renderWorkers: token<DocumentWorkerPool>('renderWorkers'),
  textExtractor: token<IDocumentTextExtractor>('textExtractor'),
  pageFetcher: token<IPageFetcher>('pageFetcher'),
  postingPageReader: token<IPostingPageReader>('postingPageReader'),
  /** The deterministic reader of pasted posting text (in the document workers, off the event loop). */
  postingTextParser: token<PostingTextParser>('postingTextParser'),
  /** A job's keywords and layout (in the document workers when its text is long, off the event loop). */
  jobTextReader: token<JobTextReader>('jobTextReader'),
  passwordHasher: token<IPasswordHasher>('passwordHasher'),
  accessTokens: token<IAccessTokens>('accessTokens'),
  refreshTokens: token<IRefreshTokens>('refreshTokens'),
  apiKeySecrets: token<IApiKeySecrets>('apiKeySecrets'),
} as const;

type TokenType<T> = T extends Token<infer V> ? V : never;

/** Every adapter, resolved: what the feature builders take their ports from. */
export type Adapters = { readonly [K in keyof typeof TOKENS]: TokenType<(typeof TOKENS)[K]> };
