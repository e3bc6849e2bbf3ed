package dialog

import (
	"context"
	"log/slog"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

// Limits on anonymous hand-offs (docs/limits.md). A script that opens
// conversations without a customer and types "I am furious, get me a
// human NOW" must not fill the queue the shop's agents work through:
// kefu.QueueRank already puts such conversations behind known customers,
// and these keep their number and rate bounded.
const (
	// DefaultAnonymousQueueMax is how many anonymous conversations a shop
	// may have waiting for a person at once.
	DefaultAnonymousQueueMax = 50
)

// Default rates of anonymous hand-offs.
var (
	// DefaultAnonymousHandoffsPerShop: anonymous conversations joining
	// one shop's queue.
	DefaultAnonymousHandoffsPerShop = ratelimit.PerMinute(30, 30)
	// DefaultAnonymousHandoffsPerConversation: one anonymous conversation
	// handed to a person again and again (an agent closes it, the
	// visitor writes and asks again).
	DefaultAnonymousHandoffsPerConversation = ratelimit.Rate{N: 6, Per: time.Hour, Burst: 3}
)

// anonymousQueueMax is the cap on t's anonymous queue; negative means
// none.
func (e *Engine) anonymousQueueMax(t *kefu.Tenant) int {
	switch {
	case t.Settings.AnonymousQueueMax != 0:
		return t.Settings.AnonymousQueueMax
	case e.AnonymousQueueMax != 0:
		return e.AnonymousQueueMax
	}
	return DefaultAnonymousQueueMax
}

// queueRefused reports whether conv may not join t's queue now: it is
// anonymous and the shop's anonymous queue is full, or anonymous
// hand-offs come faster than their limits. A conversation with a
// customer is never refused. When the queue cannot be counted the
// hand-off goes ahead: a store error must not keep customers from a
// person.
func (e *Engine) queueRefused(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation) bool {
	if conv.CustomerID != "" {
		return false
	}
	if max := e.anonymousQueueMax(t); max >= 0 {
		anonymous := true
		queued, err := e.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: t.ID, Status: kefu.StatusQueued, Anonymous: &anonymous, Limit: max})
		switch {
		case err != nil:
			e.Logger.WarnContext(ctx, "anonymous queue not counted; the hand-off goes ahead", slog.String("conversation", conv.ID), slog.Any("err", err))
		case len(queued) >= max:
			return true
		}
	}
	ok, _ := ratelimit.Allow(e.Now(),
		ratelimit.Key{Set: e.handoffsPerShop, Key: t.ID},
		ratelimit.Key{Set: e.handoffsPerConv, Key: t.ID + "/" + conv.ID})
	return !ok
}
