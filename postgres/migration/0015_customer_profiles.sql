-- Customer profiles (docs/customer-profiles.md): one row per trait,
-- keyed by (tenant, customer, kind, value, source); observing a trait
-- again replaces its row. customer_id is kefu's customer ID;
-- DeleteCustomer deletes the customer's traits and behaviour events.
CREATE TABLE customer_traits (
	tenant_id   text NOT NULL REFERENCES tenants (id),
	customer_id text NOT NULL,
	kind        text NOT NULL,
	value       text NOT NULL,
	source      text NOT NULL CHECK (source IN ('event', 'order', 'chat', 'customer', 'agent')),
	confidence  double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
	negated     boolean NOT NULL,
	evidence    text NOT NULL,
	updated_at  timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, customer_id, kind, value, source)
);

-- Behaviour events a shop's site reports (POST /v1/events). id is the
-- shop's, unique in the tenant: recording it again changes nothing.
CREATE TABLE behaviour_events (
	tenant_id   text NOT NULL REFERENCES tenants (id),
	id          text NOT NULL,
	customer_id text NOT NULL,
	type        text NOT NULL CHECK (type IN ('view', 'dwell', 'favourite', 'add_to_cart')),
	sku         text NOT NULL,
	dwell_ms    bigint NOT NULL,
	at          timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id)
);
-- A customer's events, newest first.
CREATE INDEX behaviour_events_customer ON behaviour_events (tenant_id, customer_id, at);
