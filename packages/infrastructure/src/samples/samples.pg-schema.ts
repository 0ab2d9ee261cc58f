import { integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { UploadFormat, SampleType, WritingStyle } from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const writingSamples = pgTable(
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
    style: jsonb('style').$type<WritingStyle>().notNull(),
    version: integer('version').notNull(),
    // The stored file of this version, written under a fresh name; null for rows from before (file = id).
    fileId: text('file_id'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  // One current sample per type and user.
  (table) => [uniqueIndex('writing_samples_user_type_idx').on(table.userId, table.type)],
);
