CREATE TABLE `enhancements` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`profile_id` text NOT NULL,
	`status` text NOT NULL,
	`stage` text,
	`progress` integer NOT NULL,
	`error` text,
	`profile_version` integer NOT NULL,
	`style_from` text,
	`proposals` text NOT NULL,
	`dropped` text NOT NULL,
	`applied` text,
	`applied_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enhancements_user_idx` ON `enhancements` (`user_id`,`created_at`);