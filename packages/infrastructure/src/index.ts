export * from './persistence/open-database.js';
export * from './persistence/postgres-database.js';
export * from './persistence/sql-database.js';
export * from './persistence/sql-repositories.js';
export * from './persistence/sqlite-database.js';
export * from './system/system-clock.js';
export * from './system/ulid-id-generator.js';
export * from './persistence/database-probe.js';
