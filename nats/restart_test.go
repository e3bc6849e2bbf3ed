package nats_test

import (
	"context"
	"log/slog"
	"net"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/natstest"
	"github.com/kefu-ai/kefu/nats"
)

// TestRestart: when the server restarts, each node drops its live
// subscribers (they may have missed events) and tells its change
// listener to forget everything; then delivery across nodes resumes.
func TestBusRestart(t *testing.T) {
	srv := natstest.Start(t, 0)
	port := srv.Addr().(*net.TCPAddr).Port
	url := srv.ClientURL()
	connect := func() *nats.Conn {
		c, err := nats.Connect(url, nats.Options{Name: "kefu-test", Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	ca, cb := connect(), connect()
	a, b := nats.NewEventService(ca), nats.NewEventService(cb)
	forgets := make(chan string, 10)
	stop, err := nats.NewChanges(cb).Subscribe(func(tenant, kind string) { forgets <- tenant + "/" + kind })
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	ctx := context.Background()
	sub, err := b.Subscribe(ctx, kefu.EventFilter{TenantID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	a.Publish(ctx, kefu.Event{TenantID: "t", ConversationID: "before"})
	if e := <-sub.C(); e.ConversationID != "before" {
		t.Fatalf("got %+v", e)
	}

	srv.Shutdown()
	select {
	case _, ok := <-sub.C():
		if ok {
			t.Fatal("an event arrived while the server was down")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the subscriber was not dropped when the server went away")
	}
	// Meanwhile, Publish does not wait, and a subscription can be made
	// (it gets nothing until it is dropped at the reconnection).
	during, err := a.Subscribe(ctx, kefu.EventFilter{TenantID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	a.Publish(ctx, kefu.Event{TenantID: "t", ConversationID: "during"})
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("Publish took %v while the server was away", d)
	}

	natstest.Start(t, port)
	deadline := time.Now().Add(10 * time.Second)
	for !(ca.Connected() && cb.Connected()) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !ca.Connected() || !cb.Connected() {
		t.Fatal("the nodes did not reconnect")
	}
	select {
	case s := <-forgets:
		if s != "/" {
			t.Errorf("after reconnecting, the change listener got %q, want the forget-everything call", s)
		}
	case <-time.After(5 * time.Second):
		t.Error("the change listener was not told to forget everything after reconnecting")
	}
	select {
	case _, ok := <-during.C():
		if ok {
			t.Error("a subscriber made during the outage got an event before it was dropped")
		}
	case <-time.After(5 * time.Second):
		t.Error("a subscriber made during the outage was not dropped when the connection came back")
	}
	sub, err = b.Subscribe(ctx, kefu.EventFilter{TenantID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	a.Publish(ctx, kefu.Event{TenantID: "t", ConversationID: "after"})
	for {
		select {
		case e := <-sub.C():
			// "during" may come first: the client buffered it.
			if e.ConversationID == "after" {
				return
			}
		case <-time.After(5 * time.Second):
			t.Fatal("delivery across nodes did not resume after the restart")
		}
	}
}
