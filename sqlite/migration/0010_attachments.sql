-- Attachments: photos customers add to a conversation (docs/attachments.md).
-- data is the image as kefu re-encoded it, without metadata; sha256 is
-- its hex digest, unique per conversation so that an image is kept once.
-- Times are Unix nanoseconds.
CREATE TABLE attachments (
	id              TEXT NOT NULL,
	tenant_id       TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	message_id      INTEGER NOT NULL REFERENCES messages (id),
	content_type    TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
	width           INTEGER NOT NULL CHECK (width > 0),
	height          INTEGER NOT NULL CHECK (height > 0),
	size            INTEGER NOT NULL,
	sha256          TEXT NOT NULL,
	data            BLOB NOT NULL,
	created_at      INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
);
CREATE UNIQUE INDEX attachments_sha256 ON attachments (tenant_id, conversation_id, sha256);
CREATE INDEX attachments_conversation ON attachments (tenant_id, conversation_id, created_at);
