package http

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
)

// QueueInfo tells a customer waiting for a person where they are in the
// tenant's queue. It is a rough guide for the waiting banner, not a
// promise.
type QueueInfo struct {
	// Position is 1 for the conversation an agent will take next.
	Position int `json:"position"`
	// EstimatedWaitSeconds is Position × Server.QueueWaitPerPosition.
	EstimatedWaitSeconds int `json:"estimated_wait_seconds"`
}

// DefaultQueueWaitPerPosition is the assumed time an agent needs per
// conversation ahead in the queue (this one included) when
// Server.QueueWaitPerPosition is 0.
const DefaultQueueWaitPerPosition = 2 * time.Minute

// queueScanLimit bounds how many queued conversations a position is
// computed from, so that reading a conversation stays cheap however long
// the queue grows. Beyond it the position is a lower bound.
const queueScanLimit = 500

func (s *Server) queueWaitPerPosition() time.Duration {
	if s.QueueWaitPerPosition > 0 {
		return s.QueueWaitPerPosition
	}
	return DefaultQueueWaitPerPosition
}

// queueInfo returns c's place in its tenant's queue, or nil when c is not
// queued. The queue is ordered as the agent console lists it (see
// desk.Queue): highest effective priority first (Priority plus one per
// desk.WaitStep waited, so nobody waits for ever behind newer urgent
// cases), then the longest waiting (since QueuedAt, or UpdatedAt for
// conversations stored before QueuedAt existed), then by ID.
func (s *Server) queueInfo(ctx context.Context, c *kefu.Conversation) (*QueueInfo, error) {
	if c.Status != kefu.StatusQueued {
		return nil, nil
	}
	queued, err := s.Store.FindConversations(ctx, kefu.ConversationFilter{
		TenantID: c.TenantID,
		Status:   kefu.StatusQueued,
		Limit:    queueScanLimit,
	})
	if err != nil {
		return nil, err
	}
	now := s.now()
	me := rankOf(c, now)
	pos := 1
	for _, q := range queued {
		if q.ID != c.ID && rankOf(q, now).before(me) {
			pos++
		}
	}
	per := s.queueWaitPerPosition()
	return &QueueInfo{Position: pos, EstimatedWaitSeconds: int((time.Duration(pos) * per).Seconds())}, nil
}

// queueRank is where a conversation stands in the queue at some moment.
type queueRank struct {
	priority int // effective priority
	since    time.Time
	id       string
}

func rankOf(c *kefu.Conversation, now time.Time) queueRank {
	since := c.QueuedAt
	if since.IsZero() {
		since = c.UpdatedAt
	}
	return queueRank{priority: desk.EffectivePriority(c.Priority, now.Sub(since)), since: since, id: c.ID}
}

// before reports whether r is ahead of o.
func (r queueRank) before(o queueRank) bool {
	if r.priority != o.priority {
		return r.priority > o.priority
	}
	if !r.since.Equal(o.since) {
		return r.since.Before(o.since)
	}
	return r.id < o.id
}
