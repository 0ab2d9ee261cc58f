CREATE TABLE `generations` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`type` text NOT NULL,
	`job_id` text NOT NULL,
	`profile_id` text NOT NULL,
	`template_id` text,
	`status` text NOT NULL,
	`stage` text,
	`progress` integer NOT NULL,
	`error` text,
	`parent_id` text,
	`document_id` text,
	`usage` text,
	`options` text NOT NULL,
	`idempotency_key` text,
	`result` text,
	`feedback` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `generations_owner_key_idx` ON `generations` (`owner_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `generations_owner_created_idx` ON `generations` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `generations_owner_job_idx` ON `generations` (`owner_id`,`job_id`);--> statement-breakpoint
CREATE TABLE `document_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`document_id` text NOT NULL,
	`version` integer NOT NULL,
	`format` text NOT NULL,
	`template_id` text,
	`bytes` integer NOT NULL,
	`page_count` integer,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_exports_document_idx` ON `document_exports` (`document_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `document_versions` (
	`document_id` text NOT NULL,
	`version` integer NOT NULL,
	`source` text NOT NULL,
	`content` text NOT NULL,
	`text` text NOT NULL,
	`markdown` text NOT NULL,
	`truthfulness` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`document_id`, `version`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`job_id` text,
	`generation_id` text,
	`profile_id` text,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`notes` text,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`text` text NOT NULL,
	`markdown` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `documents_owner_created_idx` ON `documents` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `documents_owner_job_idx` ON `documents` (`owner_id`,`job_id`);--> statement-breakpoint
CREATE TABLE `background_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`stage` text,
	`progress` integer NOT NULL,
	`attempts` integer NOT NULL,
	`max_attempts` integer NOT NULL,
	`error` text,
	`input` text,
	`result` text,
	`cancel_requested` integer NOT NULL,
	`locked_by` text,
	`heartbeat_at` integer,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `background_tasks_status_created_idx` ON `background_tasks` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `background_tasks_user_status_idx` ON `background_tasks` (`user_id`,`status`);