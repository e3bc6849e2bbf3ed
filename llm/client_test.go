package llm_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/llm"
	"github.com/kefu-ai/kefu/llm/llmtest"
)

func TestClientComplete(t *testing.T) {
	srv := llmtest.New(t)
	srv.Key, srv.Model = "sk-secret-key-123", "qwen2.5-7b"
	for _, base := range []string{srv.URL, srv.URL + "/", srv.URL + "/v1"} {
		c := &llm.Client{URL: base, Model: "qwen2.5-7b", Key: "sk-secret-key-123"}
		resp, err := c.Complete(context.Background(), llm.Request{Messages: []llm.Message{{Role: "system", Content: "s"}, {Role: "user", Content: "<<<ARTICLE 1 x>>>\nTitle: T\nReturns within 14 days. More.\n<<<END ARTICLE 1 x>>>"}}, Temperature: 0.2, MaxTokens: 50})
		if err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		if resp.Content != "Returns within 14 days. [1]" || resp.Model != "qwen2.5-7b" || resp.FinishReason != "stop" || resp.CompletionTokens == 0 {
			t.Errorf("%s: got %+v", base, resp)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	r := reqs[0]
	if r.Model != "qwen2.5-7b" || r.Temperature != 0.2 || r.MaxTokens != 50 || r.Auth != "Bearer sk-secret-key-123" || len(r.Messages) != 2 || r.Messages[0].Role != "system" {
		t.Errorf("request as received: %+v", r)
	}
}

// TestClientErrors pins how each failure of the endpoint reaches the
// caller: a kefu error code, a message that says what happened, and never
// the key.
func TestClientErrors(t *testing.T) {
	const key = "sk-never-show-me-42"
	srv := llmtest.New(t)
	srv.Key = key
	raw := func(status int, body string) *httptest.Server {
		s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(status)
			w.Write([]byte(body))
		}))
		t.Cleanup(s.Close)
		return s
	}
	big := raw(200, `{"choices":[{"message":{"content":"`+strings.Repeat("x", 5000)+`"}}]}`)
	echoKey := raw(400, `{"error":{"message":"bad key `+key+` given"}}`)
	notJSON := raw(200, `<html>hello</html>`)
	noChoices := raw(200, `{"choices":[]}`)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	tests := []struct {
		name      string
		url       string
		mode      string
		key       string
		timeout   time.Duration
		max       int64
		code      string
		msg       string
		isTimeout bool
	}{
		{name: "server error", url: srv.URL, mode: llmtest.Fail, key: key, code: kefu.EUNAVAILABLE, msg: "HTTP 500: model crashed"},
		{name: "wrong key", url: srv.URL, key: "sk-wrong", code: kefu.EUNAUTHORIZED, msg: "HTTP 401: Incorrect API key"},
		{name: "no key", url: srv.URL, code: kefu.EUNAUTHORIZED, msg: "HTTP 401"},
		{name: "slow", url: srv.URL, mode: llmtest.Slow, key: key, timeout: 50 * time.Millisecond, code: kefu.EUNAVAILABLE, msg: "timed out", isTimeout: true},
		{name: "too large", url: big.URL, max: 1000, code: kefu.ETOOLARGE, msg: "over 1000 bytes"},
		{name: "key echoed in body", url: echoKey.URL, key: key, code: kefu.EINVALID, msg: "bad key REDACTED given"},
		{name: "not json", url: notJSON.URL, code: kefu.EINTERNAL, msg: "did not answer with a chat completion"},
		{name: "no choices", url: noChoices.URL, code: kefu.EINTERNAL, msg: "without choices"},
		{name: "unreachable", url: closed.URL, code: kefu.EUNAVAILABLE, msg: "unreachable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.SetMode(tt.mode)
			c := &llm.Client{URL: tt.url, Model: "m", Key: tt.key, Timeout: tt.timeout, MaxResponse: tt.max}
			_, err := c.Complete(context.Background(), llm.Request{Messages: []llm.Message{{Role: "user", Content: "hi"}}})
			if err == nil {
				t.Fatal("no error")
			}
			if kefu.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %s %q, want %s containing %q", kefu.ErrorCode(err), err, tt.code, tt.msg)
			}
			if strings.Contains(err.Error(), key) {
				t.Errorf("error shows the key: %q", err)
			}
			if errors.Is(err, llm.ErrTimeout) != tt.isTimeout {
				t.Errorf("errors.Is(ErrTimeout) = %v, want %v", !tt.isTimeout, tt.isTimeout)
			}
		})
	}
}

func TestClientCancel(t *testing.T) {
	srv := llmtest.New(t)
	srv.SetMode(llmtest.Slow)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(30 * time.Millisecond); cancel() }()
	c := &llm.Client{URL: srv.URL, Model: "m"}
	start := time.Now()
	_, err := c.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: "user", Content: "hi"}}})
	if err == nil || !strings.Contains(err.Error(), "cancelled") || errors.Is(err, llm.ErrTimeout) {
		t.Fatalf("got %v, want a cancellation that is not a timeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancellation took %v", d)
	}
}

func TestClientNeedsURLAndModel(t *testing.T) {
	for _, c := range []*llm.Client{{URL: "http://x"}, {Model: "m"}} {
		if _, err := c.Complete(context.Background(), llm.Request{}); kefu.ErrorCode(err) != kefu.EINVALID {
			t.Errorf("%+v: got %v, want invalid", c, err)
		}
	}
}
