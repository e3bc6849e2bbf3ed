package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.EventLog = (*DB)(nil)

const (
	qAppendEvent = `INSERT INTO events (type, tenant_id, conversation_id, body, appended_at) VALUES (?, ?, ?, ?, ?)`
	// qFanOut gives a new event a delivery row per registered consumer.
	qFanOut          = `INSERT INTO event_deliveries (consumer, seq) SELECT name, ? FROM event_consumers`
	qRegisterConsume = `INSERT INTO event_consumers (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING`
	// qBacklog gives a newly registered consumer the events in the log.
	qBacklog   = `INSERT INTO event_deliveries (consumer, seq) SELECT ?, seq FROM events`
	qAnyReady  = `SELECT 1 FROM event_deliveries WHERE consumer = ? AND lease_until <= ? LIMIT 1`
	qFindReady = `SELECT d.seq, d.attempts, e.body FROM event_deliveries d JOIN events e ON e.seq = d.seq
		WHERE d.consumer = ? AND d.lease_until <= ? ORDER BY d.seq LIMIT ?`
	qLease     = `UPDATE event_deliveries SET attempts = attempts + 1, lease_until = ? WHERE consumer = ? AND seq = ?`
	qAckEvents = `DELETE FROM event_deliveries WHERE consumer = ? AND seq IN (SELECT value FROM json_each(?))`
	// qPrune deletes what every consumer acknowledged and what is older
	// than the cutoff; the deliveries of the latter go by ON DELETE CASCADE.
	qPrune = `DELETE FROM events WHERE appended_at < ?
		OR NOT EXISTS (SELECT 1 FROM event_deliveries d WHERE d.seq = events.seq)`
)

// AppendEvents appends events to the log, in order; see kefu.EventLog. On
// the DB given to InTx they commit with the transaction.
func (db *DB) AppendEvents(ctx context.Context, events ...kefu.Event) error {
	const op = "sqlite.AppendEvents"
	if len(events) == 0 {
		return nil
	}
	bodies := make([]string, len(events))
	for i, e := range events {
		b, err := json.Marshal(e)
		if err != nil {
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "event cannot be encoded", Err: err}
		}
		bodies[i] = string(b)
	}
	now := nanos(db.now())
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		for i, e := range events {
			res, err := tx.exec(ctx, qAppendEvent, e.Type, e.TenantID, e.ConversationID, bodies[i], now)
			if err != nil {
				return err
			}
			seq, err := res.LastInsertId()
			if err != nil {
				return err
			}
			if _, err := tx.exec(ctx, qFanOut, seq); err != nil {
				return err
			}
		}
		return nil
	})
	return fail(op, err, "event", "")
}

// ClaimEvents leases up to max of consumer's ready events, oldest first;
// see kefu.EventLog. The claim runs in a write transaction, and SQLite
// runs those one at a time (across processes too), so two claimers never
// get the same event while its lease runs.
func (db *DB) ClaimEvents(ctx context.Context, consumer string, max int, lease time.Duration) ([]kefu.LoggedEvent, error) {
	const op = "sqlite.ClaimEvents"
	if err := checkClaim(consumer, max, lease); err != nil {
		return nil, kefu.E(op, err)
	}
	now := db.now()
	// Polling an idle log should not cost a write transaction: once the
	// consumer is registered, look on a reader first.
	if _, ok := db.c.consumers.Load(consumer); ok && !db.inTx {
		var one int
		err := db.row(ctx, qAnyReady, []any{consumer, nanos(now)}, &one)
		if err == sql.ErrNoRows {
			return nil, nil
		}
		if err != nil {
			return nil, fail(op, err, "event", "")
		}
	}
	var out []kefu.LoggedEvent
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		out = out[:0]
		res, err := tx.exec(ctx, qRegisterConsume, consumer, nanos(now))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 1 {
			if _, err := tx.exec(ctx, qBacklog, consumer); err != nil {
				return err
			}
		}
		err = tx.rows(ctx, qFindReady, []any{consumer, nanos(now), max}, func(rs *sql.Rows) error {
			var (
				le   kefu.LoggedEvent
				body string
			)
			if err := rs.Scan(&le.Seq, &le.Attempt, &body); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(body), &le.Event); err != nil {
				return err
			}
			le.Attempt++
			out = append(out, le)
			return nil
		})
		if err != nil {
			return err
		}
		until := nanos(now.Add(lease))
		for _, le := range out {
			if _, err := tx.exec(ctx, qLease, until, consumer, le.Seq); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "event", "")
	}
	db.c.consumers.Store(consumer, true)
	return out, nil
}

// AckEvents marks events as handled by consumer; see kefu.EventLog.
func (db *DB) AckEvents(ctx context.Context, consumer string, seqs ...int64) error {
	const op = "sqlite.AckEvents"
	if err := kefu.ValidateConsumer(consumer); err != nil {
		return kefu.E(op, err)
	}
	if len(seqs) == 0 {
		return nil
	}
	list, err := json.Marshal(seqs)
	if err != nil {
		return kefu.E(op, err)
	}
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qAckEvents, consumer, string(list))
		return err
	})
	return fail(op, err, "event", "")
}

// PruneEvents deletes the events every consumer acknowledged and those
// appended before olderThan; see kefu.EventLog.
func (db *DB) PruneEvents(ctx context.Context, olderThan time.Time) (int64, error) {
	const op = "sqlite.PruneEvents"
	var n int64
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qPrune, optNanos(olderThan))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fail(op, err, "event", "")
	}
	return n, nil
}

// checkClaim validates the arguments of ClaimEvents.
func checkClaim(consumer string, max int, lease time.Duration) error {
	if err := kefu.ValidateConsumer(consumer); err != nil {
		return err
	}
	if max <= 0 || lease <= 0 {
		return kefu.Errorf(kefu.EINVALID, "max and lease must be positive")
	}
	return nil
}
