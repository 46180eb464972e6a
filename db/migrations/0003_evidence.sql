CREATE TABLE `case_studies` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`title` text NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`approach` text DEFAULT '' NOT NULL,
	`tradeoffs` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`dimension` text NOT NULL,
	`pain_points` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_studies_user` ON `case_studies` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`company` text DEFAULT '' NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`met_on` text NOT NULL,
	`pain_points` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`follow_up_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contacts_user` ON `contacts` (`user_id`,`met_on`);--> statement-breakpoint
CREATE TABLE `fundamentals` (
	`user_id` text PRIMARY KEY NOT NULL,
	`cloud_provider` text,
	`areas` text NOT NULL,
	`iac_tool` text,
	`iac_depth` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `impact_metrics` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`label` text NOT NULL,
	`direction` text NOT NULL,
	`baseline` real,
	`result` real NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`timeframe` text DEFAULT '' NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`on_resume` integer DEFAULT false NOT NULL,
	`on_linkedin` integer DEFAULT false NOT NULL,
	`story_id` text,
	`case_study_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`case_study_id`) REFERENCES `case_studies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `impact_metrics_user` ON `impact_metrics` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `impact_metrics_case_study` ON `impact_metrics` (`case_study_id`);--> statement-breakpoint
CREATE TABLE `practice_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`area` text NOT NULL,
	`date` text NOT NULL,
	`summary` text NOT NULL,
	`reflection` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `practice_entries_user` ON `practice_entries` (`user_id`,`date`);