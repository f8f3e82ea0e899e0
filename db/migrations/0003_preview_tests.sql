CREATE TABLE `flow_test_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`flow_id` text NOT NULL,
	`name` text NOT NULL,
	`case` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`flow_id`) REFERENCES `flows`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `flow_test_cases_flow_idx` ON `flow_test_cases` (`flow_id`);--> statement-breakpoint
CREATE TABLE `tester_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`flow_id` text NOT NULL,
	`text` text NOT NULL,
	`author` text,
	`transcript` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`flow_id`) REFERENCES `flows`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tester_notes_flow_idx` ON `tester_notes` (`flow_id`);