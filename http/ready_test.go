package http_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func storeCheck(st kefu.Store) khttp.ReadyCheck {
	return khttp.ReadyCheck{Name: "store", Check: st.(kefu.StoreHealth).Ping}
}

func TestReadyz(t *testing.T) {
	ok := khttp.ReadyCheck{Name: "model", Check: func(context.Context) error { return nil }}
	tests := []struct {
		name   string
		checks func(e *Env) []khttp.ReadyCheck
		before func(e *Env)
		status int
		want   string            // ReadyResponse.Status
		checkW map[string]string // check -> status
		errW   string            // a check's error contains this
	}{
		{"no checks", nil, nil, 200, "ready", map[string]string{}, ""},
		{"all ok", func(e *Env) []khttp.ReadyCheck { return []khttp.ReadyCheck{storeCheck(e.Store), ok} }, nil,
			200, "ready", map[string]string{"store": "ok", "model": "ok"}, ""},
		{"store closed", func(e *Env) []khttp.ReadyCheck { return []khttp.ReadyCheck{storeCheck(e.Store), ok} },
			func(e *Env) {
				if err := e.Store.Close(); err != nil {
					t.Fatal(err)
				}
			}, 503, "not_ready", map[string]string{"store": "fail", "model": "ok"}, "database closed"},
		{"check times out", func(e *Env) []khttp.ReadyCheck {
			return []khttp.ReadyCheck{{Name: "bus", Check: func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }}}
		}, nil, 503, "not_ready", map[string]string{"bus": "fail"}, "no answer within"},
		{"internal detail hidden", func(e *Env) []khttp.ReadyCheck {
			return []khttp.ReadyCheck{{Name: "bus", Check: func(context.Context) error { return errors.New("dial tcp 10.0.0.7:4222: secret detail") }}}
		}, nil, 503, "not_ready", map[string]string{"bus": "fail"}, "internal error"},
		{"draining", func(e *Env) []khttp.ReadyCheck { return []khttp.ReadyCheck{storeCheck(e.Store)} },
			func(e *Env) { e.Server.Drain() }, 503, "draining", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := MustOpenEnv(t, func(s *khttp.Server) {})
			if tt.checks != nil {
				e.Server.Ready = tt.checks(e)
			}
			if tt.before != nil {
				tt.before(e)
			}
			res := e.Do(t, "GET", "/readyz", "", "", nil)
			if res.Status != tt.status {
				t.Errorf("status %d, want %d: %s", res.Status, tt.status, res.Body)
			}
			var rr khttp.ReadyResponse
			res.JSON(t, &rr)
			if rr.Status != tt.want {
				t.Errorf("body status %q, want %q", rr.Status, tt.want)
			}
			for name, st := range tt.checkW {
				if rr.Checks[name].Status != st {
					t.Errorf("check %s = %+v, want %s", name, rr.Checks[name], st)
				}
			}
			if len(rr.Checks) != len(tt.checkW) {
				t.Errorf("checks %v, want %d", rr.Checks, len(tt.checkW))
			}
			if tt.errW != "" && !strings.Contains(string(res.Body), tt.errW) {
				t.Errorf("body %s, want an error with %q", res.Body, tt.errW)
			}
			if strings.Contains(string(res.Body), "10.0.0.7") {
				t.Errorf("body %s shows internal detail", res.Body)
			}
			// Liveness does not depend on readiness.
			if res := e.Do(t, "GET", "/healthz", "", "", nil); res.Status != 200 {
				t.Errorf("healthz = %d while not ready", res.Status)
			}
		})
	}
}

// requests records what the server told its RequestObserver.
type requests struct {
	mu  sync.Mutex
	got []string // "route status"
}

func (r *requests) ObserveRequest(route string, status int, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, route+" "+http.StatusText(status))
}

func TestMetricsRoutePatterns(t *testing.T) {
	obs := &requests{}
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Metrics = obs })
	conv, token := e.MustStartConversation(t, e.Key, "")
	e.MustPost(t, token, conv.ID, "hello")
	e.Do(t, "GET", "/v1/conversations/cv_nope", e.Key, "", nil)
	e.Do(t, "GET", "/no/such/path", "", "", nil)
	e.Do(t, "DELETE", "/healthz", "", "", nil)
	want := []string{
		"POST /v1/conversations Created",
		"POST /v1/conversations/{id}/messages OK",
		"GET /v1/conversations/{id} Not Found", // the pattern, not the ID
		"/ Not Found",
		"DELETE /healthz Method Not Allowed",
	}
	obs.mu.Lock()
	defer obs.mu.Unlock()
	if strings.Join(obs.got, "\n") != strings.Join(want, "\n") {
		t.Errorf("observed\n%s\nwant\n%s", strings.Join(obs.got, "\n"), strings.Join(want, "\n"))
	}
}

// gatedTurns holds PostMessage calls with the text "slow" until release
// is closed, telling entered when one arrives.
type gatedTurns struct {
	kefu.TurnService
	entered chan struct{}
	release chan struct{}
}

func (g *gatedTurns) PostMessage(ctx context.Context, req kefu.PostMessageRequest) (*kefu.TurnResult, error) {
	if req.Text == "slow" {
		g.entered <- struct{}{}
		<-g.release
	}
	return g.TurnService.PostMessage(ctx, req)
}

func TestDrainShutdown(t *testing.T) {
	e := MustOpenEnv(t, nil)
	gate := &gatedTurns{TurnService: e.Server.Turns, entered: make(chan struct{}), release: make(chan struct{})}
	s := &khttp.Server{Addr: "127.0.0.1:0", Store: e.Store, Turns: gate, Events: e.Bus, Ready: []khttp.ReadyCheck{storeCheck(e.Store)}}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	// Each request on a connection of its own: a new request after the
	// listener closed must dial, and be refused.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
	get := func(path string) (int, string, error) {
		res, err := client.Get(s.URL() + path)
		if err != nil {
			return 0, "", err
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b), nil
	}
	post := func(path, auth, body string) (int, string, error) {
		req, _ := http.NewRequest("POST", s.URL()+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+auth)
		res, err := client.Do(req)
		if err != nil {
			return 0, "", err
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b), nil
	}

	status, body, err := post("/v1/conversations", e.Key, `{}`)
	if err != nil || status != 201 {
		t.Fatalf("create conversation: %d %s %v", status, body, err)
	}
	var cr khttp.ConversationResponse
	if err := json.Unmarshal([]byte(body), &cr); err != nil {
		t.Fatal(err)
	}
	if status, body, err := post("/v1/conversations/"+cr.Conversation.ID+"/messages", cr.Token, `{"text":"hello"}`); err != nil || status != 200 {
		t.Fatalf("first message: %d %s %v", status, body, err)
	}
	// A widget's websocket, subscribed once its backlog arrived.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.URL(), "http")+"/v1/conversations/"+cr.Conversation.ID+"/ws?token="+cr.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	for range 2 {
		if _, _, err := ws.Read(ctx); err != nil {
			t.Fatal(err)
		}
	}

	// A turn in flight.
	type result struct {
		status int
		body   string
		err    error
	}
	inflight := make(chan result, 1)
	go func() {
		st, b, err := post("/v1/conversations/"+cr.Conversation.ID+"/messages", cr.Token, `{"text":"slow"}`)
		inflight <- result{st, b, err}
	}()
	<-gate.entered

	// Draining: readiness fails first, everything else is still served.
	s.Drain()
	for _, c := range []struct {
		path   string
		status int
		body   string
	}{
		{"/readyz", 503, `"draining"`},
		{"/healthz", 200, `"ok"`},
	} {
		if st, b, err := get(c.path); err != nil || st != c.status || !strings.Contains(b, c.body) {
			t.Errorf("GET %s while draining: %d %s %v, want %d with %s", c.path, st, b, err, c.status, c.body)
		}
	}

	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	<-s.ShuttingDown()

	// New requests are refused: the listener is closed.
	if st, _, err := get("/healthz"); err == nil {
		t.Errorf("a new request after shutdown began got %d, want a refused connection", st)
	}
	// The websocket is told the server goes away.
	var ce websocket.CloseError
	if _, _, err := ws.Read(ctx); !errors.As(err, &ce) || ce.Code != websocket.StatusGoingAway {
		t.Errorf("websocket read during shutdown: %v, want going away", err)
	}
	// The turn in flight completes with its reply.
	close(gate.release)
	r := <-inflight
	if r.err != nil || r.status != 200 || !strings.Contains(r.body, `"reply"`) {
		t.Errorf("in-flight turn: %d %.200s %v, want 200 with the reply", r.status, r.body, r.err)
	}
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
	if n := e.MessageCount(t, shop, cr.Conversation.ID); n != 4 {
		t.Errorf("%d messages stored, want 4 (two turns)", n)
	}
}
