import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { UploadFormat, SampleType, WritingStyle } from '@tailor/domain';
import { users } from '../users/users.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

// See samples.pg-schema.ts.
export const writingSamples = sqliteTable(
  'writing_samples',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<SampleType>().notNull(),
    fileName: text('file_name').notNull(),
    format: text('format').$type<UploadFormat>().notNull(),
    byteSize: integer('byte_size').notNull(),
    text: text('text').notNull(),
    style: text('style', { mode: 'json' }).$type<WritingStyle>().notNull(),
    version: integer('version').notNull(),
    // The stored file of this version, written under a fresh name; null for rows from before (file = id).
    fileId: text('file_id'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [uniqueIndex('writing_samples_user_type_idx').on(table.userId, table.type)],
);
