package http_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	khttp "github.com/kefu-ai/kefu/http"
)

// FuzzDecodeRoutes posts arbitrary bodies to every JSON POST and PUT
// route of the /v1 API (the chat routes with their credentials, the
// admin routes with an admin key) through the real handler, and fails on
// any 5xx (a panic is one: the server recovers it into a 500) or a reply
// that is not JSON.
//
//	go test ./http -run '^$' -fuzz '^FuzzDecodeRoutes$' -fuzztime 30s
func FuzzDecodeRoutes(f *testing.F) {
	e := MustOpenEnv(f, nil)
	conv, token := e.MustStartConversation(f, e.Key, "c-1001")
	type target struct{ method, path, auth string }
	targets := []target{
		{"POST", "/v1/conversations", e.Key},
		{"POST", "/v1/conversations/" + conv.ID + "/messages", token},
		{"POST", "/v1/conversations/" + conv.ID + "/messages", e.Key},
		{"POST", "/v1/conversations/" + conv.ID + "/rating", token},
		{"POST", "/v1/conversations/" + conv.ID + "/proactive-opt-out", token},
		{"POST", "/v1/events", e.Key},
		{"POST", "/v1/widget/" + shop + "/conversations", ""},
	}
	placeholder := regexp.MustCompile(`\{[a-z_]+\}`)
	for _, rt := range khttp.AdminRoutes() {
		if rt[0] != "POST" && rt[0] != "PUT" {
			continue
		}
		path := strings.ReplaceAll(rt[1], "{language}", "en")
		targets = append(targets, target{rt[0], placeholder.ReplaceAllString(path, "x-1"), e.AdminKey})
	}
	seeds := []string{
		`{}`, `null`, `[]`, `"x"`, `{"text":"where is my order 10023?"}`,
		`{"customer":{"external_id":"c-1","name":"Ana"},"language":"es"}`,
		`{"rating":5,"comment":"ok"}`, `{"events":[{"type":"view","customer":"c-1"}]}`,
		`{"items":[{"sku":"A-1","name":"x","price":"1.00","currency":"EUR"}]}`,
		`{"items":[{}]}`, `{"items":null}`, `{"text":"\ud800"}`, "{\"text\":\"\xff\"}",
		`{"text":"a","text":"b"}`, `{"language":1e999}`, `{"a":` + strings.Repeat(`[`, 500),
	}
	// Every seed once (on targets in turn), and the empty object and null
	// on every target: enough to start from, few enough that the
	// fuzzer's first pass over them stays short.
	for i, s := range seeds {
		f.Add(uint8(i%len(targets)), []byte(s))
	}
	for i := range targets {
		f.Add(uint8(i), []byte(`{}`))
		f.Add(uint8(i), []byte(`null`))
	}
	h := e.Server.Handler()
	f.Fuzz(func(t *testing.T, route uint8, body []byte) {
		tg := targets[int(route)%len(targets)]
		req := httptest.NewRequest(tg.method, tg.path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if tg.auth != "" {
			req.Header.Set("Authorization", "Bearer "+tg.auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= http.StatusInternalServerError {
			t.Fatalf("%s %s with %q: %d %s", tg.method, tg.path, body, rec.Code, rec.Body)
		}
		if ct := rec.Header().Get("Content-Type"); rec.Code != http.StatusNoContent && !strings.HasPrefix(ct, "application/json") {
			t.Fatalf("%s %s with %q: %d with Content-Type %q", tg.method, tg.path, body, rec.Code, ct)
		}
	})
}
