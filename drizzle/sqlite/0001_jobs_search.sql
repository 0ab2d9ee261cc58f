-- Full-text search over jobs (hand-written: drizzle-kit does not model FTS5). An external-content FTS5 table
-- indexed by jobs.seq (the INTEGER PRIMARY KEY, so VACUUM cannot renumber it), kept in step by triggers.
-- unicode61 folds case; diacritics are kept so that results match PostgreSQL's "simple" configuration.
-- `owner` holds the owner's id ("catalog" for shared postings) as one token, so a search counts and pages
-- one user's matches inside the index instead of looking up every match in `jobs`.
CREATE VIRTUAL TABLE `jobs_fts` USING fts5(title, company, description, owner, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0");
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_insert` AFTER INSERT ON `jobs` BEGIN
  INSERT INTO jobs_fts(rowid, title, company, description, owner) VALUES (new.seq, new.title, coalesce(new.company, ''), new.description, coalesce(new.owner_id, 'catalog'));
END;
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_delete` AFTER DELETE ON `jobs` BEGIN
  DELETE FROM jobs_fts WHERE rowid = old.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_update` AFTER UPDATE OF title, company, description, owner_id ON `jobs` BEGIN
  DELETE FROM jobs_fts WHERE rowid = old.seq;
  INSERT INTO jobs_fts(rowid, title, company, description, owner) VALUES (new.seq, new.title, coalesce(new.company, ''), new.description, coalesce(new.owner_id, 'catalog'));
END;
