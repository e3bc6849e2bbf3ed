package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.StoreHealth = (*DB)(nil)

// Ping runs a query on a reader connection; see kefu.StoreHealth.
func (db *DB) Ping(ctx context.Context) error {
	const op = "sqlite.Ping"
	c := db.c
	c.closeMu.RLock()
	closed := c.closed
	c.closeMu.RUnlock()
	if closed {
		return kefu.E(op, errClosed)
	}
	var one int
	if err := c.read.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "database unavailable", Err: err}
	}
	return nil
}

// QueueLengths counts queued conversations per tenant; see
// kefu.StoreHealth. It walks the status index once per tenant.
func (db *DB) QueueLengths(ctx context.Context) (map[string]int, error) {
	const op = "sqlite.QueueLengths"
	out := map[string]int{}
	err := db.rows(ctx, `SELECT t.id, (SELECT count(*) FROM conversations c WHERE c.tenant_id = t.id AND c.status = 'queued')
		FROM tenants t`, nil, func(rs *sql.Rows) error {
		var id string
		var n int
		if err := rs.Scan(&id, &n); err != nil {
			return err
		}
		if n > 0 {
			out[id] = n
		}
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// EventBacklog reports each consumer's unacknowledged events; see
// kefu.StoreHealth.
func (db *DB) EventBacklog(ctx context.Context) ([]kefu.ConsumerBacklog, error) {
	const op = "sqlite.EventBacklog"
	var out []kefu.ConsumerBacklog
	err := db.rows(ctx, `SELECT name,
		(SELECT count(*) FROM (SELECT 1 FROM event_deliveries d WHERE d.consumer = c.name LIMIT ?)),
		COALESCE((SELECT e.appended_at FROM event_deliveries d JOIN events e ON e.seq = d.seq
			WHERE d.consumer = c.name ORDER BY d.seq LIMIT 1), 0)
		FROM event_consumers c ORDER BY name`, []any{kefu.BacklogCountCap}, func(rs *sql.Rows) error {
		var b kefu.ConsumerBacklog
		var oldest int64
		if err := rs.Scan(&b.Consumer, &b.Pending, &oldest); err != nil {
			return err
		}
		if oldest != 0 {
			b.Oldest = time.Unix(0, oldest).UTC()
		}
		out = append(out, b)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// Stats is a snapshot of the connections' use, for metrics.
type Stats struct {
	// Readers are the read-only connections' pool statistics.
	Readers sql.DBStats
	// QueuedWrites is how many writes wait for the group committer now
	// (at most 1024; a full queue makes writers wait).
	QueuedWrites int
}

// Stats returns the connections' statistics.
func (db *DB) Stats() Stats {
	return Stats{Readers: db.c.read.Stats(), QueuedWrites: len(db.c.ops)}
}
