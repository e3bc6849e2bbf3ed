-- Operators: API keys get a scope, the start of the plain key (to tell
-- keys apart in lists) and a revocation time; agents get the owner role
-- and can be disabled.

-- Keys made before scopes could do everything: they become admin keys.
-- Every insert names the scope, so the default only fills existing rows.
ALTER TABLE api_keys ADD COLUMN scope TEXT NOT NULL DEFAULT 'admin' CHECK (scope IN ('chat', 'admin'));
ALTER TABLE api_keys ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
-- Unix nanoseconds; NULL while the key works.
ALTER TABLE api_keys ADD COLUMN revoked_at INTEGER;

-- SQLite cannot change a CHECK constraint in place: rebuild agents, as
-- 0004 did for articles. Nothing references agents (conversations keep
-- agent_id without a foreign key), so dropping it is safe with foreign
-- keys on, and the rename rewrites nothing else. The table had no index
-- of its own but the one of its UNIQUE constraint, which comes back with
-- the new table.
CREATE TABLE agents_new (
	id            TEXT PRIMARY KEY,
	tenant_id     TEXT NOT NULL REFERENCES tenants (id),
	email         TEXT NOT NULL CHECK (email <> ''),
	name          TEXT NOT NULL,
	password_hash TEXT NOT NULL,
	role          TEXT NOT NULL CHECK (role IN ('agent', 'admin', 'owner')),
	languages     TEXT NOT NULL,
	skills        TEXT NOT NULL,
	presence      TEXT NOT NULL CHECK (presence IN ('online', 'away', 'offline')),
	max_chats     INTEGER NOT NULL CHECK (max_chats > 0),
	created_at    INTEGER NOT NULL,
	disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
	UNIQUE (tenant_id, email)
);
INSERT INTO agents_new (id, tenant_id, email, name, password_hash, role, languages, skills, presence, max_chats, created_at, disabled)
	SELECT id, tenant_id, email, name, password_hash, role, languages, skills, presence, max_chats, created_at, 0
	FROM agents;
DROP TABLE agents;
ALTER TABLE agents_new RENAME TO agents;
