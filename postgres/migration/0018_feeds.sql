-- Knowledge freshness (docs/feeds.md): the review queue of articles
-- (article_flags), catalogue and promotion feed sources, and what each
-- feed last said about each product and promotion (feed_items), so that
-- a re-delivered feed changes nothing. resolved_at, last_run_at and
-- ends_at are NULL when unset. Names and keys sort in byte order.

CREATE TABLE article_flags (
	id                text PRIMARY KEY,
	tenant_id         text NOT NULL REFERENCES tenants (id),
	article_id        text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind              text NOT NULL CHECK (kind IN ('draft', 'stale', 'flagged')),
	source            text NOT NULL,
	reason            text NOT NULL,
	raised_by         text NOT NULL,
	withdraws         boolean NOT NULL,
	support           integer NOT NULL,
	created_at        timestamptz NOT NULL,
	resolved_at       timestamptz,
	resolved_by       text NOT NULL,
	resolution        text NOT NULL,
	resolution_reason text NOT NULL
);
CREATE INDEX article_flags_article ON article_flags (article_id) WHERE resolved_at IS NULL;
CREATE INDEX article_flags_tenant ON article_flags (tenant_id, created_at);

CREATE TABLE feed_sources (
	tenant_id   text NOT NULL REFERENCES tenants (id),
	name        text COLLATE "C" NOT NULL,
	format      text NOT NULL,
	url         text NOT NULL,
	interval_ns bigint NOT NULL,
	secret      text NOT NULL,
	language    text NOT NULL,
	currency    text NOT NULL,
	last_run_at timestamptz,
	last_error  text NOT NULL,
	last_hash   text NOT NULL,
	updated_at  timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, name)
);

CREATE TABLE feed_items (
	tenant_id text NOT NULL,
	feed      text COLLATE "C" NOT NULL,
	kind      text COLLATE "C" NOT NULL,
	key       text COLLATE "C" NOT NULL,
	hash      text NOT NULL,
	ends_at   timestamptz,
	ended     boolean NOT NULL,
	seen_at   timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, feed, kind, key),
	FOREIGN KEY (tenant_id, feed) REFERENCES feed_sources (tenant_id, name) ON DELETE CASCADE
);
