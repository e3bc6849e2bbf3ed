package translate

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// fakeLibre speaks LibreTranslate's POST /translate: it upper-cases q,
// checks the key, and lets q steer errors ("slow", "boom", "busy").
func fakeLibre(t *testing.T, key string) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/translate" {
			http.NotFound(w, r)
			return
		}
		var in struct{ Q, Source, Target, Format, API_Key string }
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]string{"error": "bad json"})
			return
		}
		switch {
		case in.API_Key != key:
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(map[string]string{"error": "Invalid API key"})
		case in.Format != "text" || in.Source == "" || in.Target == "":
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]string{"error": "bad request"})
		case in.Q == "slow":
			<-r.Context().Done()
		case in.Q == "boom":
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(map[string]string{"error": "model crashed"})
		case in.Q == "busy":
			w.WriteHeader(http.StatusTooManyRequests)
			json.NewEncoder(w).Encode(map[string]string{"error": "Slowdown"})
		case in.Q == "garbage":
			w.Write([]byte("<html>"))
		default:
			json.NewEncoder(w).Encode(map[string]string{"translatedText": in.Source + ">" + in.Target + ":" + strings.ToUpper(in.Q)})
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// fakeOpenAI speaks POST /v1/chat/completions: it answers with the user
// message upper-cased and the system prompt's target language appended.
func fakeOpenAI(t *testing.T, key, model string) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		fail := func(status int, msg string) {
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"message": msg, "type": "x"}})
		}
		if r.Header.Get("Authorization") != "Bearer "+key {
			fail(http.StatusUnauthorized, "Incorrect API key provided")
			return
		}
		var in struct {
			Model    string
			Messages []chatMessage
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Model != model || len(in.Messages) != 2 ||
			in.Messages[0].Role != "system" || !strings.Contains(in.Messages[0].Content, "translation only") {
			fail(http.StatusBadRequest, "bad request")
			return
		}
		q := in.Messages[1].Content
		switch q {
		case "slow":
			<-r.Context().Done()
			return
		case "boom":
			fail(http.StatusBadGateway, "upstream")
			return
		case "empty":
			json.NewEncoder(w).Encode(map[string]any{"choices": []any{}})
			return
		}
		lang := "?"
		if strings.Contains(in.Messages[0].Content, "to Spanish") {
			lang = "es"
		}
		json.NewEncoder(w).Encode(map[string]any{"choices": []any{
			map[string]any{"index": 0, "message": map[string]string{"role": "assistant", "content": " " + lang + ":" + strings.ToUpper(q) + "\n"}},
		}})
	}))
	t.Cleanup(s.Close)
	return s
}

func TestHTTPProviders(t *testing.T) {
	libre := fakeLibre(t, "k1")
	oai := fakeOpenAI(t, "k2", "m1")
	providers := map[string]Translator{
		"libretranslate": &LibreTranslate{URL: libre.URL + "/", APIKey: "k1", Timeout: 200 * time.Millisecond},
		"openai":         &OpenAI{URL: oai.URL, APIKey: "k2", Model: "m1", Timeout: 200 * time.Millisecond},
		"openai /v1":     &OpenAI{URL: oai.URL + "/v1/", APIKey: "k2", Model: "m1", Timeout: 200 * time.Millisecond},
	}
	wrongKey := map[string]Translator{
		"libretranslate": &LibreTranslate{URL: libre.URL, APIKey: "bad"},
		"openai":         &OpenAI{URL: oai.URL, APIKey: "bad", Model: "m1"},
	}
	wantText := map[string]string{"libretranslate": "en>es:HELLO ⟦0⟧", "openai": "es:HELLO ⟦0⟧", "openai /v1": "es:HELLO ⟦0⟧"}
	for name, p := range providers {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			res, err := p.Translate(ctx, Request{Text: "hello ⟦0⟧", From: "en-GB", To: "es"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != wantText[name] || !res.Machine || res.From != "en" || res.To != "es" || res.Provider == "" {
				t.Errorf("Translate = %+v, want text %q", res, wantText[name])
			}
			for _, tc := range []struct {
				text string
				code string
				max  time.Duration
			}{
				{"slow", kefu.EUNAVAILABLE, 2 * time.Second},
				{"boom", kefu.EUNAVAILABLE, time.Second},
			} {
				start := time.Now()
				_, err := p.Translate(ctx, Request{Text: tc.text, From: "en", To: "es"})
				if got := kefu.ErrorCode(err); got != tc.code {
					t.Errorf("%s: code %q (%v), want %q", tc.text, got, err, tc.code)
				}
				if d := time.Since(start); d > tc.max {
					t.Errorf("%s took %v", tc.text, d)
				}
				if err != nil && strings.Contains(kefu.ErrorMessage(err), "crashed") {
					t.Errorf("provider detail leaked into the message: %q", kefu.ErrorMessage(err))
				}
			}
			// A cancelled caller context ends the request too.
			cctx, cancel := context.WithCancel(ctx)
			time.AfterFunc(20*time.Millisecond, cancel)
			if _, err := p.Translate(cctx, Request{Text: "slow", From: "en", To: "es"}); err == nil {
				t.Error("cancelled ctx: no error")
			}
			if _, err := p.Translate(ctx, Request{Text: "x", From: "en", To: "en"}); kefu.ErrorCode(err) != kefu.ENOTIMPLEMENTED {
				t.Errorf("same language: %v, want ENOTIMPLEMENTED", err)
			}
		})
	}
	for name, p := range wrongKey {
		t.Run(name+" wrong key", func(t *testing.T) {
			if _, err := p.Translate(context.Background(), Request{Text: "hi", From: "en", To: "es"}); kefu.ErrorCode(err) != kefu.EUNAUTHORIZED {
				t.Errorf("err = %v, want EUNAUTHORIZED", err)
			}
		})
	}
	t.Run("libretranslate errors", func(t *testing.T) {
		p := providers["libretranslate"]
		for _, tc := range []struct{ text, code string }{{"busy", kefu.ERATELIMIT}, {"garbage", kefu.EINTERNAL}} {
			if _, err := p.Translate(context.Background(), Request{Text: tc.text, From: "en", To: "es"}); kefu.ErrorCode(err) != tc.code {
				t.Errorf("%s: %v, want %s", tc.text, err, tc.code)
			}
		}
	})
	t.Run("openai empty", func(t *testing.T) {
		if _, err := providers["openai"].Translate(context.Background(), Request{Text: "empty", From: "en", To: "es"}); kefu.ErrorCode(err) != kefu.EUNAVAILABLE {
			t.Errorf("err = %v, want EUNAVAILABLE", err)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		p := &LibreTranslate{URL: "http://127.0.0.1:1"}
		if _, err := p.Translate(context.Background(), Request{Text: "hi", From: "en", To: "es"}); kefu.ErrorCode(err) != kefu.EUNAVAILABLE {
			t.Errorf("err = %v, want EUNAVAILABLE", err)
		}
	})
}

func TestSupportsLangs(t *testing.T) {
	for _, tc := range []struct {
		langs    []string
		from, to string
		want     bool
	}{
		{nil, "en", "es", true},
		{nil, "en", "en-US", false},
		{nil, "", "es", false},
		{[]string{"en", "es"}, "en-GB", "es", true},
		{[]string{"en", "es"}, "en", "fr", false},
	} {
		if got := supportsLangs(tc.langs, tc.from, tc.to); got != tc.want {
			t.Errorf("supportsLangs(%v, %q, %q) = %v", tc.langs, tc.from, tc.to, got)
		}
	}
}
