DROP INDEX `analytics_flow_at_idx`;--> statement-breakpoint
DROP INDEX `analytics_flow_node_idx`;--> statement-breakpoint
DROP INDEX `analytics_flow_type_at_idx`;--> statement-breakpoint
DROP INDEX `analytics_conversation_idx`;--> statement-breakpoint
CREATE INDEX `analytics_flow_type_at_idx` ON `analytics_events` (`flow_id`,`type`,`at`,`flow_version`,`trigger`,`outcome`,`node_id`,`conversation_id`) WHERE type <> 'node_entered';--> statement-breakpoint
CREATE INDEX `analytics_conversation_idx` ON `analytics_events` (`conversation_id`,`type`,`at`) WHERE type = 'handoff_outcome';--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): node entries are no longer counted per day
-- either, since no dashboard query reads them; the counts already made are dropped with them.
DROP TRIGGER `analytics_daily_count`;--> statement-breakpoint
CREATE TRIGGER `analytics_daily_count` AFTER INSERT ON `analytics_events` WHEN NEW.`type` <> 'node_entered'
BEGIN
	INSERT INTO `analytics_daily` (`flow_id`, `type`, `day`, `flow_version`, `node_id`, `trigger`, `outcome`, `n`)
	VALUES (NEW.`flow_id`, NEW.`type`, CAST(NEW.`at` / 86400000 AS INTEGER), NEW.`flow_version`, coalesce(NEW.`node_id`, ''), coalesce(NEW.`trigger`, ''), coalesce(NEW.`outcome`, ''), 1)
	ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
DELETE FROM `analytics_daily` WHERE `type` = 'node_entered';
