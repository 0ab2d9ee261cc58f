PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_background_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`delivery` text NOT NULL,
	`attempts` integer NOT NULL,
	`max_attempts` integer NOT NULL,
	`locked_by` text,
	`heartbeat_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_background_tasks`("id", "user_id", "kind", "subject_id", "delivery", "attempts", "max_attempts", "locked_by", "heartbeat_at", "created_at") SELECT "id", "user_id", "kind", "subject_id", "delivery", "attempts", "max_attempts", "locked_by", "heartbeat_at", "created_at" FROM `background_tasks`;--> statement-breakpoint
DROP TABLE `background_tasks`;--> statement-breakpoint
ALTER TABLE `__new_background_tasks` RENAME TO `background_tasks`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `background_tasks_delivery_created_idx` ON `background_tasks` (`delivery`,`created_at`);--> statement-breakpoint
CREATE INDEX `background_tasks_user_delivery_idx` ON `background_tasks` (`user_id`,`delivery`);