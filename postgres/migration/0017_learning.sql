-- Learning loop (docs/learning.md): feedback on what kefu understood or
-- answered, and the intent-model registry. See the SQLite migration of
-- the same name for the columns' meaning.
CREATE TABLE feedback (
	id              bigserial PRIMARY KEY,
	tenant_id       text NOT NULL REFERENCES tenants (id),
	kind            text NOT NULL CHECK (kind IN ('relabel', 'answer_fixed', 'answer_flagged',
		'article_wrong', 'article_outdated', 'thumbs_up', 'thumbs_down')),
	status          text NOT NULL CHECK (status IN ('', 'proposed', 'accepted', 'rejected')),
	agent_id        text NOT NULL,
	customer_id     text NOT NULL,
	conversation_id text NOT NULL,
	message_id      bigint NOT NULL,
	text            text NOT NULL,
	language        text NOT NULL,
	intent          text NOT NULL,
	previous_intent text NOT NULL,
	entities        jsonb,
	emotion         text NOT NULL,
	answer          text NOT NULL,
	article_id      text NOT NULL,
	reason          text NOT NULL,
	reviewed_by     text NOT NULL,
	reviewed_at     timestamptz,
	created_at      timestamptz NOT NULL
);
CREATE INDEX feedback_kind ON feedback (tenant_id, kind, status, id);
CREATE INDEX feedback_list ON feedback (tenant_id, id);
CREATE UNIQUE INDEX feedback_thumbs ON feedback (tenant_id, conversation_id, message_id)
	WHERE kind IN ('thumbs_up', 'thumbs_down');

CREATE TABLE model_versions (
	tenant_id   text NOT NULL,
	version     text NOT NULL,
	data_hash   text NOT NULL,
	metrics     jsonb,
	path        text NOT NULL,
	model       bytea NOT NULL,
	size        bigint NOT NULL,
	created_by  text NOT NULL,
	created_at  timestamptz NOT NULL,
	serving     boolean NOT NULL,
	promoted_by text NOT NULL,
	promoted_at timestamptz,
	retired_at  timestamptz,
	PRIMARY KEY (tenant_id, version)
);
CREATE UNIQUE INDEX model_versions_serving ON model_versions (tenant_id) WHERE serving;
