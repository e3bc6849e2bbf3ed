package http

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu"
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
// queued. The queue is ordered as agents are offered conversations:
// higher priority first, then the longest waiting (QueuedAt, or CreatedAt
// for conversations stored before QueuedAt existed), then by ID.
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
	pos := 1
	for _, q := range queued {
		if q.ID != c.ID && queuedBefore(q, c) {
			pos++
		}
	}
	per := s.queueWaitPerPosition()
	return &QueueInfo{Position: pos, EstimatedWaitSeconds: int((time.Duration(pos) * per).Seconds())}, nil
}

// queuedBefore reports whether a is ahead of b in the queue.
func queuedBefore(a, b *kefu.Conversation) bool {
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	ta, tb := queuedSince(a), queuedSince(b)
	if !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return a.ID < b.ID
}

func queuedSince(c *kefu.Conversation) time.Time {
	if !c.QueuedAt.IsZero() {
		return c.QueuedAt
	}
	return c.CreatedAt
}
