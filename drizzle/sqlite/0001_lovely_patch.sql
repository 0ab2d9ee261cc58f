CREATE TABLE `profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`is_default` integer NOT NULL,
	`version` integer NOT NULL,
	`full_name` text NOT NULL,
	`headline` text,
	`email` text,
	`phone` text,
	`location` text,
	`summary` text,
	`links` text NOT NULL,
	`experiences` text NOT NULL,
	`education` text NOT NULL,
	`projects` text NOT NULL,
	`skills` text NOT NULL,
	`languages` text NOT NULL,
	`certifications` text NOT NULL,
	`custom_fields` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `profiles_owner_created_idx` ON `profiles` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_one_default_per_owner` ON `profiles` (`owner_id`) WHERE "profiles"."is_default" = 1;