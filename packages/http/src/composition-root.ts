import { CheckReadiness, StorageProbe } from '@tailor/application';
import {
  DatabaseProbe,
  DocumentWorkerPool,
  QueueProbe,
  RedisProbe,
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
import { registerAuth } from './composition/auth-module.js';
import { closeStorage, registerStorage } from './composition/storage-module.js';
import { registerGenerations } from './composition/generations-module.js';
import { registerJobs } from './composition/jobs-module.js';
import { registerProfiles } from './composition/profiles-module.js';
import { registerTasks } from './composition/tasks-module.js';
import { registerSamples } from './composition/samples-module.js';
import { registerEnhancement } from './composition/enhancement-module.js';
import { TOKENS } from './composition/tokens.js';
import { withPrivatePrompts } from './composition/private-prompts.js';
import type { UseCases } from './use-cases.js';

/**
 * The only place that knows concrete adapters. Every registration is a factory (no decorators, no emitted
 * metadata); call it once per app, and once per test for isolation.
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
  provide(container, TOKENS.database, () => openDatabase(config.databaseUrl));
  provide(container, TOKENS.repositories, (c) =>
    createSqlRepositories(resolve(c, TOKENS.database), resolve(c, TOKENS.ids)),
  );
  provide(container, TOKENS.clock, () => new SystemClock());
  provide(container, TOKENS.ids, () => new UlidIdGenerator());
  // Uploaded files are read (and resumes parsed by the local engine) in worker threads, off the event loop.
  provide(container, TOKENS.documentWorkers, () => new DocumentWorkerPool());
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
  provide(container, TOKENS.checkReadiness, (c) => {
    const redis = resolve(c, TOKENS.redis);
    return new CheckReadiness([
      new DatabaseProbe(resolve(c, TOKENS.database)),
      new StorageProbe(resolve(c, TOKENS.storage), resolve(c, TOKENS.ids)),
      new QueueProbe(resolve(c, TOKENS.taskQueue)),
      ...(redis ? [new RedisProbe(redis)] : []),
    ]);
  });
  registerStorage(container);
  registerTasks(container);
  registerAuth(container);
  registerProfiles(container);
  registerJobs(container);
  registerGenerations(container);
  registerSamples(container);
  registerEnhancement(container);
  // Every kind of background work; the runner refuses a task whose kind has no handler here.
  provide(container, TOKENS.taskHandlers, (c) => [
    resolve(c, TOKENS.generationHandler),
    resolve(c, TOKENS.enhancementHandler),
  ]);
  verifyContainer(container);
  return container;
}

/** The use cases routes may call (routes never see repositories or adapters). */
export function resolveUseCases(container: DependencyContainer): UseCases {
  return {
    checkReadiness: resolve(container, TOKENS.checkReadiness),
    registerUser: resolve(container, TOKENS.registerUser),
    loginUser: resolve(container, TOKENS.loginUser),
    refreshSession: resolve(container, TOKENS.refreshSession),
    authenticate: resolve(container, TOKENS.authenticate),
    logout: resolve(container, TOKENS.logout),
    getCurrentUser: resolve(container, TOKENS.getCurrentUser),
    changePassword: resolve(container, TOKENS.changePassword),
    exportAccountData: resolve(container, TOKENS.exportAccountData),
    deleteAccount: resolve(container, TOKENS.deleteAccount),
    ...resolve(container, TOKENS.profileUseCases),
    ...resolve(container, TOKENS.jobUseCases),
    ...resolve(container, TOKENS.generationUseCases),
    ...resolve(container, TOKENS.taskUseCases),
    ...resolve(container, TOKENS.sampleUseCases),
    ...resolve(container, TOKENS.enhancementUseCases),
    ...resolve(container, TOKENS.apiKeyUseCases),
    ...resolve(container, TOKENS.calendarUseCases),
    ...resolve(container, TOKENS.historyUseCases),
  };
}

/** How long shutdown waits for running background tasks; the rest are resumed by the next start. */
const TASK_SHUTDOWN_GRACE_MS = 5_000;

/**
 * Start-up and shutdown work of the adapters: migrations, then the background runner (which first recovers
 * tasks a dead process left running); on shutdown the runner stops (running handlers get a grace period)
 * before connections close.
 */
export function lifecycle(
  container: DependencyContainer,
  log?: { error(details: object, message: string): void },
) {
  const database = resolve(container, TOKENS.database);
  const tasks = resolve(container, TOKENS.taskQueue);
  const documentWorkers = resolve(container, TOKENS.documentWorkers);
  const redis = resolve(container, TOKENS.redis);
  const storage = resolve(container, TOKENS.storage);
  const relay = resolve(container, TOKENS.eventRelay);
  if (log) {
    const generationEvents = resolve(container, TOKENS.generationEvents);
    generationEvents.reportErrorsTo((err) => log.error({ err }, 'generation event relay'));
    const enhancementEvents = resolve(container, TOKENS.enhancementEvents);
    enhancementEvents.reportErrorsTo((err) => log.error({ err }, 'enhancement event relay'));
  }
  if (log) tasks.reportErrorsTo((err, context) => log.error({ err, context }, 'background task runner'));
  if (log && redis) reportOutages(redis, (err) => log.error({ err }, 'redis unreachable'));
  return {
    start: async () => {
      await database.migrate();
      // Listening before any task runs: followers here hear every stage of work that runs elsewhere.
      await relay.start();
      await tasks.start();
    },
    stop: async () => {
      await tasks.stop(TASK_SHUTDOWN_GRACE_MS);
      await documentWorkers.close();
      await closeStorage(storage);
      await relay.stop();
      await database.close();
      redis?.disconnect();
    },
  };
}
