-- The reasons of a flag kefu raised, in parts (kefu.ArticleFlag.Reasons,
-- JSON), so that the admin page can say them in its reader's language
-- (docs/admin.md). Flags stored before have none: the page shows their
-- English reason.
ALTER TABLE article_flags ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
