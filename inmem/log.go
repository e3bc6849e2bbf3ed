package inmem

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.EventLog = (*EventLog)(nil)

// EventLog is a kefu.EventLog kept in memory: durable only for the life of
// the process, shared only by the handles of one process. Tests use it,
// and so can a node that runs without a store. It is safe for concurrent
// use.
type EventLog struct {
	// Now is the clock for leases and append times; nil means time.Now.
	Now kefu.Clock

	mu        sync.Mutex // guards everything below
	seq       int64
	events    map[int64]*logEntry
	consumers map[string]map[int64]*lease // consumer -> unacked seq -> lease
}

type logEntry struct {
	event    kefu.Event
	appended time.Time
}

// lease is one consumer's hold on one unacknowledged event.
type lease struct {
	attempts int
	until    time.Time // zero: not leased
}

// NewEventLog returns an empty log.
func NewEventLog(now kefu.Clock) *EventLog { return &EventLog{Now: now} }

func (l *EventLog) now() time.Time { return l.Now.Time() }

// AppendEvents appends events in order; see kefu.EventLog.
func (l *EventLog) AppendEvents(ctx context.Context, events ...kefu.Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.events == nil {
		l.events = map[int64]*logEntry{}
	}
	for _, e := range events {
		l.seq++
		l.events[l.seq] = &logEntry{event: e, appended: now}
		for _, pending := range l.consumers {
			pending[l.seq] = &lease{}
		}
	}
	return nil
}

// ClaimEvents leases up to max of consumer's events; see kefu.EventLog.
func (l *EventLog) ClaimEvents(ctx context.Context, consumer string, max int, d time.Duration) ([]kefu.LoggedEvent, error) {
	const op = "inmem.ClaimEvents"
	if err := kefu.ValidateConsumer(consumer); err != nil {
		return nil, kefu.E(op, err)
	}
	if max <= 0 || d <= 0 {
		return nil, kefu.E(op, kefu.Errorf(kefu.EINVALID, "max and lease must be positive"))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	pending := l.consumers[consumer]
	if pending == nil {
		// A new consumer gets the events still in the log.
		pending = map[int64]*lease{}
		for seq := range l.events {
			pending[seq] = &lease{}
		}
		if l.consumers == nil {
			l.consumers = map[string]map[int64]*lease{}
		}
		l.consumers[consumer] = pending
	}
	var ready []int64
	for seq, ls := range pending {
		if !ls.until.After(now) {
			ready = append(ready, seq)
		}
	}
	slices.Sort(ready)
	ready = ready[:min(len(ready), max)]
	out := make([]kefu.LoggedEvent, 0, len(ready))
	for _, seq := range ready {
		ls := pending[seq]
		ls.attempts++
		ls.until = now.Add(d)
		out = append(out, kefu.LoggedEvent{Seq: seq, Attempt: ls.attempts, Event: l.events[seq].event})
	}
	return out, nil
}

// AckEvents marks events handled by consumer; see kefu.EventLog.
func (l *EventLog) AckEvents(ctx context.Context, consumer string, seqs ...int64) error {
	if err := kefu.ValidateConsumer(consumer); err != nil {
		return kefu.E("inmem.AckEvents", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, seq := range seqs {
		delete(l.consumers[consumer], seq)
	}
	return nil
}

// PruneEvents deletes acknowledged and old events; see kefu.EventLog.
func (l *EventLog) PruneEvents(ctx context.Context, olderThan time.Time) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var n int64
outer:
	for seq, e := range l.events {
		if olderThan.IsZero() || !e.appended.Before(olderThan) {
			for _, pending := range l.consumers {
				if pending[seq] != nil {
					continue outer
				}
			}
		}
		delete(l.events, seq)
		for _, pending := range l.consumers {
			delete(pending, seq)
		}
		n++
	}
	return n, nil
}

// Len returns the number of events in the log.
func (l *EventLog) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.events)
}
