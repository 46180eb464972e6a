CREATE TABLE `recordings` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`rehearsal_id` text NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`data` blob NOT NULL,
	`duration_seconds` real NOT NULL,
	`speaking_seconds` real NOT NULL,
	`pause_count` integer NOT NULL,
	`longest_pause_seconds` real NOT NULL,
	`pauses` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rehearsal_id`) REFERENCES `rehearsals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recordings_rehearsal` ON `recordings` (`rehearsal_id`);--> statement-breakpoint
CREATE INDEX `recordings_user_created` ON `recordings` (`user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `recordings_retention_days` integer;