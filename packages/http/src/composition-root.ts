import {
  Argon2PasswordHasher,
  DocumentWorkerPool,
  DurableTaskQueue,
  JsonDocumentRenderer,
  JwtAccessTokens,
  MarkdownDocumentRenderer,
  PlainTextDocumentRenderer,
  PooledDocumentReader,
  PooledDocumentRenderer,
  PooledPostingPageReader,
  RandomApiKeySecrets,
  RandomRefreshTokens,
  SafePageFetcher,
  StorageSampleFileStore,
  openEventRelay,
  openRedis,
  SqlOperationalStats,
  reportOutages,
  SystemClock,
  UlidIdGenerator,
  LlmConfigError,
  PromptCatalog,
  PromptCatalogError,
  checkLlmConfig,
  createLlmService,
  createSqlRepositories,
  defaultPromptsFolder,
  openDatabase,
  parseJobWithDomainParser,
  pooledJobTextReader,
  pooledPostingParser,
  pooledResumeParser,
} from '@tailor/infrastructure';
import { ConfigError, type AppConfig } from './config/config.js';
import { meteredLlmUsage } from './observability/metered-llm-usage.js';
import { TailorMetrics } from './observability/metrics.js';
import {
  newContainer,
  provide,
  resolve,
  verifyContainer,
  type DependencyContainer,
} from './composition/container.js';
import { buildEnhancementHandler } from './composition/enhancement-use-cases.js';
import { buildGenerationHandler } from './composition/generation-use-cases.js';
import { closeStorage, openStorage } from './composition/storage-module.js';
import { TOKENS } from './composition/tokens.js';
import { buildUseCases } from './composition/use-cases.js';
import { withPrivatePrompts } from './composition/private-prompts.js';

/**
 * The adapters, and nothing else: the only place that knows concrete ones. Every registration is a factory
 * (no decorators, no emitted metadata); call it once per app, and once per test for isolation. Use cases
 * are built from these by `composeApp`.
 */
export function createContainer(config: AppConfig): DependencyContainer {
  // A provider without its key, or a missing or inconsistent prompt file, is a configuration mistake: report
  // it like any bad variable, before wiring.
  let prompts: PromptCatalog;
  try {
    checkLlmConfig(config.llm);
    prompts = PromptCatalog.load(defaultPromptsFolder());
  } catch (error) {
    if (error instanceof LlmConfigError || error instanceof PromptCatalogError)
      throw new ConfigError(`Invalid configuration:\n  - ${error.message}`);
    throw error;
  }
  const container = newContainer();
  provide(container, TOKENS.config, () => config);
  provide(container, TOKENS.database, () =>
    openDatabase(config.databaseUrl, { maxConnections: config.databasePoolMax }),
  );
  provide(container, TOKENS.repositories, (c) =>
    createSqlRepositories(resolve(c, TOKENS.database), resolve(c, TOKENS.ids)),
  );
  provide(container, TOKENS.clock, () => new SystemClock());
  provide(container, TOKENS.ids, () => new UlidIdGenerator());
  // Uploaded files are read (and resumes parsed by the local engine) in worker threads, off the event loop.
  provide(container, TOKENS.documentWorkers, () => new DocumentWorkerPool());
  provide(container, TOKENS.renderWorkers, () => new DocumentWorkerPool({ worker: 'render' }));
  provide(container, TOKENS.llm, (c) => {
    const llm = createLlmService(config.llm, {
      usage: meteredLlmUsage(resolve(c, TOKENS.repositories).llmUsage, resolve(c, TOKENS.metrics)),
      ids: resolve(c, TOKENS.ids),
      clock: resolve(c, TOKENS.clock),
      prompts,
      parseJob: parseJobWithDomainParser,
      parseResume: pooledResumeParser(resolve(c, TOKENS.documentWorkers)),
    });
    // Private prompts: decided once here, at the port, so no use case or prompt has to remember it.
    return config.llm.redactPii ? withPrivatePrompts(llm, resolve(c, TOKENS.repositories)) : llm;
  });
  provide(
    container,
    TOKENS.metrics,
    (c) =>
      new TailorMetrics(new SqlOperationalStats(resolve(c, TOKENS.database)), () =>
        resolve(c, TOKENS.clock).now(),
      ),
  );
  provide(container, TOKENS.redis, () => (config.redisUrl ? openRedis(config.redisUrl) : null));
  provide(container, TOKENS.storage, (c) => openStorage(config, () => resolve(c, TOKENS.database)));
  provide(container, TOKENS.sampleFiles, (c) => new StorageSampleFileStore(resolve(c, TOKENS.storage)));
  // PDF and DOCX render in their own workers (pdf-lib takes seconds on a document at the content limits),
  // which load the libraries and parse the fonts on their first render.
  provide(container, TOKENS.renderers, (c) => [
    new PooledDocumentRenderer('pdf', resolve(c, TOKENS.renderWorkers), resolve(c, TOKENS.clock)),
    new PooledDocumentRenderer('docx', resolve(c, TOKENS.renderWorkers), resolve(c, TOKENS.clock)),
    new PlainTextDocumentRenderer(),
    new MarkdownDocumentRenderer(),
    new JsonDocumentRenderer(),
  ]);
  provide(container, TOKENS.eventRelay, () => openEventRelay(config.databaseUrl));
  // One delivery mechanism on every database: instances poll the tasks table, and the claim (SKIP LOCKED
  // and a per-owner lock on PostgreSQL) decides which instance runs a task. Handlers join in composeApp.
  provide(
    container,
    TOKENS.taskQueue,
    (c) =>
      new DurableTaskQueue(
        resolve(c, TOKENS.repositories).tasks,
        [],
        resolve(c, TOKENS.clock),
        resolve(c, TOKENS.ids),
        {
          concurrency: config.tasks.concurrency,
          maxPerUser: config.tasks.maxPerUser,
        },
      ),
  );
  provide(
    container,
    TOKENS.textExtractor,
    (c) => new PooledDocumentReader(resolve(c, TOKENS.documentWorkers)),
  );
  provide(container, TOKENS.pageFetcher, () => new SafePageFetcher(config.urlImport));
  provide(
    container,
    TOKENS.postingPageReader,
    (c) => new PooledPostingPageReader(resolve(c, TOKENS.documentWorkers)),
  );
  provide(container, TOKENS.postingTextParser, (c) =>
    pooledPostingParser(resolve(c, TOKENS.documentWorkers)),
  );
  provide(container, TOKENS.jobTextReader, (c) => pooledJobTextReader(resolve(c, TOKENS.documentWorkers)));
  provide(container, TOKENS.passwordHasher, () => new Argon2PasswordHasher());
  provide(container, TOKENS.accessTokens, () => new JwtAccessTokens(config.jwtSecret));
  provide(container, TOKENS.refreshTokens, () => new RandomRefreshTokens());
  provide(container, TOKENS.apiKeySecrets, () => new RandomApiKeySecrets());
  verifyContainer(container);
  return container;
}

/** How long shutdown waits for running background tasks; the rest are resumed by the next start. */
const TASK_SHUTDOWN_GRACE_MS = 5_000;

/**
 * The application of one container: its adapters, the use cases built from them once, the background work
 * of each feature handed to the task runner, and the start-up and shutdown of the adapters — migrations,
 * then the runner (which first recovers tasks a dead process left running); on shutdown the runner stops
 * (running handlers get a grace period) before connections close. Every entry point (the app, the CLI, MCP
 * over stdio) goes through here, so none of them runs tasks without their handlers.
 */
export function composeApp(
  container: DependencyContainer,
  log?: { error(details: object, message: string): void },
) {
  const adapters = verifyContainer(container);
  const useCases = buildUseCases(adapters);
  const { database, taskQueue: tasks, documentWorkers, renderWorkers, redis, storage } = adapters;
  const relay = adapters.eventRelay;
  // Every kind of background work; the runner refuses a task whose kind has no handler.
  tasks.register(buildGenerationHandler(adapters, useCases.generations.generationEvents));
  tasks.register(buildEnhancementHandler(adapters, useCases.enhancements.enhancementEvents));
  if (log) {
    useCases.generations.generationEvents.reportErrorsTo((err) =>
      log.error({ err }, 'generation event relay'),
    );
    useCases.enhancements.enhancementEvents.reportErrorsTo((err) =>
      log.error({ err }, 'enhancement event relay'),
    );
    tasks.reportErrorsTo((err, context) => log.error({ err, context }, 'background task runner'));
    if (redis) reportOutages(redis, (err) => log.error({ err }, 'redis unreachable'));
  }
  return {
    adapters,
    useCases,
    start: async () => {
      await database.migrate();
      // Listening before any task runs: followers here hear every stage of work that runs elsewhere.
      await relay.start();
      await tasks.start();
    },
    stop: async () => {
      await tasks.stop(TASK_SHUTDOWN_GRACE_MS);
      await documentWorkers.close();
      await renderWorkers.close();
      await closeStorage(storage);
      await relay.stop();
      await database.close();
      redis?.disconnect();
    },
  };
}
