import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { JobSourceKind, PostingReader } from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';
import { jobs } from './jobs.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// The frozen snapshot of what an imported job was read from: its own table, so job listings never carry
// up to 2 MB of page per row. Deleting the job (or the user) deletes it.
export const jobSources = pgTable(
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
