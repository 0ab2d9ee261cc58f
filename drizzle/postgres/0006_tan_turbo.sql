ALTER TABLE "refresh_tokens" ADD COLUMN "sealed_successor" text;--> statement-breakpoint
ALTER TABLE "writing_samples" ADD COLUMN "file_id" text;