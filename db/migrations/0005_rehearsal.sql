CREATE TABLE `prompt_cards` (
	`user_id` text NOT NULL,
	`prompt_id` text NOT NULL,
	`card` text NOT NULL,
	`due` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `prompt_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `prompt_cards_due` ON `prompt_cards` (`user_id`,`due`);--> statement-breakpoint
CREATE TABLE `prompt_draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`prompt_id` text NOT NULL,
	`drawn_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `prompt_draws_user` ON `prompt_draws` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `prompts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`text` text NOT NULL,
	`themes` text DEFAULT '[]' NOT NULL,
	`competencies` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `prompts_user` ON `prompts` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `rehearsals` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`prompt_id` text NOT NULL,
	`prompt_text` text NOT NULL,
	`themes` text DEFAULT '[]' NOT NULL,
	`story_id` text,
	`duration_seconds` integer NOT NULL,
	`rating` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `rehearsals_user_created` ON `rehearsals` (`user_id`,`created_at`);