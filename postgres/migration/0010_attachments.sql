-- Attachments: photos customers add to a conversation (docs/attachments.md).
-- data is the image as kefu re-encoded it, without metadata; sha256 is
-- its hex digest, unique per conversation so that an image is kept once.
CREATE TABLE attachments (
	id              text NOT NULL,
	tenant_id       text NOT NULL,
	conversation_id text NOT NULL,
	message_id      bigint NOT NULL REFERENCES messages (id),
	content_type    text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
	width           integer NOT NULL CHECK (width > 0),
	height          integer NOT NULL CHECK (height > 0),
	size            bigint NOT NULL,
	sha256          text NOT NULL,
	data            bytea NOT NULL,
	created_at      timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
);
CREATE UNIQUE INDEX attachments_sha256 ON attachments (tenant_id, conversation_id, sha256);
CREATE INDEX attachments_conversation ON attachments (tenant_id, conversation_id, created_at);
-- bytea values over 2 kB are compressed and moved out of line (TOAST);
-- re-encoded JPEGs and PNGs do not compress, so only the move is wanted.
ALTER TABLE attachments ALTER COLUMN data SET STORAGE EXTERNAL;
