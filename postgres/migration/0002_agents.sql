-- Human agents. Emails are stored normalized (trimmed, lower case), so the
-- unique constraint is case-insensitive in effect.

CREATE TABLE agents (
	id            text PRIMARY KEY,
	tenant_id     text NOT NULL REFERENCES tenants (id),
	email         text NOT NULL CHECK (email <> ''),
	name          text NOT NULL,
	password_hash text NOT NULL,
	role          text NOT NULL CHECK (role IN ('agent', 'admin')),
	languages     jsonb NOT NULL,
	skills        jsonb NOT NULL,
	presence      text NOT NULL CHECK (presence IN ('online', 'away', 'offline')),
	max_chats     integer NOT NULL CHECK (max_chats > 0),
	created_at    timestamptz NOT NULL,
	UNIQUE (tenant_id, email)
);

-- An agent's load (the conversations they hold) is counted on every
-- assignment. Partial: only held conversations are in it, and it changes
-- only when a conversation is taken, released, transferred or closed.
CREATE INDEX conversations_agent ON conversations (tenant_id, agent_id) WHERE status = 'agent';
