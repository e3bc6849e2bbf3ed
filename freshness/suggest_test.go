package freshness_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

// mustConversation stores a conversation of shop with status and the
// messages, each "customer: ...", "agent: ..." or "bot: ...".
func mustConversation(tb testing.TB, st kefu.Store, status kefu.ConversationStatus, lang string, msgs ...string) {
	tb.Helper()
	ctx := context.Background()
	c := &kefu.Conversation{TenantID: "shop", Channel: "api", Status: status, Language: lang}
	if err := st.CreateConversation(ctx, c); err != nil {
		tb.Fatal(err)
	}
	for _, m := range msgs {
		who, text, _ := strings.Cut(m, ": ")
		msg := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.Author(who), Text: text, Language: lang}
		if who == "agent" {
			msg.AuthorName = "Bo"
		}
		if err := st.CreateMessage(ctx, msg); err != nil {
			tb.Fatal(err)
		}
	}
}

// TestSuggest mines suggestions on SQLite and PostgreSQL.
func TestSuggest(t *testing.T) {
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) { testSuggest(t, store.open) })
	}
}

func testSuggest(t *testing.T, open func(testing.TB, kefu.Clock) kefu.Store) {
	ctx := context.Background()
	clock := &testClock{t: time.Now().UTC().Truncate(time.Microsecond)}
	st := open(t, clock.Now)
	svc := &freshness.Service{Store: st, Now: clock.Now}

	closed := kefu.StatusClosed
	// Three resolved conversations ask about gift wrapping in other words.
	mustConversation(t, st, closed, "en", "customer: Do you offer gift wrapping?", "agent: Yes, gift wrapping costs 2 EUR; tick it at checkout.")
	mustConversation(t, st, closed, "en", "customer: hi", "customer: do you offer gift wrapping for orders", "agent: Yes, for 2 EUR at checkout.")
	mustConversation(t, st, closed, "en", "customer: Can you offer gift wrapping?", "agent: We can: 2 EUR, at checkout.")
	// Two in Chinese about invoices.
	mustConversation(t, st, closed, "zh", "customer: 可以开发票吗", "agent: 可以，下单时填写抬头。")
	mustConversation(t, st, closed, "zh", "customer: 请问可以开发票吗？", "agent: 可以的，结账时填写发票抬头即可。")
	// Asked once only: not enough support.
	mustConversation(t, st, closed, "en", "customer: Do you ship to Iceland?", "agent: Not yet, sorry.")
	// The bot answered it: not an agent's answer.
	mustConversation(t, st, closed, "en", "customer: Do you offer gift wrapping?", "bot: Yes, 2 EUR.")
	// Still open: not resolved.
	mustConversation(t, st, kefu.StatusAgent, "en", "customer: Do you offer gift wrapping?", "agent: Yes.")

	res, err := svc.Suggest(ctx, "shop", freshness.SuggestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Conversations != 6 || res.Pairs != 6 || len(res.Suggestions) != 2 {
		t.Fatalf("Suggest: %+v", res)
	}
	var got []string
	for _, s := range res.Suggestions {
		got = append(got, fmt.Sprintf("%s %d %q", s.Language, s.Support, s.Question))
		if !s.New || s.ArticleID == "" {
			t.Errorf("suggestion %+v: want a new draft", s)
		}
	}
	checkJSON(t, "suggestions", got, []string{`en 3 "Do you offer gift wrapping?"`, `zh 2 "可以开发票吗"`})
	if a := res.Suggestions[0].Answer; a != "Yes, gift wrapping costs 2 EUR; tick it at checkout." {
		t.Errorf("answer %q: want the most complete one", a)
	}
	q, err := svc.Queue(ctx, "shop", kefu.FlagDraft)
	if err != nil {
		t.Fatal(err)
	}
	if len(q) != 2 || q[0].Flags[0].Source != freshness.SourceSuggestions || q[0].Flags[0].Support == 0 ||
		!strings.Contains(q[0].Flags[0].Reason, "conversations that agents resolved") {
		t.Errorf("queue after suggestions: %+v", q)
	}

	// A second run finds the same clusters and writes nothing new.
	again, err := svc.Suggest(ctx, "shop", freshness.SuggestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range again.Suggestions {
		if s.New {
			t.Errorf("second run wrote %q again", s.Question)
		}
	}
	// Since in the future leaves nothing to mine.
	none, err := svc.Suggest(ctx, "shop", freshness.SuggestOptions{Since: clock.Now().Add(time.Hour)})
	if err != nil || none.Conversations != 0 {
		t.Errorf("Suggest since later: %+v %v", none, err)
	}
}
