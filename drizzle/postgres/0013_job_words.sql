-- Every word of each user's postings, for search (hand-written and PostgreSQL-only, like jobs.search).
-- A prefix term ("engin:*") makes the GIN index gather every match of each term into a bitmap before the
-- terms are intersected, which made a search's capped count cost 4–10 ms at 100,000 postings; the same
-- query over the exact words the prefix stands for ("engineer | engineering") is intersected inside the
-- index in 1–3 ms. This table is where those words are looked up (see job-text-search.ts).
-- It only grows while the account lives (a word left by a deleted or edited posting merely matches
-- nothing) and goes with the account. Catalog postings (no owner) are not listed: their search keeps the
-- prefix terms.
CREATE TABLE "job_words" (
  "owner_id" text NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  -- Byte order, so that the words sharing a prefix are one range of the primary key.
  "word" text COLLATE "C" NOT NULL,
  PRIMARY KEY ("owner_id", "word")
);
--> statement-breakpoint
-- Words are inserted in one order (the primary key's), so two transactions adding overlapping words wait
-- for each other instead of deadlocking.
CREATE FUNCTION "job_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "job_words" ("owner_id", "word")
    SELECT DISTINCT NEW."owner_id", w."lexeme" COLLATE "C" FROM unnest(NEW."search") AS w
    ORDER BY 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "job_words_add" AFTER INSERT OR UPDATE OF "title", "company", "description" ON "jobs"
  FOR EACH ROW WHEN (NEW."owner_id" IS NOT NULL) EXECUTE FUNCTION "job_words_add"();
--> statement-breakpoint
INSERT INTO "job_words" ("owner_id", "word")
  SELECT DISTINCT j."owner_id", w."lexeme" COLLATE "C" FROM "jobs" AS j, unnest(j."search") AS w
  WHERE j."owner_id" IS NOT NULL
  ON CONFLICT DO NOTHING;
