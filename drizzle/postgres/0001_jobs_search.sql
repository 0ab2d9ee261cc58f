-- Full-text search over jobs (hand-written: the column is PostgreSQL-only and stays out of the shared
-- schema files). Words are runs of letters and digits, as in SQLite's unicode61 tokenizer, and the "simple"
-- configuration does no stemming, so both dialects find the same jobs.
ALTER TABLE "jobs" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', regexp_replace(coalesce("title", '') || ' ' || coalesce("company", '') || ' ' || coalesce("description", ''), '[^[:alnum:]]+', ' ', 'g'))
) STORED;
--> statement-breakpoint
CREATE INDEX "jobs_search_idx" ON "jobs" USING gin ("search");
