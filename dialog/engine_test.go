package dialog_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// TestConversations plays scripted conversations: each step is a customer
// message and what the bot's reply and trace must show.
func TestConversations(t *testing.T) {
	type step struct {
		text       string
		contains   []string // substrings of the reply
		notContain []string
		intent     string
		skill      string
		outcome    string
		reason     string
		strategy   string
		card       string // the reply's card type
		silent     bool
	}
	tests := []struct {
		name             string
		tenant, customer string
		lang             string
		steps            []step
	}{
		{"track with number en", "shop", "alice", "", []step{
			{text: "where is my order 10023?", contains: []string{"10023", "on its way", "KEX123456TH", "Bangkok", "2026-11-26"}, intent: "track_order", skill: "order_tracking", outcome: "tracking"},
		}},
		{"track with number zh", "shop", "alice", "", []step{
			{text: "我的订单10023到哪了", contains: []string{"订单10023正在运输途中", "KEX123456TH"}, outcome: "tracking"},
		}},
		// Alice has two orders under way: the bot names them and asks
		// which (a customer with one is answered at once, cmd/kefu's
		// TestChatJSON; one with none is asked the number, skills/order).
		{"asks which order then remembers it", "shop", "alice", "", []step{
			{text: "¿Dónde está mi pedido?", contains: []string{"varios pedidos en curso", "10023", "10025", "¿Cuál"}, outcome: "ask_which_order"},
			{text: "10023", contains: []string{"KEX123456TH", "en camino"}, outcome: "tracking"},
			{text: "gracias", contains: []string{"De nada"}, intent: "thanks"},
			{text: "¿y dónde está mi pedido ahora?", contains: []string{"KEX123456TH"}, outcome: "tracking"},
		}},
		{"another customer's order is not revealed", "shop", "alice", "", []step{
			{text: "where is my order 10024?", contains: []string{"couldn't find order 10024"}, notContain: []string{"BOBSECRET1", "Leipzig"}, outcome: "order_not_found"},
		}},
		{"another tenant's order is not revealed", "shop", "alice", "", []step{
			{text: "where is my order 10026?", notContain: []string{"OTHERTENANT1"}, outcome: "order_not_found"},
		}},
		{"anonymous visitor cannot track", "shop", "", "", []step{
			{text: "where is my order 10023?", notContain: []string{"KEX123456TH"}, outcome: "identify_required"},
		}},
		{"order not shipped yet", "shop", "alice", "", []step{
			{text: "track order 10025", contains: []string{"10025", "paid", "not shipped"}, outcome: "order_not_shipped"},
		}},
		{"knowledge answer in the customer's language", "shop", "alice", "", []step{
			{text: "我想退货", contains: []string{"14天内可以退货"}, skill: "knowledge", outcome: "article"},
			{text: "can I return it?", contains: []string{"within 14 days"}, outcome: "article"},
		}},
		{"draft articles are never used", "shop", "alice", "", []step{
			{text: "how can I pay with credit card?", notContain: []string{"DRAFT"}, outcome: "no_article"},
		}},
		{"article only in another language is machine-translated when a provider covers the pair", "shop", "alice", "es", []step{
			{text: "¿cuántos días tarda el envío a Tailandia?", contains: []string{"[es] Parcels to Thailand take 5 to 8 days.", "Traducción automática", "inglés"}, outcome: "article"},
		}},
		{"article only in another language says so", "shop", "alice", "th", []step{
			{text: "ส่งของกี่วัน", contains: []string{"5 to 8 days", "ภาษาอังกฤษ"}, outcome: "article"},
		}},
		{"hand-off then silence", "shop", "alice", "", []step{
			{text: "I want to talk to a human", contains: []string{"member of our team"}, intent: "human_agent", outcome: "handoff"},
			{text: "hello? anyone?", silent: true},
		}},
		{"not understood twice, then a person", "shop", "alice", "", []step{
			{text: "blorp zzzz", contains: []string{"not sure I understood"}, outcome: "clarify"},
			{text: "flarn quux", contains: []string{"not sure I understood"}, outcome: "clarify"},
			{text: "zorp quibnix", contains: []string{"member of our team"}, outcome: "handoff", reason: "repeated_misunderstanding"},
			{text: "hello?", silent: true},
		}},
		{"a worried customer sees the progress", "shop", "alice", "", []step{
			{text: "I'm really worried, where is my order 10023? it's urgent", contains: []string{"KEX123456TH", "every step so far", "Shenzhen — Label created", "Bangkok — Arrived at sorting hub"}, outcome: "tracking", strategy: "anxiety_progress", card: kefu.CardProgress},
			{text: "where is my order 10023?", notContain: []string{"every step so far"}, outcome: "tracking"},
		}},
		{"a legal threat goes to a person", "shop", "alice", "", []step{
			{text: "if I don't get my refund by friday I will take legal action", contains: []string{"member of our team", "position 1"}, outcome: "handoff", reason: "sensitive_legal"},
		}},
		{"food poisoning goes to a person, in Chinese", "shop", "alice", "", []step{
			{text: "吃了你们家的虾，全家都拉肚子了", contains: []string{"人工客服", "排队第 1 位"}, outcome: "handoff", reason: "sensitive_health"},
		}},
		{"a delighted customer is offered a promotion once", "shop", "alice", "", []step{
			{text: "thank you so much, the salmon was perfect, I love it!", contains: []string{"10% off your next order", "THANKS10"}, notContain: []string{"OLD5"}, intent: "thanks", strategy: "satisfaction_offer", card: kefu.CardOffer},
			{text: "thank you so much, it was perfect, I love it!", notContain: []string{"THANKS10"}, intent: "thanks"},
		}},
		{"no promotion in the customer's language: no offer", "shop", "alice", "es", []step{
			{text: "¡muchísimas gracias, el salmón estaba perfecto, me encanta!", notContain: []string{"THANKS10"}},
		}},
		{"strong anger goes to a person", "shop", "alice", "", []step{
			{text: "This is unacceptable!! Worst service ever, I am furious!!", contains: []string{"sorry", "member of our team"}, outcome: "handoff", reason: "anger", strategy: "anger_priority"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := MustOpenFixture(t)
			conv := f.MustStart(t, tt.tenant, tt.customer, tt.lang)
			for i, s := range tt.steps {
				res := f.MustPost(t, conv, s.text)
				if s.silent {
					if res.Reply != nil {
						t.Fatalf("step %d: reply %q, want silence", i, res.Reply.Text)
					}
					continue
				}
				if res.Reply == nil {
					t.Fatalf("step %d %q: no reply", i, s.text)
				}
				r := res.Reply
				for _, c := range s.contains {
					if !strings.Contains(r.Text, c) {
						t.Errorf("step %d %q: reply %q lacks %q", i, s.text, r.Text, c)
					}
				}
				for _, c := range s.notContain {
					if strings.Contains(r.Text, c) {
						t.Errorf("step %d %q: reply %q must not contain %q", i, s.text, r.Text, c)
					}
				}
				tr := r.Trace
				if tr == nil {
					t.Fatalf("step %d: reply has no trace", i)
				}
				if s.intent != "" && tr.Intent != s.intent {
					t.Errorf("step %d: trace intent %q, want %q", i, tr.Intent, s.intent)
				}
				if s.skill != "" && tr.Skill != s.skill {
					t.Errorf("step %d: trace skill %q, want %q", i, tr.Skill, s.skill)
				}
				if s.outcome != "" && tr.Outcome != s.outcome {
					t.Errorf("step %d %q: trace outcome %q, want %q (reply %q)", i, s.text, tr.Outcome, s.outcome, r.Text)
				}
				if got := cardTypes(r.Cards); got != s.card {
					t.Errorf("step %d %q: card %q, want %q", i, s.text, got, s.card)
				}
				if tr.Strategy != s.strategy {
					t.Errorf("step %d: trace strategy %q, want %q", i, tr.Strategy, s.strategy)
				}
				if s.reason != "" && tr.Reason != s.reason {
					t.Errorf("step %d: trace reason %q, want %q", i, tr.Reason, s.reason)
				}
				if tr.LatencyMS <= 0 || tr.Understander == "" {
					t.Errorf("step %d: trace lacks latency or understander: %+v", i, tr)
				}
				if r.ReplyTo != res.Message.ID || r.Author != kefu.AuthorBot {
					t.Errorf("step %d: reply_to %d author %s, want %d bot", i, r.ReplyTo, r.Author, res.Message.ID)
				}
			}
		})
	}
}

func TestTraceRecordsReadData(t *testing.T) {
	f := MustOpenFixture(t)
	conv := f.MustStart(t, "shop", "alice", "")
	res := f.MustPost(t, conv, "where is my order 10023?")
	kinds := map[string]bool{}
	for _, r := range res.Reply.Trace.Records {
		kinds[r.Kind] = r.ID != ""
	}
	if !kinds["order"] || !kinds["shipment"] {
		t.Fatalf("trace records %+v, want an order and a shipment", res.Reply.Trace.Records)
	}
	// The stored reply carries the same trace.
	ms := f.MustMessages(t, conv)
	if len(ms) != 2 || ms[1].Trace == nil || ms[1].Trace.Outcome != "tracking" {
		t.Fatalf("stored messages %+v", ms)
	}
}

func TestIdempotentRetry(t *testing.T) {
	f := MustOpenFixture(t)
	ctx := context.Background()
	conv := f.MustStart(t, "shop", "alice", "")
	req := kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "where is my order 10023?", ClientMessageID: "m-1"}
	first, err := f.engine.PostMessage(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	again, err := f.engine.PostMessage(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Duplicate || again.Reply.ID != first.Reply.ID || again.Message.ID != first.Message.ID {
		t.Fatalf("retry = %+v, want the first result marked duplicate", again)
	}
	if n := len(f.MustMessages(t, conv)); n != 2 {
		t.Fatalf("%d messages stored, want 2", n)
	}
	// The same ID with another text is a client bug, not a retry.
	req.Text = "something else"
	if _, err := f.engine.PostMessage(ctx, req); kefu.ErrorCode(err) != kefu.ECONFLICT {
		t.Fatalf("reused id with new text: err %v, want conflict", err)
	}
}

func TestBadInputStoresNothing(t *testing.T) {
	f := MustOpenFixture(t)
	ctx := context.Background()
	conv := f.MustStart(t, "shop", "alice", "")
	other := f.MustStart(t, "other", "alice", "")
	tests := []struct {
		name string
		req  kefu.PostMessageRequest
		code string
	}{
		{"empty", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "  \n "}, kefu.EINVALID},
		{"invalid utf-8", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "hi \xff"}, kefu.EINVALID},
		{"too large", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: strings.Repeat("a", kefu.MaxMessageBytes+1)}, kefu.ETOOLARGE},
		{"bad language", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "hi", Language: "<script>"}, kefu.EINVALID},
		{"empty language subtag", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "hi", Language: "en--"}, kefu.EINVALID},
		// The engine takes canonical tags (channels canonicalise with kefu.ParseLanguage).
		{"non-canonical language", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "hi", Language: "zh_Hant"}, kefu.EINVALID},
		{"long client id", kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "hi", ClientMessageID: strings.Repeat("x", 200)}, kefu.EINVALID},
		{"unknown tenant", kefu.PostMessageRequest{TenantID: "nope", ConversationID: conv.ID, Text: "hi"}, kefu.ENOTFOUND},
		{"unknown conversation", kefu.PostMessageRequest{TenantID: "shop", ConversationID: "cv_nope", Text: "hi"}, kefu.ENOTFOUND},
		{"other tenant's conversation", kefu.PostMessageRequest{TenantID: "shop", ConversationID: other.ID, Text: "hi"}, kefu.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.engine.PostMessage(ctx, tt.req)
			if got := kefu.ErrorCode(err); got != tt.code {
				t.Fatalf("code %q (%v), want %q", got, err, tt.code)
			}
			if n := len(f.MustMessages(t, conv)) + len(f.MustMessages(t, other)); n != 0 {
				t.Fatalf("%d messages stored after a rejected post", n)
			}
		})
	}
}

func TestLanguageIsStickyAndCanBeForced(t *testing.T) {
	f := MustOpenFixture(t)
	ctx := context.Background()
	conv := f.MustStart(t, "shop", "bob", "")
	if r := f.MustPost(t, conv, "hola, ¿dónde está mi pedido?"); r.Reply.Language != "es" {
		t.Fatalf("reply language %q, want es", r.Reply.Language)
	}
	// A bare number says nothing about language: stay in Spanish.
	if r := f.MustPost(t, conv, "10024"); r.Reply.Language != "es" || !strings.Contains(r.Reply.Text, "BOBSECRET1") {
		t.Fatalf("reply %q in %q, want Spanish tracking", r.Reply.Text, r.Reply.Language)
	}
	// The customer forces Thai: it sticks even for English text.
	res, err := f.engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "thanks", Language: "th"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Reply.Language != "th" {
		t.Fatalf("forced language: reply in %q", res.Reply.Language)
	}
	if r := f.MustPost(t, conv, "thank you"); r.Reply.Language != "th" {
		t.Fatalf("locked language: reply in %q", r.Reply.Language)
	}
	c, _ := f.store.FindConversationByID(ctx, "shop", conv.ID)
	if c.Language != "th" || !c.LanguageLocked {
		t.Fatalf("conversation language %q locked %v", c.Language, c.LanguageLocked)
	}
}

func TestEventsPublished(t *testing.T) {
	f := MustOpenFixture(t)
	ctx := context.Background()
	conv := f.MustStart(t, "shop", "alice", "")
	sub, err := f.bus.Subscribe(ctx, kefu.EventFilter{TenantID: "shop", ConversationID: conv.ID})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	f.MustPost(t, conv, "talk to a human please")
	var got []string
	for len(got) < 3 {
		e := <-sub.C()
		s := e.Type
		if e.Message != nil {
			s += ":" + string(e.Message.Author)
		}
		if e.Conversation != nil {
			s += ":" + string(e.Conversation.Status)
		}
		got = append(got, s)
	}
	want := []string{"message.created:customer", "message.created:bot", "conversation.status:queued"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("events %v, want %v", got, want)
	}
}

// TestTurnsOfOneConversationAreOrdered posts from many goroutines into one
// conversation and into several: each reply must directly follow the
// message it answers, and nothing may be lost.
func TestTurnsOfOneConversationAreOrdered(t *testing.T) {
	f := MustOpenFixture(t)
	convs := []*kefu.Conversation{f.MustStart(t, "shop", "alice", ""), f.MustStart(t, "shop", "bob", ""), f.MustStart(t, "shop", "", "")}
	const perConv, writers = 20, 4
	var wg sync.WaitGroup
	errs := make(chan error, len(convs)*writers)
	for _, c := range convs {
		for w := 0; w < writers; w++ {
			wg.Add(1)
			go func(c *kefu.Conversation, w int) {
				defer wg.Done()
				for i := 0; i < perConv/writers; i++ {
					_, err := f.engine.PostMessage(context.Background(), kefu.PostMessageRequest{
						TenantID: "shop", ConversationID: c.ID, Text: fmt.Sprintf("where is my order 10023? (%d/%d)", w, i), ClientMessageID: fmt.Sprintf("%d-%d", w, i),
					})
					if err != nil {
						errs <- err
					}
				}
			}(c, w)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, c := range convs {
		ms := f.MustMessages(t, c)
		if len(ms) != 2*perConv {
			t.Fatalf("conversation %s: %d messages, want %d", c.ID, len(ms), 2*perConv)
		}
		for i := 0; i < len(ms); i += 2 {
			if ms[i].Author != kefu.AuthorCustomer || ms[i+1].Author != kefu.AuthorBot || ms[i+1].ReplyTo != ms[i].ID {
				t.Fatalf("conversation %s: messages %d,%d are %s/%s reply_to %d, want a customer message then its reply", c.ID, i, i+1, ms[i].Author, ms[i+1].Author, ms[i+1].ReplyTo)
			}
		}
	}
}

func BenchmarkTurn(b *testing.B) {
	f := MustOpenFixture(b)
	conv := f.MustStart(b, "shop", "alice", "")
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "shop", ConversationID: conv.ID, Text: "where is my order 10023?"}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHandoffRoutesToAnAgent: with an online agent speaking the customer's
// language, a hand-off lands with that agent; with nobody free it stays
// queued; either way the bot is silent afterwards.
func TestHandoffRoutesToAnAgent(t *testing.T) {
	ctx := context.Background()
	for _, withAgent := range []bool{true, false} {
		t.Run(fmt.Sprint("agent online: ", withAgent), func(t *testing.T) {
			f := MustOpenFixture(t)
			var agent *kefu.Agent
			if withAgent {
				agent = &kefu.Agent{TenantID: "shop", Email: "ana@shop", Name: "Ana", Presence: kefu.PresenceOnline, MaxChats: 2, Languages: []string{"es"}}
				if err := f.store.CreateAgent(ctx, agent); err != nil {
					t.Fatal(err)
				}
			}
			conv := f.MustStart(t, "shop", "bob", "")
			res := f.MustPost(t, conv, "quiero hablar con una persona, por favor")
			if res.Reply == nil || res.Reply.Trace.Action != kefu.ActionHandoff {
				t.Fatalf("reply %+v, want a hand-off", res.Reply)
			}
			c, err := f.store.FindConversationByID(ctx, "shop", conv.ID)
			if err != nil {
				t.Fatal(err)
			}
			if withAgent && (c.Status != kefu.StatusAgent || c.AgentID != agent.ID) {
				t.Fatalf("conversation %s/%q, want with agent %s", c.Status, c.AgentID, agent.ID)
			}
			if !withAgent && (c.Status != kefu.StatusQueued || c.AgentID != "") {
				t.Fatalf("conversation %s/%q, want queued", c.Status, c.AgentID)
			}
			if r := f.MustPost(t, conv, "¿hola?"); r.Reply != nil {
				t.Fatalf("bot replied %q after the hand-off", r.Reply.Text)
			}
			// The customer is told who joined, in their language.
			var joined []*kefu.Message
			for _, m := range f.MustMessages(t, conv) {
				if m.Kind == kefu.MessageAgentJoined {
					joined = append(joined, m)
				}
			}
			switch {
			case withAgent && (len(joined) != 1 || joined[0].AuthorID != agent.ID || joined[0].AuthorName != "Ana" ||
				!strings.Contains(joined[0].Text, "Ana") || joined[0].Language != "es" || joined[0].Author != kefu.AuthorSystem):
				t.Errorf("agent joined messages = %+v", joined)
			case !withAgent && len(joined) != 0:
				t.Errorf("nobody joined, yet %d joined messages", len(joined))
			}
		})
	}
}

// cardTypes lists the types of cards, comma separated.
func cardTypes(cs []kefu.Card) string {
	var types []string
	for _, c := range cs {
		types = append(types, c.Type)
	}
	return strings.Join(types, ",")
}

func TestHandoffRecordsQueueTimeAndCardsCarrySteps(t *testing.T) {
	f := MustOpenFixture(t)
	ctx := context.Background()
	conv := f.MustStart(t, "shop", "alice", "")
	res := f.MustPost(t, conv, "I'm so worried, where is my order 10023??")
	if len(res.Reply.Cards) != 1 {
		t.Fatalf("cards = %+v, want one progress card", res.Reply.Cards)
	}
	c := res.Reply.Cards[0]
	if c.Type != kefu.CardProgress || len(c.Steps) != 2 {
		t.Fatalf("progress card = %+v", c)
	}
	if c.Steps[0].Location != "Shenzhen" || c.Steps[1].Label != "Arrived at sorting hub" || !c.Steps[1].At.Equal(fixedNow.AddDate(0, 0, -1)) {
		t.Errorf("progress steps = %+v", c.Steps)
	}
	// Stored with the message.
	msgs := f.MustMessages(t, conv)
	if got := msgs[len(msgs)-1].Cards; len(got) != 1 || len(got[0].Steps) != 2 {
		t.Errorf("stored cards = %+v", got)
	}

	before := time.Now()
	f.MustPost(t, conv, "let me talk to a human please")
	got, err := f.store.FindConversationByID(ctx, "shop", conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The engine's clock is the real one in the fixture.
	if got.Status != kefu.StatusQueued || got.QueuedAt.Before(before.Add(-time.Second)) || got.QueuedAt.After(time.Now()) {
		t.Errorf("after hand-off: status %s, queued at %v; want queued during the turn (%v)", got.Status, got.QueuedAt, before)
	}
}

// TestTranslatedArticleIsMarked: a reply that machine-translates an
// article keeps the original and names the provider, like an agent's
// translated reply.
func TestTranslatedArticleIsMarked(t *testing.T) {
	f := MustOpenFixture(t)
	conv := f.MustStart(t, "shop", "alice", "es")
	r := f.MustPost(t, conv, "¿cuántos días tarda el envío a Tailandia?").Reply
	if r.TranslatedBy != "fake" || r.OriginalLanguage != "en" || r.OriginalText != "Parcels to Thailand take 5 to 8 days." || !r.MachineTranslated() {
		t.Errorf("reply translation fields: by %q from %q original %q", r.TranslatedBy, r.OriginalLanguage, r.OriginalText)
	}
	stored := f.MustMessages(t, conv)
	if last := stored[len(stored)-1]; last.TranslatedBy != "fake" || last.OriginalText == "" {
		t.Errorf("stored reply lost its translation fields: %+v", last)
	}
}

// TestLanguageSwitchNeedsTwoLatinMessages: once a customer has written in
// a Latin-script language (or in Chinese: zh, zh-Hant, yue), one short
// message (20 characters or fewer) detected as another language of the
// same family does not move the conversation (short English lines are
// misread as another Latin-script language); a second one does. A longer
// Latin-script message, or a change of script, moves it at once.
func TestLanguageSwitchNeedsTwoLatinMessages(t *testing.T) {
	f := MustOpenFixture(t)
	conv := f.MustStart(t, "shop", "alice", "")
	steps := []struct{ text, lang string }{
		{"where is my order 10023?", "en"},
		{"hi ai", "en"},                                        // detected as Vietnamese (0.89 under the English hint)
		{"ok thanks", "en"},                                    // the Vietnamese candidate is dropped
		{"¿cuándo llega?", "en"},                               // one short Spanish message: a candidate
		{"¿dónde está?", "es"},                                 // the second switches
		{"my package says delivered but I never got it", "en"}, // a whole sentence: at once
		{"我的订单10023到哪了", "zh"},                                 // another script: at once
		{"ok", "zh"},
		// Chinese is one family too: Cantonese moves a Mandarin
		// conversation only at the second message, and a short line read
		// as Traditional Mandarin does not move it back.
		{"我啲嘢幾時到呀", "zh"},
		{"唔該幫我睇吓張單去到邊", "yue"},
		{"張單係10023", "yue"},
	}
	for i, s := range steps {
		r := f.MustPost(t, conv, s.text).Reply
		if r == nil || r.Language != s.lang {
			t.Fatalf("step %d %q: reply %+v, want language %s", i, s.text, r, s.lang)
		}
		// The premise: the detector does misread step 1 (if it stops
		// doing so, pick another such line).
		if i == 1 && (r.Trace.Language == "en" || r.Trace.Language == "") {
			t.Fatalf("step 1 %q was detected as %q: the test needs a line the detector misreads", s.text, r.Trace.Language)
		}
	}
}

// TestTurnEventsAreLogged checks that a turn's events reach the durable
// event log (webhooks, analytics) with the writes they describe: the new
// conversation, then each turn's customer message, bot reply and a
// hand-off's status change, in that order, each once, with the messages
// whole (the SQLite log keeps references to them).
func TestTurnEventsAreLogged(t *testing.T) {
	f := MustOpenFixture(t)
	ctx := context.Background()
	// A consumer registers first: the log keeps events only for consumers.
	if _, err := f.store.ClaimEvents(ctx, "test", 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	conv := f.MustStart(t, "shop", "alice", "")
	f.MustPost(t, conv, "where is my order 10023?")
	f.MustPost(t, conv, "let me talk to a person please")
	got, err := f.store.ClaimEvents(ctx, "test", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, le := range got {
		e := le.Event
		if e.ConversationID != conv.ID || e.TenantID != "shop" || e.At.IsZero() {
			t.Errorf("event %+v: wrong conversation, tenant or time", e)
		}
		if e.Message != nil && (e.Message.ID == 0 || e.Message.Text == "" || e.Message.Author == kefu.AuthorBot && e.Message.Trace == nil) {
			t.Errorf("event %+v: message not whole: %+v", e, e.Message)
		}
		k := e.Type
		if e.Message != nil {
			k += ":" + string(e.Message.Author)
		}
		if e.Conversation != nil {
			k += ":" + string(e.Conversation.Status)
		}
		kinds = append(kinds, k)
	}
	want := []string{
		"conversation.status:bot",
		"message.created:customer", "message.created:bot",
		"message.created:customer", "message.created:bot", "conversation.status:queued",
	}
	if strings.Join(kinds, " ") != strings.Join(want, " ") {
		t.Errorf("logged events\n%v\nwant\n%v", kinds, want)
	}
}

// TestUpsetAndNotUnderstood: an angry message the bot cannot place gets
// an apology before the request to say it another way, never the bare
// "I'm not sure I understood"; a calm one gets the plain request.
func TestUpsetAndNotUnderstood(t *testing.T) {
	f := MustOpenFixture(t)
	for _, tt := range []struct {
		text  string
		sorry bool
	}{
		// "why does shipping take so long, this is ridiculous" was the
		// example until the model of 2026-12-08 placed it (shipping_time,
		// answered by the shop's delivery-time article).
		{"what the hell is this", true},
		{"qwzx vbnm plok", false},
	} {
		conv := f.MustStart(t, "shop", "alice", "en")
		r := f.MustPost(t, conv, tt.text).Reply
		if r == nil || r.Trace.Outcome != kefu.OutcomeClarify {
			t.Fatalf("%q: reply %+v, want a clarification", tt.text, r)
		}
		if got := strings.HasPrefix(r.Text, "I'm sorry about this. "); got != tt.sorry {
			t.Errorf("%q (emotion %+v): reply %q, apology %v, want %v", tt.text, r.Trace.Emotion, r.Text, got, tt.sorry)
		}
	}
}
