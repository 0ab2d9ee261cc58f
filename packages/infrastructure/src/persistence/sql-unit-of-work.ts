import type { IUnitOfWork } from '@tailor/domain';
import type { SqlDatabase } from './sql-database.js';

export class SqlUnitOfWork implements IUnitOfWork {
  constructor(private readonly database: SqlDatabase) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }

  runExclusive<T>(lockKey: string, work: () => Promise<T>): Promise<T> {
    return this.database.transaction(async () => {
      await this.database.lockUntilCommit(lockKey);
      return work();
    });
  }
}
