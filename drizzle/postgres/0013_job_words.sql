-- Every word of each user's postings, for search (hand-written and PostgreSQL-only, like jobs.search).
-- A prefix term ("engin:*") makes the GIN index gather every match of each term into a bitmap before the
-- terms are intersected, which made a search's capped count cost 4–16 ms at 100,000 postings; the same
-- query over the exact words the prefix stands for ("engine | engineer") is intersected inside the index in
-- 1.5–4 ms. This table is where those words are looked up (see job-text-search.ts).
-- It only grows while the account lives (a word left by a deleted or edited posting merely matches
-- nothing) and goes with the account. Catalog postings (no owner) are not listed: their search keeps the
-- prefix terms.
-- No unique key, on purpose: a unique insert waits for any other transaction inserting the same word, and
-- two transactions each adding several jobs could then deadlock. Two first uses of a word at the same moment
-- leave it listed twice, which the lookup's DISTINCT absorbs.
CREATE TABLE "job_words" (
  "owner_id" text NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  -- Byte order, so that the words sharing a prefix are one range of the index.
  "word" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "job_words_owner_word_idx" ON "job_words" ("owner_id", "word");
--> statement-breakpoint
-- One index probe per word, whatever the statistics say: planned while the list was still empty (a new
-- installation, before autovacuum's first ANALYZE), an anti-join cached by the session read the owner's whole
-- list for every posting, and adding 100,000 postings took quarters of an hour instead of a minute and a half.
-- A LATERAL ... LIMIT 1 can only be a nested loop; enable_seqscan = off keeps its probe on the index.
CREATE FUNCTION "job_words_add"() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
  INSERT INTO "job_words" ("owner_id", "word")
    SELECT NEW."owner_id", w."lexeme" FROM unnest(NEW."search") AS w
    LEFT JOIN LATERAL (
      SELECT 1 AS "found" FROM "job_words" AS k
      WHERE k."owner_id" = NEW."owner_id" AND k."word" = w."lexeme" COLLATE "C"
      LIMIT 1
    ) AS listed ON true
    WHERE listed."found" IS NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "job_words_add" AFTER INSERT OR UPDATE OF "title", "company", "description" ON "jobs"
  FOR EACH ROW WHEN (NEW."owner_id" IS NOT NULL) EXECUTE FUNCTION "job_words_add"();
--> statement-breakpoint
INSERT INTO "job_words" ("owner_id", "word")
  SELECT DISTINCT j."owner_id", w."lexeme" COLLATE "C" FROM "jobs" AS j, unnest(j."search") AS w
  WHERE j."owner_id" IS NOT NULL;
