CREATE TABLE "generations" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"type" text NOT NULL,
	"job_id" text NOT NULL,
	"profile_id" text NOT NULL,
	"template_id" text,
	"status" text NOT NULL,
	"stage" text,
	"progress" integer NOT NULL,
	"error" jsonb,
	"parent_id" text,
	"document_id" text,
	"usage" jsonb,
	"options" jsonb NOT NULL,
	"idempotency_key" text,
	"result" jsonb,
	"feedback" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_exports" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"document_id" text NOT NULL,
	"version" integer NOT NULL,
	"format" text NOT NULL,
	"template_id" text,
	"bytes" integer NOT NULL,
	"page_count" integer,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"document_id" text NOT NULL,
	"version" integer NOT NULL,
	"source" text NOT NULL,
	"content" jsonb NOT NULL,
	"text" text NOT NULL,
	"markdown" text NOT NULL,
	"truthfulness" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_versions_document_id_version_pk" PRIMARY KEY("document_id","version")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"job_id" text,
	"generation_id" text,
	"profile_id" text,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"text" text NOT NULL,
	"markdown" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "background_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"stage" text,
	"progress" integer NOT NULL,
	"attempts" integer NOT NULL,
	"max_attempts" integer NOT NULL,
	"error" jsonb,
	"input" jsonb,
	"result" jsonb,
	"cancel_requested" integer NOT NULL,
	"locked_by" text,
	"heartbeat_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_tasks" ADD CONSTRAINT "background_tasks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "generations_owner_key_idx" ON "generations" USING btree ("owner_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "generations_owner_created_idx" ON "generations" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "generations_owner_job_idx" ON "generations" USING btree ("owner_id","job_id");--> statement-breakpoint
CREATE INDEX "document_exports_document_idx" ON "document_exports" USING btree ("document_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_owner_created_idx" ON "documents" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_owner_job_idx" ON "documents" USING btree ("owner_id","job_id");--> statement-breakpoint
CREATE INDEX "background_tasks_status_created_idx" ON "background_tasks" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "background_tasks_user_status_idx" ON "background_tasks" USING btree ("user_id","status");