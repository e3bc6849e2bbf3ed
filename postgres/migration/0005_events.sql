-- The durable event log (kefu.EventLog, docs/events.md): events are kept
-- until every consumer has acknowledged them.

-- A bigserial seq is never reused, even after the newest events are
-- pruned, so a late ack can never hit a newer event.
CREATE TABLE events (
	seq             bigserial PRIMARY KEY,
	type            text NOT NULL,
	tenant_id       text NOT NULL,
	conversation_id text NOT NULL,
	body            jsonb NOT NULL, -- the kefu.Event
	appended_at     timestamptz NOT NULL
);
CREATE INDEX events_appended ON events (appended_at);

-- Consumers are registered by their first claim; from then on every
-- appended event gets a delivery row for each.
CREATE TABLE event_consumers (
	name       text PRIMARY KEY,
	created_at timestamptz NOT NULL
);

-- One row per event a consumer has not acknowledged yet. A claim locks
-- ready rows with FOR UPDATE SKIP LOCKED and sets lease_until to the end
-- of its lease; '-infinity' means never claimed.
CREATE TABLE event_deliveries (
	consumer    text NOT NULL REFERENCES event_consumers (name) ON DELETE CASCADE,
	seq         bigint NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
	attempts    integer NOT NULL DEFAULT 0,
	lease_until timestamptz NOT NULL DEFAULT '-infinity',
	PRIMARY KEY (consumer, seq)
);
CREATE INDEX event_deliveries_seq ON event_deliveries (seq);
