-- Full-text search over jobs (hand-written: drizzle-kit does not model FTS5). An external-content FTS5 table
-- indexed by jobs.seq (the INTEGER PRIMARY KEY, so VACUUM cannot renumber it), kept in step by triggers.
-- unicode61 folds case; diacritics are kept so that results match PostgreSQL's "simple" configuration.
CREATE VIRTUAL TABLE `jobs_fts` USING fts5(title, company, description, content='jobs', content_rowid='seq', tokenize="unicode61 remove_diacritics 0");
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_insert` AFTER INSERT ON `jobs` BEGIN
  INSERT INTO jobs_fts(rowid, title, company, description) VALUES (new.seq, new.title, coalesce(new.company, ''), new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_delete` AFTER DELETE ON `jobs` BEGIN
  INSERT INTO jobs_fts(jobs_fts, rowid, title, company, description) VALUES ('delete', old.seq, old.title, coalesce(old.company, ''), old.description);
END;
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_update` AFTER UPDATE OF title, company, description ON `jobs` BEGIN
  INSERT INTO jobs_fts(jobs_fts, rowid, title, company, description) VALUES ('delete', old.seq, old.title, coalesce(old.company, ''), old.description);
  INSERT INTO jobs_fts(rowid, title, company, description) VALUES (new.seq, new.title, coalesce(new.company, ''), new.description);
END;
