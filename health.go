package kefu

import (
	"context"
	"time"
)

// StoreHealth is implemented by stores that can report on themselves, for
// the readiness check (/readyz) and the metrics (/metrics). Both adapters
// implement it. Every method is one or two indexed queries, cheap enough
// to run on each scrape (every 15 s or so) and each readiness probe.
type StoreHealth interface {
	// Ping checks that the store answers a query. A closed store
	// returns EUNAVAILABLE.
	Ping(ctx context.Context) error
	// QueueLengths returns, per tenant with at least one, how many
	// conversations wait in the human queue (status queued).
	QueueLengths(ctx context.Context) (map[string]int, error)
	// EventBacklog reports on every registered consumer of the durable
	// event log what it has not acknowledged yet.
	EventBacklog(ctx context.Context) ([]ConsumerBacklog, error)
}

// BacklogCountCap bounds ConsumerBacklog.Pending: counting a consumer's
// undelivered events walks them, so a consumer that stopped claiming
// (millions behind) costs no more than this per scrape. Its Oldest still
// tells how far behind it is.
const BacklogCountCap = 100_000

// ConsumerBacklog is one event log consumer's backlog.
type ConsumerBacklog struct {
	Consumer string
	// Pending is the number of events not acknowledged yet (claimed or
	// not), at most BacklogCountCap.
	Pending int64
	// Oldest is when the oldest of them was appended; zero when Pending
	// is 0.
	Oldest time.Time
}
