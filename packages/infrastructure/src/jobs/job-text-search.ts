import { sql, type SQL } from 'drizzle-orm';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { jobs } from '../persistence/schema/pg.js';

const MAX_TERMS = 8;

/**
 * PostgreSQL: a term that starts at most this many of the owner's words is searched as those words; one that
 * starts more (a letter or two) keeps its prefix form.
 */
const MAX_WORDS_PER_TERM = 32;

/**
 * PostgreSQL: the terms looked up as words. ASCII letters and digits are one token of PostgreSQL's parser that
 * the "simple" configuration keeps as it is, so the term and the stored words compare byte by byte; any other
 * term keeps its prefix form (same matches, without the speed-up).
 */
const LOOKED_UP = /^[a-z0-9]{1,100}$/u;

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
 * "Every word, as a word or the start of one" in each dialect's full-text engine: `undefined` when `q` has
 * no words, `null` when no job can match. User text never reaches the query syntax: terms are letters and
 * digits only, quoted for FTS5 and bound as a parameter.
 * SQLite: an FTS5 table over (title, company, description) kept in step by triggers (migration
 * jobs_search). PostgreSQL: a stored tsvector column (simple configuration: no stemming, so results do not
 * depend on the posting's language) with a GIN index, queried with the words each term starts (see
 * `postgresQuery`).
 */
export async function fullTextCondition(
  database: SqlDatabase,
  q: string,
  owner: string | null,
): Promise<SQL | null | undefined> {
  const terms = searchTerms(q);
  if (terms.length === 0) return undefined;
  if (database.dialect === 'sqlite')
    return sql`${jobs.seq} in (select rowid from jobs_fts where ${fullTextMatch(q, owner)})`;
  const query = await postgresQuery(database, terms, owner);
  return query === null ? null : sql`"jobs"."search" @@ to_tsquery('simple', ${query})`;
}

/**
 * The tsquery text for `terms`, or `null` when some term starts none of the owner's words. A prefix term
 * (`engin:*`) makes the GIN index collect every match of that term into a bitmap before the terms are
 * intersected (4–10 ms for a capped count at 100,000 postings); the exact words it stands for
 * (`engine | engineer`), looked up in the owner's word list (table job_words, kept by a trigger, migration
 * job_words), are intersected inside the index (1–3 ms) and match the same jobs. The catalog has no word
 * list and keeps the prefix form.
 */
async function postgresQuery(
  database: SqlDatabase,
  terms: string[],
  owner: string | null,
): Promise<string | null> {
  const prefixOnly = (term: string) => `${term}:*`;
  const lookedUp = owner === null ? [] : [...new Set(terms.filter((term) => LOOKED_UP.test(term)))];
  if (lookedUp.length === 0) return terms.map(prefixOnly).join(' & ');
  // The words starting with a term are the range [term, term with its last character's successor) in the
  // primary key's byte order: one index range per term, at most MAX_WORDS_PER_TERM + 1 entries read.
  const below = (term: string) =>
    term.slice(0, -1) + String.fromCharCode(term.charCodeAt(term.length - 1) + 1);
  const list = (values: string[]) =>
    sql.join(
      values.map((value) => sql`${value}`),
      sql`, `,
    );
  const rows = (await database.exec((db) =>
    db.execute(sql`
      select t.term, w.word
      from unnest(array[${list(lookedUp)}]::text[], array[${list(lookedUp.map(below))}]::text[]) as t (term, below)
      cross join lateral (
        select distinct word from job_words
        where owner_id = ${owner} and word >= (t.term collate "C") and word < (t.below collate "C")
        order by word
        limit ${MAX_WORDS_PER_TERM + 1}
      ) as w`),
  )) as unknown as { term: string; word: string }[];
  const words = new Map<string, string[]>();
  for (const { term, word } of rows) words.set(term, [...(words.get(term) ?? []), word]);
  const clauses: string[] = [];
  for (const term of terms) {
    if (!LOOKED_UP.test(term)) clauses.push(prefixOnly(term));
    else if (!words.has(term)) return null;
    else {
      const started = words.get(term)!;
      // A word with other letters than ASCII ones might be split anew by to_tsquery's parser: prefix form.
      const exact = started.length <= MAX_WORDS_PER_TERM && started.every((word) => LOOKED_UP.test(word));
      clauses.push(exact ? `(${started.join(' | ')})` : prefixOnly(term));
    }
  }
  return clauses.join(' & ');
}
