-- Compensation: the shops' rules (the current version of each, and every
-- version ever written), the incidents they were evaluated on, and the
-- ledger of what was granted. Times are timestamptz, NULL when unset.
-- IDs sort in byte order (COLLATE "C"), as in SQLite, for paging cursors.

CREATE TABLE compensation_rules (
	tenant_id            text NOT NULL REFERENCES tenants (id),
	id                   text COLLATE "C" NOT NULL, -- the shop's own ID
	name                 text NOT NULL,
	when_expr            text NOT NULL, -- CEL
	grant_kind           text NOT NULL,
	amount               bigint NOT NULL,
	currency             text NOT NULL,
	min_order_value      bigint NOT NULL,
	valid_days           integer NOT NULL,
	ord                  integer NOT NULL,
	max_per_customer_30d integer NOT NULL,
	enabled              boolean NOT NULL,
	version              integer NOT NULL,
	updated_at           timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id)
);

CREATE INDEX compensation_rules_order ON compensation_rules (tenant_id, ord, id);

-- Every version of every rule, deleted rules included: ledger entries
-- name a (rule, version).
CREATE TABLE compensation_rule_versions (
	tenant_id            text NOT NULL REFERENCES tenants (id),
	id                   text COLLATE "C" NOT NULL,
	version              integer NOT NULL,
	name                 text NOT NULL,
	when_expr            text NOT NULL,
	grant_kind           text NOT NULL,
	amount               bigint NOT NULL,
	currency             text NOT NULL,
	min_order_value      bigint NOT NULL,
	valid_days           integer NOT NULL,
	ord                  integer NOT NULL,
	max_per_customer_30d integer NOT NULL,
	enabled              boolean NOT NULL,
	updated_at           timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id, version)
);

-- Incidents keep their facts as the JSON of kefu.Incident.
CREATE TABLE incidents (
	tenant_id text NOT NULL REFERENCES tenants (id),
	id        text COLLATE "C" NOT NULL, -- "late:FF-20923"
	at        timestamptz NOT NULL,
	data      jsonb NOT NULL,
	PRIMARY KEY (tenant_id, id)
);

CREATE INDEX incidents_at ON incidents (tenant_id, at, id);

-- The ledger. One entry per incident: the unique index is what makes
-- concurrent issuance idempotent.
CREATE TABLE compensations (
	id              text COLLATE "C" PRIMARY KEY,
	tenant_id       text NOT NULL REFERENCES tenants (id),
	incident_id     text NOT NULL,
	order_id        text NOT NULL,
	order_number    text NOT NULL,
	customer_id     text NOT NULL,
	rule_id         text NOT NULL,
	rule_version    integer NOT NULL,
	kind            text NOT NULL,
	amount          bigint NOT NULL,
	currency        text NOT NULL,
	min_order_value bigint NOT NULL,
	expires_at      timestamptz,
	code            text NOT NULL,
	status          text NOT NULL,
	reason          text NOT NULL,
	granted_by      text NOT NULL,
	at              timestamptz NOT NULL,
	revoked_by      text NOT NULL,
	revoked_at      timestamptz,
	revoke_reason   text NOT NULL
);

CREATE UNIQUE INDEX compensations_incident ON compensations (tenant_id, incident_id);
CREATE UNIQUE INDEX compensations_code ON compensations (tenant_id, code) WHERE code <> '';
CREATE INDEX compensations_customer ON compensations (tenant_id, customer_id, at);
CREATE INDEX compensations_at ON compensations (tenant_id, at, id);
