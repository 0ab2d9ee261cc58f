import { customType, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Raw bytes: a `blob` (better-sqlite3 binds and returns Buffers). */
const bytes = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => 'blob',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

// See stored-files.pg-schema.ts.
export const storedFiles = sqliteTable('stored_files', {
  key: text('key').primaryKey(),
  bytes: bytes('bytes').notNull(),
  mediaType: text('media_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
