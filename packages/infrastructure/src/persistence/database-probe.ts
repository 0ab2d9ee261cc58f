import type { IDependencyProbe } from '@tailor/domain';
import type { SqlDatabase } from './sql-database.js';

export class DatabaseProbe implements IDependencyProbe {
  readonly name = 'database';

  constructor(private readonly database: SqlDatabase) {}

  check(): Promise<void> {
    return this.database.ping();
  }
}
