-- Learning loop (docs/learning.md): feedback on what kefu understood or
-- answered, and the intent-model registry.
--
-- feedback: one row per piece of feedback. status is '' for customers'
-- thumbs and proposed/accepted/rejected for corrections. message_id is
-- kefu's message ID, 0 for none; no foreign key to the conversation, as
-- article feedback has none and corrections outlive a conversation's
-- deletion (text keeps the message). entities is JSON ('' for none).
-- Times are Unix nanoseconds, reviewed_at 0 when never reviewed.
CREATE TABLE feedback (
	id              INTEGER PRIMARY KEY,
	tenant_id       TEXT NOT NULL REFERENCES tenants (id),
	kind            TEXT NOT NULL CHECK (kind IN ('relabel', 'answer_fixed', 'answer_flagged',
		'article_wrong', 'article_outdated', 'thumbs_up', 'thumbs_down')),
	status          TEXT NOT NULL CHECK (status IN ('', 'proposed', 'accepted', 'rejected')),
	agent_id        TEXT NOT NULL,
	customer_id     TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	message_id      INTEGER NOT NULL,
	text            TEXT NOT NULL,
	language        TEXT NOT NULL,
	intent          TEXT NOT NULL,
	previous_intent TEXT NOT NULL,
	entities        TEXT NOT NULL,
	emotion         TEXT NOT NULL,
	answer          TEXT NOT NULL,
	article_id      TEXT NOT NULL,
	reason          TEXT NOT NULL,
	reviewed_by     TEXT NOT NULL,
	reviewed_at     INTEGER NOT NULL,
	created_at      INTEGER NOT NULL
);
-- The admin list (newest first, by kind and status) and a retrain's
-- accepted relabels.
CREATE INDEX feedback_kind ON feedback (tenant_id, kind, status, id);
CREATE INDEX feedback_list ON feedback (tenant_id, id);
-- One customer's thumbs per message: a second click replaces the first.
CREATE UNIQUE INDEX feedback_thumbs ON feedback (tenant_id, conversation_id, message_id)
	WHERE kind IN ('thumbs_up', 'thumbs_down');

-- model_versions: the intent-model registry. tenant_id '' holds the global
-- versions (no foreign key: '' is no shop). model is the model file, so
-- every node sharing the store can load it. At most one serving version
-- per tenant. Times are Unix nanoseconds, 0 for never.
CREATE TABLE model_versions (
	tenant_id   TEXT NOT NULL,
	version     TEXT NOT NULL,
	data_hash   TEXT NOT NULL,
	metrics     TEXT NOT NULL,
	path        TEXT NOT NULL,
	model       BLOB NOT NULL,
	size        INTEGER NOT NULL,
	created_by  TEXT NOT NULL,
	created_at  INTEGER NOT NULL,
	serving     INTEGER NOT NULL CHECK (serving IN (0, 1)),
	promoted_by TEXT NOT NULL,
	promoted_at INTEGER NOT NULL,
	retired_at  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, version)
);
CREATE UNIQUE INDEX model_versions_serving ON model_versions (tenant_id) WHERE serving = 1;
