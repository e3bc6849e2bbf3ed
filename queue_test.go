package kefu_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestQueuePositionAnonymous(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	conv := func(id, customer string, prio int, waited time.Duration) *kefu.Conversation {
		return &kefu.Conversation{ID: id, TenantID: "shop", CustomerID: customer, Status: kefu.StatusQueued,
			Priority: prio, QueuedAt: now.Add(-waited)}
	}
	// 300 furious anonymous visitors who asked first (anger raised their
	// priority to 2), all within the last minute.
	var flood []*kefu.Conversation
	for i := range 300 {
		flood = append(flood, conv(fmt.Sprintf("cv_a%03d", i), "", 2, time.Minute-time.Duration(i)*time.Millisecond))
	}
	for _, tt := range []struct {
		name string
		me   *kefu.Conversation
		want int
	}{
		{"signed-in customer asking for a person", conv("cv_me", "cu_1", 1, 0), 1},
		{"another anonymous visitor", conv("cv_me", "", 1, 0), 301},
		{"anonymous anger counts as the base priority", conv("cv_me", "", 3, 0), 301},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := kefu.QueuePosition(flood, tt.me, now); got != tt.want {
				t.Errorf("position %d, want %d", got, tt.want)
			}
		})
	}
	t.Run("waiting still counts for anonymous visitors", func(t *testing.T) {
		old := conv("cv_old", "", 1, kefu.QueueWaitStep+time.Second)
		me := conv("cv_me", "cu_1", 1, 0)
		if got := kefu.QueuePosition([]*kefu.Conversation{old}, me, now); got != 2 {
			t.Errorf("position %d behind an anonymous visitor waiting a step longer, want 2", got)
		}
		angry := conv("cv_me", "cu_1", 2, 0)
		if got := kefu.QueuePosition([]*kefu.Conversation{old}, angry, now); got != 1 {
			t.Errorf("an angry signed-in customer is at %d, want 1 (equal effective priority, known first)", got)
		}
	})
}

func TestQueueRankBefore(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return now.Add(-d) }
	for _, tt := range []struct {
		name string
		a, b kefu.QueueRank
		want bool
	}{
		{"higher priority first", kefu.QueueRank{Priority: 2, Since: at(0), ID: "b"}, kefu.QueueRank{Priority: 1, Known: true, Since: at(time.Minute), ID: "a"}, true},
		{"known first at equal priority", kefu.QueueRank{Priority: 1, Known: true, Since: at(0), ID: "b"}, kefu.QueueRank{Priority: 1, Since: at(time.Minute), ID: "a"}, true},
		{"anonymous after known", kefu.QueueRank{Priority: 1, Since: at(time.Minute), ID: "a"}, kefu.QueueRank{Priority: 1, Known: true, Since: at(0), ID: "b"}, false},
		{"longer wait first", kefu.QueueRank{Priority: 1, Since: at(time.Minute), ID: "b"}, kefu.QueueRank{Priority: 1, Since: at(0), ID: "a"}, true},
		{"smaller ID first", kefu.QueueRank{Priority: 1, Since: at(0), ID: "a"}, kefu.QueueRank{Priority: 1, Since: at(0), ID: "b"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Before(tt.b); got != tt.want {
				t.Errorf("Before = %v, want %v", got, tt.want)
			}
		})
	}
	anon := kefu.QueueRankOf(&kefu.Conversation{ID: "x", Priority: 3, QueuedAt: now}, now)
	if anon.Priority != kefu.AnonymousMaxPriority || anon.Known {
		t.Errorf("anonymous rank %+v, want priority %d and not known", anon, kefu.AnonymousMaxPriority)
	}
	known := kefu.QueueRankOf(&kefu.Conversation{ID: "x", CustomerID: "cu_1", Priority: 3, QueuedAt: now.Add(-kefu.QueueWaitStep)}, now)
	if known.Priority != 4 || !known.Known {
		t.Errorf("known rank %+v, want priority 4 and known", known)
	}
}
