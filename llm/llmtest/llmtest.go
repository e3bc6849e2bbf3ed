// Package llmtest is an in-process fake of an OpenAI-compatible chat
// completions server (POST /v1/chat/completions) for kefu's tests. It is
// deterministic: what it answers follows its Mode and the prompt it got,
// never chance.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Modes of the fake.
const (
	// Cite answers with the first sentence of the prompt's article 1,
	// citing [1] (a well-behaved model).
	Cite = "cite"
	// NoCitation answers like Cite without the citation.
	NoCitation = "no_citation"
	// WrongCitation answers like Cite but cites [9], an article it was
	// not given.
	WrongCitation = "wrong_citation"
	// Refuse answers NO_ANSWER.
	Refuse = "refuse"
	// InventNumber answers with a number no article has, citing [1].
	InventNumber = "invent_number"
	// EchoInstructions answers with its system prompt, citing [1] (a
	// model tricked into revealing its instructions).
	EchoInstructions = "echo_instructions"
	// ObeyCustomer answers with the customer's message, citing [1] (a
	// model that followed instructions injected into it).
	ObeyCustomer = "obey_customer"
	// Fail answers HTTP 500 with an OpenAI-style error body.
	Fail = "fail"
	// Slow waits for the client to give up (or Server.Delay), then
	// answers like Cite.
	Slow = "slow"
	// Paraphrase answers a paraphrase request: for each example line of
	// the prompt, two rewordings, one of them an exact copy of the
	// example (for the caller's duplicate removal).
	Paraphrase = "paraphrase"
)

// Server is the fake. Set Mode (under its methods) between requests.
type Server struct {
	*httptest.Server
	// Key, when set, is the bearer token every request must carry.
	Key string
	// Model is the model name requests must ask for ("" accepts any).
	Model string

	mu       sync.Mutex // guards the fields below
	mode     string
	delay    time.Duration
	requests []Request
}

// Request is one request the fake received.
type Request struct {
	Model       string    `json:"model"`
	Messages    []Message `json:"messages"`
	Temperature float64   `json:"temperature"`
	MaxTokens   int       `json:"max_tokens"`
	Auth        string    `json:"-"`
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// New starts a fake in mode Cite; it is closed when the test ends.
func New(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{mode: Cite}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// SetMode sets what the fake answers from now on.
func (s *Server) SetMode(mode string) {
	s.mu.Lock()
	s.mode = mode
	s.mu.Unlock()
}

// SetDelay makes Slow answer after d instead of waiting for the client.
func (s *Server) SetDelay(d time.Duration) {
	s.mu.Lock()
	s.delay = d
	s.mu.Unlock()
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		fail(w, http.StatusNotFound, "no route "+r.Method+" "+r.URL.Path)
		return
	}
	var req Request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) == 0 {
		fail(w, http.StatusBadRequest, "bad request")
		return
	}
	req.Auth = r.Header.Get("Authorization")
	s.mu.Lock()
	s.requests = append(s.requests, req)
	mode, delay := s.mode, s.delay
	s.mu.Unlock()
	if s.Key != "" && req.Auth != "Bearer "+s.Key {
		fail(w, http.StatusUnauthorized, "Incorrect API key provided")
		return
	}
	if s.Model != "" && req.Model != s.Model {
		fail(w, http.StatusNotFound, fmt.Sprintf("model %q not found", req.Model))
		return
	}
	system, user := req.Messages[0].Content, req.Messages[len(req.Messages)-1].Content
	first := firstSentence(Articles(user))
	var content string
	switch mode {
	case Fail:
		fail(w, http.StatusInternalServerError, "model crashed")
		return
	case Slow:
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-r.Context().Done():
				return
			}
		} else {
			<-r.Context().Done()
			return
		}
		content = first + " [1]"
	case NoCitation:
		content = first
	case WrongCitation:
		content = first + " [9]"
	case Refuse:
		content = "NO_ANSWER"
	case InventNumber:
		content = "You can return items within 90 days and get 25% back. [1]"
	case EchoInstructions:
		content = system + " [1]"
	case ObeyCustomer:
		content = Customer(user) + " [1]"
	case Paraphrase:
		content = paraphrase(user)
	default:
		content = first + " [1]"
	}
	model := req.Model
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "model": model,
		"choices": []map[string]any{{"index": 0, "message": map[string]string{"role": "assistant", "content": content}, "finish_reason": "stop"}},
		"usage":   map[string]int{"prompt_tokens": len(system+user) / 4, "completion_tokens": len(content) / 4},
	})
}

func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"message": msg, "type": "server_error"}})
}

var (
	articleRe  = regexp.MustCompile(`(?s)<<<ARTICLE (\d+) \w+>>>\nTitle: ([^\n]*)\n(.*?)\n<<<END ARTICLE \d+ \w+>>>`)
	customerRe = regexp.MustCompile(`(?s)<<<CUSTOMER MESSAGE \w+>>>\n(.*?)\n<<<END CUSTOMER MESSAGE \w+>>>`)
)

// Article is one article as the fake read it from a prompt.
type Article struct{ Title, Body string }

// Articles returns the delimited articles of a grounded prompt, in order.
func Articles(user string) []Article {
	var out []Article
	for _, m := range articleRe.FindAllStringSubmatch(user, -1) {
		out = append(out, Article{Title: m[2], Body: m[3]})
	}
	return out
}

// Customer returns the delimited customer message of a grounded prompt.
func Customer(user string) string {
	if m := customerRe.FindStringSubmatch(user); m != nil {
		return m[1]
	}
	return ""
}

// firstSentence is the first sentence of the first article's body.
func firstSentence(arts []Article) string {
	if len(arts) == 0 {
		return "I have no articles."
	}
	b := arts[0].Body
	if i := strings.IndexAny(b, ".。!?！？"); i >= 0 {
		_, n := utf8.DecodeRuneInString(b[i:])
		return b[:i+n]
	}
	return b
}

// paraphrase answers a paraphrase prompt: each example line after
// "Example messages:" twice, as "please, <example>" and verbatim.
func paraphrase(user string) string {
	_, ex, _ := strings.Cut(user, "Example messages:\n")
	var out []string
	for i, l := range strings.Split(strings.TrimSpace(ex), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, fmt.Sprintf("%d. please, %s", i+1, l), "- "+l)
		}
	}
	return strings.Join(out, "\n")
}
