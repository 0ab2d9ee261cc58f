import { sql } from 'drizzle-orm';
import type { SqlDatabase } from '../persistence/sql-database.js';

/**
 * Runs raw SQL on either dialect, for tests that break the database on purpose (a renamed table makes every
 * query on it fail the way a broken deployment would, with the real driver error).
 */
export async function runRawSql(database: SqlDatabase, statement: string): Promise<void> {
  await database.exec(async (db) => {
    if (database.dialect === 'postgres') await db.execute(sql.raw(statement));
    // The SQLite handle is better-sqlite3's drizzle database (cast to the shared type in one place).
    else (db as unknown as { run(query: ReturnType<typeof sql.raw>): unknown }).run(sql.raw(statement));
  });
}
