-- The human side of a conversation: hand-off steps and translations on
-- messages, structured cards, queue time and satisfaction rating on
-- conversations, and agents' internal notes.

ALTER TABLE messages
	ADD COLUMN kind text NOT NULL DEFAULT '',
	ADD COLUMN author_name text NOT NULL DEFAULT '',
	ADD COLUMN original_text text NOT NULL DEFAULT '',
	ADD COLUMN original_language text NOT NULL DEFAULT '',
	ADD COLUMN translated_by text NOT NULL DEFAULT '',
	ADD COLUMN card jsonb;

ALTER TABLE conversations
	ADD COLUMN queued_at timestamptz,
	ADD COLUMN rating integer NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
	ADD COLUMN rating_comment text NOT NULL DEFAULT '';

CREATE TABLE notes (
	id              bigserial PRIMARY KEY,
	tenant_id       text NOT NULL,
	conversation_id text NOT NULL,
	agent_id        text NOT NULL CHECK (agent_id <> ''),
	text            text NOT NULL CHECK (text <> ''),
	created_at      timestamptz NOT NULL,
	FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
);
CREATE INDEX notes_conversation ON notes (tenant_id, conversation_id, id);
