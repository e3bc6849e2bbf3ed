-- Cold chain: devices and their assignments, telemetry readings, product
-- batches and custody events; order lines name their lot. Times are Unix
-- nanoseconds, 0 when unset; measurements not taken are NULL.

ALTER TABLE order_lines ADD COLUMN lot TEXT NOT NULL DEFAULT '';

-- seq is the device's key in readings: a small integer rather than the
-- (tenant, id) pair, so that a bucket's row stays small.
CREATE TABLE devices (
	seq        INTEGER PRIMARY KEY,
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	id         TEXT NOT NULL, -- the shop's own device ID
	kind       TEXT NOT NULL,
	name       TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	UNIQUE (tenant_id, id)
);

-- A shipment is referenced without a foreign key, like custody events
-- below: deleting an order (and its shipments) keeps the history.
CREATE TABLE device_assignments (
	tenant_id    TEXT NOT NULL,
	id           TEXT NOT NULL,
	device_id    TEXT NOT NULL,
	carrier_kind TEXT NOT NULL,
	carrier_id   TEXT NOT NULL,
	shipment_id  TEXT NOT NULL,
	from_at      INTEGER NOT NULL,
	to_at        INTEGER NOT NULL, -- 0: still assigned
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, device_id) REFERENCES devices (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX device_assignments_device ON device_assignments (tenant_id, device_id, from_at);
CREATE INDEX device_assignments_shipment ON device_assignments (tenant_id, shipment_id, from_at);

-- One row per device and hour (bucket: hours since the Unix epoch); data
-- is the hour's readings encoded by internal/tsenc (docs/coldchain.md).
CREATE TABLE readings (
	device INTEGER NOT NULL REFERENCES devices (seq),
	bucket INTEGER NOT NULL,
	data   BLOB NOT NULL,
	PRIMARY KEY (device, bucket)
) WITHOUT ROWID;

CREATE TABLE batches (
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	sku         TEXT NOT NULL,
	lot         TEXT NOT NULL,
	origin      TEXT NOT NULL,
	country     TEXT NOT NULL,
	produced_at INTEGER NOT NULL,
	best_before INTEGER NOT NULL,
	storage_min REAL, -- NULL: no range of its own
	storage_max REAL,
	updated_at  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, sku, lot)
) WITHOUT ROWID;

CREATE TABLE custody_events (
	tenant_id       TEXT NOT NULL REFERENCES tenants (id),
	id              TEXT NOT NULL, -- the shop's (or EPCIS event's) ID
	shipment_id     TEXT NOT NULL,
	step            TEXT NOT NULL,
	at              INTEGER NOT NULL,
	location        TEXT NOT NULL,
	operator        TEXT NOT NULL,
	station         TEXT NOT NULL,
	sku             TEXT NOT NULL,
	lot             TEXT NOT NULL,
	temp_c          REAL, -- NULL: not measured
	ambient_minutes INTEGER NOT NULL,
	checks_passed   INTEGER NOT NULL,
	notes           TEXT NOT NULL,
	UNIQUE (tenant_id, id)
);
CREATE INDEX custody_events_shipment ON custody_events (tenant_id, shipment_id, at);
