package kefu

import "time"

// The human queue's order, defined once: the hand-off notice ("position 3,
// about 6 min"), the widget's waiting banner and the agents' console queue
// all rank conversations with QueueRankOf and Before, so they agree.

// QueueWaitStep is the waiting time that raises a queued conversation's
// effective priority by one: a conversation of priority 1 that has waited
// 10 minutes ranks with a fresh one of priority 3. Waiting thus never
// leaves anyone behind for ever, while anger and VIP status (which the
// dialog policy turns into Priority) still come first at equal waits.
const QueueWaitStep = 5 * time.Minute

// QueueWaitPerPosition is the assumed time an agent needs per conversation
// ahead in the queue (this one included), for the wait told to customers.
const QueueWaitPerPosition = 2 * time.Minute

// QueueScan bounds how many queued conversations a position is counted
// from, so that it stays cheap however long the queue grows; beyond it a
// position is a lower bound.
const QueueScan = 500

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
	// Priority is the effective priority (EffectivePriority).
	Priority int
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
	return QueueRank{Priority: EffectivePriority(c.Priority, wait), Since: since, Wait: wait, ID: c.ID}
}

// Before reports whether r is ahead of o: the higher effective priority
// first, then the longer wait, then the smaller ID (a stable order).
func (r QueueRank) Before(o QueueRank) bool {
	if r.Priority != o.Priority {
		return r.Priority > o.Priority
	}
	if !r.Since.Equal(o.Since) {
		return r.Since.Before(o.Since)
	}
	return r.ID < o.ID
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
