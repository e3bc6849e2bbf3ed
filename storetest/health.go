package storetest

import (
	"context"
	"maps"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// RunHealth runs the kefu.StoreHealth contract: open returns a new, empty
// store, as for Run, that also implements kefu.StoreHealth.
func RunHealth(t *testing.T, open func(t *testing.T) kefu.Store) {
	health := func(t *testing.T) (kefu.Store, kefu.StoreHealth) {
		s := open(t)
		h, ok := s.(kefu.StoreHealth)
		if !ok {
			t.Fatalf("%T does not implement kefu.StoreHealth", s)
		}
		return s, h
	}
	ctx := context.Background()

	t.Run("QueueLengths", func(t *testing.T) {
		s, h := health(t)
		for _, id := range []string{"shop", "other", "idle"} {
			MustCreateTenant(t, s, id)
		}
		for _, c := range []struct {
			tenant string
			status kefu.ConversationStatus
		}{
			{"shop", kefu.StatusQueued}, {"shop", kefu.StatusQueued}, {"shop", kefu.StatusBot},
			{"other", kefu.StatusQueued}, {"other", kefu.StatusClosed}, {"idle", kefu.StatusBot},
		} {
			MustCreateConversation(t, s, &kefu.Conversation{TenantID: c.tenant, Channel: "api", Status: c.status})
		}
		got, err := h.QueueLengths(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[string]int{"shop": 2, "other": 1}; !maps.Equal(got, want) {
			t.Errorf("QueueLengths = %v, want %v", got, want)
		}
	})

	t.Run("EventBacklog", func(t *testing.T) {
		s, h := health(t)
		backlog := func() map[string]kefu.ConsumerBacklog {
			t.Helper()
			bs, err := h.EventBacklog(ctx)
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]kefu.ConsumerBacklog{}
			for _, b := range bs {
				out[b.Consumer] = b
			}
			return out
		}
		if got := backlog(); len(got) != 0 {
			t.Errorf("backlog without consumers = %v", got)
		}
		for _, c := range []string{"webhook", "analytics"} {
			if _, err := s.ClaimEvents(ctx, c, 10, time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		for i := range 3 {
			ev := kefu.Event{Type: kefu.EventConversationStatus, TenantID: "shop", ConversationID: "cv_" + string(rune('a'+i)),
				At: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
			if err := s.AppendEvents(ctx, ev); err != nil {
				t.Fatal(err)
			}
		}
		got := backlog()
		for _, c := range []string{"webhook", "analytics"} {
			if b := got[c]; b.Pending != 3 || b.Oldest.IsZero() {
				t.Errorf("%s: backlog %+v, want 3 pending with an oldest time", c, b)
			}
		}
		les, err := s.ClaimEvents(ctx, "webhook", 10, time.Minute)
		if err != nil || len(les) != 3 {
			t.Fatalf("claim: %d events, %v", len(les), err)
		}
		// Claimed is not acknowledged: still pending.
		if b := backlog()["webhook"]; b.Pending != 3 {
			t.Errorf("after a claim: %+v, want 3 pending", b)
		}
		if err := s.AckEvents(ctx, "webhook", les[0].Seq, les[1].Seq, les[2].Seq); err != nil {
			t.Fatal(err)
		}
		got = backlog()
		if b := got["webhook"]; b.Pending != 0 || !b.Oldest.IsZero() {
			t.Errorf("after the acks: %+v, want nothing pending", b)
		}
		if b := got["analytics"]; b.Pending != 3 {
			t.Errorf("analytics after webhook's acks: %+v, want 3 pending", b)
		}
	})

	t.Run("Ping", func(t *testing.T) {
		s, h := health(t)
		if err := h.Ping(ctx); err != nil {
			t.Fatalf("Ping on an open store: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if err := h.Ping(ctx); kefu.ErrorCode(err) != kefu.EUNAVAILABLE {
			t.Errorf("Ping on a closed store = %v, want %s", err, kefu.EUNAVAILABLE)
		}
	})
}
