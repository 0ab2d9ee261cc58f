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