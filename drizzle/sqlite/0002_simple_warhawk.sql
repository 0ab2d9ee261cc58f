CREATE TABLE `job_timeline` (
	`id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`from_status` text,
	`to_status` text,
	`note` text,
	`document` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `job_timeline_job_idx` ON `job_timeline` (`job_id`,`at`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`owner_id` text,
	`title` text NOT NULL,
	`company` text,
	`location` text,
	`remote` text,
	`employment_type` text,
	`description` text NOT NULL,
	`responsibilities` text NOT NULL,
	`requirements` text NOT NULL,
	`nice_to_have` text NOT NULL,
	`salary_range` text,
	`url` text,
	`source` text NOT NULL,
	`status` text NOT NULL,
	`application_status` text NOT NULL,
	`furthest_stage` integer NOT NULL,
	`follow_up_at` integer,
	`keywords` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_id_idx` ON `jobs` (`id`);--> statement-breakpoint
CREATE INDEX `jobs_owner_created_idx` ON `jobs` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `jobs_owner_status_idx` ON `jobs` (`owner_id`,`application_status`);--> statement-breakpoint
CREATE INDEX `jobs_owner_follow_up_idx` ON `jobs` (`owner_id`,`follow_up_at`);--> statement-breakpoint
CREATE INDEX `jobs_catalog_url_idx` ON `jobs` (`url`);