CREATE TABLE `flow_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`flow_id` text NOT NULL,
	`version` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author_id` text,
	`author_name` text,
	`author_email` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`bundle` text NOT NULL,
	`bundle_hash` text NOT NULL,
	`document` text NOT NULL,
	FOREIGN KEY (`flow_id`) REFERENCES `flows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flow_versions_flow_version_idx` ON `flow_versions` (`flow_id`,`version`);--> statement-breakpoint
CREATE INDEX `flow_versions_hash_idx` ON `flow_versions` (`bundle_hash`);--> statement-breakpoint
-- Published versions are immutable: what was published (and maybe deployed) never changes. Only
-- author_id may change, when ON DELETE SET NULL clears a deleted user.
CREATE TRIGGER `flow_versions_immutable` BEFORE UPDATE OF `flow_id`, `version`, `note`, `author_name`, `author_email`, `created_at`, `bundle`, `bundle_hash`, `document` ON `flow_versions`
BEGIN
	SELECT RAISE(ABORT, 'published flow versions are immutable');
END;
