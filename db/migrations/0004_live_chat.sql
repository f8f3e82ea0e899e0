CREATE TABLE `agents` (
	`user_id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`presence` text DEFAULT 'offline' NOT NULL,
	`last_seen_at` integer,
	`max_concurrent` integer DEFAULT 3 NOT NULL,
	`queues` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `callbacks` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`conversation_id` text,
	`queue` text NOT NULL,
	`phone` text NOT NULL,
	`slot_at` integer NOT NULL,
	`slot_label` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`context` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `callbacks_reference_unique` ON `callbacks` (`reference`);--> statement-breakpoint
CREATE INDEX `callbacks_status_idx` ON `callbacks` (`status`,`slot_at`);--> statement-breakpoint
CREATE TABLE `conversation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversation_events_seq_idx` ON `conversation_events` (`conversation_id`,`seq`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`flow_id` text NOT NULL,
	`flow_version` integer NOT NULL,
	`bundle_hash` text NOT NULL,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`channel` text DEFAULT 'live' NOT NULL,
	`token_hash` text NOT NULL,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`last_event_seq` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`bundle_hash`) REFERENCES `live_bundles`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversations_flow_idx` ON `conversations` (`flow_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `desk_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`queue` text,
	`agent_id` text,
	`payload` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `desk_events_created_idx` ON `desk_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `handoffs` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`runtime_id` text NOT NULL,
	`trigger` text NOT NULL,
	`node_id` text NOT NULL,
	`handoff_node_id` text NOT NULL,
	`queue` text NOT NULL,
	`priority` text NOT NULL,
	`priority_rank` integer NOT NULL,
	`status` text NOT NULL,
	`context` text NOT NULL,
	`transcript` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`last_user_message` text,
	`agent_id` text,
	`agent_name` text,
	`note` text,
	`requested_at` integer NOT NULL,
	`assigned_at` integer,
	`ended_at` integer,
	`wait_deadline` integer,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `handoffs_queue_status_idx` ON `handoffs` (`status`,`queue`,`priority_rank`,`requested_at`);--> statement-breakpoint
CREATE INDEX `handoffs_agent_status_idx` ON `handoffs` (`agent_id`,`status`);--> statement-breakpoint
CREATE INDEX `handoffs_deadline_idx` ON `handoffs` (`wait_deadline`);--> statement-breakpoint
CREATE INDEX `handoffs_ended_idx` ON `handoffs` (`queue`,`ended_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `handoffs_one_open_idx` ON `handoffs` (`conversation_id`) WHERE status in ('queued', 'assigned');--> statement-breakpoint
CREATE TABLE `live_bundles` (
	`hash` text PRIMARY KEY NOT NULL,
	`flow_id` text NOT NULL,
	`version` integer NOT NULL,
	`bundle` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`from` text NOT NULL,
	`text` text NOT NULL,
	`quick_replies` text,
	`agent_name` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_conversation_seq_idx` ON `messages` (`conversation_id`,`seq`);--> statement-breakpoint
CREATE TABLE `queues` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`hours` text NOT NULL,
	`time_zone` text NOT NULL,
	`holidays` text DEFAULT '[]' NOT NULL,
	`wait_timeout_sec` integer DEFAULT 0 NOT NULL,
	`capacity` integer DEFAULT 50 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queues_name_unique` ON `queues` (`name`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`conversation_id` text,
	`queue` text NOT NULL,
	`email` text NOT NULL,
	`description` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`context` text,
	`transcript` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_reference_unique` ON `tickets` (`reference`);--> statement-breakpoint
CREATE INDEX `tickets_status_idx` ON `tickets` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`webhook_id` text NOT NULL,
	`event` text NOT NULL,
	`payload` text NOT NULL,
	`attempt` integer NOT NULL,
	`status_code` integer,
	`error` text,
	`next_attempt_at` integer,
	`delivered_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_webhook_idx` ON `webhook_deliveries` (`webhook_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_next_idx` ON `webhook_deliveries` (`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`events` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
