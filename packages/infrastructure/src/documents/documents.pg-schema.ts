import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { DocumentContent, DocumentType, DocumentVersion, TruthfulnessReport } from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// job_id, generation_id and profile_id have no foreign keys: a document is the user's own and outlives them.
export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: text('job_id'),
    generationId: text('generation_id'),
    profileId: text('profile_id'),
    type: text('type').$type<DocumentType>().notNull(),
    title: text('title').notNull(),
    notes: text('notes'),
    version: integer('version').notNull(),
    content: jsonb('content').$type<DocumentContent>().notNull(),
    text: text('text').notNull(),
    markdown: text('markdown').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    index('documents_owner_created_idx').on(table.ownerId, table.createdAt),
    index('documents_owner_job_idx').on(table.ownerId, table.jobId),
  ],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    source: text('source').$type<DocumentVersion['source']>().notNull(),
    content: jsonb('content').$type<DocumentContent>().notNull(),
    text: text('text').notNull(),
    markdown: text('markdown').notNull(),
    truthfulness: jsonb('truthfulness').$type<TruthfulnessReport>(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.documentId, table.version] })],
);

export const documentExports = pgTable(
  'document_exports',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    format: text('format').notNull(),
    templateId: text('template_id'),
    bytes: integer('bytes').notNull(),
    pageCount: integer('page_count'),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [index('document_exports_document_idx').on(table.documentId, table.createdAt)],
);
