package main

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// TestHTTPEndToEnd runs the real "kefu demo" wiring and talks to it over
// HTTP like an integrating shop would.
func TestHTTPEndToEnd(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["globalmart"]

	code, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-1001"}})
	if code != http.StatusCreated {
		t.Fatalf("create conversation: %d %v", code, body)
	}
	conv := str(body, "conversation", "id")
	token := str(body, "token")
	if conv == "" || token == "" {
		t.Fatalf("create conversation: %v", body)
	}
	msgs := d.URL + "/v1/conversations/" + conv + "/messages"

	code, body = callJSON(t, "POST", msgs, key, map[string]string{"text": "where is my order 10023?", "client_message_id": "c1"})
	reply := str(body, "reply", "text")
	if code != http.StatusOK || !strings.Contains(reply, "10023") || str(body, "reply", "trace", "outcome") != "tracking" {
		t.Fatalf("post: %d %v", code, body)
	}
	// A retry with the same client message ID returns the first reply.
	code, body = callJSON(t, "POST", msgs, key, map[string]string{"text": "where is my order 10023?", "client_message_id": "c1"})
	if code != http.StatusOK || str(body, "reply", "text") != reply || body["duplicate"] != true {
		t.Fatalf("retry: %d %v", code, body)
	}
	// The conversation token works for this conversation only.
	code, body = call(t, "GET", msgs, token, "", nil)
	if code != http.StatusOK || len(body["messages"].([]any)) != 2 {
		t.Fatalf("list with token: %d %v", code, body)
	}
	code, other := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{})
	if code != http.StatusCreated {
		t.Fatalf("anonymous conversation: %d", code)
	}
	if code, _ := call(t, "GET", d.URL+"/v1/conversations/"+str(other, "conversation", "id"), token, "", nil); code != http.StatusUnauthorized && code != http.StatusNotFound && code != http.StatusForbidden {
		t.Fatalf("token of one conversation read another: %d", code)
	}
	// Another tenant's key cannot see the conversation.
	if code, _ := call(t, "GET", d.URL+"/v1/conversations/"+conv, d.Keys["freshfarm"], "", nil); code != http.StatusNotFound {
		t.Fatalf("other tenant's key: %d, want 404", code)
	}

	count := func() int {
		_, b := call(t, "GET", msgs, key, "", nil)
		return len(b["messages"].([]any))
	}
	before := count()
	bad := []struct {
		name        string
		key         string
		url         string
		contentType string
		body        []byte
		status      int
		code        string
	}{
		{"malformed JSON", key, msgs, "application/json", []byte(`{"text":`), 400, "invalid"},
		{"unknown field", key, msgs, "application/json", []byte(`{"txt":"hi"}`), 400, "invalid"},
		{"empty text", key, msgs, "application/json", []byte(`{"text":"   "}`), 400, "invalid"},
		{"invalid UTF-8", key, msgs, "application/json", []byte("{\"text\":\"hi \xff\"}"), 400, "invalid"},
		{"oversized text", key, msgs, "application/json", []byte(`{"text":"` + strings.Repeat("a", 5000) + `"}`), 413, "too_large"},
		{"oversized body", key, msgs, "application/json", []byte(`{"text":"` + strings.Repeat("a", 70<<10) + `"}`), 413, "too_large"},
		{"wrong key", "kefu_wrong", msgs, "application/json", []byte(`{"text":"hi"}`), 401, "unauthorized"},
		{"no key", "", msgs, "application/json", []byte(`{"text":"hi"}`), 401, "unauthorized"},
		{"wrong content type", key, msgs, "text/plain", []byte(`{"text":"hi"}`), 415, ""},
		{"unknown tenant widget", "", d.URL + "/v1/widget/nope/conversations", "application/json", []byte(`{}`), 404, "not_found"},
		{"unknown conversation", key, d.URL + "/v1/conversations/cv_nope/messages", "application/json", []byte(`{"text":"hi"}`), 404, "not_found"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, "POST", tt.url, tt.key, tt.contentType, bytes.NewReader(tt.body))
			if tt.status == 415 && status/100 == 4 {
				status = 415 // any clear 4xx is acceptable for the content type
			}
			if status != tt.status {
				t.Fatalf("status %d, want %d: %v", status, tt.status, body)
			}
			if tt.code != "" && str(body, "error", "code") != tt.code {
				t.Fatalf("error %v, want code %q", body, tt.code)
			}
			if str(body, "error", "message") == "" {
				t.Fatalf("error body %v lacks a message", body)
			}
		})
	}
	if after := count(); after != before {
		t.Fatalf("rejected requests changed the store: %d messages before, %d after", before, after)
	}
}

func TestOpenAPIServed(t *testing.T) {
	d := MustStartDemo(t)
	code, body := call(t, "GET", d.URL+"/v1/openapi.json", "", "", nil)
	if code != 200 || !strings.HasPrefix(fmt.Sprint(body["openapi"]), "3.") {
		t.Fatalf("openapi: %d %v", code, body["openapi"])
	}
	paths, _ := body["paths"].(map[string]any)
	for _, p := range []string{"/v1/conversations", "/v1/conversations/{id}/messages"} {
		if paths[p] == nil {
			t.Errorf("openapi lacks %s", p)
		}
	}
}
