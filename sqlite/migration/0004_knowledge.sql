-- Knowledge base: the review status "review" becomes "in_review", and
-- every revision of an article's text is kept in article_versions.

-- SQLite cannot change a CHECK constraint in place: rebuild the table.
-- Nothing references articles, so dropping it is safe with foreign keys on.
CREATE TABLE articles_new (
	id         TEXT PRIMARY KEY,
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	key        TEXT NOT NULL,
	language   TEXT NOT NULL,
	title      TEXT NOT NULL,
	body       TEXT NOT NULL,
	tags       TEXT NOT NULL,
	intents    TEXT NOT NULL,
	status     TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published')),
	version    INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	UNIQUE (tenant_id, key, language)
);
INSERT INTO articles_new (id, tenant_id, key, language, title, body, tags, intents, status, version, updated_at)
	SELECT id, tenant_id, key, language, title, body, tags, intents,
		CASE status WHEN 'review' THEN 'in_review' ELSE status END, version, updated_at
	FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;

-- One row per revision of an article's text; the article row is the
-- newest. created_at is Unix nanoseconds.
CREATE TABLE article_versions (
	tenant_id  TEXT NOT NULL,
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	version    INTEGER NOT NULL,
	title      TEXT NOT NULL,
	body       TEXT NOT NULL,
	tags       TEXT NOT NULL,
	intents    TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (article_id, version)
) WITHOUT ROWID;

-- Earlier revisions were not kept: the current text is the only one known.
INSERT INTO article_versions (tenant_id, article_id, version, title, body, tags, intents, created_at)
	SELECT tenant_id, id, version, title, body, tags, intents, updated_at FROM articles;
