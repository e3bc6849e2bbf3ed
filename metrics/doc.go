// Package metrics exposes what a kefu node does and how healthy it is in
// the Prometheus text format: turns by action and outcome, turn latency by
// stage, hand-offs by reason, HTTP requests by route pattern and status
// class, warnings and errors logged, and, read at each scrape, the human
// queue per shop, the store's connections, the event log's backlog per
// consumer, the live bus's subscribers and the telemetry ingest counters.
//
// Each Metrics has a registry of its own (never Prometheus's global
// default), so that tests can run many nodes in one process. Label values
// are bounded: routes are ServeMux patterns, never paths; shops appear
// only in the queue gauge, at most MaxQueueShops of them; every other
// label takes at most MaxLabelValues values, the rest counting as
// "other". docs/deploy.md lists the metrics.
//
// The package depends on the root package and client_golang only; the
// command wires it to the store, bus and ingest pipeline through the
// small function types here.
package metrics
