package desk_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/translate"
)

func TestSlotName(t *testing.T) {
	if kefu.SlotOrderNumber != order.SlotOrderNumber {
		t.Fatalf("kefu.SlotOrderNumber = %q, order skill uses %q", kefu.SlotOrderNumber, order.SlotOrderNumber)
	}
}

func TestTake(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	conv := e.MustQueue(t, 1, "Quiero hablar con una persona")
	sub := MustSubscribe(t, e.Bus, shop)

	got, err := e.Desk.Take(ctx, e.Ana, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != kefu.StatusAgent || got.AgentID != e.Ana.ID {
		t.Fatalf("after Take: %+v", got)
	}
	j := lastOf(MustMessages(t, e.Store, shop, conv.ID), kefu.MessageAgentJoined)
	if j == nil || j.Author != kefu.AuthorSystem || j.AuthorName != "Ana" || j.AuthorID != e.Ana.ID || j.Language != "es" || !strings.Contains(j.Text, "Ana") || !strings.Contains(j.Text, "equipo") {
		t.Fatalf("joined message = %+v, want Spanish system message naming Ana", j)
	}
	if ev := drain(sub); !slices.Equal(ev, []string{kefu.EventMessageCreated, kefu.EventConversationStatus}) {
		t.Errorf("events = %v", ev)
	}

	for _, tc := range []struct {
		name  string
		agent *kefu.Agent
		id    string
		code  string
	}{
		{"taken already", e.Bo, conv.ID, kefu.ECONFLICT},
		{"other tenant", e.Zed, conv.ID, kefu.ENOTFOUND},
		{"unknown", e.Bo, "cv_nope", kefu.ENOTFOUND},
		{"bad id", e.Bo, "../x", kefu.ENOTFOUND},
		{"no agent", &kefu.Agent{}, conv.ID, kefu.EUNAUTHORIZED},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(MustMessages(t, e.Store, shop, conv.ID))
			if _, err := e.Desk.Take(ctx, tc.agent, tc.id); kefu.ErrorCode(err) != tc.code {
				t.Fatalf("Take: %v, want %s", err, tc.code)
			}
			if after := len(MustMessages(t, e.Store, shop, conv.ID)); after != before {
				t.Errorf("a failed Take stored %d messages", after-before)
			}
		})
	}
}

func TestReply(t *testing.T) {
	ctx := context.Background()
	noPair := &Translator{
		SupportsFn: func(from, to string) bool { return false },
		TranslateFn: func(ctx context.Context, req translate.Request) (translate.Result, error) {
			t.Error("unsupported provider called")
			return translate.Result{}, nil
		},
	}
	for _, tc := range []struct {
		name     string
		provider translate.Translator
		req      desk.ReplyRequest
		wantText string
		wantOrig string
		by       string
		notice   string
	}{
		{"translated", tagger(), desk.ReplyRequest{Text: "Your parcel is in Madrid."}, "[es] Your parcel is in Madrid.", "Your parcel is in Madrid.", "fake", ""},
		{"draft in customer language", tagger(), desk.ReplyRequest{Text: "Tu paquete está en Madrid.", Language: "es"}, "Tu paquete está en Madrid.", "", "", ""},
		{"no provider for the pair", noPair, desk.ReplyRequest{Text: "Hello <b>there</b>"}, "Hello <b>there</b>", "", "", "no machine translation from en to es"},
		{"no translator", nil, desk.ReplyRequest{Text: "Hello"}, "Hello", "", "", "no machine translation from en to es"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := MustOpenEnv(t, tc.provider)
			conv := e.MustQueue(t, 1, "hola")
			if _, err := e.Desk.Take(ctx, e.Ana, conv.ID); err != nil {
				t.Fatal(err)
			}
			res, err := e.Desk.Reply(ctx, e.Ana, conv.ID, tc.req)
			if err != nil {
				t.Fatal(err)
			}
			m := res.Message
			if m.ID == 0 || m.Author != kefu.AuthorAgent || m.AuthorID != e.Ana.ID || m.AuthorName != "Ana" {
				t.Errorf("message = %+v", m)
			}
			if m.Text != tc.wantText || m.OriginalText != tc.wantOrig || m.TranslatedBy != tc.by || m.MachineTranslated() != (tc.by != "") {
				t.Errorf("Text %q Original %q By %q, want %q %q %q", m.Text, m.OriginalText, m.TranslatedBy, tc.wantText, tc.wantOrig, tc.by)
			}
			if tc.by != "" && (m.Language != "es" || m.OriginalLanguage != "en") {
				t.Errorf("languages %q (original %q), want es (en)", m.Language, m.OriginalLanguage)
			}
			if !strings.Contains(res.Notice, tc.notice) || (tc.notice == "") != (res.Notice == "") {
				t.Errorf("notice %q, want %q", res.Notice, tc.notice)
			}
			stored := MustMessages(t, e.Store, shop, conv.ID)
			if last := stored[len(stored)-1]; last.ID != m.ID || last.OriginalText != m.OriginalText || last.TranslatedBy != m.TranslatedBy {
				t.Errorf("stored %+v, returned %+v", last, m)
			}
		})
	}
}

func TestReplyRejected(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	held := e.MustQueue(t, 1, "hola")
	queued := e.MustQueue(t, 1, "hola")
	if _, err := e.Desk.Take(ctx, e.Ana, held.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		agent *kefu.Agent
		id    string
		req   desk.ReplyRequest
		code  string
	}{
		{"empty", e.Ana, held.ID, desk.ReplyRequest{Text: "  \n"}, kefu.EINVALID},
		{"too long", e.Ana, held.ID, desk.ReplyRequest{Text: strings.Repeat("a", kefu.MaxMessageBytes+1)}, kefu.ETOOLARGE},
		{"control char", e.Ana, held.ID, desk.ReplyRequest{Text: "a\x00b"}, kefu.EINVALID},
		{"bad utf-8", e.Ana, held.ID, desk.ReplyRequest{Text: "a\xffb"}, kefu.EINVALID},
		{"not the holder", e.Bo, held.ID, desk.ReplyRequest{Text: "hi"}, kefu.EFORBIDDEN},
		{"not taken", e.Ana, queued.ID, desk.ReplyRequest{Text: "hi"}, kefu.EFORBIDDEN},
		{"other tenant", e.Zed, held.ID, desk.ReplyRequest{Text: "hi"}, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(MustMessages(t, e.Store, shop, tc.id))
			if _, err := e.Desk.Reply(ctx, tc.agent, tc.id, tc.req); kefu.ErrorCode(err) != tc.code {
				t.Fatalf("Reply: %v, want %s", err, tc.code)
			}
			if after := len(MustMessages(t, e.Store, shop, tc.id)); after != before {
				t.Errorf("a rejected reply stored %d messages", after-before)
			}
		})
	}

	t.Run("retry with the same client ID", func(t *testing.T) {
		req := desk.ReplyRequest{Text: "One moment please", ClientMessageID: "r-1"}
		first, err := e.Desk.Reply(ctx, e.Ana, held.ID, req)
		if err != nil {
			t.Fatal(err)
		}
		again, err := e.Desk.Reply(ctx, e.Ana, held.ID, req)
		if err != nil || again.Message.ID != first.Message.ID {
			t.Fatalf("retry: %v, %+v; want message %d", err, again, first.Message.ID)
		}
		if _, err := e.Desk.Reply(ctx, e.Ana, held.ID, desk.ReplyRequest{Text: "other", ClientMessageID: "r-1"}); kefu.ErrorCode(err) != kefu.ECONFLICT {
			t.Fatalf("reused ID for another text: %v, want conflict", err)
		}
	})
}

func TestReleaseTransferClose(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	conv := e.MustQueue(t, 1, "hola")
	if _, err := e.Desk.Take(ctx, e.Ana, conv.ID); err != nil {
		t.Fatal(err)
	}

	// Transfer to Bo, then Bo releases, Ana takes again and closes.
	if _, err := e.Desk.Transfer(ctx, e.Ana, conv.ID, e.Ana.ID); kefu.ErrorCode(err) != kefu.EINVALID {
		t.Errorf("transfer to self: %v", err)
	}
	if _, err := e.Desk.Transfer(ctx, e.Ana, conv.ID, e.Zed.ID); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("transfer to another tenant's agent: %v", err)
	}
	if _, err := e.Desk.Transfer(ctx, e.Bo, conv.ID, e.Ana.ID); kefu.ErrorCode(err) != kefu.ECONFLICT {
		t.Errorf("transfer by a non-holder: %v", err)
	}
	c, err := e.Desk.Transfer(ctx, e.Ana, conv.ID, e.Bo.ID)
	if err != nil || c.AgentID != e.Bo.ID {
		t.Fatalf("Transfer: %+v, %v", c, err)
	}
	msgs := MustMessages(t, e.Store, shop, conv.ID)
	if m := lastOf(msgs, kefu.MessageTransferred); m == nil || m.AuthorID != e.Bo.ID || !hasAll(m.Text, "Bo", "Ana") {
		t.Errorf("transferred message = %+v", m)
	}

	if _, err := e.Desk.Release(ctx, e.Ana, conv.ID); kefu.ErrorCode(err) != kefu.ECONFLICT {
		t.Errorf("release by a non-holder: %v", err)
	}
	c, err = e.Desk.Release(ctx, e.Bo, conv.ID)
	if err != nil || c.Status != kefu.StatusBot || c.AgentID != "" {
		t.Fatalf("Release: %+v, %v", c, err)
	}
	if m := lastOf(MustMessages(t, e.Store, shop, conv.ID), kefu.MessageAgentLeft); m == nil || m.Language != "es" || !strings.Contains(m.Text, "Bo") {
		t.Errorf("left message = %+v", m)
	}

	if _, err := e.Desk.Take(ctx, e.Ana, conv.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Desk.Close(ctx, e.Bo, conv.ID); kefu.ErrorCode(err) != kefu.EFORBIDDEN {
		t.Errorf("close by a non-holder: %v", err)
	}
	sub := MustSubscribe(t, e.Bus, shop)
	c, err = e.Desk.Close(ctx, e.Ana, conv.ID)
	if err != nil || c.Status != kefu.StatusClosed || c.AgentID != e.Ana.ID {
		t.Fatalf("Close: %+v, %v", c, err)
	}
	msgs = MustMessages(t, e.Store, shop, conv.ID)
	n := len(msgs)
	if msgs[n-2].Kind != kefu.MessageClosed || msgs[n-1].Kind != kefu.MessageRatingAsked {
		t.Fatalf("last messages: %q, %q; want closed then rating_asked", msgs[n-2].Kind, msgs[n-1].Kind)
	}
	if ask := msgs[n-1]; ask.Language != "es" || !hasAll(ask.Text, "1", "5") {
		t.Errorf("rating question = %+v, want Spanish with the 1-5 scale", ask)
	}
	if ev := drain(sub); !slices.Equal(ev, []string{kefu.EventMessageCreated, kefu.EventMessageCreated, kefu.EventConversationStatus}) {
		t.Errorf("events = %v", ev)
	}
	if _, err := e.Desk.Close(ctx, e.Ana, conv.ID); kefu.ErrorCode(err) != kefu.ECONFLICT {
		t.Errorf("closing twice: %v", err)
	}
}

func TestQueueOrder(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	old := e.MustQueue(t, 1, "") // waits 12 minutes: 1 + 2 = 3
	e.Clock.Add(2 * time.Minute)
	angry := e.MustQueue(t, 3, "") // waits 10 minutes: 3 + 2 = 5
	e.Clock.Add(5 * time.Minute)
	fresh := e.MustQueue(t, 1, "") // waits 5 minutes: 1 + 1 = 2
	e.Clock.Add(1 * time.Minute)
	tie := e.MustQueue(t, 3, "") // waits 4 minutes: 3 + 0 = 3, younger than old
	e.Clock.Add(4 * time.Minute)
	if err := e.Store.CreateConversation(ctx, &kefu.Conversation{TenantID: other, Status: kefu.StatusQueued, Priority: 9}); err != nil {
		t.Fatal(err)
	}

	q, err := e.Desk.Queue(ctx, e.Bo)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var prios []int
	for _, it := range q {
		ids = append(ids, it.Conversation.ID)
		prios = append(prios, it.EffectivePriority)
	}
	if want := []string{angry.ID, old.ID, tie.ID, fresh.ID}; !slices.Equal(ids, want) {
		t.Errorf("queue %v (priorities %v), want %v", ids, prios, want)
	}
	if !slices.Equal(prios, []int{5, 3, 3, 2}) {
		t.Errorf("effective priorities %v, want [5 3 3 2]", prios)
	}
	if q[0].WaitSeconds != 600 || q[0].Reason != "customer_asked" || q[0].CustomerName != "Lucía" {
		t.Errorf("first item %+v", q[0])
	}
	for _, tc := range []struct {
		prio int
		wait time.Duration
		want int
	}{{0, 0, 0}, {0, 4*time.Minute + 59*time.Second, 0}, {0, 5 * time.Minute, 1}, {2, time.Hour, 14}, {1, -time.Minute, 1}} {
		if got := kefu.EffectivePriority(tc.prio, tc.wait); got != tc.want {
			t.Errorf("EffectivePriority(%d, %v) = %d, want %d", tc.prio, tc.wait, got, tc.want)
		}
	}
}

func TestReroute(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	low := e.MustQueue(t, 0, "hola")
	high := e.MustQueue(t, 2, "hola")
	third := e.MustQueue(t, 1, "hola")

	// Ana (MaxChats 2) comes online: the two most urgent are hers.
	if _, err := e.Desk.SetPresence(ctx, e.Ana, kefu.Presence("busy")); kefu.ErrorCode(err) != kefu.EINVALID {
		t.Fatalf("unknown presence: %v", err)
	}
	a, err := e.Desk.SetPresence(ctx, e.Ana, kefu.PresenceOnline)
	if err != nil || a.Presence != kefu.PresenceOnline {
		t.Fatal(a, err)
	}
	status := func(c *kefu.Conversation) string {
		got := MustConversation(t, e.Store, shop, c.ID)
		return string(got.Status) + ":" + got.AgentID
	}
	if status(high) != "agent:"+e.Ana.ID || status(third) != "agent:"+e.Ana.ID || status(low) != "queued:" {
		t.Fatalf("after Ana came online: high %s, third %s, low %s", status(high), status(third), status(low))
	}
	if m := lastOf(MustMessages(t, e.Store, shop, high.ID), kefu.MessageAgentJoined); m == nil || m.AuthorID != e.Ana.ID {
		t.Errorf("routed conversation has no joined message: %+v", m)
	}
	// Closing one frees a slot: the last queued conversation follows.
	if _, err := e.Desk.Close(ctx, e.Ana, high.ID); err != nil {
		t.Fatal(err)
	}
	if status(low) != "agent:"+e.Ana.ID {
		t.Errorf("after close: low %s, want Ana's", status(low))
	}
	mine, err := e.Desk.Mine(ctx, e.Ana)
	if err != nil || len(mine) != 2 {
		t.Errorf("Mine: %d conversations, %v; want 2", len(mine), err)
	}
}

func TestViewContextNotes(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	conv := e.MustQueue(t, 1, "¿Dónde está mi pedido <b>10023</b>?")
	MustCreateMessage(t, e.Store, &kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorBot, Text: "Te paso con una persona.",
		Trace: &kefu.Trace{Intent: kefu.IntentHuman, Confidence: 0.93, Action: kefu.ActionHandoff, Reason: "customer_asked"}})
	earlier := &kefu.Conversation{TenantID: shop, CustomerID: e.Customer.ID, Status: kefu.StatusClosed}
	if err := e.Store.CreateConversation(ctx, earlier); err != nil {
		t.Fatal(err)
	}
	o := &kefu.Order{TenantID: shop, Number: "10023", CustomerID: e.Customer.ID, Status: "shipped", Currency: "EUR", PlacedAt: e.Clock.Now()}
	if err := e.Store.CreateOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.CreateShipment(ctx, &kefu.Shipment{TenantID: shop, OrderID: o.ID, Carrier: "SwiftDragon", TrackingNumber: "SD1", Status: "in_transit",
		Events: []kefu.TrackingEvent{{At: e.Clock.Now(), Status: "in_transit", Location: "Madrid", Description: "Arrived at hub"}}}); err != nil {
		t.Fatal(err)
	}

	if _, err := e.Desk.Note(ctx, e.Bo, conv.ID, "VIP, be <i>kind</i>"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, id, text string
		agent          *kefu.Agent
		code           string
	}{
		{"empty", conv.ID, " ", e.Bo, kefu.EINVALID},
		{"too long", conv.ID, strings.Repeat("x", kefu.MaxNoteBytes+1), e.Bo, kefu.ETOOLARGE},
		{"other tenant", conv.ID, "x", e.Zed, kefu.ENOTFOUND},
		{"unknown", "cv_nope", "x", e.Bo, kefu.ENOTFOUND},
	} {
		t.Run("note/"+tc.name, func(t *testing.T) {
			if _, err := e.Desk.Note(ctx, tc.agent, tc.id, tc.text); kefu.ErrorCode(err) != tc.code {
				t.Errorf("Note: %v, want %s", err, tc.code)
			}
		})
	}

	v, err := e.Desk.View(ctx, e.Bo, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Messages) != 2 || v.AgentLanguage != "en" || v.Customer == nil || v.Customer.Name != "Lucía" {
		t.Fatalf("view = %+v", v)
	}
	cm := v.Messages[0]
	if cm.Text != "¿Dónde está mi pedido <b>10023</b>?" || cm.Translation == nil || !cm.Translation.Machine ||
		cm.Translation.Text != "[en] ¿Dónde está mi pedido <b>10023</b>?" || cm.Translation.Provider != "fake" {
		t.Errorf("customer message %+v, translation %+v", cm.Message, cm.Translation)
	}
	if bm := v.Messages[1]; bm.Trace == nil || bm.Trace.Intent != kefu.IntentHuman || bm.Translation != nil {
		t.Errorf("bot message %+v", bm)
	}
	if len(v.Notes) != 1 || v.Notes[0].Text != "VIP, be <i>kind</i>" || v.Notes[0].AgentID != e.Bo.ID {
		t.Errorf("notes = %+v", v.Notes)
	}
	// Notes are never messages.
	for _, m := range MustMessages(t, e.Store, shop, conv.ID) {
		if strings.Contains(m.Text, "VIP") {
			t.Errorf("note leaked into messages: %+v", m)
		}
	}
	if _, err := e.Desk.View(ctx, e.Zed, conv.ID); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("View from another tenant: %v", err)
	}

	cx, err := e.Desk.Context(ctx, e.Bo, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if cx.Customer == nil || len(cx.Orders) != 1 || cx.Orders[0].Order.Number != "10023" || len(cx.Orders[0].Shipments) != 1 {
		t.Errorf("context orders = %+v", cx.Orders)
	}
	if len(cx.Earlier) != 1 || cx.Earlier[0].ID != earlier.ID {
		t.Errorf("earlier = %+v", cx.Earlier)
	}
	if _, err := e.Desk.Context(ctx, e.Zed, conv.ID); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("Context from another tenant: %v", err)
	}
}

func TestAssist(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	for _, a := range []*kefu.Article{
		{TenantID: shop, Key: "shipping", Language: "es", Title: "¿Cuánto tarda el envío?", Body: "El envío tarda de 6 a 10 días laborables.", Intents: []string{"shipping_time"}, Status: kefu.ArticlePublished},
		{TenantID: shop, Key: "shipping", Language: "en", Title: "How long does shipping take?", Body: "Shipping takes 6 to 10 working days.", Intents: []string{"shipping_time"}, Status: kefu.ArticlePublished},
	} {
		if err := e.Store.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	o := &kefu.Order{TenantID: shop, Number: "10023", CustomerID: e.Customer.ID, Status: "shipped", Currency: "EUR", PlacedAt: e.Clock.Now()}
	if err := e.Store.CreateOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.CreateShipment(ctx, &kefu.Shipment{TenantID: shop, OrderID: o.ID, Carrier: "SwiftDragon", TrackingNumber: "SD1", Status: "in_transit",
		Events: []kefu.TrackingEvent{{At: e.Clock.Now(), Status: "in_transit", Location: "Madrid", Description: "Arrived at hub"}}}); err != nil {
		t.Fatal(err)
	}
	conv := e.MustQueue(t, 1, "¿cuánto tarda el envío a España?")
	MustCreateMessage(t, e.Store, &kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorCustomer, Text: "estoy muy preocupado, ¿cuánto tarda el envío? mi pedido no llega"})
	if _, err := e.Store.UpdateConversation(ctx, shop, conv.ID, kefu.ConversationUpdate{Slots: map[string]string{kefu.SlotOrderNumber: "10023"}}); err != nil {
		t.Fatal(err)
	}

	as, err := e.Desk.Assist(ctx, e.Bo, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(as.Articles) == 0 || as.Articles[0].Key != "shipping" || as.Articles[0].Language != "en" {
		t.Errorf("articles = %+v, want the shipping article in the agent's English", as.Articles)
	}
	var tracking *desk.Draft
	for i, d := range as.Drafts {
		if d.Source == order.Name {
			tracking = &as.Drafts[i]
		}
	}
	if tracking == nil || tracking.Language != "es" || !hasAll(tracking.Text, "10023", "SD1") || !hasAll(tracking.Preview, "10023", "SD1") || tracking.PreviewLanguage != "en" {
		t.Errorf("tracking draft = %+v (drafts %+v)", tracking, as.Drafts)
	}
	if as.Emotion == nil {
		t.Errorf("no emotion")
	} else if as.Emotion.Label == "anxiety" && (as.Strategy == nil || as.Strategy.Code != kefu.StrategyAnxietyProgress || as.Strategy.Text == "") {
		t.Errorf("anxious customer: strategy %+v", as.Strategy)
	}
	if _, err := e.Desk.Assist(ctx, e.Zed, conv.ID); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("Assist from another tenant: %v", err)
	}

	// A pleased customer: the shop's promotion as a draft.
	happy := e.MustQueue(t, 0, "¡Muchas gracias, me encanta, todo perfecto! 😍")
	as, err = e.Desk.Assist(ctx, e.Bo, happy.ID)
	if err != nil {
		t.Fatal(err)
	}
	if as.Emotion != nil && as.Emotion.Label == "satisfaction" {
		if as.Strategy == nil || as.Strategy.Code != kefu.StrategySatisfactionOffer {
			t.Errorf("strategy %+v", as.Strategy)
		}
		if i := slices.IndexFunc(as.Drafts, func(d desk.Draft) bool { return d.Source == "promotion" }); i < 0 || !strings.Contains(as.Drafts[i].Text, "THANKS10") || as.Drafts[i].Language != "es" {
			t.Errorf("drafts %+v, want the promotion in Spanish", as.Drafts)
		}
	} else {
		t.Logf("emotion of the pleased message: %+v (strategy not checked)", as.Emotion)
	}
}

// blockLocker is a Locker whose lock the test holds.
type blockLocker struct{ ch chan struct{} }

func (b *blockLocker) Lock(ctx context.Context, id string) (func(), error) {
	select {
	case <-b.ch:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return func() { b.ch <- struct{}{} }, nil
}

// TestLockShared checks that desk operations wait for the conversation
// lock that customer turns hold.
func TestLockShared(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	lk := &blockLocker{ch: make(chan struct{}, 1)}
	e.Desk.Locker = lk
	conv := e.MustQueue(t, 1, "hola")
	done := make(chan error, 1)
	go func() {
		_, err := e.Desk.Take(ctx, e.Ana, conv.ID)
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("Take finished while a turn held the lock: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	if got := MustConversation(t, e.Store, shop, conv.ID); got.Status != kefu.StatusQueued {
		t.Fatalf("status %s while the lock was held", got.Status)
	}
	lk.ch <- struct{}{} // the turn ends
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestWriteLanguages checks the languages an agent may write a reply in
// and how each reaches the customer: Ana writes en and es; the provider
// serves en, es and zh; a Thai customer's reply in Thai goes as written,
// in English or Spanish untranslated (the console warns before sending).
func TestWriteLanguages(t *testing.T) {
	e := MustOpenEnv(t, tagger())
	ctx := context.Background()
	conv := e.MustQueue(t, 1, "hola")
	for _, tc := range []struct {
		customer string
		want     []desk.WriteLanguage
	}{
		{"es", []desk.WriteLanguage{{Language: "en", Delivery: desk.DeliveryTranslated}, {Language: "es", Delivery: desk.DeliveryAsWritten}}},
		{"zh", []desk.WriteLanguage{{Language: "en", Delivery: desk.DeliveryTranslated}, {Language: "es", Delivery: desk.DeliveryTranslated}, {Language: "zh", Delivery: desk.DeliveryAsWritten}}},
		{"th", []desk.WriteLanguage{{Language: "en", Delivery: desk.DeliveryUntranslated}, {Language: "es", Delivery: desk.DeliveryUntranslated}, {Language: "th", Delivery: desk.DeliveryAsWritten}}},
	} {
		t.Run(tc.customer, func(t *testing.T) {
			lang := tc.customer
			if _, err := e.Store.UpdateConversation(ctx, shop, conv.ID, kefu.ConversationUpdate{Language: &lang}); err != nil {
				t.Fatal(err)
			}
			v, err := e.Desk.View(ctx, e.Ana, conv.ID)
			if err != nil {
				t.Fatal(err)
			}
			if v.CustomerLanguage != tc.customer || !slices.Equal(v.WriteLanguages, tc.want) {
				t.Errorf("customer %s, write languages %+v; want %s, %+v", v.CustomerLanguage, v.WriteLanguages, tc.customer, tc.want)
			}
		})
	}
}
