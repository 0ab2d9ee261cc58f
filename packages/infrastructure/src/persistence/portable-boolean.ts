import { customType } from 'drizzle-orm/pg-core';

/**
 * A boolean stored as the integer 0/1 on both dialects. Repositories use the pg schema on SQLite too, and
 * the two drivers disagree on booleans: better-sqlite3 refuses to bind JS booleans, while postgres.js
 * serialises anything but `true` as false for a `boolean` column. Integers bind the same everywhere. The
 * SQLite twin is `integer(…, { mode: 'boolean' })`, the same 0/1.
 */
export const portableBoolean = customType<{ data: boolean; driverData: number | string }>({
  dataType: () => 'integer',
  toDriver: (value) => (value ? 1 : 0),
  fromDriver: (value) => Number(value) === 1,
});
