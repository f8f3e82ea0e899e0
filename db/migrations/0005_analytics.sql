CREATE TABLE `analytics_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`flow_id` text NOT NULL,
	`flow_version` integer NOT NULL,
	`conversation_id` text NOT NULL,
	`type` text NOT NULL,
	`node_id` text,
	`trigger` text,
	`queue` text,
	`intent` text,
	`outcome` text,
	`wait_ms` integer,
	`text` text,
	`at` integer NOT NULL,
	`channel` text DEFAULT 'live' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `analytics_flow_at_idx` ON `analytics_events` (`flow_id`,`at`);--> statement-breakpoint
CREATE INDEX `analytics_flow_type_at_idx` ON `analytics_events` (`flow_id`,`type`,`at`,`flow_version`,`trigger`,`outcome`,`node_id`,`conversation_id`);--> statement-breakpoint
CREATE INDEX `analytics_flow_node_idx` ON `analytics_events` (`flow_id`,`node_id`,`type`);--> statement-breakpoint
CREATE INDEX `analytics_conversation_idx` ON `analytics_events` (`conversation_id`,`type`,`at`);