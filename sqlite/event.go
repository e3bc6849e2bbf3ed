package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.EventLog = (*DB)(nil)

const (
	// qAppendEvents inserts events; the events_fan_out trigger gives each
	// a delivery row per registered consumer.
	qAppendEvents    = `INSERT INTO events (type, tenant_id, conversation_id, body, message_id, appended_at) VALUES `
	qEventValues     = `(?, ?, ?, ?, ?, ?)`
	qRegisterConsume = `INSERT INTO event_consumers (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING`
	// qBacklog gives a newly registered consumer the events in the log.
	qBacklog   = `INSERT INTO event_deliveries (consumer, seq) SELECT ?, seq FROM events`
	qAnyReady  = `SELECT 1 FROM event_deliveries WHERE consumer = ? AND lease_until <= ? LIMIT 1`
	qFindReady = `SELECT seq, attempts FROM event_deliveries
		WHERE consumer = ? AND lease_until <= ? ORDER BY seq LIMIT ?`
	qLease = `UPDATE event_deliveries SET attempts = attempts + 1, lease_until = ?
		WHERE consumer = ? AND seq IN (SELECT value FROM json_each(?))`

	qAckEvents = `DELETE FROM event_deliveries WHERE consumer = ? AND seq IN (SELECT value FROM json_each(?))`
	// qPrune deletes what every consumer acknowledged and what is older
	// than the cutoff; the deliveries of the latter go by ON DELETE CASCADE.
	qPrune = `DELETE FROM events WHERE appended_at < ?
		OR NOT EXISTS (SELECT 1 FROM event_deliveries d WHERE d.seq = events.seq)`
)

// consumerRecheck is how long AppendEvents trusts that no consumer is
// registered before it looks again: a consumer registered by another
// process gets the events appended here from at most this long after.
const consumerRecheck = time.Second

// AppendEvents appends events to the log, in order; see kefu.EventLog. On
// the DB given to InTx they commit with the transaction.
//
// While no consumer has ever registered, nothing is kept (there is nobody
// to deliver to, and a consumer registering later would otherwise get
// every event of the past days as its backlog). A message event appended
// inside a transaction must be of a stored message (kefu appends the
// events of the messages the transaction wrote): the log keeps a
// reference to it, not a second copy of the message and its trace, and
// claims read it back (messages never change).
func (db *DB) AppendEvents(ctx context.Context, events ...kefu.Event) error {
	const op = "sqlite.AppendEvents"
	if len(events) == 0 {
		return nil
	}
	if ok, err := db.anyConsumer(ctx); err != nil {
		return fail(op, err, "event", "")
	} else if !ok {
		return nil
	}
	bodies := make([]string, len(events))
	msgIDs := make([]any, len(events))
	for i, e := range events {
		if db.inTx && e.Message != nil && e.Message.ID != 0 {
			msgIDs[i] = e.Message.ID
			e.Message = nil
		}
		b, err := json.Marshal(e)
		if err != nil {
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "event cannot be encoded", Err: err}
		}
		bodies[i] = string(b)
	}
	// One statement (the fan-out is a trigger): it needs no savepoint and
	// costs a turn's transaction one statement, not two per event.
	now := nanos(db.now())
	q := qAppendEvents + qEventValues + strings.Repeat(", "+qEventValues, len(events)-1)
	args := make([]any, 0, 5*len(events))
	for i, e := range events {
		args = append(args, e.Type, e.TenantID, e.ConversationID, bodies[i], msgIDs[i], now)
	}
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, q, args...)
		return err
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
			var le kefu.LoggedEvent
			if err := rs.Scan(&le.Seq, &le.Attempt); err != nil {
				return err
			}
			le.Attempt++
			out = append(out, le)
			return nil
		})
		if err != nil || len(out) == 0 {
			return err
		}
		_, err = tx.exec(ctx, qLease, nanos(now.Add(lease)), consumer, seqList(out))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "event", "")
	}
	db.c.consumers.Store(consumer, true)
	db.c.anyConsumer.Set()
	if len(out) == 0 {
		return out, nil
	}
	// The bodies are read and decoded after the claim's transaction, on
	// a reader: the writer, which every turn waits for, only leases. A
	// leased event is not pruned (it has a delivery row) unless it is
	// past the log's retention, and then it is left out.
	type stored struct {
		body string
		msg  *kefu.Message
	}
	bodies := make(map[int64]stored, len(out))
	err = db.rows(ctx, qEventBodies, []any{seqList(out)}, func(rs *sql.Rows) error {
		var seq int64
		var body string
		var id sql.NullInt64
		msg, err := scanMessage(func(dest ...any) error {
			return rs.Scan(append([]any{&seq, &body, &id}, dest...)...)
		})
		if err != nil {
			return err
		}
		st := stored{body: body}
		if id.Valid && msg.ID == id.Int64 {
			st.msg = msg
		}
		bodies[seq] = st
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "event", "")
	}
	events := out[:0]
	for _, le := range out {
		st, ok := bodies[le.Seq]
		if !ok {
			continue
		}
		if err := json.Unmarshal([]byte(st.body), &le.Event); err != nil {
			return nil, fail(op, err, "event", "")
		}
		if st.msg != nil {
			le.Event.Message = st.msg
		}
		events = append(events, le)
	}
	return events, nil
}

// qEventBodies reads claimed events and the messages they refer to.
var qEventBodies = `SELECT e.seq, e.body, e.message_id, ` + eventMessageCols + ` FROM events e
	LEFT JOIN messages m ON m.id = e.message_id AND e.message_id IS NOT NULL
	WHERE e.seq IN (SELECT value FROM json_each(?))`

// eventMessageCols are messageCols of the message an event refers to,
// with zero values for events without one (LEFT JOIN).
var eventMessageCols = func() string {
	var cols []string
	for _, c := range strings.Split(messageCols, ",") {
		c = strings.TrimSpace(c)
		zero := "''"
		switch c {
		case "id", "reply_to", "created_at":
			zero = "0"
		}
		cols = append(cols, "COALESCE(m."+c+", "+zero+")")
	}
	return strings.Join(cols, ", ")
}()

// anyConsumer reports whether the database has a registered consumer,
// looking at most once per consumerRecheck while it has none.
func (db *DB) anyConsumer(ctx context.Context) (bool, error) {
	return db.c.anyConsumer.Get(consumerRecheck, func() (bool, error) {
		var one int
		err := db.row(ctx, `SELECT 1 FROM event_consumers LIMIT 1`, nil, &one)
		if err == sql.ErrNoRows {
			return false, nil
		}
		return err == nil, err
	})
}

// seqList is the events' sequence numbers as a JSON array, for json_each.
func seqList(les []kefu.LoggedEvent) string {
	b := make([]byte, 0, 8*len(les)+2)
	b = append(b, '[')
	for i, le := range les {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, le.Seq, 10)
	}
	return string(append(b, ']'))
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
