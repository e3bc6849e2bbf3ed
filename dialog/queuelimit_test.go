package dialog_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

// TestAnonymousQueueLimits: anonymous hand-offs beyond the shop's cap or
// rate stay with the bot, which says people are busy in the customer's
// language; known customers are never refused.
func TestAnonymousQueueLimits(t *testing.T) {
	ctx := context.Background()
	status := func(t *testing.T, f *fixture, c *kefu.Conversation) kefu.ConversationStatus {
		t.Helper()
		got, err := f.store.FindConversationByID(ctx, c.TenantID, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.Status
	}
	askPerson := func(t *testing.T, f *fixture, c *kefu.Conversation, text string) *kefu.Message {
		t.Helper()
		res := f.MustPost(t, c, text)
		if res.Reply == nil || res.Reply.Trace == nil {
			t.Fatalf("no reply to %q", text)
		}
		return res.Reply
	}

	t.Run("cap", func(t *testing.T) {
		f := MustOpenFixture(t)
		f.engine.AnonymousQueueMax = 2
		for i := range 2 {
			c := f.MustStart(t, "shop", "", "")
			if r := askPerson(t, f, c, "I want to talk to a human"); r.Trace.Outcome != kefu.OutcomeHandoff || status(t, f, c) != kefu.StatusQueued {
				t.Fatalf("anonymous visitor %d: outcome %q, status %s; want queued", i+1, r.Trace.Outcome, status(t, f, c))
			}
		}
		for _, tt := range []struct{ text, want string }{
			{"I want to talk to a human", "Our team is very busy right now"},
			{"我要转人工", "暂时无法为您转接人工"},
		} {
			c := f.MustStart(t, "shop", "", "")
			r := askPerson(t, f, c, tt.text)
			if r.Trace.Outcome != kefu.OutcomeHandoffBusy || !strings.Contains(r.Text, tt.want) || status(t, f, c) != kefu.StatusBot {
				t.Errorf("over the cap: outcome %q, status %s, reply %q; want %q and the bot keeping it", r.Trace.Outcome, status(t, f, c), r.Text, tt.want)
			}
			if strings.Contains(r.Text, "position") || strings.Contains(r.Text, "排队") {
				t.Errorf("a refused hand-off tells a queue position: %q", r.Text)
			}
			// Still with the bot: it keeps answering.
			if res := f.MustPost(t, c, "where is my order 10023?"); res.Reply == nil {
				t.Error("the bot went silent after a refused hand-off")
			}
		}
		known := f.MustStart(t, "shop", "alice", "")
		if r := askPerson(t, f, known, "I want to talk to a human"); r.Trace.Outcome != kefu.OutcomeHandoff || status(t, f, known) != kefu.StatusQueued {
			t.Errorf("a known customer over the anonymous cap: outcome %q; want queued", r.Trace.Outcome)
		}
	})

	t.Run("shop setting overrides", func(t *testing.T) {
		f := MustOpenFixture(t)
		f.engine.AnonymousQueueMax = 1
		tn, err := f.store.FindTenantByID(ctx, "other")
		if err != nil {
			t.Fatal(err)
		}
		tn.Settings.AnonymousQueueMax = -1 // no cap
		if err := f.store.UpdateTenantSettings(ctx, "other", tn.Settings); err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			c := f.MustStart(t, "other", "", "")
			if r := askPerson(t, f, c, "I want to talk to a human"); r.Trace.Outcome != kefu.OutcomeHandoff {
				t.Fatalf("anonymous visitor %d of a shop without a cap: outcome %q", i+1, r.Trace.Outcome)
			}
		}
	})

	t.Run("rate per shop", func(t *testing.T) {
		f := MustOpenFixture(t)
		f.engine.AnonymousHandoffsPerShop = ratelimit.PerMinute(1, 2)
		if err := f.engine.Init(); err != nil {
			t.Fatal(err)
		}
		var outcomes []string
		for range 3 {
			c := f.MustStart(t, "shop", "", "")
			outcomes = append(outcomes, askPerson(t, f, c, "I want to talk to a human").Trace.Outcome)
		}
		if got := strings.Join(outcomes, ","); got != "handoff,handoff,handoff_busy" {
			t.Errorf("outcomes %s; want the third refused", got)
		}
		// Another shop has buckets of its own.
		c := f.MustStart(t, "other", "", "")
		if r := askPerson(t, f, c, "I want to talk to a human"); r.Trace.Outcome != kefu.OutcomeHandoff {
			t.Errorf("another shop: outcome %q", r.Trace.Outcome)
		}
	})
}
