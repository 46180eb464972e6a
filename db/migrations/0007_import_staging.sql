ALTER TABLE `users` ADD `staging_for` text REFERENCES users(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `impact_metrics_story` ON `impact_metrics` (`story_id`);--> statement-breakpoint
CREATE INDEX `rehearsals_story` ON `rehearsals` (`story_id`);