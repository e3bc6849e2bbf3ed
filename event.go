package kefu

import (
	"context"
	"time"
)

// Event types published on the bus.
const (
	EventMessageCreated     = "message.created"
	EventConversationStatus = "conversation.status"
)

// Event is something that happened, fanned out to consoles, websockets,
// webhooks and analytics.
type Event struct {
	Type           string        `json:"type"`
	TenantID       string        `json:"tenant_id"`
	ConversationID string        `json:"conversation_id"`
	Message        *Message      `json:"message,omitempty"`
	Conversation   *Conversation `json:"conversation,omitempty"`
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

// EventService is the bus. Publish never blocks on slow subscribers: a
// subscriber whose buffer is full is dropped (its channel is closed).
type EventService interface {
	Publish(ctx context.Context, e Event)
	Subscribe(ctx context.Context, f EventFilter) (Subscription, error)
}

// Subscription is a stream of events. C is closed when the subscription
// ends, by Close, by its context or because it fell behind.
type Subscription interface {
	C() <-chan Event
	Close()
}
