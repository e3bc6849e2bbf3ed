-- The durable event log (kefu.EventLog, docs/events.md): events are kept
-- until every consumer has acknowledged them. Times are Unix nanoseconds.

-- AUTOINCREMENT: a seq is never reused, even after the newest events are
-- pruned, so a late ack can never hit a newer event.
CREATE TABLE events (
	seq             INTEGER PRIMARY KEY AUTOINCREMENT,
	type            TEXT NOT NULL,
	tenant_id       TEXT NOT NULL,
	conversation_id TEXT NOT NULL,
	body            TEXT NOT NULL, -- the kefu.Event as JSON, without the message when message_id is set
	-- message_id refers to the stored message of a message event: messages
	-- are never changed, so the event log keeps the reference, not a
	-- second copy of the message and its trace.
	message_id      INTEGER,
	appended_at     INTEGER NOT NULL
);

-- Consumers are registered by their first claim; from then on every
-- appended event gets a delivery row for each.
CREATE TABLE event_consumers (
	name       TEXT PRIMARY KEY,
	created_at INTEGER NOT NULL
);

-- One row per event a consumer has not acknowledged yet. lease_until is
-- 0 for an event never claimed; a claim sets it to the end of the lease.
CREATE TABLE event_deliveries (
	consumer    TEXT NOT NULL REFERENCES event_consumers (name) ON DELETE CASCADE,
	seq         INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
	attempts    INTEGER NOT NULL DEFAULT 0,
	lease_until INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (consumer, seq)
) WITHOUT ROWID;

-- Every appended event gets a delivery row for each registered consumer,
-- within the statement that appends it.
CREATE TRIGGER events_fan_out AFTER INSERT ON events BEGIN
	INSERT INTO event_deliveries (consumer, seq) SELECT name, NEW.seq FROM event_consumers;
END;
