-- Operators: API keys get a scope, the start of the plain key (to tell
-- keys apart in lists) and a revocation time; agents get the owner role
-- and can be disabled.

-- Keys made before scopes could do everything: they become admin keys.
-- The default only fills existing rows; every insert names the scope.
ALTER TABLE api_keys ADD COLUMN scope text NOT NULL DEFAULT 'admin' CHECK (scope IN ('chat', 'admin'));
ALTER TABLE api_keys ALTER COLUMN scope DROP DEFAULT;
ALTER TABLE api_keys ADD COLUMN prefix text NOT NULL DEFAULT '';
-- NULL while the key works.
ALTER TABLE api_keys ADD COLUMN revoked_at timestamptz;

ALTER TABLE agents DROP CONSTRAINT agents_role_check;
ALTER TABLE agents ADD CONSTRAINT agents_role_check CHECK (role IN ('agent', 'admin', 'owner'));
ALTER TABLE agents ADD COLUMN disabled boolean NOT NULL DEFAULT false;
