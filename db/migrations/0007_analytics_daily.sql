CREATE TABLE `analytics_daily` (
	`flow_id` text NOT NULL,
	`type` text NOT NULL,
	`day` integer NOT NULL,
	`flow_version` integer NOT NULL,
	`node_id` text NOT NULL,
	`trigger` text NOT NULL,
	`outcome` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`flow_id`, `type`, `day`, `flow_version`, `node_id`, `trigger`, `outcome`)
);
--> statement-breakpoint
CREATE INDEX `analytics_flow_outcome_wait_idx` ON `analytics_events` (`flow_id`,`outcome`,`at`,`flow_version`,`wait_ms`) WHERE type = 'handoff_outcome';--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): every stored event adds one to its day's count.
CREATE TRIGGER `analytics_daily_count` AFTER INSERT ON `analytics_events`
BEGIN
	INSERT INTO `analytics_daily` (`flow_id`, `type`, `day`, `flow_version`, `node_id`, `trigger`, `outcome`, `n`)
	VALUES (NEW.`flow_id`, NEW.`type`, CAST(NEW.`at` / 86400000 AS INTEGER), NEW.`flow_version`, coalesce(NEW.`node_id`, ''), coalesce(NEW.`trigger`, ''), coalesce(NEW.`outcome`, ''), 1)
	ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- The events stored before this migration, counted once.
INSERT INTO `analytics_daily` (`flow_id`, `type`, `day`, `flow_version`, `node_id`, `trigger`, `outcome`, `n`)
SELECT `flow_id`, `type`, CAST(`at` / 86400000 AS INTEGER), `flow_version`, coalesce(`node_id`, ''), coalesce(`trigger`, ''), coalesce(`outcome`, ''), count(*)
FROM `analytics_events`
WHERE true
GROUP BY 1, 2, 3, 4, 5, 6, 7;
