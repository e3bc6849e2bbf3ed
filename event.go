package kefu

import (
	"context"
	"time"
)

// Event types published on the bus.
const (
	EventMessageCreated     = "message.created"
	EventConversationStatus = "conversation.status"
	// EventOrderAtRisk: kefu wrote first to a customer whose delivery is
	// at risk (Notice says which order, why, and where it wrote).
	EventOrderAtRisk = "order.at_risk"
)

// Event is something that happened, fanned out to consoles, websockets,
// webhooks and analytics.
//
// Events travel two ways (docs/events.md): live, through an EventService,
// to whoever is listening now (websockets), where a slow listener loses
// events; and durably, through an EventLog, to named consumers (webhooks,
// analytics) that each get every event at least once, even across
// restarts and with several nodes.
type Event struct {
	Type           string        `json:"type"`
	TenantID       string        `json:"tenant_id"`
	ConversationID string        `json:"conversation_id"`
	Message        *Message      `json:"message,omitempty"`
	Conversation   *Conversation `json:"conversation,omitempty"`
	Notice         *RiskNotice   `json:"notice,omitempty"`
	At             time.Time     `json:"at"`
}

// EventFilter selects the events a subscription receives. Empty fields
// match everything.
type EventFilter struct {
	TenantID       string
	ConversationID string
}

// Match reports whether e passes the filter.
func (f EventFilter) Match(e Event) bool {
	return (f.TenantID == "" || f.TenantID == e.TenantID) &&
		(f.ConversationID == "" || f.ConversationID == e.ConversationID)
}

// EventService is the live bus: fan-out to the subscribers listening now,
// for websockets and consoles. Publish never blocks on slow subscribers: a
// subscriber whose buffer is full is dropped (its channel is closed) and
// must resubscribe and reload what it shows. Events reach each subscriber
// in the order of their Publish calls when one call returned before the
// next began, on whatever node: so a conversation's events, published
// under its lock, arrive in the order of its messages. Nothing is kept: an event
// published while nobody listens is gone. Consumers that must see every
// event read the EventLog instead.
type EventService interface {
	Publish(ctx context.Context, e Event)
	Subscribe(ctx context.Context, f EventFilter) (Subscription, error)
}

// An EventSequencer is an EventService whose Publish waits for each event
// to be put in order among every node's (a round trip to a server, as
// nats.EventService), and that can leave that wait for later. Work that
// publishes while holding a conversation's lock need not wait for each
// event: it only has to have waited for all of them before it unlocks,
// since the next holder of the lock, on whatever node, publishes after
// that. Use it through PublishLocked and SequencePublished.
type EventSequencer interface {
	EventService
	// PublishUnsequenced sends e like Publish but returns without
	// waiting for it to be put in order.
	PublishUnsequenced(ctx context.Context, e Event)
	// Sequence returns once every event this node sent before the call
	// is in order, as if each had been published with Publish (bounded
	// as Publish is).
	Sequence(ctx context.Context)
}

// PublishLocked publishes e from work that holds the lock of e's
// conversation and calls SequencePublished before it unlocks. On an
// EventSequencer it returns without waiting for the round trip that
// orders e among every node's events; on any other bus it is Publish.
func PublishLocked(ctx context.Context, s EventService, e Event) {
	if q, ok := s.(EventSequencer); ok {
		q.PublishUnsequenced(ctx, e)
		return
	}
	s.Publish(ctx, e)
}

// SequencePublished waits until the events published with PublishLocked
// are in order, so that whatever the next holder of the lock publishes
// reaches every subscriber after them. Call it before unlocking, when
// something was published.
func SequencePublished(ctx context.Context, s EventService) {
	if q, ok := s.(EventSequencer); ok {
		q.Sequence(ctx)
	}
}

// Subscription is a stream of events. C is closed when the subscription
// ends, by Close, by its context or because it fell behind.
type Subscription interface {
	C() <-chan Event
	Close()
}

// LoggedEvent is an event read from an EventLog.
type LoggedEvent struct {
	// Seq is the event's position in the log, unique and increasing in
	// the order of appends (of commits on SQLite; on PostgreSQL two
	// concurrent transactions may commit in the other order).
	Seq int64 `json:"seq"`
	// Attempt counts the claims of this event by this consumer, this one
	// included: more than 1 means an earlier claim's lease ran out
	// without an ack, and the event may have been handled before.
	Attempt int   `json:"attempt"`
	Event   Event `json:"event"`
}

// EventLog is durable delivery: events appended to it are kept until
// every consumer has acknowledged them, and each named consumer (such as
// "webhook" or "analytics") receives each event at least once, however
// many nodes claim for it at the same time.
//
// The store implements it (kefu.Store embeds it), so AppendEvents called
// on the Store given to InTx commits the events with the transaction's
// other writes, or not at all: an event is never lost between a commit
// and a publish, nor announced for a write that was rolled back.
//
// The contract, checked by bustest.RunLog:
//   - A consumer is registered by its first ClaimEvents. From then on
//     every appended event is kept for it; at registration it receives
//     the events still in the log.
//   - ClaimEvents returns up to max events of the consumer that are not
//     acknowledged and not leased, oldest (lowest Seq) first, and leases
//     them to the caller for lease: no other ClaimEvents for that consumer
//     returns them until the lease runs out. If it runs out before
//     AckEvents (the claiming node died or was too slow), the event is
//     claimed again, with a higher Attempt. So delivery is at least once;
//     it is exactly once as long as handlers ack within their lease.
//     An empty result means nothing is ready.
//   - AckEvents marks events as handled by the consumer; acknowledging an
//     event twice, after its lease ran out, or one that is not in the log
//     is not an error.
//   - Consumers are independent: each gets every event.
//   - PruneEvents deletes the events every consumer has acknowledged,
//     and every event appended before olderThan whether acknowledged or
//     not (so that a consumer that stopped claiming cannot grow the log
//     without bound); a zero olderThan keeps unacknowledged events.
//
// Leases are measured with the clock of the node that claims, so nodes'
// clocks must agree to well within a lease.
type EventLog interface {
	AppendEvents(ctx context.Context, events ...Event) error
	ClaimEvents(ctx context.Context, consumer string, max int, lease time.Duration) ([]LoggedEvent, error)
	AckEvents(ctx context.Context, consumer string, seqs ...int64) error
	PruneEvents(ctx context.Context, olderThan time.Time) (deleted int64, err error)
}

// MaxConsumerLen limits the length of an EventLog consumer name.
const MaxConsumerLen = 64

// ValidateConsumer checks an EventLog consumer name: 1 to MaxConsumerLen
// bytes of lower-case ASCII letters, digits, '.', '-' and '_'.
func ValidateConsumer(name string) error {
	if name == "" || len(name) > MaxConsumerLen {
		return Errorf(EINVALID, "consumer name must be 1 to %d bytes", MaxConsumerLen)
	}
	for _, r := range name {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '.' || r == '-' || r == '_') {
			return Errorf(EINVALID, "consumer name %q may hold only a-z, 0-9, '.', '-' and '_'", name)
		}
	}
	return nil
}
