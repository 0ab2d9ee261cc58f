import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { JobSourceKind, PostingReader } from '@tailor/domain';
import { users } from '../users/users.sqlite-schema.js';
import { jobs } from './jobs.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

// See job-sources.pg-schema.ts.
export const jobSources = sqliteTable(
  'job_sources',
  {
    jobId: text('job_id')
      .primaryKey()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<JobSourceKind>().notNull(),
    url: text('url'),
    finalUrl: text('final_url'),
    contentType: text('content_type'),
    reader: text('reader').$type<PostingReader>().notNull(),
    content: text('content').notNull(),
    capturedAt: instant('captured_at').notNull(),
  },
  (table) => [index('job_sources_owner_idx').on(table.ownerId, table.capturedAt)],
);
