-- Proactive messages (docs/proactive.md): the shop's weather forecasts,
-- the customers who declined proactive messages, and one risk notice per
-- order. Times are Unix nanoseconds.
CREATE TABLE forecasts (
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	area       TEXT NOT NULL,
	day        TEXT NOT NULL,
	severity   INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
	temp_c     REAL,
	summary    TEXT NOT NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, day, area)
);

CREATE TABLE proactive_opt_outs (
	tenant_id   TEXT NOT NULL,
	customer_id TEXT NOT NULL,
	at          INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE risk_notices (
	tenant_id       TEXT NOT NULL,
	order_id        TEXT NOT NULL,
	order_number    TEXT NOT NULL,
	customer_id     TEXT NOT NULL,
	slot            INTEGER NOT NULL,
	score           REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
	kind            TEXT NOT NULL,
	reasons         TEXT NOT NULL,
	weather         TEXT NOT NULL,
	status          TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	error           TEXT NOT NULL,
	assessed_at     INTEGER NOT NULL,
	sent_at         INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, order_id),
	FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX risk_notices_slot ON risk_notices (tenant_id, slot);

CREATE INDEX shipments_eta ON shipments (tenant_id, eta, id);
