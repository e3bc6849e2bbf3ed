-- Compensation: the shops' rules (the current version of each, and every
-- version ever written), the incidents they were evaluated on, and the
-- ledger of what was granted. Times are Unix nanoseconds, 0 when unset.

CREATE TABLE compensation_rules (
	tenant_id            TEXT NOT NULL REFERENCES tenants (id),
	id                   TEXT NOT NULL, -- the shop's own ID
	name                 TEXT NOT NULL,
	when_expr            TEXT NOT NULL, -- CEL
	grant_kind           TEXT NOT NULL,
	amount               INTEGER NOT NULL,
	currency             TEXT NOT NULL,
	min_order_value      INTEGER NOT NULL,
	valid_days           INTEGER NOT NULL,
	ord                  INTEGER NOT NULL,
	max_per_customer_30d INTEGER NOT NULL,
	enabled              INTEGER NOT NULL,
	version              INTEGER NOT NULL,
	updated_at           INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE INDEX compensation_rules_order ON compensation_rules (tenant_id, ord, id);

-- Every version of every rule, deleted rules included: ledger entries
-- name a (rule, version).
CREATE TABLE compensation_rule_versions (
	tenant_id            TEXT NOT NULL REFERENCES tenants (id),
	id                   TEXT NOT NULL,
	version              INTEGER NOT NULL,
	name                 TEXT NOT NULL,
	when_expr            TEXT NOT NULL,
	grant_kind           TEXT NOT NULL,
	amount               INTEGER NOT NULL,
	currency             TEXT NOT NULL,
	min_order_value      INTEGER NOT NULL,
	valid_days           INTEGER NOT NULL,
	ord                  INTEGER NOT NULL,
	max_per_customer_30d INTEGER NOT NULL,
	enabled              INTEGER NOT NULL,
	updated_at           INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id, version)
) WITHOUT ROWID;

-- Incidents keep their facts as the JSON of kefu.Incident.
CREATE TABLE incidents (
	tenant_id TEXT NOT NULL REFERENCES tenants (id),
	id        TEXT NOT NULL, -- "late:FF-20923"
	at        INTEGER NOT NULL,
	data      TEXT NOT NULL,
	PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE INDEX incidents_at ON incidents (tenant_id, at, id);

-- The ledger. One entry per incident: the unique index is what makes
-- concurrent issuance idempotent.
CREATE TABLE compensations (
	id              TEXT PRIMARY KEY,
	tenant_id       TEXT NOT NULL REFERENCES tenants (id),
	incident_id     TEXT NOT NULL,
	order_id        TEXT NOT NULL,
	order_number    TEXT NOT NULL,
	customer_id     TEXT NOT NULL,
	rule_id         TEXT NOT NULL,
	rule_version    INTEGER NOT NULL,
	kind            TEXT NOT NULL,
	amount          INTEGER NOT NULL,
	currency        TEXT NOT NULL,
	min_order_value INTEGER NOT NULL,
	expires_at      INTEGER NOT NULL,
	code            TEXT NOT NULL,
	status          TEXT NOT NULL,
	reason          TEXT NOT NULL,
	granted_by      TEXT NOT NULL,
	at              INTEGER NOT NULL,
	revoked_by      TEXT NOT NULL,
	revoked_at      INTEGER NOT NULL,
	revoke_reason   TEXT NOT NULL
);

CREATE UNIQUE INDEX compensations_incident ON compensations (tenant_id, incident_id);
CREATE UNIQUE INDEX compensations_code ON compensations (tenant_id, code) WHERE code <> '';
CREATE INDEX compensations_customer ON compensations (tenant_id, customer_id, at);
CREATE INDEX compensations_at ON compensations (tenant_id, at, id);
