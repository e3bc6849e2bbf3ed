-- Initial schema. Optional strings are stored as '' (never NULL) and
-- partial unique indexes ignore the empty ones. seq columns record
-- insertion order, the tie-break of "newest first" listings.

CREATE TABLE tenants (
	id         text PRIMARY KEY,
	name       text NOT NULL,
	settings   jsonb NOT NULL,
	created_at timestamptz NOT NULL
);

CREATE TABLE api_keys (
	id         text PRIMARY KEY,
	tenant_id  text NOT NULL REFERENCES tenants (id),
	name       text NOT NULL,
	hash       text NOT NULL UNIQUE,
	created_at timestamptz NOT NULL
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE customers (
	id          text PRIMARY KEY,
	tenant_id   text NOT NULL REFERENCES tenants (id),
	external_id text NOT NULL,
	name        text NOT NULL,
	email       text NOT NULL,
	phone       text NOT NULL,
	language    text NOT NULL,
	country     text NOT NULL,
	vip         boolean NOT NULL,
	created_at  timestamptz NOT NULL
);
CREATE INDEX customers_tenant ON customers (tenant_id);
CREATE UNIQUE INDEX customers_external_id ON customers (tenant_id, external_id) WHERE external_id <> '';

CREATE TABLE conversations (
	id              text PRIMARY KEY,
	seq             bigint GENERATED ALWAYS AS IDENTITY,
	tenant_id       text NOT NULL REFERENCES tenants (id),
	customer_id     text NOT NULL,
	channel         text NOT NULL,
	status          text NOT NULL CHECK (status IN ('bot', 'queued', 'agent', 'closed')),
	language        text NOT NULL,
	language_locked boolean NOT NULL,
	priority        integer NOT NULL,
	handoff_reason  text NOT NULL,
	agent_id        text NOT NULL,
	slots           jsonb NOT NULL,
	token_hash      text NOT NULL,
	created_at      timestamptz NOT NULL,
	updated_at      timestamptz NOT NULL,
	UNIQUE (tenant_id, id)
);
CREATE INDEX conversations_tenant ON conversations (tenant_id, created_at, seq);
CREATE INDEX conversations_customer ON conversations (tenant_id, customer_id, created_at, seq);
CREATE INDEX conversations_status ON conversations (tenant_id, status, created_at, seq);

CREATE TABLE messages (
	id                bigserial PRIMARY KEY,
	tenant_id         text NOT NULL,
	conversation_id   text NOT NULL,
	author            text NOT NULL CHECK (author IN ('customer', 'bot', 'agent', 'system')),
	author_id         text NOT NULL,
	text              text NOT NULL,
	language          text NOT NULL,
	client_message_id text NOT NULL,
	reply_to          bigint NOT NULL,
	trace             jsonb,
	created_at        timestamptz NOT NULL,
	FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
);
CREATE INDEX messages_conversation ON messages (conversation_id, id);
CREATE UNIQUE INDEX messages_client_id ON messages (conversation_id, client_message_id) WHERE client_message_id <> '';

CREATE TABLE orders (
	id          text PRIMARY KEY,
	seq         bigint GENERATED ALWAYS AS IDENTITY,
	tenant_id   text NOT NULL REFERENCES tenants (id),
	number      text NOT NULL,
	customer_id text NOT NULL,
	status      text NOT NULL,
	currency    text NOT NULL,
	total       bigint NOT NULL,
	ship_to     text NOT NULL,
	placed_at   timestamptz NOT NULL,
	UNIQUE (tenant_id, number),
	UNIQUE (tenant_id, id)
);
CREATE INDEX orders_tenant ON orders (tenant_id, placed_at, seq);
CREATE INDEX orders_customer ON orders (tenant_id, customer_id, placed_at, seq);

CREATE TABLE order_lines (
	order_id   text NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
	line_no    integer NOT NULL,
	sku        text NOT NULL,
	name       text NOT NULL,
	quantity   integer NOT NULL,
	unit_price bigint NOT NULL,
	PRIMARY KEY (order_id, line_no)
);

CREATE TABLE shipments (
	id              text PRIMARY KEY,
	seq             bigint GENERATED ALWAYS AS IDENTITY,
	tenant_id       text NOT NULL,
	order_id        text NOT NULL,
	carrier         text NOT NULL,
	tracking_number text NOT NULL,
	status          text NOT NULL,
	cold_chain      boolean NOT NULL,
	eta             timestamptz,
	created_at      timestamptz NOT NULL,
	FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id)
);
CREATE INDEX shipments_order ON shipments (tenant_id, order_id, created_at, seq);
CREATE INDEX shipments_tracking_number ON shipments (tenant_id, tracking_number);

CREATE TABLE tracking_events (
	id          bigserial PRIMARY KEY,
	shipment_id text NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
	at          timestamptz NOT NULL,
	status      text NOT NULL,
	location    text NOT NULL,
	description text NOT NULL
);
CREATE INDEX tracking_events_shipment ON tracking_events (shipment_id, at, id);

CREATE TABLE products (
	id          text PRIMARY KEY,
	tenant_id   text NOT NULL REFERENCES tenants (id),
	sku         text NOT NULL,
	name        text NOT NULL,
	description text NOT NULL,
	category    text NOT NULL,
	brand       text NOT NULL,
	hs_code     text NOT NULL,
	price       bigint NOT NULL,
	currency    text NOT NULL,
	stock       integer NOT NULL,
	attributes  jsonb NOT NULL,
	updated_at  timestamptz NOT NULL,
	UNIQUE (tenant_id, sku)
);
CREATE INDEX products_category ON products (tenant_id, category, sku);

CREATE TABLE articles (
	id         text PRIMARY KEY,
	tenant_id  text NOT NULL REFERENCES tenants (id),
	key        text NOT NULL,
	language   text NOT NULL,
	title      text NOT NULL,
	body       text NOT NULL,
	tags       jsonb NOT NULL,
	intents    jsonb NOT NULL,
	status     text NOT NULL CHECK (status IN ('draft', 'review', 'published')),
	version    integer NOT NULL,
	updated_at timestamptz NOT NULL,
	UNIQUE (tenant_id, key, language)
);
