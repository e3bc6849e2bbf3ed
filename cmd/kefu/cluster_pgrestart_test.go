package main

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestClusterPostgresRestart takes PostgreSQL away from two running
// nodes and brings it back, as a restart or failover of the database
// looks to them (through a proxy: the CI's server is shared with other
// test packages and cannot be restarted): requests fail cleanly — a
// JSON 503 soon, not a hang or a half-written message — /readyz says
// so, and both nodes serve again once the database is back, a retried
// message stored once.
func TestClusterPostgresRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes on PostgreSQL skipped in -short mode")
	}
	dsn := testenv.PostgresDSN(t)
	db := testenv.NewOutage(t, testenv.PostgresHost(t, dsn))
	c := mustStartClusterOn(t, "", testenv.ViaOutage(t, dsn, db))
	conv := newConversation(t, c.A.URL, c.Key)
	post := func(base, id string) (int, map[string]any) {
		return callJSON(t, "POST", base+"/v1/conversations/"+conv+"/messages", c.Key,
			map[string]string{"text": "where is my order 10023?", "client_message_id": id})
	}
	if code, body := post(c.A.URL, "pg-before"); code != http.StatusOK {
		t.Fatalf("before the outage: %d %v", code, body)
	}

	db.Down()
	for _, n := range []struct {
		name string
		node *demo
	}{{"A", c.A}, {"B", c.B}} {
		start := time.Now()
		code, body := post(n.node.URL, "pg-during-"+n.name)
		took := time.Since(start)
		t.Logf("node %s during the outage: %d %v in %v", n.name, code, body, took.Round(time.Millisecond))
		if code != http.StatusServiceUnavailable || str(body, "error", "code") != "unavailable" {
			t.Errorf("node %s during the outage: %d %v, want 503 unavailable", n.name, code, body)
		}
		if took > 15*time.Second {
			t.Errorf("node %s took %v to fail", n.name, took)
		}
		if code, _ := call(t, "GET", n.node.URL+"/readyz", "", "", nil); code != http.StatusServiceUnavailable {
			t.Errorf("node %s /readyz during the outage: %d, want 503", n.name, code)
		}
	}

	db.Up(t)
	start := time.Now()
	for _, n := range []struct {
		name string
		node *demo
	}{{"A", c.A}, {"B", c.B}} {
		deadline := time.Now().Add(30 * time.Second)
		for {
			code, body := post(n.node.URL, "pg-during-"+n.name) // the customer's retry
			if code == http.StatusOK {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %s still failing 30 s after the database came back: %d %v", n.name, code, body)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	t.Logf("both nodes answered %v after the database came back", time.Since(start).Round(time.Millisecond))
	if code, _ := call(t, "GET", c.B.URL+"/readyz", "", "", nil); code != http.StatusOK {
		t.Errorf("node B /readyz after the outage: %d, want 200", code)
	}

	code, body := callJSON(t, "GET", c.B.URL+"/v1/conversations/"+conv+"/messages", c.Key, nil)
	if code != http.StatusOK {
		t.Fatalf("list: %d %v", code, body)
	}
	count := map[string]int{}
	for _, m := range body["messages"].([]any) {
		if id, _ := m.(map[string]any)["client_message_id"].(string); id != "" {
			count[id]++
		}
	}
	for _, id := range []string{"pg-before", "pg-during-A", "pg-during-B"} {
		if count[id] != 1 {
			t.Errorf("message %s stored %d times, want once (%s)", id, count[id], fmt.Sprint(count))
		}
	}
}
