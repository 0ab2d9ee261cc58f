import type { IIdGenerator, Repositories } from '@tailor/domain';
import { SqlLoginFailureRepository } from '../auth/sql-login-failure-repository.js';
import { SqlSessionRepository } from '../auth/sql-session-repository.js';
import { UlidIdGenerator } from '../system/ulid-id-generator.js';
import { SqlJobRepository } from '../jobs/sql-job-repository.js';
import { SqlJobSourceRepository } from '../jobs/sql-job-source-repository.js';
import { SqlProfileRepository } from '../profiles/sql-profile-repository.js';
import { SqlLlmUsageRepository } from '../llm/sql-llm-usage-repository.js';
import { SqlUserRepository } from '../users/sql-user-repository.js';
import { SqlGenerationRepository } from '../generations/sql-generation-repository.js';
import { SqlDocumentRepository } from '../documents/sql-document-repository.js';
import { SqlTaskRepository } from '../tasks/sql-task-repository.js';
import { SqlSampleRepository } from '../samples/sql-sample-repository.js';
import { SqlEnhancementRepository } from '../enhancements/sql-enhancement-repository.js';
import { SqlApiKeyRepository } from '../api-keys/sql-api-key-repository.js';
import { SqlCalendarFeedRepository } from '../calendar/sql-calendar-feed-repository.js';
import type { SqlDatabase } from './sql-database.js';
import { SqlUnitOfWork } from './sql-unit-of-work.js';

/** Every repository over one database; the same code serves SQLite and PostgreSQL. */
export function createSqlRepositories(
  database: SqlDatabase,
  ids: IIdGenerator = new UlidIdGenerator(),
): Repositories {
  return {
    unitOfWork: new SqlUnitOfWork(database),
    users: new SqlUserRepository(database),
    sessions: new SqlSessionRepository(database),
    loginFailures: new SqlLoginFailureRepository(database, ids),
    jobs: new SqlJobRepository(database),
    jobSources: new SqlJobSourceRepository(database),
    profiles: new SqlProfileRepository(database),
    llmUsage: new SqlLlmUsageRepository(database),
    generations: new SqlGenerationRepository(database),
    documents: new SqlDocumentRepository(database),
    tasks: new SqlTaskRepository(database),
    samples: new SqlSampleRepository(database),
    enhancements: new SqlEnhancementRepository(database),
    apiKeys: new SqlApiKeyRepository(database),
    calendarFeeds: new SqlCalendarFeedRepository(database),
  };
}
