package analytics

import (
	"context"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
)

// Handoff is one hand-off of a conversation to a person, as read from the
// message log. Zero times mean the step has not happened (yet).
type Handoff struct {
	ConversationID string `json:"conversation_id"`
	Reason         string `json:"reason"`
	// QueuedAt is when the bot handed off (its hand-off notice).
	QueuedAt time.Time `json:"queued_at"`
	// JoinedAt is when an agent took the conversation; AgentID names them.
	JoinedAt time.Time `json:"joined_at,omitzero"`
	AgentID  string    `json:"agent_id,omitempty"`
	// FirstResponseAt is the agent's first message after joining.
	FirstResponseAt time.Time `json:"first_response_at,omitzero"`
}

// QueueWait is how long the customer waited for an agent to join; 0 if
// nobody joined yet.
func (h Handoff) QueueWait() time.Duration {
	if h.JoinedAt.IsZero() {
		return 0
	}
	return h.JoinedAt.Sub(h.QueuedAt)
}

// FirstResponse is how long from the hand-off to the agent's first
// message (the customer's wait for a human word); 0 if none yet.
func (h Handoff) FirstResponse() time.Duration {
	if h.FirstResponseAt.IsZero() {
		return 0
	}
	return h.FirstResponseAt.Sub(h.QueuedAt)
}

// Handoffs returns the hand-offs in one conversation's messages (in ID
// order, as kefu.MessageService returns them). A conversation handed off,
// released and handed off again has two.
func Handoffs(msgs []*kefu.Message) []Handoff {
	var out []Handoff
	open := -1 // index in out of the hand-off still waiting for a step
	for _, m := range msgs {
		switch {
		case m.Author == kefu.AuthorBot && m.Trace != nil && m.Trace.Outcome == "handoff":
			out = append(out, Handoff{ConversationID: m.ConversationID, Reason: m.Trace.Reason, QueuedAt: m.CreatedAt})
			open = len(out) - 1
		case open < 0:
		case m.Kind == kefu.MessageAgentJoined && out[open].JoinedAt.IsZero():
			out[open].JoinedAt, out[open].AgentID = m.CreatedAt, m.AuthorID
		case m.Author == kefu.AuthorAgent && !out[open].JoinedAt.IsZero():
			out[open].FirstResponseAt = m.CreatedAt
			open = -1
		case m.Kind == kefu.MessageAgentLeft || m.Kind == kefu.MessageClosed:
			open = -1
		}
	}
	return out
}

// Summary aggregates hand-offs.
type Summary struct {
	Handoffs int            `json:"handoffs"`
	Reasons  map[string]int `json:"reasons"`
	// Joined and Answered count the hand-offs an agent took and answered.
	Joined   int `json:"joined"`
	Answered int `json:"answered"`
	// Queue waits and first-response times, in seconds, over the
	// hand-offs that reached that step.
	QueueWaitP50     float64 `json:"queue_wait_p50_s"`
	QueueWaitP90     float64 `json:"queue_wait_p90_s"`
	FirstResponseP50 float64 `json:"first_response_p50_s"`
	FirstResponseP90 float64 `json:"first_response_p90_s"`
	// Ratings counts CSAT scores 1..5 of the conversations read (index 0 unused).
	Ratings [kefu.MaxRating + 1]int `json:"ratings"`
	// CSAT is the share of ratings of 4 or 5, the usual CSAT score; 0
	// without ratings.
	CSAT float64 `json:"csat"`
}

// Summarize aggregates hand-offs and the ratings of the conversations
// they were read from.
func Summarize(hs []Handoff, convs []*kefu.Conversation) Summary {
	s := Summary{Handoffs: len(hs), Reasons: map[string]int{}}
	var waits, firsts []float64
	for _, h := range hs {
		s.Reasons[h.Reason]++
		if !h.JoinedAt.IsZero() {
			s.Joined++
			waits = append(waits, h.QueueWait().Seconds())
		}
		if !h.FirstResponseAt.IsZero() {
			s.Answered++
			firsts = append(firsts, h.FirstResponse().Seconds())
		}
	}
	s.QueueWaitP50, s.QueueWaitP90 = quantile(waits, 0.5), quantile(waits, 0.9)
	s.FirstResponseP50, s.FirstResponseP90 = quantile(firsts, 0.5), quantile(firsts, 0.9)
	rated, good := 0, 0
	for _, c := range convs {
		if kefu.ValidRating(c.Rating) {
			s.Ratings[c.Rating]++
			rated++
			if c.Rating >= 4 {
				good++
			}
		}
	}
	if rated > 0 {
		s.CSAT = float64(good) / float64(rated)
	}
	return s
}

// quantile returns the q-quantile of xs by the nearest-rank method; 0 for
// none. It sorts xs.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	i := int(q*float64(len(xs))+0.5) - 1
	return xs[max(0, min(i, len(xs)-1))]
}

// Reader is what ReadHandoffs needs of a store.
type Reader interface {
	FindConversations(ctx context.Context, f kefu.ConversationFilter) ([]*kefu.Conversation, error)
	FindMessages(ctx context.Context, f kefu.MessageFilter) ([]*kefu.Message, error)
}

// ReadHandoffs reads the hand-offs of the tenant's newest conversations
// (at most limit; 0 means 1000) and summarizes them.
func ReadHandoffs(ctx context.Context, r Reader, tenantID string, limit int) ([]Handoff, Summary, error) {
	if limit <= 0 {
		limit = 1000
	}
	convs, err := r.FindConversations(ctx, kefu.ConversationFilter{TenantID: tenantID, Limit: limit})
	if err != nil {
		return nil, Summary{}, err
	}
	var hs []Handoff
	for _, c := range convs {
		var msgs []*kefu.Message
		after := int64(0)
		for {
			page, err := r.FindMessages(ctx, kefu.MessageFilter{TenantID: tenantID, ConversationID: c.ID, AfterID: after, Limit: 500})
			if err != nil {
				return nil, Summary{}, err
			}
			msgs = append(msgs, page...)
			if len(page) < 500 {
				break
			}
			after = page[len(page)-1].ID
		}
		hs = append(hs, Handoffs(msgs)...)
	}
	return hs, Summarize(hs, convs), nil
}
