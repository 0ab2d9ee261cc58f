DROP INDEX "jobs_owner_created_idx";--> statement-breakpoint
CREATE INDEX "jobs_owner_created_idx" ON "jobs" USING btree ("owner_id","created_at","id");