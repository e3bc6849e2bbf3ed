package http_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestConversationQueue(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC) // the server's clock
	e := MustOpenEnv(t, func(s *khttp.Server) {
		s.Now = func() time.Time { return t0 }
	})
	queued := kefu.StatusQueued
	enqueue := func(key string, priority int, at time.Time) (*kefu.Conversation, string) {
		c, token := e.MustStartConversation(t, key, "")
		tenant := c.TenantID
		c = e.MustUpdateConversation(t, tenant, c.ID, kefu.ConversationUpdate{Status: &queued, Priority: &priority, QueuedAt: &at})
		return c, token
	}
	// Agents take higher effective priorities first (priority + 1 per
	// kefu.QueueWaitStep waited), then the longest waiting.
	aged, tokAged := enqueue(e.Key, 0, t0.Add(-3*kefu.QueueWaitStep-time.Minute)) // effective 3
	a, tokA := enqueue(e.Key, 0, t0.Add(-3*time.Minute))
	b, tokB := enqueue(e.Key, 2, t0.Add(-time.Minute))
	c, tokC := enqueue(e.Key, 0, t0.Add(-4*time.Minute))
	d, tokD := enqueue(e.Key, 2, t0.Add(-2*time.Minute))
	enqueue(e.OtherKey, 9, t0.Add(-time.Hour)) // another tenant's queue
	idle, tokIdle := e.MustStartConversation(t, e.Key, "")
	held, tokHeld := enqueue(e.Key, 5, t0.Add(-time.Hour))
	agent := kefu.StatusAgent
	e.MustUpdateConversation(t, shop, held.ID, kefu.ConversationUpdate{Status: &agent})

	tests := []struct {
		name     string
		conv     string
		auth     string
		position int // 0: no queue field
	}{
		{"low priority, waited long", aged.ID, tokAged, 1},
		{"high priority, earlier", d.ID, tokD, 2},
		{"high priority, later", b.ID, tokB, 3},
		{"low priority, earlier", c.ID, tokC, 4},
		{"low priority, later", a.ID, tokA, 5},
		{"API key sees it too", a.ID, e.Key, 5},
		{"not queued", idle.ID, tokIdle, 0},
		{"with an agent", held.ID, tokHeld, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, "GET", "/v1/conversations/"+tt.conv, tt.auth, "", nil)
			if res.Status != http.StatusOK {
				t.Fatalf("%d %s", res.Status, res.Body)
			}
			var cr khttp.ConversationResponse
			res.JSON(t, &cr)
			if tt.position == 0 {
				if cr.Queue != nil || strings.Contains(string(res.Body), `"queue"`) {
					t.Errorf("queue = %s, want none", res.Body)
				}
				return
			}
			want := khttp.QueueInfo{Position: tt.position, EstimatedWaitSeconds: int(kefu.QueueWait(tt.position).Seconds())}
			if cr.Queue == nil || *cr.Queue != want {
				t.Errorf("queue = %+v, want %+v", cr.Queue, want)
			}
		})
	}
}
