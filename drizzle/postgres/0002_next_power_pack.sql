CREATE TABLE "job_timeline" (
	"id" text PRIMARY KEY NOT NULL,
	"job_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"document" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"seq" serial NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text,
	"title" text NOT NULL,
	"company" text,
	"location" text,
	"remote" text,
	"employment_type" text,
	"description" text NOT NULL,
	"responsibilities" jsonb NOT NULL,
	"requirements" jsonb NOT NULL,
	"nice_to_have" jsonb NOT NULL,
	"salary_range" jsonb,
	"url" text,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"application_status" text NOT NULL,
	"furthest_stage" integer NOT NULL,
	"follow_up_at" timestamp with time zone,
	"keywords" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_timeline" ADD CONSTRAINT "job_timeline_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_timeline_job_idx" ON "job_timeline" USING btree ("job_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_seq_idx" ON "jobs" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "jobs_owner_created_idx" ON "jobs" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "jobs_owner_status_idx" ON "jobs" USING btree ("owner_id","application_status");--> statement-breakpoint
CREATE INDEX "jobs_owner_follow_up_idx" ON "jobs" USING btree ("owner_id","follow_up_at");--> statement-breakpoint
CREATE INDEX "jobs_catalog_url_idx" ON "jobs" USING btree ("url");