package http_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// wsDial opens a websocket at path (with header) and returns it, or the
// HTTP answer that refused it.
func wsDial(tb testing.TB, base, path string, header http.Header) (*websocket.Conn, Response) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, res, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+path, &websocket.DialOptions{HTTPHeader: header})
	if err == nil {
		tb.Cleanup(func() { c.CloseNow() })
		return c, Response{Status: http.StatusSwitchingProtocols}
	}
	if res == nil {
		tb.Fatalf("dial %s: %v", path, err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return nil, Response{Status: res.StatusCode, Header: res.Header, Body: body}
}

// TestWebsocketCaps opens websockets in turn and checks which the caps
// refuse: per conversation, per agent (console), per client address,
// and none when a cap is off; a closed socket frees its slot.
func TestWebsocketCaps(t *testing.T) {
	// A step opens a socket and expects status 101 or 429: "a" and "b"
	// on conversations, "ana" and "bo" consoles; "close" drops the
	// socket opened at index status instead.
	type step struct {
		who    string
		status int
	}
	tests := []struct {
		name   string
		guards khttp.Guards
		steps  []step
	}{
		{"per conversation", khttp.Guards{WSPerConversation: 2}, []step{
			{"a", 101}, {"a", 101}, {"a", 429}, {"b", 101}, {"b", 101}, {"b", 429},
			{"close", 0}, {"a", 101}, {"a", 429},
		}},
		{"per agent", khttp.Guards{WSPerAgent: 2}, []step{
			{"ana", 101}, {"ana", 101}, {"ana", 429}, {"bo", 101}, {"a", 101},
			{"close", 1}, {"ana", 101},
		}},
		{"per address", khttp.Guards{WSPerAddress: 3}, []step{
			{"a", 101}, {"b", 101}, {"ana", 101}, {"bo", 429}, {"a", 429},
			{"close", 2}, {"bo", 101},
		}},
		{"off", khttp.Guards{WSPerConversation: -1, WSPerAddress: -1}, []step{
			{"a", 101}, {"a", 101}, {"a", 101}, {"a", 101}, {"a", 101}, {"a", 101},
			{"a", 101}, {"a", 101}, {"a", 101}, {"a", 101}, {"a", 101}, {"a", 101},
			{"a", 101}, {"a", 101}, {"a", 101}, {"a", 101}, {"a", 101}, {"a", 101},
		}},
		{"default per conversation", khttp.Guards{}, append(repeat(step{"a", 101}, khttp.DefaultWSPerConversation), step{"a", 429}, step{"b", 101})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := MustOpenConsole(t, nil, func(s *khttp.Server) { s.Guards = tt.guards })
			convA, tokA := e.MustStartConversation(t, e.Key, "")
			convB, tokB := e.MustStartConversation(t, e.Key, "")
			ana, bo := e.MustLogin(t, e.Ana), e.MustLogin(t, e.Bo)
			paths := map[string]string{
				"a": "/v1/conversations/" + convA.ID + "/ws?token=" + tokA,
				"b": "/v1/conversations/" + convB.ID + "/ws?token=" + tokB,
			}
			agents := map[string]*Agent{"ana": ana, "bo": bo}
			dial := func(who string) (*websocket.Conn, Response) {
				if a := agents[who]; a != nil {
					return wsDial(t, e.HTTP.URL, "/console/ws?csrf="+a.CSRF, http.Header{"Cookie": {a.Cookie.Name + "=" + a.Cookie.Value}})
				}
				return wsDial(t, e.HTTP.URL, paths[who], nil)
			}
			var open []*websocket.Conn
			for i, st := range tt.steps {
				if st.who == "close" {
					open[st.status].CloseNow()
					continue
				}
				c, res := dial(st.who)
				// A slot freed by a close is given back when the server's
				// handler sees the close: wait for it rather than race.
				for deadline := time.Now().Add(5 * time.Second); res.Status == 429 && st.status == 101 && time.Now().Before(deadline); {
					time.Sleep(10 * time.Millisecond)
					c, res = dial(st.who)
				}
				if res.Status != st.status {
					t.Fatalf("step %d (%s): got %d %s, want %d", i, st.who, res.Status, res.Body, st.status)
				}
				if res.Status == 429 {
					CheckError(t, res, 429, kefu.ERATELIMIT)
					if res.Header.Get("Retry-After") == "" {
						t.Errorf("step %d: no Retry-After", i)
					}
					var er khttp.ErrorResponse
					_ = json.Unmarshal(res.Body, &er)
					if !strings.Contains(er.Error.Message, "websockets") {
						t.Errorf("step %d: message %q does not say what is full", i, er.Error.Message)
					}
					continue
				}
				open = append(open, c)
			}
		})
	}
}

func repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// BenchmarkPostWithSockets measures a customer message post (the turn and
// its fan-out) while a client tries to hold 1,000 websockets on the
// conversation, with the caps off (every socket gets every event) and on
// (the default cap accepts DefaultWSPerConversation).
//
//	go test ./http -run '^$' -bench PostWithSockets -benchtime 300x
func BenchmarkPostWithSockets(b *testing.B) {
	for _, bc := range []struct {
		name    string
		sockets int
		guards  khttp.Guards
	}{
		{"sockets=0", 0, khttp.Guards{}},
		{"sockets=1000/caps=off", 1000, khttp.Guards{WSPerConversation: -1, WSPerAddress: -1}},
		{"sockets=1000/caps=default", 1000, khttp.Guards{}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e := MustOpenEnv(b, func(s *khttp.Server) { s.Guards = bc.guards })
			conv, token := e.MustStartConversation(b, e.Key, "")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			accepted := 0
			for range bc.sockets {
				c, res := wsDial(b, e.HTTP.URL, "/v1/conversations/"+conv.ID+"/ws?token="+token, nil)
				if res.Status != http.StatusSwitchingProtocols {
					continue
				}
				accepted++
				go func() { // a client that keeps up
					for {
						if _, _, err := c.Read(ctx); err != nil {
							return
						}
					}
				}()
			}
			b.ResetTimer()
			for range b.N {
				e.MustPost(b, token, conv.ID, "where is my order 10023?")
			}
			b.ReportMetric(float64(accepted), "sockets")
		})
	}
}
