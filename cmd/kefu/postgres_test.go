package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestDemoOnPostgres runs the real wiring on PostgreSQL: the demo shops
// load, and a turn reads the order and stores the reply there.
func TestDemoOnPostgres(t *testing.T) {
	dsn := testenv.PostgresDSN(t)
	d := MustStartDemo(t, "--store", "postgres", "--postgres", dsn)
	key := d.Keys["globalmart"]
	code, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-1001"}})
	if code != http.StatusCreated {
		t.Fatalf("create: %d %v", code, body)
	}
	msgs := d.URL + "/v1/conversations/" + str(body, "conversation", "id") + "/messages"
	code, body = callJSON(t, "POST", msgs, key, map[string]string{"text": "我的订单10023到哪了", "client_message_id": "pg-1"})
	if code != http.StatusOK || !strings.Contains(str(body, "reply", "text"), "SD260100023CN") || str(body, "reply", "language") != "zh" {
		t.Fatalf("post: %d %v", code, body)
	}
	code, body = call(t, "GET", msgs, key, "", nil)
	if code != http.StatusOK || len(body["messages"].([]any)) != 2 {
		t.Fatalf("list: %d %v", code, body)
	}
}
