package http_test

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// MustDial opens the conversation websocket.
func (e *Env) MustDial(tb testing.TB, convID, query string) *websocket.Conn {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(e.HTTP.URL, "http") + "/v1/conversations/" + convID + "/ws" + query
	c, _, err := websocket.Dial(ctx, u, nil)
	if err != nil {
		tb.Fatalf("dial %s: %v", u, err)
	}
	tb.Cleanup(func() { c.CloseNow() })
	return c
}

// read returns the next frame or fails tb after a timeout.
func read(tb testing.TB, c *websocket.Conn) khttp.WSEvent {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var ev khttp.WSEvent
	if err := wsjson.Read(ctx, c, &ev); err != nil {
		tb.Fatalf("read: %v", err)
	}
	return ev
}

func TestWebsocketStreamsMessages(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "c-1001")
	first := e.MustPost(t, token, conv.ID, "hello")

	c := e.MustDial(t, conv.ID, "?token="+token)
	// Backlog: the stored messages, in order.
	for _, want := range []*kefu.Message{first.Message, first.Reply} {
		ev := read(t, c)
		if ev.Type != kefu.EventMessageCreated || ev.Message == nil || ev.Message.ID != want.ID {
			t.Fatalf("backlog frame = %+v, want message %d", ev, want.ID)
		}
		if ev.Message.Trace != nil {
			t.Error("token holder got a trace over the websocket")
		}
	}

	// Live: a new turn arrives as it happens, each message once.
	second := e.MustPost(t, token, conv.ID, "where is my order 10023?")
	var got []int64
	for len(got) < 2 {
		ev := read(t, c)
		if ev.Type != kefu.EventMessageCreated {
			continue
		}
		got = append(got, ev.Message.ID)
	}
	if got[0] != second.Message.ID || got[1] != second.Reply.ID {
		t.Errorf("live messages = %v, want [%d %d]", got, second.Message.ID, second.Reply.ID)
	}

	// An agent's message published later by another part reaches the
	// browser too; a stale copy of an old message is not repeated.
	agent := &kefu.Message{ID: second.Reply.ID + 100, TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorAgent, Text: "Hi, I'm Mei."}
	e.Bus.Publish(context.Background(), kefu.Event{Type: kefu.EventMessageCreated, TenantID: shop, ConversationID: conv.ID, Message: first.Message})
	e.Bus.Publish(context.Background(), kefu.Event{Type: kefu.EventConversationStatus, TenantID: shop, ConversationID: conv.ID, Conversation: &kefu.Conversation{ID: conv.ID, TenantID: shop, Status: kefu.StatusAgent}})
	e.Bus.Publish(context.Background(), kefu.Event{Type: kefu.EventMessageCreated, TenantID: shop, ConversationID: conv.ID, Message: agent})
	if ev := read(t, c); ev.Type != kefu.EventConversationStatus || ev.Conversation.Status != kefu.StatusAgent {
		t.Errorf("frame = %+v, want the status change", ev)
	}
	if ev := read(t, c); ev.Message == nil || ev.Message.ID != agent.ID || ev.Message.Text != agent.Text {
		t.Errorf("frame = %+v, want the agent's message", ev)
	}
}

func TestWebsocketAfter(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "")
	first := e.MustPost(t, token, conv.ID, "one")
	second := e.MustPost(t, token, conv.ID, "two")
	c := e.MustDial(t, conv.ID, "?after="+strconv.FormatInt(first.Reply.ID, 10)+"&token="+token)
	if ev := read(t, c); ev.Message == nil || ev.Message.ID != second.Message.ID {
		t.Errorf("first frame = %+v, want message %d", ev, second.Message.ID)
	}
}

func TestWebsocketRejected(t *testing.T) {
	e := MustOpenEnv(t, nil)
	a, tokenA := e.MustStartConversation(t, e.Key, "")
	b, _ := e.MustStartConversation(t, e.Key, "")
	tests := []struct {
		name   string
		conv   string
		query  string
		status int
	}{
		{"no token", a.ID, "", 401},
		{"token of another conversation", b.ID, "?token=" + tokenA, 404},
		{"other tenant's key", a.ID, "?token=" + e.OtherKey, 404},
		{"bad after", a.ID, "?after=x&token=" + tokenA, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			u := "ws" + strings.TrimPrefix(e.HTTP.URL, "http") + "/v1/conversations/" + tt.conv + "/ws" + tt.query
			c, res, err := websocket.Dial(ctx, u, nil)
			if err == nil {
				c.CloseNow()
				t.Fatal("dial succeeded")
			}
			if res == nil || res.StatusCode != tt.status {
				t.Errorf("dial: %v (response %v), want status %d", err, res, tt.status)
			}
		})
	}
	// A plain GET without the upgrade gets a JSON error, not a half upgrade.
	res := e.Do(t, "GET", "/v1/conversations/"+a.ID+"/ws", tokenA, "", nil)
	CheckError(t, res, http.StatusBadRequest, kefu.EINVALID)
}

func TestWebsocketClosedOnShutdown(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "")
	c := e.MustDial(t, conv.ID, "?token="+token)
	done := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, _, err := c.Read(ctx)
		done <- err
	}()
	time.Sleep(50 * time.Millisecond) // let the handler subscribe
	if err := e.Server.Close(); err != nil {
		t.Fatal(err)
	}
	err := <-done
	var ce websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.StatusGoingAway {
		t.Errorf("read after shutdown: %v, want close status going away", err)
	}
}
