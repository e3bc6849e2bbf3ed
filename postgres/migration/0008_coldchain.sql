-- Cold chain: devices and their assignments, telemetry readings, product
-- batches and custody events; order lines name their lot. Times are
-- timestamptz, NULL when unset; measurements not taken are NULL. IDs
-- sort in byte order (COLLATE "C"), as in SQLite, for paging cursors.

ALTER TABLE order_lines ADD COLUMN lot text NOT NULL DEFAULT '';

-- seq is the device's key in readings: a small integer rather than the
-- (tenant, id) pair, so that a bucket's row stays small.
CREATE TABLE devices (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	tenant_id  text NOT NULL REFERENCES tenants (id),
	id         text COLLATE "C" NOT NULL, -- the shop's own device ID
	kind       text NOT NULL,
	name       text NOT NULL,
	created_at timestamptz NOT NULL,
	UNIQUE (tenant_id, id)
);

-- A shipment is referenced without a foreign key, like custody events
-- below: deleting an order (and its shipments) keeps the history.
CREATE TABLE device_assignments (
	tenant_id    text NOT NULL,
	id           text COLLATE "C" NOT NULL,
	device_id    text COLLATE "C" NOT NULL,
	carrier_kind text NOT NULL,
	carrier_id   text NOT NULL,
	shipment_id  text NOT NULL,
	from_at      timestamptz NOT NULL,
	to_at        timestamptz, -- NULL: still assigned
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, device_id) REFERENCES devices (tenant_id, id)
);
CREATE INDEX device_assignments_device ON device_assignments (tenant_id, device_id, from_at);
CREATE INDEX device_assignments_shipment ON device_assignments (tenant_id, shipment_id, from_at);

-- One row per device and hour (bucket: hours since the Unix epoch); data
-- is the hour's readings encoded by internal/tsenc (docs/coldchain.md).
CREATE TABLE readings (
	device bigint NOT NULL REFERENCES devices (seq),
	bucket bigint NOT NULL,
	data   bytea NOT NULL,
	PRIMARY KEY (device, bucket)
);

CREATE TABLE batches (
	tenant_id   text NOT NULL REFERENCES tenants (id),
	sku         text COLLATE "C" NOT NULL,
	lot         text COLLATE "C" NOT NULL,
	origin      text NOT NULL,
	country     text NOT NULL,
	produced_at timestamptz,
	best_before timestamptz,
	storage_min double precision, -- NULL: no range of its own
	storage_max double precision,
	updated_at  timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, sku, lot)
);

CREATE TABLE custody_events (
	seq             bigint GENERATED ALWAYS AS IDENTITY,
	tenant_id       text NOT NULL REFERENCES tenants (id),
	id              text NOT NULL, -- the shop's (or EPCIS event's) ID
	shipment_id     text NOT NULL,
	step            text NOT NULL,
	at              timestamptz NOT NULL,
	location        text NOT NULL,
	operator        text NOT NULL,
	station         text NOT NULL,
	sku             text NOT NULL,
	lot             text NOT NULL,
	temp_c          double precision, -- NULL: not measured
	ambient_minutes integer NOT NULL,
	checks_passed   boolean NOT NULL,
	notes           text NOT NULL,
	PRIMARY KEY (tenant_id, id)
);
CREATE INDEX custody_events_shipment ON custody_events (tenant_id, shipment_id, at, seq);
