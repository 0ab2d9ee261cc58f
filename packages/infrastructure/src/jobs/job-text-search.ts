import { sql, type SQL } from 'drizzle-orm';
import type { Dialect } from '../persistence/sql-database.js';
import { jobs } from '../persistence/schema/pg.js';

const MAX_TERMS = 8;

/** The words of a search box, as runs of letters and digits (the same tokens both indexes store). */
export const searchTerms = (q: string): string[] =>
  (q.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);

/**
 * SQLite only: the FTS5 match of one owner's postings (the owner is a column of the index, see the
 * migration; "catalog" for shared postings). A quoted FTS5 string is tokenised like the indexed value, so any
 * id matches itself as a phrase.
 */
export function fullTextMatch(q: string, owner: string | null): SQL {
  const ownerToken = owner === null ? 'catalog' : owner.replaceAll('"', '""');
  const match = `owner : "${ownerToken}" AND (${searchTerms(q)
    .map((term) => `"${term}"*`)
    .join(' ')})`;
  return sql`jobs_fts match ${match}`;
}

/**
 * "Every word, as a word or the start of one" in each dialect's full-text engine. User text never reaches
 * the query syntax: terms are letters and digits only, quoted for FTS5 and bound as a parameter.
 * SQLite: an FTS5 table over (title, company, description) kept in step by triggers (migration
 * jobs_search). PostgreSQL: a stored tsvector column (simple configuration: no stemming, so results do not
 * depend on the posting's language) with a GIN index.
 */
export function fullTextCondition(dialect: Dialect, q: string, owner: string | null): SQL | undefined {
  const terms = searchTerms(q);
  if (terms.length === 0) return undefined;
  if (dialect === 'sqlite')
    return sql`${jobs.seq} in (select rowid from jobs_fts where ${fullTextMatch(q, owner)})`;
  const query = terms.map((term) => `${term}:*`).join(' & ');
  return sql`"jobs"."search" @@ to_tsquery('simple', ${query})`;
}
