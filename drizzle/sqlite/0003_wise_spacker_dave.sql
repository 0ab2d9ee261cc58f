DROP INDEX `jobs_owner_created_idx`;--> statement-breakpoint
CREATE INDEX `jobs_owner_created_idx` ON `jobs` (`owner_id`,`created_at`,`id`);