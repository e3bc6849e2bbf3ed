-- Login throttle counters shared by every kefu node on this database
-- (docs/limits.md). key is the SHA-256 of the counter's name, which
-- holds an email and an address: neither is stored in the clear.
-- A row is dropped forget_ns after its last attempt.
CREATE TABLE login_throttle (
	key       bytea PRIMARY KEY,
	n         integer NOT NULL,
	last_at   timestamptz NOT NULL,
	forget_ns bigint NOT NULL
);
CREATE INDEX login_throttle_expiry ON login_throttle (last_at);
