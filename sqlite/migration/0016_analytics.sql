-- Analytics facts and daily rollups (docs/analytics.md). CreateMessage
-- writes them in the message's own transaction, so they cannot drift
-- from the message log; the dashboard reads only these tables, never the
-- messages' traces. Days are UTC 'YYYY-MM-DD'; times are Unix
-- milliseconds.

-- One row per conversation that has messages, keyed by the day it
-- started so that a range of days is read in one sweep.
CREATE TABLE analytics_conversations (
	tenant_id         TEXT NOT NULL,
	conversation_id   TEXT NOT NULL,
	day               TEXT NOT NULL,
	channel           TEXT NOT NULL,
	language          TEXT NOT NULL,
	intent            TEXT NOT NULL,
	sku               TEXT NOT NULL,
	customer_id       TEXT NOT NULL,
	customer_messages INTEGER NOT NULL,
	bot_replies       INTEGER NOT NULL,
	handoffs          INTEGER NOT NULL,
	person            INTEGER NOT NULL,
	closed            INTEGER NOT NULL,
	returned          INTEGER NOT NULL,
	rating            INTEGER NOT NULL,
	thumbs_up         INTEGER NOT NULL,
	thumbs_down       INTEGER NOT NULL,
	started_at        INTEGER NOT NULL,
	last_at           INTEGER NOT NULL,
	handoff_at        INTEGER NOT NULL,
	joined_at         INTEGER NOT NULL,
	first_response_ms INTEGER NOT NULL,
	handling_ms       INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, day, conversation_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX analytics_conversations_id ON analytics_conversations (tenant_id, conversation_id);
CREATE INDEX analytics_conversations_customer ON analytics_conversations (tenant_id, customer_id, last_at) WHERE customer_id <> '';

-- One row per bot reply with a trace: the customer's turn as understood.
-- question_id is the customer message it answers (its text is read from
-- messages for examples only).
CREATE TABLE analytics_turns (
	message_id      INTEGER PRIMARY KEY,
	tenant_id       TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	question_id     INTEGER NOT NULL,
	day             TEXT NOT NULL,
	at              INTEGER NOT NULL,
	channel         TEXT NOT NULL,
	language        TEXT NOT NULL,
	intent          TEXT NOT NULL,
	cluster         TEXT NOT NULL,
	emotion         TEXT NOT NULL,
	action          TEXT NOT NULL,
	outcome         TEXT NOT NULL,
	reason          TEXT NOT NULL,
	answered        INTEGER NOT NULL,
	negative        INTEGER NOT NULL,
	latency_ms      REAL NOT NULL,
	sku             TEXT NOT NULL,
	category        TEXT NOT NULL,
	country         TEXT NOT NULL,
	carrier         TEXT NOT NULL,
	customer_id     TEXT NOT NULL,
	segment         TEXT NOT NULL
);
CREATE INDEX analytics_turns_cluster ON analytics_turns (tenant_id, intent, cluster, at);
CREATE INDEX analytics_turns_sku ON analytics_turns (tenant_id, sku, at) WHERE sku <> '';
CREATE INDEX analytics_turns_segment ON analytics_turns (tenant_id, day) WHERE segment <> '';
CREATE INDEX analytics_turns_carrier ON analytics_turns (tenant_id, carrier, at) WHERE carrier <> '';

-- Bot turns per day and dimension; lat0..lat15 are a latency histogram
-- (bucket i holds latencies below 2^i ms, the last one the rest).
CREATE TABLE analytics_daily (
	tenant_id TEXT NOT NULL,
	day       TEXT NOT NULL,
	channel   TEXT NOT NULL,
	language  TEXT NOT NULL,
	intent    TEXT NOT NULL,
	emotion   TEXT NOT NULL,
	action    TEXT NOT NULL,
	reason    TEXT NOT NULL,
	sku       TEXT NOT NULL,
	turns     INTEGER NOT NULL,
	answered  INTEGER NOT NULL,
	clarify   INTEGER NOT NULL,
	handoff   INTEGER NOT NULL,
	negative  INTEGER NOT NULL,
	lat0 INTEGER NOT NULL DEFAULT 0, lat1 INTEGER NOT NULL DEFAULT 0, lat2 INTEGER NOT NULL DEFAULT 0, lat3 INTEGER NOT NULL DEFAULT 0,
	lat4 INTEGER NOT NULL DEFAULT 0, lat5 INTEGER NOT NULL DEFAULT 0, lat6 INTEGER NOT NULL DEFAULT 0, lat7 INTEGER NOT NULL DEFAULT 0,
	lat8 INTEGER NOT NULL DEFAULT 0, lat9 INTEGER NOT NULL DEFAULT 0, lat10 INTEGER NOT NULL DEFAULT 0, lat11 INTEGER NOT NULL DEFAULT 0,
	lat12 INTEGER NOT NULL DEFAULT 0, lat13 INTEGER NOT NULL DEFAULT 0, lat14 INTEGER NOT NULL DEFAULT 0, lat15 INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, day, channel, language, intent, emotion, action, reason, sku)
) WITHOUT ROWID;

-- Questions per day and cluster (docs/analytics.md: clusters).
CREATE TABLE analytics_questions (
	tenant_id TEXT NOT NULL,
	day       TEXT NOT NULL,
	intent    TEXT NOT NULL,
	cluster   TEXT NOT NULL,
	channel   TEXT NOT NULL,
	language  TEXT NOT NULL,
	sku       TEXT NOT NULL,
	turns     INTEGER NOT NULL,
	answered  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, day, intent, cluster, channel, language, sku)
) WITHOUT ROWID;

-- A cluster's representative text: the first question seen in it.
CREATE TABLE analytics_clusters (
	tenant_id TEXT NOT NULL,
	intent    TEXT NOT NULL,
	cluster   TEXT NOT NULL,
	text      TEXT NOT NULL,
	PRIMARY KEY (tenant_id, intent, cluster)
) WITHOUT ROWID;

-- Turns per day by product, category, region (customer country) and
-- carrier, for pain points.
CREATE TABLE analytics_pain (
	tenant_id TEXT NOT NULL,
	day       TEXT NOT NULL,
	sku       TEXT NOT NULL,
	category  TEXT NOT NULL,
	country   TEXT NOT NULL,
	carrier   TEXT NOT NULL,
	intent    TEXT NOT NULL,
	channel   TEXT NOT NULL,
	language  TEXT NOT NULL,
	turns     INTEGER NOT NULL,
	negative  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, day, sku, category, country, carrier, intent, channel, language)
) WITHOUT ROWID;

-- Insights with suggested actions; key is stable across refreshes so a
-- dismissed insight stays dismissed.
CREATE TABLE analytics_insights (
	id               TEXT PRIMARY KEY,
	tenant_id        TEXT NOT NULL,
	key              TEXT NOT NULL,
	audience         TEXT NOT NULL,
	title            TEXT NOT NULL,
	evidence         TEXT NOT NULL,
	action           TEXT NOT NULL,
	count            INTEGER NOT NULL,
	conversation_ids TEXT NOT NULL,
	status           TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'dismissed')),
	article_id       TEXT NOT NULL,
	created_at       INTEGER NOT NULL,
	updated_at       INTEGER NOT NULL,
	UNIQUE (tenant_id, key)
);
CREATE INDEX analytics_insights_tenant ON analytics_insights (tenant_id, status, count);

-- Messages stored before this migration are folded in at open, in ID
-- order, up to backfill_to (docs/analytics.md).
CREATE TABLE analytics_backfill (
	id          INTEGER PRIMARY KEY CHECK (id = 1),
	backfill_to INTEGER NOT NULL,
	done        INTEGER NOT NULL
);
INSERT INTO analytics_backfill (id, backfill_to, done) SELECT 1, COALESCE(MAX(id), 0), 0 FROM messages;
