-- Knowledge base: the review status "review" becomes "in_review", and
-- every revision of an article's text is kept in article_versions.

ALTER TABLE articles DROP CONSTRAINT articles_status_check;
UPDATE articles SET status = 'in_review' WHERE status = 'review';
ALTER TABLE articles ADD CONSTRAINT articles_status_check CHECK (status IN ('draft', 'in_review', 'published'));

-- One row per revision of an article's text; the article row is the newest.
CREATE TABLE article_versions (
	tenant_id  text NOT NULL,
	article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	version    integer NOT NULL,
	title      text NOT NULL,
	body       text NOT NULL,
	tags       jsonb NOT NULL,
	intents    jsonb NOT NULL,
	created_at timestamptz NOT NULL,
	PRIMARY KEY (article_id, version)
);

-- Earlier revisions were not kept: the current text is the only one known.
INSERT INTO article_versions (tenant_id, article_id, version, title, body, tags, intents, created_at)
	SELECT tenant_id, id, version, title, body, tags, intents, updated_at FROM articles;
