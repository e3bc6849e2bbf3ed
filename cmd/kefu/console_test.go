package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestConsoleDemo logs a demo agent in to the real wiring, takes a
// Spanish customer's conversation from the queue and answers in English;
// the reply goes out through the configured translation (Apertium when
// installed) or, without a provider, untranslated with a notice.
func TestConsoleDemo(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	d := MustStartDemo(t)
	jar, _ := cookiejar.New(nil)
	agent := &http.Client{Jar: jar}
	csrf := ""
	post := func(path string, v any) (int, map[string]any) {
		t.Helper()
		b, _ := json.Marshal(v)
		req, _ := http.NewRequest("POST", d.URL+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-CSRF-Token", csrf)
		res, err := agent.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}
	get := func(path string) (int, map[string]any) {
		t.Helper()
		res, err := agent.Get(d.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}

	if st, _ := post("/console/login", map[string]string{"tenant": "globalmart", "email": "ana@globalmart.example", "password": "wrong"}); st != 401 {
		t.Fatalf("wrong password: %d", st)
	}
	st, me := post("/console/login", map[string]string{"tenant": "globalmart", "email": "ana@globalmart.example", "password": DemoPassword})
	if st != 200 {
		t.Fatalf("login: %d %v", st, me)
	}
	csrf = str(me, "csrf_token")

	key := d.Keys["globalmart"]
	st, created := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-1003"}, "language": "es"})
	if st != 201 {
		t.Fatalf("create: %d %v", st, created)
	}
	conv := str(created, "conversation", "id")
	if st, res := callJSON(t, "POST", d.URL+"/v1/conversations/"+conv+"/messages", key, map[string]string{"text": "quiero hablar con una persona"}); st != 200 {
		t.Fatalf("post: %d %v", st, res)
	}
	_, q := get("/console/api/queue")
	if !strings.Contains(mustMarshal(t, q), conv) {
		t.Fatalf("queue %v lacks %s", q, conv)
	}
	if st, res := post("/console/api/conversations/"+conv+"/take", nil); st != 200 {
		t.Fatalf("take: %d %v", st, res)
	}
	st, reply := post("/console/api/conversations/"+conv+"/reply", map[string]string{"text": "The house is red."})
	if st != 200 {
		t.Fatalf("reply: %d %v", st, reply)
	}
	_, apertium := exec.LookPath("apertium")
	by := str(reply, "message", "translated_by")
	switch {
	case apertium == nil && by != "apertium":
		t.Errorf("reply %v: want Apertium's translation with Apertium installed", reply)
	case apertium != nil && (by != "" || str(reply, "notice") == ""):
		t.Errorf("reply %v: want the original with a notice without a provider", reply)
	}
}

func mustMarshal(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestConsoleConfig(t *testing.T) {
	file := filepath.Join(t.TempDir(), "kefu.json")
	if err := os.WriteFile(file, []byte(`{"session_key":"0123456789abcdef0123456789abcdef","apertium":"off","openai_url":"http://127.0.0.1:9","openai_model":"m"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		file string
		env  map[string]string
		ok   bool
	}{
		{"defaults", "", nil, true},
		{"file", file, nil, true},
		{"short key", "", map[string]string{"KEFU_SESSION_KEY": "short"}, false},
		{"bad apertium", "", map[string]string{"KEFU_APERTIUM": "maybe"}, false},
		{"openai without model", "", map[string]string{"KEFU_OPENAI_URL": "http://x"}, false},
		{"secure cookies", "", map[string]string{"KEFU_SECURE_COOKIES": "true"}, true},
		{"bad secure cookies", "", map[string]string{"KEFU_SECURE_COOKIES": "yes please"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := loadConfig(tc.file, func(k string) string { return tc.env[k] })
			if err == nil {
				err = c.Validate()
			}
			if (err == nil) != tc.ok {
				t.Fatalf("config %+v: %v, want ok=%v", c.ConsoleConfig, err, tc.ok)
			}
		})
	}
}
