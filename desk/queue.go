package desk

import (
	"context"
	"sort"
	"time"

	"github.com/kefu-ai/kefu"
)

// MaxQueue bounds the queue listing's conversations with a customer, and
// its anonymous ones (kefu.FindQueue).
const MaxQueue = kefu.QueueScan

// QueueItem is one waiting conversation as the console lists it.
type QueueItem struct {
	Conversation *kefu.Conversation `json:"conversation"`
	CustomerName string             `json:"customer_name,omitempty"`
	VIP          bool               `json:"vip,omitempty"`
	// EffectivePriority is Priority plus one per kefu.QueueWaitStep waited.
	EffectivePriority int    `json:"effective_priority"`
	Reason            string `json:"reason,omitempty"`
	// Since is when the wait began (QueuedAt, else the last update);
	// WaitSeconds is how long ago that was.
	Since       time.Time `json:"since"`
	WaitSeconds int64     `json:"wait_seconds"`
}

// Queue returns the conversations of a's tenant waiting for a person,
// most urgent first, in the order of kefu.QueueRank (the order the
// customers' waiting banners and hand-off notices count positions in).
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
	convs, err := kefu.FindQueue(ctx, d.Store, t.ID)
	if err != nil {
		return nil, err
	}
	items := make([]QueueItem, 0, len(convs))
	ranks := make(map[string]kefu.QueueRank, len(convs))
	for _, c := range convs {
		r := kefu.QueueRankOf(c, now)
		ranks[c.ID] = r
		items = append(items, QueueItem{
			Conversation:      c,
			EffectivePriority: r.Priority,
			Reason:            c.HandoffReason,
			Since:             r.Since,
			WaitSeconds:       int64(r.Wait / time.Second),
		})
	}
	sort.SliceStable(items, func(i, j int) bool {
		return ranks[items[i].Conversation.ID].Before(ranks[items[j].Conversation.ID])
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
