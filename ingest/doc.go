// Package ingest takes cold-chain telemetry in: readings that devices
// publish over MQTT or NATS JetStream, or that a shop posts over HTTP, are
// decoded, checked, batched per shop and stored through a ReadingSink (the
// store's TelemetryService.AddReadings).
//
// The guarantee is at least once: a broker message is acknowledged only
// after every reading in it was committed or quarantined, so a message
// whose readings were not stored is delivered again (after a restart, a
// reconnect or the consumer's ack wait). The store drops a reading of a
// device at a time it already holds, so redeliveries and duplicate floods
// store each reading once; readings may arrive in any order.
//
// A bad reading never holds up the good ones: it is quarantined with a
// reason (Reason), counted, and kept in a small ring for inspection; the
// rest of its message goes on. Readings of devices the shop has not
// registered are quarantined as unknown_device: a batch the store refuses
// for an unknown device is split by device until the others are stored.
//
// Memory is bounded: Submit blocks while the pipeline's queue is full, so
// the broker handlers stop taking messages and the brokers hold them (an
// MQTT broker stops sending once its in-flight window of unacknowledged
// QoS 1 messages is full; a JetStream consumer once MaxAckPending is).
//
// Broker adapters: MQTT (paho, persistent session, manual acks),
// JetStream (a durable pull consumer) and Broker, an embedded nats-server
// that speaks both NATS and MQTT for a kefu without external brokers.
// docs/ingest.md describes payloads, topics, guarantees and limits.
package ingest
