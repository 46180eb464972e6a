-- Full-text index over a story's title and STAR parts, ranked with bm25. Its rowid is stories.search_id.
CREATE VIRTUAL TABLE `stories_fts` USING fts5(
	title, situation, task, action, result,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `stories_fts_insert` AFTER INSERT ON `stories` BEGIN
	INSERT INTO stories_fts(rowid, title, situation, task, action, result)
	VALUES (new.search_id, new.title, new.situation, new.task, new.action, new.result);
END;
--> statement-breakpoint
CREATE TRIGGER `stories_fts_delete` AFTER DELETE ON `stories` BEGIN
	DELETE FROM stories_fts WHERE rowid = old.search_id;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_fts_update` AFTER UPDATE OF title, situation, task, action, result ON `stories` BEGIN
	DELETE FROM stories_fts WHERE rowid = old.search_id;
	INSERT INTO stories_fts(rowid, title, situation, task, action, result)
	VALUES (new.search_id, new.title, new.situation, new.task, new.action, new.result);
END;
