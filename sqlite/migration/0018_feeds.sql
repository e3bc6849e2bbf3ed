-- Knowledge freshness (docs/feeds.md): the review queue of articles
-- (article_flags), catalogue and promotion feed sources, and what each
-- feed last said about each product and promotion (feed_items), so that
-- a re-delivered feed changes nothing. Times are Unix nanoseconds;
-- resolved_at and ends_at are 0 when unset.

CREATE TABLE article_flags (
	id                TEXT PRIMARY KEY,
	tenant_id         TEXT NOT NULL REFERENCES tenants (id),
	article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind              TEXT NOT NULL CHECK (kind IN ('draft', 'stale', 'flagged')),
	source            TEXT NOT NULL,
	reason            TEXT NOT NULL,
	raised_by         TEXT NOT NULL,
	withdraws         INTEGER NOT NULL,
	support           INTEGER NOT NULL,
	created_at        INTEGER NOT NULL,
	resolved_at       INTEGER NOT NULL,
	resolved_by       TEXT NOT NULL,
	resolution        TEXT NOT NULL,
	resolution_reason TEXT NOT NULL
);
CREATE INDEX article_flags_article ON article_flags (article_id, resolved_at);
CREATE INDEX article_flags_tenant ON article_flags (tenant_id, created_at);

CREATE TABLE feed_sources (
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	name        TEXT NOT NULL,
	format      TEXT NOT NULL,
	url         TEXT NOT NULL,
	interval_ns INTEGER NOT NULL,
	secret      TEXT NOT NULL,
	language    TEXT NOT NULL,
	currency    TEXT NOT NULL,
	last_run_at INTEGER NOT NULL,
	last_error  TEXT NOT NULL,
	last_hash   TEXT NOT NULL,
	updated_at  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, name)
) WITHOUT ROWID;

CREATE TABLE feed_items (
	tenant_id TEXT NOT NULL,
	feed      TEXT NOT NULL,
	kind      TEXT NOT NULL,
	key       TEXT NOT NULL,
	hash      TEXT NOT NULL,
	ends_at   INTEGER NOT NULL,
	ended     INTEGER NOT NULL,
	seen_at   INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, feed, kind, key),
	FOREIGN KEY (tenant_id, feed) REFERENCES feed_sources (tenant_id, name) ON DELETE CASCADE
) WITHOUT ROWID;
