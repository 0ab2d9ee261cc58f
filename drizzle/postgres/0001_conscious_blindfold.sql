CREATE TABLE "profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"is_default" integer NOT NULL,
	"version" integer NOT NULL,
	"full_name" text NOT NULL,
	"headline" text,
	"email" text,
	"phone" text,
	"location" text,
	"summary" text,
	"links" jsonb NOT NULL,
	"experiences" jsonb NOT NULL,
	"education" jsonb NOT NULL,
	"projects" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"languages" jsonb NOT NULL,
	"certifications" jsonb NOT NULL,
	"custom_fields" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "profiles_owner_created_idx" ON "profiles" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "profiles_one_default_per_owner" ON "profiles" USING btree ("owner_id") WHERE "profiles"."is_default" = 1;