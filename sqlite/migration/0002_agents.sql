-- Human agents. Languages and skills are JSON arrays of strings (TEXT).
-- Emails are stored normalized (trimmed, lower case), so the unique
-- constraint is case-insensitive in effect.

CREATE TABLE agents (
	id            TEXT PRIMARY KEY,
	tenant_id     TEXT NOT NULL REFERENCES tenants (id),
	email         TEXT NOT NULL CHECK (email <> ''),
	name          TEXT NOT NULL,
	password_hash TEXT NOT NULL,
	role          TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
	languages     TEXT NOT NULL,
	skills        TEXT NOT NULL,
	presence      TEXT NOT NULL CHECK (presence IN ('online', 'away', 'offline')),
	max_chats     INTEGER NOT NULL CHECK (max_chats > 0),
	created_at    INTEGER NOT NULL,
	UNIQUE (tenant_id, email)
);

-- An agent's load (the conversations they hold) is counted on every
-- assignment. Partial: only held conversations are in it, and it changes
-- only when a conversation is taken, released, transferred or closed, not
-- on every turn.
CREATE INDEX conversations_agent ON conversations (tenant_id, agent_id) WHERE status = 'agent';
