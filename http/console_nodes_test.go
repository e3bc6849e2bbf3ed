package http_test

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// TestConsolePresenceElsewhere: when another node holds a console of the
// agent (Server.ConsoleElsewhere says so), the last console closing on
// this node leaves their presence alone; HoldsConsole answers the other
// nodes' questions.
func TestConsolePresenceElsewhere(t *testing.T) {
	const grace = 100 * time.Millisecond
	var elsewhere atomic.Bool
	elsewhere.Store(true)
	asked := make(chan string, 10)
	e := MustOpenConsole(t, nil, func(s *khttp.Server) {
		s.PresenceGrace = grace
		s.ConsoleElsewhere = func(ctx context.Context, tenantID, agentID string) bool {
			asked <- tenantID + "/" + agentID
			return elsewhere.Load()
		}
	})
	ana := e.MustLogin(t, e.Ana)
	if res := ana.Post(t, "/console/api/presence", map[string]string{"presence": "online"}); res.Status != http.StatusOK {
		t.Fatalf("presence: %d %s", res.Status, res.Body)
	}
	presence := func() kefu.Presence {
		t.Helper()
		a, err := e.Store.FindAgentByID(context.Background(), e.Ana.TenantID, e.Ana.ID)
		if err != nil {
			t.Fatal(err)
		}
		return a.Presence
	}
	ws := ana.MustDialConsole(t)
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitUntil("the console to count", func() bool { return e.Server.HoldsConsole(e.Ana.TenantID, e.Ana.ID) })
	if e.Server.HoldsConsole(e.Ana.TenantID, "someone-else") {
		t.Error("HoldsConsole is true for an agent without a console")
	}
	ws.Close(websocket.StatusNormalClosure, "")
	select {
	case who := <-asked:
		if who != e.Ana.TenantID+"/"+e.Ana.ID {
			t.Errorf("asked about %s", who)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the other nodes were not asked")
	}
	time.Sleep(3 * grace)
	if p := presence(); p != kefu.PresenceOnline {
		t.Fatalf("with a console on another node: presence %s, want online", p)
	}
	if e.Server.HoldsConsole(e.Ana.TenantID, e.Ana.ID) {
		t.Error("HoldsConsole is still true after the console closed")
	}
	// The console on the other node closes too; this one reconnects and
	// closes again, and now nobody holds one.
	elsewhere.Store(false)
	ana.MustDialConsole(t).Close(websocket.StatusNormalClosure, "")
	waitUntil("offline", func() bool { return presence() == kefu.PresenceOffline })
}
