import type { Repositories } from '@tailor/domain';
import { SqlLlmUsageRepository } from '../llm/sql-llm-usage-repository.js';
import { SqlUserRepository } from '../users/sql-user-repository.js';
import type { SqlDatabase } from './sql-database.js';
import { SqlUnitOfWork } from './sql-unit-of-work.js';

/** Every repository over one database; the same code serves SQLite and PostgreSQL. */
export function createSqlRepositories(database: SqlDatabase): Repositories {
  return {
    unitOfWork: new SqlUnitOfWork(database),
    users: new SqlUserRepository(database),
    llmUsage: new SqlLlmUsageRepository(database),
  };
}
