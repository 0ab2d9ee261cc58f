DROP INDEX "background_tasks_status_created_idx";--> statement-breakpoint
DROP INDEX "background_tasks_user_status_idx";--> statement-breakpoint
ALTER TABLE "background_tasks" ALTER COLUMN "subject_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "background_tasks" ALTER COLUMN "delivery" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "background_tasks_delivery_created_idx" ON "background_tasks" USING btree ("delivery","created_at");--> statement-breakpoint
CREATE INDEX "background_tasks_user_delivery_idx" ON "background_tasks" USING btree ("user_id","delivery");--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "stage";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "progress";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "error";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "input";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "result";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "cancel_requested";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "started_at";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "finished_at";--> statement-breakpoint
ALTER TABLE "background_tasks" DROP COLUMN "updated_at";