-- The human side of a conversation: hand-off steps and translations on
-- messages, structured cards, queue time and satisfaction rating on
-- conversations, and agents' internal notes.

ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN original_text TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN original_language TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN translated_by TEXT NOT NULL DEFAULT '';
-- JSON of kefu.Card, '' for none.
ALTER TABLE messages ADD COLUMN card TEXT NOT NULL DEFAULT '';

-- queued_at is Unix nanoseconds, 0 when never queued.
ALTER TABLE conversations ADD COLUMN queued_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5);
ALTER TABLE conversations ADD COLUMN rating_comment TEXT NOT NULL DEFAULT '';

CREATE TABLE notes (
	id              INTEGER PRIMARY KEY,
	tenant_id       TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	agent_id        TEXT NOT NULL CHECK (agent_id <> ''),
	text            TEXT NOT NULL CHECK (text <> ''),
	created_at      INTEGER NOT NULL,
	FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
);
CREATE INDEX notes_conversation ON notes (tenant_id, conversation_id, id);
