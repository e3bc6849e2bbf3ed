package desk_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
)

// TestEventsLogged: every desk operation that changes a conversation
// appends to the durable log, with its writes, the same events it
// publishes live; a refused operation appends nothing.
func TestEventsLogged(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	conv := e.MustQueue(t, 1, "hola")
	claim := func() []kefu.Event {
		t.Helper()
		got, err := e.Store.ClaimEvents(ctx, "test", 100, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		var out []kefu.Event
		for _, le := range got {
			out = append(out, le.Event)
		}
		return out
	}
	claim() // register the consumer: it gets what is appended from now on

	msg, status := kefu.EventMessageCreated, kefu.EventConversationStatus
	tests := []struct {
		name string
		op   func() error
		want []string // event types, in order
	}{
		{"take", func() error { _, err := e.Desk.Take(ctx, e.Ana, conv.ID); return err }, []string{msg, status}},
		{"reply", func() error {
			_, err := e.Desk.Reply(ctx, e.Ana, conv.ID, desk.ReplyRequest{Text: "On its way.", ClientMessageID: "r1"})
			return err
		}, []string{msg}},
		{"reply retried", func() error {
			_, err := e.Desk.Reply(ctx, e.Ana, conv.ID, desk.ReplyRequest{Text: "On its way.", ClientMessageID: "r1"})
			return err
		}, nil},
		{"refused close", func() error {
			if _, err := e.Desk.Close(ctx, e.Bo, conv.ID); kefu.ErrorCode(err) != kefu.EFORBIDDEN {
				t.Errorf("close by a non-holder: %v", err)
			}
			return nil
		}, nil},
		{"transfer", func() error { _, err := e.Desk.Transfer(ctx, e.Ana, conv.ID, e.Bo.ID); return err }, []string{msg, status}},
		{"release", func() error { _, err := e.Desk.Release(ctx, e.Bo, conv.ID); return err }, []string{msg, status}},
		{"take again", func() error { _, err := e.Desk.Take(ctx, e.Ana, conv.ID); return err }, []string{msg, status}},
		{"close", func() error { _, err := e.Desk.Close(ctx, e.Ana, conv.ID); return err }, []string{msg, msg, status}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := MustSubscribe(t, e.Bus, shop)
			if err := tt.op(); err != nil {
				t.Fatal(err)
			}
			logged := claim()
			var types []string
			for _, ev := range logged {
				types = append(types, ev.Type)
				if ev.ConversationID != conv.ID || ev.TenantID != shop || ev.At.IsZero() {
					t.Errorf("logged event %+v", ev)
				}
				if ev.Type == msg && (ev.Message == nil || ev.Message.ID == 0) {
					t.Errorf("logged message event without the stored message: %+v", ev.Message)
				}
			}
			if !slices.Equal(types, tt.want) {
				t.Errorf("logged %v, want %v", types, tt.want)
			}
			if live := drain(sub); !slices.Equal(live, tt.want) {
				t.Errorf("published %v, want %v", live, tt.want)
			}
		})
	}
}
