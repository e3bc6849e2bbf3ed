package postgres

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.EventLog = (*DB)(nil)

const (
	// qAppendEvent inserts an event and gives it a delivery row per
	// registered consumer, in one statement.
	qAppendEvent = `WITH e AS (
			INSERT INTO events (type, tenant_id, conversation_id, body, appended_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING seq)
		INSERT INTO event_deliveries (consumer, seq) SELECT c.name, e.seq FROM event_consumers c, e`
	qRegisterConsumer = `INSERT INTO event_consumers (name, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`
	// qBacklog gives a newly registered consumer the events in the log.
	qBacklog = `INSERT INTO event_deliveries (consumer, seq) SELECT $1, seq FROM events ON CONFLICT DO NOTHING`
	// qClaim leases the oldest ready deliveries. SKIP LOCKED: rows another
	// claimer is leasing right now are passed over, not waited for, and
	// once it commits their lease is in the future.
	qClaim = `WITH ready AS (
			SELECT seq FROM event_deliveries
			WHERE consumer = $1 AND lease_until <= $2
			ORDER BY seq LIMIT $3
			FOR UPDATE SKIP LOCKED)
		UPDATE event_deliveries d SET attempts = d.attempts + 1, lease_until = $4
		FROM ready, events e
		WHERE d.consumer = $1 AND d.seq = ready.seq AND e.seq = d.seq
		RETURNING d.seq, d.attempts, e.body`
	qAckEvents = `DELETE FROM event_deliveries WHERE consumer = $1 AND seq = ANY($2)`
	// qPrune deletes what every consumer acknowledged and what is older
	// than the cutoff (NULL: none); deliveries go by ON DELETE CASCADE.
	qPrune = `DELETE FROM events e WHERE e.appended_at < $1
		OR NOT EXISTS (SELECT 1 FROM event_deliveries d WHERE d.seq = e.seq)`
)

// AppendEvents appends events to the log, in order; see kefu.EventLog. On
// the DB given to InTx they commit with the transaction.
//
// Seqs come from a sequence, so two transactions appending at once may
// commit in the other order than their seqs: consumers then see the
// higher seq first. Nothing is lost, because each event carries its own
// delivery rows rather than a position in a cursor.
func (db *DB) AppendEvents(ctx context.Context, events ...kefu.Event) error {
	const op = "postgres.AppendEvents"
	if len(events) == 0 {
		return nil
	}
	// As in the SQLite store: while no consumer has ever registered,
	// nothing is kept.
	if ok, err := db.anyConsumer(ctx, op); err != nil {
		return err
	} else if !ok {
		return nil
	}
	bodies := make([][]byte, len(events))
	for i, e := range events {
		b, err := json.Marshal(e)
		if err != nil {
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "event cannot be encoded", Err: err}
		}
		bodies[i] = b
	}
	now := db.now()
	write := db.write
	if len(events) > 1 {
		write = db.multi
	}
	err := write(ctx, op, func(q querier) error {
		for i, e := range events {
			if _, err := q.Exec(ctx, qAppendEvent, e.Type, e.TenantID, e.ConversationID, bodies[i], now); err != nil {
				return err
			}
		}
		return nil
	})
	return fail(op, err, "event", "")
}

// consumerRecheck is how long AppendEvents trusts that no consumer is
// registered before it looks again: a consumer registered on another node
// gets the events appended here from at most this long after.
const consumerRecheck = time.Second

// anyConsumer reports whether the database has a registered consumer,
// looking at most once per consumerRecheck while it has none.
func (db *DB) anyConsumer(ctx context.Context, op string) (bool, error) {
	ok, err := db.c.anyConsumer.Get(consumerRecheck, func() (bool, error) {
		var found bool
		err := db.run(ctx, op, func(q querier) error {
			return q.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM event_consumers)`).Scan(&found)
		})
		return found, err
	})
	return ok, fail(op, err, "event", "")
}

// ClaimEvents leases up to max of consumer's ready events, oldest first;
// see kefu.EventLog. Claimers on any number of nodes lock disjoint rows
// (FOR UPDATE SKIP LOCKED), so an event is leased to one at a time.
func (db *DB) ClaimEvents(ctx context.Context, consumer string, max int, lease time.Duration) ([]kefu.LoggedEvent, error) {
	const op = "postgres.ClaimEvents"
	if err := kefu.ValidateConsumer(consumer); err != nil {
		return nil, kefu.E(op, err)
	}
	if max <= 0 || lease <= 0 {
		return nil, kefu.E(op, kefu.Errorf(kefu.EINVALID, "max and lease must be positive"))
	}
	now := db.now()
	claim := func(q querier) ([]kefu.LoggedEvent, error) {
		rows, err := q.Query(ctx, qClaim, consumer, now, max, now.Add(lease))
		if err != nil {
			return nil, err
		}
		return collect(rows, func(row pgx.Row) (kefu.LoggedEvent, error) {
			var (
				le   kefu.LoggedEvent
				body []byte
			)
			if err := row.Scan(&le.Seq, &le.Attempt, &body); err != nil {
				return le, err
			}
			return le, json.Unmarshal(body, &le.Event)
		})
	}
	var out []kefu.LoggedEvent
	var err error
	if _, ok := db.c.consumers.Load(consumer); ok {
		// Registered: the claim is one statement.
		err = db.write(ctx, op, func(q querier) error {
			out, err = claim(q)
			return err
		})
	} else {
		err = db.multi(ctx, op, func(q querier) error {
			tag, err := q.Exec(ctx, qRegisterConsumer, consumer, now)
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 1 {
				if _, err := q.Exec(ctx, qBacklog, consumer); err != nil {
					return err
				}
			}
			out, err = claim(q)
			return err
		})
	}
	if err != nil {
		return nil, fail(op, err, "event", "")
	}
	db.c.consumers.Store(consumer, true)
	db.c.anyConsumer.Set()
	slices.SortFunc(out, func(a, b kefu.LoggedEvent) int { return compareInt64(a.Seq, b.Seq) })
	return out, nil
}

func compareInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// AckEvents marks events as handled by consumer; see kefu.EventLog.
func (db *DB) AckEvents(ctx context.Context, consumer string, seqs ...int64) error {
	const op = "postgres.AckEvents"
	if err := kefu.ValidateConsumer(consumer); err != nil {
		return kefu.E(op, err)
	}
	if len(seqs) == 0 {
		return nil
	}
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qAckEvents, consumer, seqs)
		return err
	})
	return fail(op, err, "event", "")
}

// PruneEvents deletes the events every consumer acknowledged and those
// appended before olderThan; see kefu.EventLog.
func (db *DB) PruneEvents(ctx context.Context, olderThan time.Time) (int64, error) {
	const op = "postgres.PruneEvents"
	var n int64
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qPrune, optTime(olderThan))
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fail(op, err, "event", "")
	}
	return n, nil
}
