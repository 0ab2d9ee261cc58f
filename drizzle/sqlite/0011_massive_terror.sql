ALTER TABLE `background_tasks` ADD `subject_id` text;--> statement-breakpoint
ALTER TABLE `background_tasks` ADD `delivery` text;--> statement-breakpoint
-- Background tasks become delivery records. Each delivers the entity with its own id (a generation, an
-- enhancement); its delivery state follows from the old status. The work's state stays on the entity.
UPDATE `background_tasks` SET `subject_id` = `id`, `delivery` = CASE `status` WHEN 'queued' THEN 'pending' WHEN 'running' THEN 'leased' ELSE 'delivered' END;--> statement-breakpoint
-- Enhancements from before their table lived only in their task (the outcome in its result): they become
-- enhancement rows now, since the task keeps no status, stage, error or result after the next migration.
INSERT INTO `enhancements` (`id`, `user_id`, `profile_id`, `status`, `stage`, `progress`, `error`, `profile_version`, `style_from`, `proposals`, `dropped`, `applied`, `applied_at`, `created_at`, `updated_at`)
SELECT t.`id`, t.`user_id`, json_extract(t.`input`, '$.profileId'), t.`status`, t.`stage`, t.`progress`, t.`error`,
  CASE WHEN t.`status` = 'succeeded' THEN coalesce(json_extract(t.`result`, '$.profileVersion'), 0) ELSE 0 END,
  CASE WHEN t.`status` = 'succeeded' THEN json_extract(t.`result`, '$.styleFrom') END,
  CASE WHEN t.`status` = 'succeeded' THEN coalesce(json_extract(t.`result`, '$.proposals'), '[]') ELSE '[]' END,
  CASE WHEN t.`status` = 'succeeded' THEN coalesce(json_extract(t.`result`, '$.dropped'), '[]') ELSE '[]' END,
  NULL, NULL, t.`created_at`, t.`updated_at`
FROM `background_tasks` t
WHERE t.`kind` = 'profile_enhancement' AND json_extract(t.`input`, '$.profileId') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM `enhancements` e WHERE e.`id` = t.`id`);--> statement-breakpoint
-- An enhancement whose task ended before it ran (cancelled while queued, out of attempts) ends the same way.
UPDATE `enhancements` SET `status` = (SELECT t.`status` FROM `background_tasks` t WHERE t.`id` = `enhancements`.`id`),
  `error` = (SELECT t.`error` FROM `background_tasks` t WHERE t.`id` = `enhancements`.`id`)
WHERE `status` IN ('queued', 'running')
  AND EXISTS (SELECT 1 FROM `background_tasks` t WHERE t.`id` = `enhancements`.`id` AND t.`status` IN ('failed', 'cancelled'));--> statement-breakpoint
-- Likewise a generation whose task failed or was cancelled without the generation hearing of it.
UPDATE `generations` SET `status` = (SELECT t.`status` FROM `background_tasks` t WHERE t.`id` = `generations`.`id`),
  `error` = (SELECT CASE WHEN t.`error` IS NULL THEN NULL ELSE json_set(t.`error`, '$.details', json('{}')) END FROM `background_tasks` t WHERE t.`id` = `generations`.`id`),
  `finished_at` = (SELECT coalesce(t.`finished_at`, t.`updated_at`) FROM `background_tasks` t WHERE t.`id` = `generations`.`id`)
WHERE `status` IN ('queued', 'running')
  AND EXISTS (SELECT 1 FROM `background_tasks` t WHERE t.`id` = `generations`.`id` AND t.`kind` = 'generation' AND t.`status` IN ('failed', 'cancelled'));
