CREATE TABLE `writing_samples` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`byte_size` integer NOT NULL,
	`text` text NOT NULL,
	`style` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `writing_samples_user_type_idx` ON `writing_samples` (`user_id`,`type`);