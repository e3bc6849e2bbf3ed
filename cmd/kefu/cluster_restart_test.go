package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/natstest"
)

// waitConsoleMessage reads the console until the message with client ID
// id arrives.
func waitConsoleMessage(ctx context.Context, ws *websocket.Conn, id string) error {
	for {
		var ev struct {
			Type    string `json:"type"`
			Message *struct {
				ClientMessageID string `json:"client_message_id"`
			} `json:"message"`
		}
		if err := wsjson.Read(ctx, ws, &ev); err != nil {
			return err
		}
		if ev.Type == kefu.EventMessageCreated && ev.Message != nil && ev.Message.ClientMessageID == id {
			return nil
		}
	}
}

// TestClusterNATSRestart: two nodes on PostgreSQL and a NATS server (in
// this process, so it can be restarted) that goes away and comes back.
// Customers keep being answered meanwhile; the console on the other node
// is closed (it may have missed events), finds every message when it
// reloads, and live delivery resumes once the server is back.
func TestClusterNATSRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes on PostgreSQL skipped in -short mode")
	}
	t.Parallel() // long: runs beside the other long tests
	srv := natstest.Start(t, 0)
	port := srv.Addr().(*net.TCPAddr).Port
	c := MustStartCluster(t, srv.ClientURL())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	const pw = "restart-password-1"
	if code, body := callJSON(t, "POST", c.A.URL+"/v1/agents", c.Key, map[string]any{"email": "restart@globalmart.example", "name": "Restart", "password": pw, "languages": []string{"en"}}); code != http.StatusCreated {
		t.Fatalf("create agent: %d %v", code, body)
	}
	agent := &benchAgent{email: "restart@globalmart.example", base: c.B.URL}
	if err := agent.login(ctx, pw); err != nil {
		t.Fatal(err)
	}
	conv := newConversation(t, c.A.URL, c.Key)
	msgs := c.A.URL + "/v1/conversations/" + conv + "/messages"
	post := func(id string) {
		t.Helper()
		if code, body := callJSON(t, "POST", msgs, c.Key, map[string]string{"text": "still there? " + id, "client_message_id": id}); code != http.StatusOK {
			t.Fatalf("post %s: %d %v", id, code, body)
		}
	}
	post("handoff")
	if code, body := callJSON(t, "POST", msgs, c.Key, map[string]string{"text": "talk to a human please"}); code != http.StatusOK {
		t.Fatalf("hand-off: %d %v", code, body)
	}
	if err := agent.post(ctx, "/console/api/conversations/"+conv+"/take", nil); err != nil {
		t.Fatal(err)
	}
	ws, err := agent.dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	post("before")
	if err := waitConsoleMessage(ctx, ws, "before"); err != nil {
		t.Fatalf("before the restart: %v", err)
	}

	srv.Shutdown()
	down := time.Now()
	rctx, rcancel := context.WithTimeout(ctx, 10*time.Second)
	var ev map[string]any
	for {
		if err := wsjson.Read(rctx, ws, &ev); err != nil {
			if rctx.Err() != nil {
				t.Fatal("the console on node B stayed open while NATS was away: it would miss node A's messages silently")
			}
			break
		}
	}
	rcancel()
	t.Logf("console closed %v after NATS went away", time.Since(down).Round(time.Millisecond))
	// Customers are still answered: turns do not wait for NATS.
	for i := range 3 {
		post(fmt.Sprintf("during-%d", i))
	}

	natstest.Start(t, port)
	back := time.Now()
	// The console reconnects (as the page does) until a message posted
	// on node A reaches it live again.
	for attempt := 0; ; attempt++ {
		if time.Since(back) > 20*time.Second {
			t.Fatal("live delivery across nodes did not resume within 20 s of NATS coming back")
		}
		ws, err = agent.dial(ctx)
		if err != nil {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		id := fmt.Sprintf("after-%d", attempt)
		post(id)
		wctx, wcancel := context.WithTimeout(ctx, 2*time.Second)
		err = waitConsoleMessage(wctx, ws, id)
		wcancel()
		ws.CloseNow()
		if err == nil {
			t.Logf("live delivery resumed %v after NATS came back (%d console reconnections)", time.Since(back).Round(time.Millisecond), attempt+1)
			break
		}
	}
	// Nothing was lost: the reloaded conversation has every message.
	code, body := call(t, "GET", c.B.URL+"/v1/conversations/"+conv+"/messages?limit=200", c.Key, "", nil)
	if code != http.StatusOK {
		t.Fatalf("list: %d %v", code, body)
	}
	have := map[string]bool{}
	for _, m := range body["messages"].([]any) {
		have[str(m, "client_message_id")] = true
	}
	for _, id := range []string{"before", "during-0", "during-1", "during-2"} {
		if !have[id] {
			t.Errorf("message %s is missing after the restart", id)
		}
	}
}
