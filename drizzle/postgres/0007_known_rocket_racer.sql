CREATE TABLE "enhancements" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"profile_id" text NOT NULL,
	"status" text NOT NULL,
	"stage" text,
	"progress" integer NOT NULL,
	"error" jsonb,
	"profile_version" integer NOT NULL,
	"style_from" text,
	"proposals" jsonb NOT NULL,
	"dropped" jsonb NOT NULL,
	"applied" jsonb,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enhancements" ADD CONSTRAINT "enhancements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enhancements_user_idx" ON "enhancements" USING btree ("user_id","created_at");