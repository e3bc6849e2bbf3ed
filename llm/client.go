package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/redact"
)

// Defaults of a Client.
const (
	// DefaultTimeout bounds one request, connection to last byte.
	DefaultTimeout = 20 * time.Second
	// DefaultMaxResponse is how many bytes of a response are read; a
	// longer one is an error, not a truncated answer.
	DefaultMaxResponse = 1 << 20
	// DefaultMaxTokens is the completion budget when a request sets none.
	DefaultMaxTokens = 400
	// maxErrorBody is how much of an error response is kept for the log.
	maxErrorBody = 300
)

// Client calls POST {URL}/v1/chat/completions. Its fields are set before
// first use and not changed afterwards; it is safe for concurrent use.
type Client struct {
	// URL is the endpoint's base, e.g. "http://127.0.0.1:8081" (a
	// llama.cpp server) or "http://localhost:11434" (Ollama); a trailing
	// "/v1" is accepted.
	URL string
	// Model is the model name the server expects; required.
	Model string
	// Key, when not empty, is sent as a bearer token. It is never logged
	// and is scrubbed from error bodies.
	Key string
	// Timeout bounds each request (DefaultTimeout when zero); a shorter
	// deadline on the caller's context wins.
	Timeout time.Duration
	// MaxResponse bounds the bytes read of a response (DefaultMaxResponse
	// when zero).
	MaxResponse int64
	// HTTP is the client used (http.DefaultClient when nil).
	HTTP *http.Client
}

// Message is one message of a chat.
type Message struct {
	Role    string `json:"role"` // "system", "user" or "assistant"
	Content string `json:"content"`
}

// Request is one chat completion request.
type Request struct {
	Messages    []Message
	Temperature float64
	// MaxTokens bounds the answer (DefaultMaxTokens when zero).
	MaxTokens int
}

// Response is the first choice of a chat completion.
type Response struct {
	Content      string
	Model        string // the model the server says answered
	FinishReason string
	// Tokens the server counted, when it says (0 otherwise).
	PromptTokens, CompletionTokens int
	Latency                        time.Duration
}

// Error codes of Client.Complete are kefu.Error codes: EUNAVAILABLE for an
// unreachable or failing server and for timeouts, EUNAUTHORIZED for a
// refused key, ERATELIMIT, ETOOLARGE for an over-long response, EINVALID
// for a request the server rejected and EINTERNAL for an answer that is
// not a chat completion. ErrTimeout is in the chain of a timeout.
var ErrTimeout = errors.New("llm: timed out")

// Complete sends req and returns the first choice's message.
func (c *Client) Complete(ctx context.Context, req Request) (Response, error) {
	const op = "llm.Complete"
	if c.Model == "" || c.URL == "" {
		return Response{}, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "LLM endpoint URL and model are required"}
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	maxTokens := req.MaxTokens
	if maxTokens <= 0 {
		maxTokens = DefaultMaxTokens
	}
	body, err := json.Marshal(struct {
		Model       string    `json:"model"`
		Messages    []Message `json:"messages"`
		Temperature float64   `json:"temperature"`
		MaxTokens   int       `json:"max_tokens"`
		Stream      bool      `json:"stream"`
	}{c.Model, req.Messages, req.Temperature, maxTokens, false})
	if err != nil {
		return Response{}, kefu.E(op, err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint(), bytes.NewReader(body))
	if err != nil {
		return Response{}, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "bad LLM endpoint URL", Err: redact.Error(err)}
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	if c.Key != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.Key)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	start := time.Now()
	resp, err := hc.Do(hreq)
	if err != nil {
		return Response{}, c.transportErr(ctx, op, err)
	}
	defer resp.Body.Close()
	limit := c.MaxResponse
	if limit <= 0 {
		limit = DefaultMaxResponse
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return Response{}, c.transportErr(ctx, op, err)
	}
	if int64(len(data)) > limit {
		return Response{}, &kefu.Error{Code: kefu.ETOOLARGE, Op: op, Message: fmt.Sprintf("LLM response over %d bytes", limit)}
	}
	if resp.StatusCode/100 != 2 {
		return Response{}, &kefu.Error{Code: statusCode(resp.StatusCode), Op: op,
			Message: fmt.Sprintf("LLM endpoint answered HTTP %d", resp.StatusCode),
			Err:     errors.New(c.errorBody(data))}
	}
	var out struct {
		Model   string `json:"model"`
		Choices []struct {
			Message      Message `json:"message"`
			FinishReason string  `json:"finish_reason"`
		} `json:"choices"`
		Usage struct {
			PromptTokens     int `json:"prompt_tokens"`
			CompletionTokens int `json:"completion_tokens"`
		} `json:"usage"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return Response{}, &kefu.Error{Code: kefu.EINTERNAL, Op: op, Message: "LLM endpoint did not answer with a chat completion", Err: err}
	}
	if len(out.Choices) == 0 {
		return Response{}, &kefu.Error{Code: kefu.EINTERNAL, Op: op, Message: "LLM endpoint answered without choices"}
	}
	ch := out.Choices[0]
	return Response{
		Content:          ch.Message.Content,
		Model:            out.Model,
		FinishReason:     ch.FinishReason,
		PromptTokens:     out.Usage.PromptTokens,
		CompletionTokens: out.Usage.CompletionTokens,
		Latency:          time.Since(start),
	}, nil
}

// endpoint is the chat completions URL.
func (c *Client) endpoint() string {
	base := strings.TrimRight(c.URL, "/")
	if !strings.HasSuffix(base, "/v1") {
		base += "/v1"
	}
	return base + "/chat/completions"
}

// transportErr classifies a failed round trip: a deadline or cancellation
// wraps ErrTimeout (or the context's error), anything else is the server
// being unreachable. The URL in net/http's error is redacted.
func (c *Client) transportErr(ctx context.Context, op string, err error) error {
	err = redact.Error(err)
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "LLM endpoint timed out", Err: fmt.Errorf("%w: %v", ErrTimeout, err)}
	case ctx.Err() != nil:
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "LLM request cancelled", Err: ctx.Err()}
	}
	return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "LLM endpoint unreachable", Err: err}
}

// errorBody returns the server's error message (OpenAI's
// {"error":{"message"}}, or the body), shortened, without the key.
func (c *Client) errorBody(b []byte) string {
	var e struct {
		Error json.RawMessage `json:"error"`
	}
	s := string(b)
	if json.Unmarshal(b, &e) == nil && len(e.Error) > 0 {
		var m struct {
			Message string `json:"message"`
		}
		var str string
		switch {
		case json.Unmarshal(e.Error, &m) == nil && m.Message != "":
			s = m.Message
		case json.Unmarshal(e.Error, &str) == nil && str != "":
			s = str
		}
	}
	if c.Key != "" {
		s = strings.ReplaceAll(s, c.Key, redact.Mark)
	}
	if len(s) > maxErrorBody {
		s = s[:maxErrorBody] + "…"
	}
	return s
}

// statusCode maps the endpoint's HTTP status to a kefu error code.
func statusCode(status int) string {
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return kefu.EUNAUTHORIZED
	case status == http.StatusTooManyRequests:
		return kefu.ERATELIMIT
	case status == http.StatusRequestEntityTooLarge:
		return kefu.ETOOLARGE
	case status == http.StatusBadRequest || status == http.StatusNotFound || status == http.StatusUnprocessableEntity:
		return kefu.EINVALID
	case status >= 500:
		return kefu.EUNAVAILABLE
	}
	return kefu.EINTERNAL
}
