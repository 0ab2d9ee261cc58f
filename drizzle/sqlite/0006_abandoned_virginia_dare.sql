ALTER TABLE `refresh_tokens` ADD `sealed_successor` text;--> statement-breakpoint
ALTER TABLE `writing_samples` ADD `file_id` text;