-- Customer profiles (docs/customer-profiles.md): one row per trait,
-- keyed by (tenant, customer, kind, value, source); observing a trait
-- again replaces its row. customer_id is kefu's customer ID;
-- DeleteCustomer deletes the customer's traits and behaviour events.
-- updated_at is Unix nanoseconds. Few short rows per customer: WITHOUT
-- ROWID keeps them together in primary-key order.
CREATE TABLE customer_traits (
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	customer_id TEXT NOT NULL,
	kind        TEXT NOT NULL,
	value       TEXT NOT NULL,
	source      TEXT NOT NULL CHECK (source IN ('event', 'order', 'chat', 'customer', 'agent')),
	confidence  REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
	negated     INTEGER NOT NULL CHECK (negated IN (0, 1)),
	evidence    TEXT NOT NULL,
	updated_at  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, customer_id, kind, value, source)
) WITHOUT ROWID;

-- Behaviour events a shop's site reports (POST /v1/events). id is the
-- shop's, unique in the tenant: recording it again changes nothing. at
-- is Unix nanoseconds.
CREATE TABLE behaviour_events (
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	id          TEXT NOT NULL,
	customer_id TEXT NOT NULL,
	type        TEXT NOT NULL CHECK (type IN ('view', 'dwell', 'favourite', 'add_to_cart')),
	sku         TEXT NOT NULL,
	dwell_ms    INTEGER NOT NULL,
	at          INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id)
);
-- A customer's events, newest first.
CREATE INDEX behaviour_events_customer ON behaviour_events (tenant_id, customer_id, at);
