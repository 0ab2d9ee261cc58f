import type * as pg from './pg.js';
import type * as sqlite from './sqlite.js';

// Compile-time proof that both dialects describe the same rows: repositories are written once against the
// PostgreSQL types and run unchanged on SQLite, which is only sound while these stay identical.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

type SameTableSets = Equal<keyof typeof pg, keyof typeof sqlite>;

type RowsMatch = {
  [K in keyof typeof pg & keyof typeof sqlite]: (typeof pg)[K] extends {
    $inferSelect: infer PgRow;
    $inferInsert: infer PgInsert;
  }
    ? (typeof sqlite)[K] extends { $inferSelect: infer SqliteRow; $inferInsert: infer SqliteInsert }
      ? Equal<PgRow, SqliteRow> extends true
        ? Equal<PgInsert, SqliteInsert>
        : false
      : false
    : true;
};

export type SchemaParity = [
  Assert<SameTableSets>,
  Assert<RowsMatch[keyof RowsMatch] extends true ? true : false>,
];
