package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.StoreHealth = (*DB)(nil)

// Ping runs an empty statement on a pooled connection; see
// kefu.StoreHealth.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.c.pool.Ping(ctx); err != nil {
		return unavailable("postgres.Ping", err)
	}
	return nil
}

// QueueLengths counts queued conversations per tenant; see
// kefu.StoreHealth. It walks the status index once per tenant.
func (db *DB) QueueLengths(ctx context.Context) (map[string]int, error) {
	const op = "postgres.QueueLengths"
	out := map[string]int{}
	err := db.query(ctx, op, `SELECT t.id, (SELECT count(*) FROM conversations c WHERE c.tenant_id = t.id AND c.status = 'queued')
		FROM tenants t`, nil, func(rs pgx.Rows) error {
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
	const op = "postgres.EventBacklog"
	var out []kefu.ConsumerBacklog
	err := db.query(ctx, op, `SELECT name,
		(SELECT count(*) FROM (SELECT 1 FROM event_deliveries d WHERE d.consumer = c.name LIMIT $1) x),
		(SELECT e.appended_at FROM event_deliveries d JOIN events e ON e.seq = d.seq
			WHERE d.consumer = c.name ORDER BY d.seq LIMIT 1)
		FROM event_consumers c ORDER BY name`, []any{kefu.BacklogCountCap}, func(rs pgx.Rows) error {
		var b kefu.ConsumerBacklog
		var oldest *time.Time
		if err := rs.Scan(&b.Consumer, &b.Pending, &oldest); err != nil {
			return err
		}
		if oldest != nil {
			b.Oldest = oldest.UTC()
		}
		out = append(out, b)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// Stats returns the connection pool's statistics, for metrics.
func (db *DB) Stats() *pgxpool.Stat { return db.c.pool.Stat() }
