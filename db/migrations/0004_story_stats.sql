ALTER TABLE `stories` ADD `word_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `speaking_seconds` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `lint` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `ready` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `lint_version` integer DEFAULT 0 NOT NULL;