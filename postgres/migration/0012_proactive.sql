-- Proactive messages (docs/proactive.md): the shop's weather forecasts,
-- the customers who declined proactive messages, and one risk notice per
-- order.
CREATE TABLE forecasts (
	tenant_id  text NOT NULL REFERENCES tenants (id),
	area       text NOT NULL,
	day        text NOT NULL,
	severity   integer NOT NULL CHECK (severity BETWEEN 0 AND 3),
	temp_c     double precision,
	summary    text NOT NULL,
	updated_at timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, day, area)
);

CREATE TABLE proactive_opt_outs (
	tenant_id   text NOT NULL,
	customer_id text NOT NULL,
	at          timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE risk_notices (
	tenant_id       text NOT NULL,
	order_id        text NOT NULL,
	order_number    text NOT NULL,
	customer_id     text NOT NULL,
	slot            timestamptz NOT NULL,
	score           double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
	kind            text NOT NULL,
	reasons         jsonb NOT NULL,
	weather         text NOT NULL,
	status          text NOT NULL,
	conversation_id text NOT NULL,
	error           text NOT NULL,
	assessed_at     timestamptz NOT NULL,
	sent_at         timestamptz,
	PRIMARY KEY (tenant_id, order_id),
	FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX risk_notices_slot ON risk_notices (tenant_id, slot);

CREATE INDEX shipments_eta ON shipments (tenant_id, eta, id);
