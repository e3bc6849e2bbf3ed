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
	// EstimatedWaitSeconds is kefu.QueueWait(Position).
	EstimatedWaitSeconds int `json:"estimated_wait_seconds"`
}

// queueInfo returns c's place in its tenant's queue, or nil when c is not
// queued. Positions count in kefu.QueueRank order, as the agent console
// lists the queue and as the hand-off notice told the customer.
func (s *Server) queueInfo(ctx context.Context, c *kefu.Conversation) (*QueueInfo, error) {
	if c.Status != kefu.StatusQueued {
		return nil, nil
	}
	queued, err := kefu.FindQueue(ctx, s.Store, c.TenantID)
	if err != nil {
		return nil, err
	}
	pos := kefu.QueuePosition(queued, c, s.now())
	return &QueueInfo{Position: pos, EstimatedWaitSeconds: int(kefu.QueueWait(pos) / time.Second)}, nil
}
