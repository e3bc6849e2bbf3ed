package http_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// slowTurns delays PostMessage, as a slow model or store would.
type slowTurns struct {
	kefu.TurnService
	delay time.Duration
}

func (t slowTurns) PostMessage(ctx context.Context, req kefu.PostMessageRequest) (*kefu.TurnResult, error) {
	select {
	case <-time.After(t.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return t.TurnService.PostMessage(ctx, req)
}

// MustDialRaw opens a plain TCP connection to the test server.
func (e *Env) MustDialRaw(tb testing.TB) net.Conn {
	tb.Helper()
	c, err := net.Dial("tcp", e.HTTP.Listener.Addr().String())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

// TestSlowBodyIsCut sends request bodies one byte at a time, slower than
// the body timeout allows, and checks that the server answers 400 and
// closes the connection before the body is complete, for a JSON body
// with and without a declared length and for a photo upload.
func TestSlowBodyIsCut(t *testing.T) {
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Guards.BodyTimeout = 200 * time.Millisecond })
	conv, token := e.MustStartConversation(t, e.Key, "")
	path := "/v1/conversations/" + conv.ID
	json := `{"text":"` + strings.Repeat("a", 200) + `"}`
	multipart := "--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + strings.Repeat("a", 200) + "\r\n--b--\r\n"
	tests := []struct {
		name    string
		path    string
		headers string
		body    string
	}{
		{"json with length", path + "/messages", "Content-Type: application/json\r\nContent-Length: " + fmt.Sprint(len(json)) + "\r\n", json},
		{"json chunked", path + "/messages", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", json},
		{"photo upload", path + "/attachments", "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + fmt.Sprint(len(multipart)) + "\r\n", multipart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := e.MustDialRaw(t)
			chunked := strings.Contains(tt.headers, "chunked")
			head := "POST " + tt.path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n" + tt.headers + "\r\n"
			if _, err := io.WriteString(c, head); err != nil {
				t.Fatal(err)
			}
			// One byte every 20 ms: the whole body would take seconds.
			stop := make(chan struct{})
			finished := make(chan bool, 1)
			go func() {
				for i := 0; i < len(tt.body); i++ {
					b := tt.body[i : i+1]
					if chunked {
						b = "1\r\n" + b + "\r\n"
					}
					select {
					case <-stop:
						finished <- false
						return
					case <-time.After(20 * time.Millisecond):
					}
					if _, err := io.WriteString(c, b); err != nil {
						finished <- false
						return
					}
				}
				finished <- true
			}()
			defer close(stop)
			// A safety net only: the server answers long before.
			c.SetReadDeadline(time.Now().Add(30 * time.Second))
			res, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				t.Fatalf("no answer: %v", err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			CheckError(t, Response{Status: res.StatusCode, Header: res.Header, Body: body}, http.StatusBadRequest, kefu.EINVALID)
			if !strings.Contains(string(body), "not sent in time") {
				t.Errorf("body = %s", body)
			}
			if !res.Close {
				t.Error("the connection is kept open after a cut body")
			}
			select {
			case done := <-finished:
				if done {
					t.Error("the whole body was sent before the answer: nothing was cut")
				}
			default: // still sending when the answer came
			}
		})
	}
	if n := e.MessageCount(t, shop, conv.ID); n != 0 {
		t.Errorf("%d messages stored from cut bodies", n)
	}
}

// TestDeadlinesSpareLongHandlers checks that a body read in time lets the
// handler run past the body timeout (the deadline ends with the body),
// and that the response deadline does cut a handler slower than it.
func TestDeadlinesSpareLongHandlers(t *testing.T) {
	tests := []struct {
		name   string
		guards khttp.Guards
		ok     bool
	}{
		{"turn longer than the body timeout", khttp.Guards{BodyTimeout: 50 * time.Millisecond}, true},
		{"turn longer than the write timeout", khttp.Guards{WriteTimeout: 50 * time.Millisecond}, false},
		{"guards off", khttp.Guards{BodyTimeout: -1, WriteTimeout: -1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := MustOpenEnv(t, func(s *khttp.Server) {
				s.Turns = slowTurns{TurnService: s.Turns, delay: 300 * time.Millisecond}
				s.Guards = tt.guards
			})
			conv, token := e.MustStartConversation(t, e.Key, "")
			req, _ := http.NewRequest("POST", e.HTTP.URL+"/v1/conversations/"+conv.ID+"/messages", strings.NewReader(`{"text":"hello"}`))
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Content-Type", "application/json")
			res, err := e.HTTP.Client().Do(req)
			if !tt.ok {
				if err == nil {
					res.Body.Close()
					t.Fatalf("got %d, want the connection cut", res.StatusCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("got %d %s", res.StatusCode, body)
			}
		})
	}
}

// TestWebsocketOutlivesDeadlines checks that the per-request deadlines
// do not end a websocket: the upgrade clears them.
func TestWebsocketOutlivesDeadlines(t *testing.T) {
	e := MustOpenEnv(t, func(s *khttp.Server) {
		s.Guards = khttp.Guards{BodyTimeout: 50 * time.Millisecond, WriteTimeout: 50 * time.Millisecond}
	})
	conv, token := e.MustStartConversation(t, e.Key, "")
	c := e.MustDial(t, conv.ID, "?token="+token)
	time.Sleep(200 * time.Millisecond) // past both deadlines
	sent := e.MustPost(t, token, conv.ID, "hello")
	if ev := read(t, c); ev.Message == nil || ev.Message.ID != sent.Message.ID {
		t.Errorf("frame = %+v, want message %d", ev, sent.Message.ID)
	}
}
