import type { IUnitOfWork } from '@tailor/domain';
import type { SqlDatabase } from './sql-database.js';

export class SqlUnitOfWork implements IUnitOfWork {
  constructor(private readonly database: SqlDatabase) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }
}
