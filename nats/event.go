package nats

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	natsio "github.com/nats-io/nats.go"

	"github.com/kefu-ai/kefu"
)

// DefaultBuffer is the number of events a subscriber may fall behind
// before it is dropped, as inmem.DefaultBuffer.
const DefaultBuffer = 256

// Pending limits of one NATS subscription of an EventService: the
// messages the client holds for its handler before it drops them (and
// then the EventService drops the subscribers that missed them).
const (
	pendingMsgs  = 65536
	pendingBytes = 64 << 20
)

// Interface guards.
var (
	_ kefu.EventSequencer = (*EventService)(nil)
	_ kefu.Subscription   = (*Subscription)(nil)
)

// EventService is a kefu.EventService shared by every node connected to
// one NATS server with one subject prefix. Publish sends the event to the
// server, which delivers it to the subscribers of every node, this one's
// included, and waits (at most PublishTimeout) until the server has it;
// it never waits for a subscriber, and while the connection is down the
// client buffers the event. A subscriber that falls Buffer events behind
// is dropped, as are all of a node's subscribers when its connection
// drops or comes back.
//
// Events published one after the other, on any nodes, reach each
// subscriber in that order: Publish returns once the server has queued
// the event for every subscribed node. So the events of a conversation,
// published under its lock, arrive in the order of its stored messages.
// Work under a lock can leave that wait for later (kefu.EventSequencer):
// PublishUnsequenced sends an event and returns, and Sequence, called
// before unlocking, waits for one round trip that started after
// everything sent so far, or for none when another caller's did.
//
// Subscribers of one filter on a node share one NATS subscription, so an
// event is received and decoded once per node and filter.
type EventService struct {
	// Buffer is each subscription's channel capacity; set before use.
	Buffer int

	conn *Conn

	mu        sync.Mutex           // guards interests and the sends on and closing of subscribers' channels
	interests map[string]*interest // by NATS subject

	warned atomic.Int64 // unix nanos of the last publish error logged

	// sent counts the events handed to the client; sequenced is the
	// highest count known to be at the server (a round trip that began
	// after that many were sent has come back).
	sent, sequenced atomic.Uint64
}

// interest is one NATS subscription of a node and this node's
// subscribers behind it.
type interest struct {
	subject string
	filter  kefu.EventFilter
	ns      *natsio.Subscription
	subs    map[*Subscription]struct{} // guarded by EventService.mu
}

// NewEventService returns the live bus on c.
func NewEventService(c *Conn) *EventService {
	s := &EventService{Buffer: DefaultBuffer, conn: c, interests: map[string]*interest{}}
	c.onReset(func(bool) { s.dropAll() })
	c.onSlow(s.dropSlow)
	return s
}

// eventSubject is where e is published: <prefix>.ev.<tenant>.<conversation>.
func (s *EventService) eventSubject(e kefu.Event) string {
	return s.conn.subject("ev", token(e.TenantID), token(e.ConversationID))
}

// filterSubject is the subject, with wildcards, of the events f matches.
func (s *EventService) filterSubject(f kefu.EventFilter) string {
	tenant, conv := "*", "*"
	if f.TenantID != "" {
		tenant = token(f.TenantID)
	}
	if f.ConversationID != "" {
		conv = token(f.ConversationID)
	}
	return s.conn.subject("ev", tenant, conv)
}

// Publish sends e to the subscribers of every node and returns once the
// server has it (or after PublishTimeout, or at once while the connection
// is down: the client then sends it when it is back).
func (s *EventService) Publish(ctx context.Context, e kefu.Event) {
	s.PublishUnsequenced(ctx, e)
	s.Sequence(ctx)
}

// PublishUnsequenced sends e to the subscribers of every node without
// waiting for the server; see kefu.EventSequencer.
func (s *EventService) PublishUnsequenced(ctx context.Context, e kefu.Event) {
	data, err := json.Marshal(e)
	if err == nil {
		err = s.conn.nc.Publish(s.eventSubject(e), data)
	}
	if err != nil {
		s.warn(ctx, err)
		return
	}
	// Counted once the client holds it: a round trip that begins after
	// this follows it to the server.
	s.sent.Add(1)
}

// Sequence returns once every event sent before the call is at the
// server, so that anything published afterwards, on any node, reaches
// the subscribers after them; see kefu.EventSequencer. It waits for a
// round trip of its own (at most PublishTimeout) unless one that began
// after those events has come back already. While the connection is down
// it returns at once: the client sends the events when it is back, and
// the reconnection drops every subscriber anyway.
func (s *EventService) Sequence(ctx context.Context) {
	target := s.sent.Load()
	if s.sequenced.Load() >= target || !s.conn.nc.IsConnected() {
		return
	}
	// The round trip that orders these events before whatever is
	// published, on any node, once Sequence returned.
	err := s.conn.nc.FlushTimeout(PublishTimeout)
	if !s.conn.nc.IsConnected() {
		return // dropped meanwhile: buffered, sent on reconnection
	}
	if err != nil {
		s.warn(ctx, err)
		return
	}
	for {
		cur := s.sequenced.Load()
		if cur >= target || s.sequenced.CompareAndSwap(cur, target) {
			return
		}
	}
}

// warn logs a publish error, at most once a minute: every event of an
// outage would log otherwise.
func (s *EventService) warn(ctx context.Context, err error) {
	now := time.Now().UnixNano()
	if last := s.warned.Load(); now-last > int64(time.Minute) && s.warned.CompareAndSwap(last, now) {
		s.conn.logger.WarnContext(ctx, "NATS publish failed: live events may be missing or out of order", slog.String("err", err.Error()))
	}
}

// Subscribe returns a subscription that ends when ctx is done, Close is
// called, it falls behind, or the connection to the server drops or comes
// back. Once Subscribe returns, the server has the subscription: events
// published on any node from then on reach it. (While the connection is
// down it gets nothing, and it is dropped when the connection comes
// back.)
func (s *EventService) Subscribe(ctx context.Context, f kefu.EventFilter) (kefu.Subscription, error) {
	n := s.Buffer
	if n <= 0 {
		n = DefaultBuffer
	}
	subject := s.filterSubject(f)
	sub := &Subscription{bus: s, c: make(chan kefu.Event, n), done: make(chan struct{})}
	s.mu.Lock()
	in := s.interests[subject]
	if in == nil {
		in = &interest{subject: subject, filter: f, subs: map[*Subscription]struct{}{}}
		ns, err := s.conn.nc.Subscribe(subject, func(m *natsio.Msg) { s.receive(in, m) })
		if err != nil {
			s.mu.Unlock()
			return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Subscribe", Message: "live events unavailable", Err: err}
		}
		_ = ns.SetPendingLimits(pendingMsgs, pendingBytes)
		in.ns = ns
		s.interests[subject] = in
	}
	sub.in = in
	// Made while the connection is down, it waits for its drop: the
	// client resends its subscription, and the events it buffered, as
	// soon as it reconnects, before the reconnection is reported, so an
	// event could otherwise reach a subscriber that is about to be told
	// it may have missed some. Checked under s.mu: the report's drop
	// takes s.mu after the connection is up again.
	sub.stale = !s.conn.nc.IsConnected()
	in.subs[sub] = struct{}{}
	s.mu.Unlock()

	// One round trip: the server has the subscription before the
	// caller's next step (loading what it shows, say). While the
	// connection is down the reconnection drops the subscriber anyway.
	if s.conn.nc.IsConnected() {
		if err := s.conn.nc.FlushTimeout(DefaultTimeout); err != nil && s.conn.nc.IsConnected() {
			sub.Close()
			return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Subscribe", Message: "live events unavailable", Err: err}
		}
	}
	if ctx.Done() != nil {
		go func() {
			select {
			case <-ctx.Done():
				sub.Close()
			case <-sub.done:
			}
		}()
	}
	return sub, nil
}

// receive delivers an event to in's subscribers.
func (s *EventService) receive(in *interest, m *natsio.Msg) {
	var e kefu.Event
	if err := json.Unmarshal(m.Data, &e); err != nil {
		s.conn.logger.Warn("NATS: undecodable event dropped", slog.String("subject", m.Subject), slog.String("err", err.Error()))
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// The filter too: a subject token could only collide with a
	// malformed publisher's, but a subscriber must never see another
	// tenant's event.
	if in.filter.Match(e) {
		s.deliverLocked(in, e)
	}
}

// deliverLocked sends e to in's subscribers, dropping those whose buffer
// is full. s.mu is held.
func (s *EventService) deliverLocked(in *interest, e kefu.Event) {
	for sub := range in.subs {
		if sub.stale {
			continue
		}
		select {
		case sub.c <- e:
		default:
			s.unsubscribeLocked(sub)
		}
	}
}

// unsubscribeLocked ends sub, and the NATS subscription of its interest
// when it was the last subscriber. s.mu is held.
func (s *EventService) unsubscribeLocked(sub *Subscription) {
	in := sub.in
	if _, ok := in.subs[sub]; !ok {
		return
	}
	delete(in.subs, sub)
	close(sub.c)
	close(sub.done)
	if len(in.subs) == 0 {
		if s.interests[in.subject] == in {
			delete(s.interests, in.subject)
		}
		_ = in.ns.Unsubscribe()
	}
}

// dropAll ends every subscription of this node: the connection dropped
// or came back, and events may have been missed meanwhile.
func (s *EventService) dropAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, in := range s.interests {
		for sub := range in.subs {
			s.unsubscribeLocked(sub)
		}
	}
}

// dropSlow ends the subscribers of a NATS subscription whose messages
// the client dropped.
func (s *EventService) dropSlow(ns *natsio.Subscription) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, in := range s.interests {
		if in.ns == ns {
			for sub := range in.subs {
				s.unsubscribeLocked(sub)
			}
		}
	}
}

// Subscribers returns the number of this node's subscriptions.
func (s *EventService) Subscribers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, in := range s.interests {
		n += len(in.subs)
	}
	return n
}

// Subscription is one subscriber of an EventService.
type Subscription struct {
	bus *EventService
	in  *interest
	c   chan kefu.Event // closed by the bus, under bus.mu
	// done is closed with c; it ends the goroutine watching the
	// subscription's context.
	done chan struct{}
	// stale: made while the connection was down; it gets nothing and
	// is dropped when the connection comes back. Set before it is
	// added to its interest, under bus.mu.
	stale bool
}

// C returns the event channel; it is closed when the subscription ends.
func (sub *Subscription) C() <-chan kefu.Event { return sub.c }

// Close ends the subscription. It is safe to call more than once.
func (sub *Subscription) Close() {
	sub.bus.mu.Lock()
	defer sub.bus.mu.Unlock()
	sub.bus.unsubscribeLocked(sub)
}
