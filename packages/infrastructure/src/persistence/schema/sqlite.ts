// The SQLite schema: the same tables and columns as pg.ts, in SQLite types (checked in parity.ts).
export * from '../../users/users.sqlite-schema.js';
export * from '../../auth/auth.sqlite-schema.js';
export * from '../../jobs/jobs.sqlite-schema.js';
export * from '../../jobs/job-sources.sqlite-schema.js';
export * from '../../profiles/profiles.sqlite-schema.js';
export * from '../../llm/llm-usage.sqlite-schema.js';
export * from '../../generations/generations.sqlite-schema.js';
export * from '../../documents/documents.sqlite-schema.js';
export * from '../../tasks/tasks.sqlite-schema.js';
export * from '../../samples/samples.sqlite-schema.js';
export * from '../../enhancements/enhancements.sqlite-schema.js';
export * from '../../api-keys/api-keys.sqlite-schema.js';
export * from '../../calendar/calendar-feeds.sqlite-schema.js';
export * from '../../storage/stored-files.sqlite-schema.js';
