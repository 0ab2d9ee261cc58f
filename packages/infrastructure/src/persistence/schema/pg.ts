// The PostgreSQL schema: every feature's pg tables. Repositories are typed against this one (see sql-database.ts).
export * from '../../users/users.pg-schema.js';
export * from '../../auth/auth.pg-schema.js';
export * from '../../jobs/jobs.pg-schema.js';
export * from '../../jobs/job-sources.pg-schema.js';
export * from '../../profiles/profiles.pg-schema.js';
export * from '../../llm/llm-usage.pg-schema.js';
export * from '../../generations/generations.pg-schema.js';
export * from '../../documents/documents.pg-schema.js';
export * from '../../tasks/tasks.pg-schema.js';
export * from '../../samples/samples.pg-schema.js';
export * from '../../enhancements/enhancements.pg-schema.js';
export * from '../../api-keys/api-keys.pg-schema.js';
export * from '../../calendar/calendar-feeds.pg-schema.js';
export * from '../../storage/stored-files.pg-schema.js';
