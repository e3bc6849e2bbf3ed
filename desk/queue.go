package desk

import (
	"context"
	"sort"
	"time"

	"github.com/kefu-ai/kefu"
)

// WaitStep is the waiting time that raises a queued conversation's
// effective priority by one: a conversation of priority 1 that has waited
// 10 minutes ranks with a fresh one of priority 3. Waiting thus never
// leaves anyone behind for ever, while anger and VIP status (which the
// dialog policy turns into Priority) still come first at equal waits.
const WaitStep = 5 * time.Minute

// MaxQueue bounds the queue listing.
const MaxQueue = 500

// QueueItem is one waiting conversation as the console lists it.
type QueueItem struct {
	Conversation *kefu.Conversation `json:"conversation"`
	CustomerName string             `json:"customer_name,omitempty"`
	VIP          bool               `json:"vip,omitempty"`
	// EffectivePriority is Priority plus one per WaitStep waited.
	EffectivePriority int    `json:"effective_priority"`
	Reason            string `json:"reason,omitempty"`
	// Since is when the wait began (QueuedAt, else the last update);
	// WaitSeconds is how long ago that was.
	Since       time.Time `json:"since"`
	WaitSeconds int64     `json:"wait_seconds"`
}

// EffectivePriority is the queue rank of a conversation that has waited
// wait: its Priority plus one for every full WaitStep.
func EffectivePriority(priority int, wait time.Duration) int {
	if wait < 0 {
		wait = 0
	}
	return priority + int(wait/WaitStep)
}

// Queue returns the conversations of a's tenant waiting for a person,
// most urgent first: highest effective priority, then the longest wait,
// then the conversation ID (a stable order).
func (d *Desk) Queue(ctx context.Context, a *kefu.Agent) ([]QueueItem, error) {
	const op = "desk.Queue"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	items, err := d.queue(ctx, t, d.Now())
	if err != nil {
		return nil, kefu.E(op, err)
	}
	// Names for the listing; customers are looked up once each.
	names := map[string]*kefu.Customer{}
	for i := range items {
		id := items[i].Conversation.CustomerID
		if id == "" {
			continue
		}
		c, ok := names[id]
		if !ok {
			c, err = d.Store.FindCustomerByID(ctx, t.ID, id)
			if err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
				return nil, kefu.E(op, err)
			}
			names[id] = c
		}
		if c != nil {
			items[i].CustomerName, items[i].VIP = c.Name, c.VIP
		}
	}
	return items, nil
}

// queue lists and orders the tenant's queued conversations at now.
func (d *Desk) queue(ctx context.Context, t *kefu.Tenant, now time.Time) ([]QueueItem, error) {
	convs, err := d.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: t.ID, Status: kefu.StatusQueued, Limit: MaxQueue})
	if err != nil {
		return nil, err
	}
	items := make([]QueueItem, 0, len(convs))
	for _, c := range convs {
		since := c.QueuedAt
		if since.IsZero() {
			since = c.UpdatedAt
		}
		wait := now.Sub(since)
		if wait < 0 {
			wait = 0
		}
		items = append(items, QueueItem{
			Conversation:      c,
			EffectivePriority: EffectivePriority(c.Priority, wait),
			Reason:            c.HandoffReason,
			Since:             since,
			WaitSeconds:       int64(wait / time.Second),
		})
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.EffectivePriority != b.EffectivePriority {
			return a.EffectivePriority > b.EffectivePriority
		}
		if !a.Since.Equal(b.Since) {
			return a.Since.Before(b.Since)
		}
		return a.Conversation.ID < b.Conversation.ID
	})
	return items, nil
}

// Mine returns the conversations a holds, newest first.
func (d *Desk) Mine(ctx context.Context, a *kefu.Agent) ([]*kefu.Conversation, error) {
	if err := checkAgent(a); err != nil {
		return nil, err
	}
	convs, err := d.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: a.TenantID, Status: kefu.StatusAgent, AgentID: a.ID, Limit: 1000})
	if err != nil {
		return nil, kefu.E("desk.Mine", err)
	}
	mine := convs[:0]
	for _, c := range convs {
		if c.AgentID == a.ID && c.Status == kefu.StatusAgent {
			mine = append(mine, c)
		}
	}
	return mine, nil
}
