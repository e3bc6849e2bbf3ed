package kefu

import (
	"context"
	"time"
)

// The human queue's order, defined once: the hand-off notice ("position 3,
// about 6 min"), the widget's waiting banner and the agents' console queue
// all read the queue with FindQueue and rank it with QueueRankOf and
// Before, so they agree.
//
// Anonymous conversations (no CustomerID: a visitor nobody vouched for)
// cannot push known customers down the queue: what makes a conversation
// urgent (anger, a sensitive topic) is words anyone can type, so their
// priority counts at most AnonymousMaxPriority, and at equal effective
// priority known customers go first. Waiting still raises everyone's
// rank alike, so anonymous visitors are not left behind for ever.

// QueueWaitStep is the waiting time that raises a queued conversation's
// effective priority by one: a conversation of priority 1 that has waited
// 10 minutes ranks with a fresh one of priority 3. Waiting thus never
// leaves anyone behind for ever, while anger and VIP status (which the
// dialog policy turns into Priority) still come first at equal waits.
const QueueWaitStep = 5 * time.Minute

// QueueWaitPerPosition is the assumed time an agent needs per conversation
// ahead in the queue (this one included), for the wait told to customers.
const QueueWaitPerPosition = 2 * time.Minute

// QueueScan bounds how many queued conversations with a customer, and how
// many anonymous ones, a position is counted from (FindQueue), so that it
// stays cheap however long the queue grows; beyond it a position is a
// lower bound.
const QueueScan = 500

// AnonymousMaxPriority is the highest priority an anonymous conversation
// ranks with in the queue, whatever the hand-off decided: the base
// priority of a customer asking for a person.
const AnonymousMaxPriority = 1

// EffectivePriority is the queue rank of a conversation that has waited
// wait: its priority plus one for every full QueueWaitStep.
func EffectivePriority(priority int, wait time.Duration) int {
	if wait < 0 {
		wait = 0
	}
	return priority + int(wait/QueueWaitStep)
}

// QueueRank is where a queued conversation stands at some moment.
type QueueRank struct {
	// Priority is the effective priority (EffectivePriority), of at most
	// AnonymousMaxPriority for anonymous conversations before waiting.
	Priority int
	// Known is set when the conversation has a customer (CustomerID): at
	// equal Priority it goes before anonymous conversations.
	Known bool
	// Since is when the wait began: QueuedAt, or UpdatedAt for
	// conversations stored before QueuedAt existed.
	Since time.Time
	// Wait is how long the conversation has waited at that moment.
	Wait time.Duration
	ID   string
}

// QueueRankOf returns c's rank at now.
func QueueRankOf(c *Conversation, now time.Time) QueueRank {
	since := c.QueuedAt
	if since.IsZero() {
		since = c.UpdatedAt
	}
	wait := now.Sub(since)
	if wait < 0 {
		wait = 0
	}
	prio, known := c.Priority, c.CustomerID != ""
	if !known {
		prio = min(prio, AnonymousMaxPriority)
	}
	return QueueRank{Priority: EffectivePriority(prio, wait), Known: known, Since: since, Wait: wait, ID: c.ID}
}

// Before reports whether r is ahead of o: the higher effective priority
// first, then a known customer before an anonymous one, then the longer
// wait, then the smaller ID (a stable order).
func (r QueueRank) Before(o QueueRank) bool {
	if r.Priority != o.Priority {
		return r.Priority > o.Priority
	}
	if r.Known != o.Known {
		return r.Known
	}
	if !r.Since.Equal(o.Since) {
		return r.Since.Before(o.Since)
	}
	return r.ID < o.ID
}

// FindQueue returns the tenant's queued conversations for ranking: up to
// QueueScan with a customer and up to QueueScan anonymous ones, each the
// most urgent first (ConversationFilter.QueueOrder). Reading them apart
// keeps a flood of anonymous conversations from pushing known customers
// out of the scan.
func FindQueue(ctx context.Context, s ConversationService, tenantID string) ([]*Conversation, error) {
	known, anonymous := false, true
	f := ConversationFilter{TenantID: tenantID, Status: StatusQueued, QueueOrder: true, Limit: QueueScan, Anonymous: &known}
	cs, err := s.FindConversations(ctx, f)
	if err != nil {
		return nil, err
	}
	f.Anonymous = &anonymous
	anon, err := s.FindConversations(ctx, f)
	if err != nil {
		return nil, err
	}
	return append(cs, anon...), nil
}

// QueuePosition returns where c stands among queued at now: 1 for the
// conversation an agent will take next. c need not be in queued (a
// conversation about to be queued is ranked as if it were).
func QueuePosition(queued []*Conversation, c *Conversation, now time.Time) int {
	me := QueueRankOf(c, now)
	pos := 1
	for _, q := range queued {
		if q.ID != c.ID && QueueRankOf(q, now).Before(me) {
			pos++
		}
	}
	return pos
}

// QueueWait is the wait told to a customer at position pos.
func QueueWait(pos int) time.Duration { return time.Duration(pos) * QueueWaitPerPosition }
