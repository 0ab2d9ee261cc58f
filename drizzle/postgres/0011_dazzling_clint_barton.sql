ALTER TABLE "background_tasks" ADD COLUMN "subject_id" text;--> statement-breakpoint
ALTER TABLE "background_tasks" ADD COLUMN "delivery" text;--> statement-breakpoint
-- Background tasks become delivery records. Each delivers the entity with its own id (a generation, an
-- enhancement); its delivery state follows from the old status. The work's state stays on the entity.
UPDATE "background_tasks" SET "subject_id" = "id", "delivery" = CASE "status" WHEN 'queued' THEN 'pending' WHEN 'running' THEN 'leased' ELSE 'delivered' END;--> statement-breakpoint
-- Enhancements from before their table lived only in their task (the outcome in its result): they become
-- enhancement rows now, since the task keeps no status, stage, error or result after the next migration.
INSERT INTO "enhancements" ("id", "user_id", "profile_id", "status", "stage", "progress", "error", "profile_version", "style_from", "proposals", "dropped", "applied", "applied_at", "created_at", "updated_at")
SELECT t."id", t."user_id", t."input"->>'profileId', t."status", t."stage", t."progress", t."error",
  CASE WHEN t."status" = 'succeeded' THEN coalesce((t."result"->>'profileVersion')::integer, 0) ELSE 0 END,
  CASE WHEN t."status" = 'succeeded' THEN t."result"->>'styleFrom' END,
  CASE WHEN t."status" = 'succeeded' THEN coalesce(t."result"->'proposals', '[]'::jsonb) ELSE '[]'::jsonb END,
  CASE WHEN t."status" = 'succeeded' THEN coalesce(t."result"->'dropped', '[]'::jsonb) ELSE '[]'::jsonb END,
  NULL, NULL, t."created_at", t."updated_at"
FROM "background_tasks" t
WHERE t."kind" = 'profile_enhancement' AND t."input"->>'profileId' IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "enhancements" e WHERE e."id" = t."id");--> statement-breakpoint
-- An enhancement whose task ended before it ran (cancelled while queued, out of attempts) ends the same way.
UPDATE "enhancements" e SET "status" = t."status", "error" = t."error"
FROM "background_tasks" t
WHERE t."id" = e."id" AND e."status" IN ('queued', 'running') AND t."status" IN ('failed', 'cancelled');--> statement-breakpoint
-- Likewise a generation whose task failed or was cancelled without the generation hearing of it.
UPDATE "generations" g SET "status" = t."status",
  "error" = CASE WHEN t."error" IS NULL THEN NULL ELSE t."error" || '{"details":{}}'::jsonb END,
  "finished_at" = coalesce(t."finished_at", t."updated_at")
FROM "background_tasks" t
WHERE t."id" = g."id" AND t."kind" = 'generation' AND g."status" IN ('queued', 'running') AND t."status" IN ('failed', 'cancelled');
