import { fileURLToPath } from 'node:url';
import type { Dialect } from './sql-database.js';

// Resolved from this file, not the working directory, so the server can start from anywhere. src/ and dist/
// sit at the same depth, so the same relative path works for the TypeScript sources and the build.
export const migrationsFolder = (dialect: Dialect): string =>
  fileURLToPath(new URL(`../../../../drizzle/${dialect}`, import.meta.url));
