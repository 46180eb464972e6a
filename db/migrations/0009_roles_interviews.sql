CREATE TABLE `interviews` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`role_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`starts_at_utc` text NOT NULL,
	`time_zone` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`round` text NOT NULL,
	`interviewers` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`debrief` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interviews_role` ON `interviews` (`role_id`,`starts_at_utc`);--> statement-breakpoint
CREATE INDEX `interviews_user_start` ON `interviews` (`user_id`,`starts_at_utc`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`company` text NOT NULL,
	`title` text NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`posting` text DEFAULT '' NOT NULL,
	`posting_url` text,
	`status` text DEFAULT 'researching' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roles_user` ON `roles` (`user_id`,`updated_at`);