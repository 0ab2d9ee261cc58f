import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  ApplicationStatus,
  JobKeywordLists,
  StoredKnockouts,
  StoredPostingLayout,
  JobSource,
  JobStatus,
  SalaryRange,
  TimelineEntry,
} from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// `seq` is an integer handle for the full-text index (SQLite FTS5 needs an integer rowid; see the
// jobs_search migration); `id` stays the public ULID. The tsvector column and its GIN index exist only on
// PostgreSQL and are created by a hand-written migration, so the two schema files stay identical.
export const jobs = pgTable(
  'jobs',
  {
    seq: serial('seq').notNull(),
    id: text('id').primaryKey(),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    company: text('company'),
    location: text('location'),
    remote: text('remote').$type<'remote' | 'hybrid' | 'onsite'>(),
    employmentType: text('employment_type').$type<
      'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary'
    >(),
    description: text('description').notNull(),
    responsibilities: jsonb('responsibilities').$type<string[]>().notNull(),
    requirements: jsonb('requirements').$type<string[]>().notNull(),
    niceToHave: jsonb('nice_to_have').$type<string[]>().notNull(),
    salaryRange: jsonb('salary_range').$type<SalaryRange>(),
    url: text('url'),
    source: text('source').$type<JobSource>().notNull(),
    status: text('status').$type<JobStatus>().notNull(),
    applicationStatus: text('application_status').$type<ApplicationStatus>().notNull(),
    furthestStage: integer('furthest_stage').notNull(),
    followUpAt: instant('follow_up_at'),
    validThrough: instant('valid_through'),
    keywords: jsonb('keywords').$type<JobKeywordLists>().notNull(),
    layout: jsonb('layout').$type<StoredPostingLayout>(),
    knockouts: jsonb('knockouts').$type<StoredKnockouts>(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('jobs_seq_idx').on(table.seq),
    // Covers the default listing (newest first, ties by id): a search can walk it in order and stop after a page.
    index('jobs_owner_created_idx').on(table.ownerId, table.createdAt, table.id),
    index('jobs_owner_status_idx').on(table.ownerId, table.applicationStatus),
    index('jobs_owner_follow_up_idx').on(table.ownerId, table.followUpAt),
    index('jobs_catalog_url_idx').on(table.url),
  ],
);

export const jobTimeline = pgTable(
  'job_timeline',
  {
    id: text('id').primaryKey(),
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TimelineEntry['kind']>().notNull(),
    at: instant('at').notNull(),
    fromStatus: text('from_status').$type<ApplicationStatus>(),
    toStatus: text('to_status').$type<ApplicationStatus>(),
    note: text('note'),
    document: jsonb('document').$type<NonNullable<TimelineEntry['document']>>(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [index('job_timeline_job_idx').on(table.jobId, table.at)],
);
