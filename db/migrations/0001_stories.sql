CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`search_id` integer NOT NULL,
	`title` text NOT NULL,
	`situation` text DEFAULT '' NOT NULL,
	`task` text DEFAULT '' NOT NULL,
	`action` text DEFAULT '' NOT NULL,
	`result` text DEFAULT '' NOT NULL,
	`themes` text DEFAULT '[]' NOT NULL,
	`competencies` text DEFAULT '[]' NOT NULL,
	`pain_points` text DEFAULT '[]' NOT NULL,
	`result_qualitative` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stories_user_updated` ON `stories` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `stories_search_id` ON `stories` (`search_id`);