import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
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
import { users } from '../users/users.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });
const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

// See jobs.pg-schema.ts. Here `seq` is the INTEGER PRIMARY KEY (the rowid FTS5 indexes by), and `id`, the
// public ULID, is unique.
export const jobs = sqliteTable(
  'jobs',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    company: text('company'),
    location: text('location'),
    remote: text('remote').$type<'remote' | 'hybrid' | 'onsite'>(),
    employmentType: text('employment_type').$type<
      'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary'
    >(),
    description: text('description').notNull(),
    responsibilities: json<string[]>('responsibilities').notNull(),
    requirements: json<string[]>('requirements').notNull(),
    niceToHave: json<string[]>('nice_to_have').notNull(),
    salaryRange: json<SalaryRange>('salary_range'),
    url: text('url'),
    source: text('source').$type<JobSource>().notNull(),
    status: text('status').$type<JobStatus>().notNull(),
    applicationStatus: text('application_status').$type<ApplicationStatus>().notNull(),
    furthestStage: integer('furthest_stage').notNull(),
    followUpAt: instant('follow_up_at'),
    validThrough: instant('valid_through'),
    keywords: json<JobKeywordLists>('keywords').notNull(),
    layout: json<StoredPostingLayout>('layout'),
    knockouts: json<StoredKnockouts>('knockouts'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('jobs_id_idx').on(table.id),
    // Covers the default listing (newest first, ties by id): a search can walk it in order and stop after a page.
    index('jobs_owner_created_idx').on(table.ownerId, table.createdAt, table.id),
    index('jobs_owner_status_idx').on(table.ownerId, table.applicationStatus),
    index('jobs_owner_follow_up_idx').on(table.ownerId, table.followUpAt),
    index('jobs_catalog_url_idx').on(table.url),
  ],
);

export const jobTimeline = sqliteTable(
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
    document: json<NonNullable<TimelineEntry['document']>>('document'),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [index('job_timeline_job_idx').on(table.jobId, table.at)],
);
