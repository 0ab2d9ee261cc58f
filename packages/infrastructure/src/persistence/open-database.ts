import { PostgresDatabase } from './postgres-database.js';
import type { SqlDatabase } from './sql-database.js';
import { SqliteDatabase } from './sqlite-database.js';

/**
 * Chooses the dialect from the URL: `postgres://` / `postgresql://` → PostgreSQL; `file:<path>` (or
 * `file::memory:`) → embedded SQLite. `maxConnections` bounds PostgreSQL's pool (SQLite has one connection).
 */
export function openDatabase(url: string, options: { maxConnections?: number } = {}): SqlDatabase {
  if (/^postgres(ql)?:\/\//u.test(url)) return PostgresDatabase.open(url, options);
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    return SqliteDatabase.open(path === ':memory:' ? ':memory:' : path);
  }
  throw new Error(`Unsupported DATABASE_URL "${url}": use file:<path>, file::memory: or postgres://…`);
}
