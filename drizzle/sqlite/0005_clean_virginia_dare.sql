CREATE TABLE `job_sources` (
	`job_id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`final_url` text,
	`content_type` text,
	`reader` text NOT NULL,
	`content` text NOT NULL,
	`captured_at` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `job_sources_owner_idx` ON `job_sources` (`owner_id`,`captured_at`);