-- Initial schema. Times are INTEGER nanoseconds since the Unix epoch (UTC);
-- JSON documents are TEXT. Optional strings are stored as '' (never NULL)
-- and partial unique indexes ignore the empty ones.

CREATE TABLE tenants (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL,
	settings   TEXT NOT NULL,
	created_at INTEGER NOT NULL
);

CREATE TABLE api_keys (
	id         TEXT PRIMARY KEY,
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	name       TEXT NOT NULL,
	hash       TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE customers (
	id          TEXT PRIMARY KEY,
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	external_id TEXT NOT NULL,
	name        TEXT NOT NULL,
	email       TEXT NOT NULL,
	phone       TEXT NOT NULL,
	language    TEXT NOT NULL,
	country     TEXT NOT NULL,
	vip         INTEGER NOT NULL,
	created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX customers_external_id ON customers (tenant_id, external_id) WHERE external_id <> '';

CREATE TABLE conversations (
	id              TEXT PRIMARY KEY,
	tenant_id       TEXT NOT NULL REFERENCES tenants (id),
	customer_id     TEXT NOT NULL,
	channel         TEXT NOT NULL,
	status          TEXT NOT NULL CHECK (status IN ('bot', 'queued', 'agent', 'closed')),
	language        TEXT NOT NULL,
	language_locked INTEGER NOT NULL,
	priority        INTEGER NOT NULL,
	handoff_reason  TEXT NOT NULL,
	agent_id        TEXT NOT NULL,
	slots           TEXT NOT NULL,
	token_hash      TEXT NOT NULL,
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	UNIQUE (tenant_id, id)
);
CREATE INDEX conversations_tenant ON conversations (tenant_id, created_at);
CREATE INDEX conversations_customer ON conversations (tenant_id, customer_id, created_at);
CREATE INDEX conversations_status ON conversations (tenant_id, status, created_at);

-- Message IDs are rowids: without AUTOINCREMENT a new row gets the
-- largest ID + 1, so IDs increase with insertion order (they order a
-- conversation and serve as paging cursors) as long as the newest message
-- is never deleted; messages are never deleted. AUTOINCREMENT would cost
-- every insert a write to sqlite_sequence.
CREATE TABLE messages (
	id                INTEGER PRIMARY KEY,
	tenant_id         TEXT NOT NULL,
	conversation_id   TEXT NOT NULL,
	author            TEXT NOT NULL CHECK (author IN ('customer', 'bot', 'agent', 'system')),
	author_id         TEXT NOT NULL,
	text              TEXT NOT NULL,
	language          TEXT NOT NULL,
	client_message_id TEXT NOT NULL,
	reply_to          INTEGER NOT NULL,
	trace             TEXT NOT NULL,
	created_at        INTEGER NOT NULL,
	FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
);
CREATE INDEX messages_conversation ON messages (conversation_id, id);
CREATE UNIQUE INDEX messages_client_id ON messages (conversation_id, client_message_id) WHERE client_message_id <> '';

CREATE TABLE orders (
	id          TEXT PRIMARY KEY,
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	number      TEXT NOT NULL,
	customer_id TEXT NOT NULL,
	status      TEXT NOT NULL,
	currency    TEXT NOT NULL,
	total       INTEGER NOT NULL,
	ship_to     TEXT NOT NULL,
	placed_at   INTEGER NOT NULL,
	UNIQUE (tenant_id, number),
	UNIQUE (tenant_id, id)
);
CREATE INDEX orders_tenant ON orders (tenant_id, placed_at);
CREATE INDEX orders_customer ON orders (tenant_id, customer_id, placed_at);

CREATE TABLE order_lines (
	order_id   TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
	line_no    INTEGER NOT NULL,
	sku        TEXT NOT NULL,
	name       TEXT NOT NULL,
	quantity   INTEGER NOT NULL,
	unit_price INTEGER NOT NULL,
	PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

CREATE TABLE shipments (
	id              TEXT PRIMARY KEY,
	tenant_id       TEXT NOT NULL,
	order_id        TEXT NOT NULL,
	carrier         TEXT NOT NULL,
	tracking_number TEXT NOT NULL,
	status          TEXT NOT NULL,
	cold_chain      INTEGER NOT NULL,
	eta             INTEGER,
	created_at      INTEGER NOT NULL,
	FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id)
);
CREATE INDEX shipments_order ON shipments (tenant_id, order_id, created_at);
CREATE INDEX shipments_tracking_number ON shipments (tenant_id, tracking_number);

CREATE TABLE tracking_events (
	id          INTEGER PRIMARY KEY,
	shipment_id TEXT NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
	at          INTEGER NOT NULL,
	status      TEXT NOT NULL,
	location    TEXT NOT NULL,
	description TEXT NOT NULL
);
CREATE INDEX tracking_events_shipment ON tracking_events (shipment_id, at, id);

CREATE TABLE products (
	id          TEXT PRIMARY KEY,
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	sku         TEXT NOT NULL,
	name        TEXT NOT NULL,
	description TEXT NOT NULL,
	category    TEXT NOT NULL,
	brand       TEXT NOT NULL,
	hs_code     TEXT NOT NULL,
	price       INTEGER NOT NULL,
	currency    TEXT NOT NULL,
	stock       INTEGER NOT NULL,
	attributes  TEXT NOT NULL,
	updated_at  INTEGER NOT NULL,
	UNIQUE (tenant_id, sku)
);
CREATE INDEX products_category ON products (tenant_id, category, sku);

CREATE TABLE articles (
	id         TEXT PRIMARY KEY,
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	key        TEXT NOT NULL,
	language   TEXT NOT NULL,
	title      TEXT NOT NULL,
	body       TEXT NOT NULL,
	tags       TEXT NOT NULL,
	intents    TEXT NOT NULL,
	status     TEXT NOT NULL CHECK (status IN ('draft', 'review', 'published')),
	version    INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	UNIQUE (tenant_id, key, language)
);
