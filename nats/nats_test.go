package nats_test

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/nats"
)

// MustConnect connects a node to the test NATS server (skipping tb when
// there is none, failing it under KEFU_REQUIRE_SERVICES=1) with prefix,
// and closes it when tb ends.
func MustConnect(tb testing.TB, prefix string) *nats.Conn {
	tb.Helper()
	url := testenv.NATSURL(tb)
	c, err := nats.Connect(url, nats.Options{Name: "kefu-test", Prefix: prefix})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

// testPrefix returns a subject prefix of its own, so that tests sharing
// the server (and other packages' tests) never see each other's events.
func testPrefix(tb testing.TB) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	return "kefutest." + hex.EncodeToString(b)
}

// TestLive runs the live bus contract with every node a connection of
// its own, as separate kefu processes would have.
func TestBusLive(t *testing.T) {
	bustest.RunLive(t, func(t *testing.T) func() kefu.EventService {
		prefix := testPrefix(t)
		return func() kefu.EventService {
			bus := nats.NewEventService(MustConnect(t, prefix))
			bus.Buffer = 64
			return bus
		}
	})
}

func TestBusToken(t *testing.T) {
	for _, id := range []string{"globalmart", "cv_01HX-abc", "", "a.b", "*", ">", "a b", "店铺", "~x"} {
		tok := nats.Token(id)
		if strings.ContainsAny(tok, ".*> \t") || tok == "" {
			t.Errorf("token(%q) = %q is not one literal subject token", id, tok)
		}
		if back, ok := nats.Untoken(tok); !ok || back != id {
			t.Errorf("untoken(token(%q)) = %q, %v", id, back, ok)
		}
	}
	if nats.Token("a.b") == nats.Token("a_b") || nats.Token("~x") == "~x" {
		t.Error("distinct IDs share a token")
	}
}

// TestLiveOddIDs: IDs that are not subject tokens (dots, wildcards) reach
// exactly their subscribers across nodes; a tenant named "*" does not see
// the others' events.
func TestBusLiveOddIDs(t *testing.T) {
	prefix := testPrefix(t)
	a, b := nats.NewEventService(MustConnect(t, prefix)), nats.NewEventService(MustConnect(t, prefix))
	ctx := context.Background()
	star, err := b.Subscribe(ctx, kefu.EventFilter{TenantID: "*"})
	if err != nil {
		t.Fatal(err)
	}
	defer star.Close()
	dotted, err := b.Subscribe(ctx, kefu.EventFilter{TenantID: "shop.eu", ConversationID: ">"})
	if err != nil {
		t.Fatal(err)
	}
	defer dotted.Close()
	a.Publish(ctx, kefu.Event{TenantID: "shop", ConversationID: "eu"})
	a.Publish(ctx, kefu.Event{TenantID: "shop.eu", ConversationID: ">"})
	a.Publish(ctx, kefu.Event{TenantID: "*", ConversationID: "1"})
	for _, tc := range []struct {
		sub  kefu.Subscription
		want string
	}{{star, "*/1"}, {dotted, "shop.eu/>"}} {
		select {
		case e := <-tc.sub.C():
			if got := e.TenantID + "/" + e.ConversationID; got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no event, want %s", tc.want)
		}
		select {
		case e := <-tc.sub.C():
			t.Errorf("unexpected %s/%s", e.TenantID, e.ConversationID)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// TestLiveWholeEvent: an event with its message and conversation arrives
// on the other node as it was published.
func TestBusLiveWholeEvent(t *testing.T) {
	prefix := testPrefix(t)
	a, b := nats.NewEventService(MustConnect(t, prefix)), nats.NewEventService(MustConnect(t, prefix))
	ctx := context.Background()
	sub, err := b.Subscribe(ctx, kefu.EventFilter{TenantID: "globalmart", ConversationID: "cv_1"})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	at := time.Date(2026, 11, 1, 8, 30, 0, 123456000, time.UTC)
	want := kefu.Event{Type: kefu.EventMessageCreated, TenantID: "globalmart", ConversationID: "cv_1", At: at,
		Message: &kefu.Message{ID: 1, TenantID: "globalmart", ConversationID: "cv_1", Author: kefu.AuthorCustomer,
			Text: "我的订单10023到哪了", Language: "zh", ClientMessageID: "c-1", CreatedAt: at},
		Conversation: &kefu.Conversation{ID: "cv_1", TenantID: "globalmart", Status: kefu.StatusBot, CreatedAt: at, UpdatedAt: at}}
	a.Publish(ctx, want)
	select {
	case got := <-sub.C():
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		if string(w) != string(g) {
			t.Errorf("event changed on the way:\n got %s\nwant %s", g, w)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no event")
	}
}

// TestChanges: a change published on one node reaches the others, not
// itself.
func TestBusChanges(t *testing.T) {
	prefix := testPrefix(t)
	a, b := nats.NewChanges(MustConnect(t, prefix)), nats.NewChanges(MustConnect(t, prefix))
	got := make(chan string, 10)
	for name, ch := range map[string]*nats.Changes{"a": a, "b": b} {
		stop, err := ch.Subscribe(func(tenant, kind string) { got <- name + ":" + tenant + "/" + kind })
		if err != nil {
			t.Fatal(err)
		}
		defer stop()
	}
	if err := a.Publish("shop.eu", "keys"); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "b:shop.eu/keys" {
			t.Errorf("got %q, want b:shop.eu/keys", s)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the change did not reach the other node")
	}
	select {
	case s := <-got:
		t.Errorf("unexpected %q", s)
	case <-time.After(50 * time.Millisecond):
	}
}

// TestConsoles: a node learns whether another holds an agent's console.
func TestBusConsoles(t *testing.T) {
	prefix := testPrefix(t)
	a := nats.NewConsoles(MustConnect(t, prefix))
	ctx := context.Background()
	start := time.Now()
	if ok, err := a.Elsewhere(ctx, "globalmart", "ag_1"); ok || err != nil {
		t.Fatalf("alone: Elsewhere = %v, %v", ok, err)
	}
	if d := time.Since(start); d > 250*time.Millisecond {
		t.Errorf("alone, the answer took %v; no responders should answer at once", d)
	}
	for _, held := range []string{"ag_2", "ag_3"} { // two other nodes
		stop, err := nats.NewConsoles(MustConnect(t, prefix)).Answer(func(tenant, agent string) bool {
			return tenant == "globalmart" && agent == held
		})
		if err != nil {
			t.Fatal(err)
		}
		defer stop()
	}
	for _, tc := range []struct {
		tenant, agent string
		want          bool
	}{{"globalmart", "ag_2", true}, {"globalmart", "ag_3", true}, {"globalmart", "ag_1", false}, {"other", "ag_2", false}} {
		if ok, err := a.Elsewhere(ctx, tc.tenant, tc.agent); ok != tc.want || err != nil {
			t.Errorf("Elsewhere(%s, %s) = %v, %v; want %v", tc.tenant, tc.agent, ok, err, tc.want)
		}
	}
}
