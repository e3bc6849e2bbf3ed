-- Analytics facts and daily rollups (docs/analytics.md). CreateMessage
-- writes them in the message's own transaction, so they cannot drift
-- from the message log; the dashboard reads only these tables, never the
-- messages' traces. Days are UTC 'YYYY-MM-DD'; times are Unix
-- milliseconds.

-- One row per conversation that has messages.
CREATE TABLE analytics_conversations (
	tenant_id         TEXT NOT NULL,
	conversation_id   TEXT NOT NULL,
	day               TEXT NOT NULL,
	channel           TEXT NOT NULL,
	language          TEXT NOT NULL,
	intent            TEXT NOT NULL,
	sku               TEXT NOT NULL,
	customer_id       TEXT NOT NULL,
	customer_messages BIGINT NOT NULL,
	bot_replies       BIGINT NOT NULL,
	handoffs          BIGINT NOT NULL,
	person            BIGINT NOT NULL,
	closed            BIGINT NOT NULL,
	returned          BIGINT NOT NULL,
	rating            BIGINT NOT NULL,
	thumbs_up         BIGINT NOT NULL,
	thumbs_down       BIGINT NOT NULL,
	started_at        BIGINT NOT NULL,
	last_at           BIGINT NOT NULL,
	handoff_at        BIGINT NOT NULL,
	joined_at         BIGINT NOT NULL,
	first_response_ms BIGINT NOT NULL,
	handling_ms       BIGINT NOT NULL,
	PRIMARY KEY (tenant_id, day, conversation_id)
);
CREATE UNIQUE INDEX analytics_conversations_id ON analytics_conversations (tenant_id, conversation_id);
CREATE INDEX analytics_conversations_customer ON analytics_conversations (tenant_id, customer_id, last_at) WHERE customer_id <> '';

-- One row per bot reply with a trace: the customer's turn as understood.
-- question_id is the customer message it answers (its text is read from
-- messages for examples only).
CREATE TABLE analytics_turns (
	message_id      BIGINT PRIMARY KEY,
	tenant_id       TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	question_id     BIGINT NOT NULL,
	day             TEXT NOT NULL,
	at              BIGINT NOT NULL,
	channel         TEXT NOT NULL,
	language        TEXT NOT NULL,
	intent          TEXT NOT NULL,
	cluster         TEXT NOT NULL,
	emotion         TEXT NOT NULL,
	action          TEXT NOT NULL,
	outcome         TEXT NOT NULL,
	reason          TEXT NOT NULL,
	answered        BIGINT NOT NULL,
	negative        BIGINT NOT NULL,
	latency_ms      DOUBLE PRECISION NOT NULL,
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
	turns     BIGINT NOT NULL,
	answered  BIGINT NOT NULL,
	clarify   BIGINT NOT NULL,
	handoff   BIGINT NOT NULL,
	negative  BIGINT NOT NULL,
	lat0 BIGINT NOT NULL DEFAULT 0, lat1 BIGINT NOT NULL DEFAULT 0, lat2 BIGINT NOT NULL DEFAULT 0, lat3 BIGINT NOT NULL DEFAULT 0,
	lat4 BIGINT NOT NULL DEFAULT 0, lat5 BIGINT NOT NULL DEFAULT 0, lat6 BIGINT NOT NULL DEFAULT 0, lat7 BIGINT NOT NULL DEFAULT 0,
	lat8 BIGINT NOT NULL DEFAULT 0, lat9 BIGINT NOT NULL DEFAULT 0, lat10 BIGINT NOT NULL DEFAULT 0, lat11 BIGINT NOT NULL DEFAULT 0,
	lat12 BIGINT NOT NULL DEFAULT 0, lat13 BIGINT NOT NULL DEFAULT 0, lat14 BIGINT NOT NULL DEFAULT 0, lat15 BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, day, channel, language, intent, emotion, action, reason, sku)
);

-- Questions per day and cluster (docs/analytics.md: clusters).
CREATE TABLE analytics_questions (
	tenant_id TEXT NOT NULL,
	day       TEXT NOT NULL,
	intent    TEXT NOT NULL,
	cluster   TEXT NOT NULL,
	channel   TEXT NOT NULL,
	language  TEXT NOT NULL,
	sku       TEXT NOT NULL,
	turns     BIGINT NOT NULL,
	answered  BIGINT NOT NULL,
	PRIMARY KEY (tenant_id, day, intent, cluster, channel, language, sku)
);

-- A cluster's representative text: the first question seen in it.
CREATE TABLE analytics_clusters (
	tenant_id TEXT NOT NULL,
	intent    TEXT NOT NULL,
	cluster   TEXT NOT NULL,
	text      TEXT NOT NULL,
	PRIMARY KEY (tenant_id, intent, cluster)
);

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
	turns     BIGINT NOT NULL,
	negative  BIGINT NOT NULL,
	PRIMARY KEY (tenant_id, day, sku, category, country, carrier, intent, channel, language)
);

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
	count            BIGINT NOT NULL,
	conversation_ids TEXT NOT NULL,
	status           TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'dismissed')),
	article_id       TEXT NOT NULL,
	created_at       BIGINT NOT NULL,
	updated_at       BIGINT NOT NULL,
	UNIQUE (tenant_id, key)
);
CREATE INDEX analytics_insights_tenant ON analytics_insights (tenant_id, status, count);

-- Messages stored before this migration are folded in at open, in ID
-- order, up to backfill_to (docs/analytics.md).
CREATE TABLE analytics_backfill (
	id          INTEGER PRIMARY KEY CHECK (id = 1),
	backfill_to BIGINT NOT NULL,
	done        BIGINT NOT NULL
);
INSERT INTO analytics_backfill (id, backfill_to, done) SELECT 1, COALESCE(MAX(id), 0), 0 FROM messages;
