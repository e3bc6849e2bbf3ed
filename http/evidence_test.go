package http_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/skills/aftersales"
)

// MustDamageShop gives shop a product catalogue, the crushed-photo rule
// (a damaged line of up to 30.00 shown by a photo is refunded) and a
// delivered order for the customer with external ID customer: number,
// with 2 × strawberries at 12.90 and a ribeye at 38.90. It returns the
// customer's ID.
func (e *Env) MustDamageShop(tb testing.TB, customer, number string) string {
	tb.Helper()
	ctx := context.Background()
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	for _, p := range []*kefu.Product{
		{TenantID: shop, SKU: "STRAW", Name: "Korean Strawberries, 330 g", Category: "fruit", Price: 1290, Currency: "SGD"},
		{TenantID: shop, SKU: "RIB", Name: "Ribeye Steaks, 2 × 250 g", Category: "meat", Price: 3890, Currency: "SGD"},
	} {
		must(e.Store.UpsertProduct(ctx, p))
	}
	must(e.Store.UpsertRule(ctx, &kefu.Rule{TenantID: shop, ID: "crushed-photo", Enabled: true, Order: 1,
		When: "kind == 'damaged' && attributes.evidence == 'photo' && line_value <= 3000", Grant: kefu.Grant{Kind: kefu.GrantRefundLine}}))
	c, err := e.Store.FindCustomerByExternalID(ctx, shop, customer)
	must(err)
	must(e.Store.CreateOrder(ctx, &kefu.Order{TenantID: shop, Number: number, CustomerID: c.ID, Status: "delivered", Currency: "SGD", Total: 2*1290 + 3890,
		PlacedAt: time.Now().Add(-48 * time.Hour), Lines: []kefu.OrderLine{
			{SKU: "STRAW", Name: "Korean Strawberries, 330 g", Quantity: 2, UnitPrice: 1290},
			{SKU: "RIB", Name: "Ribeye Steaks, 2 × 250 g", Quantity: 1, UnitPrice: 3890},
		}}))
	return c.ID
}

// TestEvidencePhoto is the evidence flow through the real endpoints: a
// crushed-strawberries report is answered with a request for a photo;
// the photo uploaded to the conversation records the incident and the
// rule's refund, once, whether the photo is sent again or another one
// follows; each attachment message is logged once.
func TestEvidencePhoto(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	if _, err := e.Store.ClaimEvents(ctx, "evidence-test", 1, time.Minute); err != nil { // keep the event log
		t.Fatal(err)
	}
	conv, tok := e.MustStartConversation(t, e.Key, "c-42")
	e.MustDamageShop(t, "c-42", "FF-1")

	pr := e.MustPost(t, e.Key, conv.ID, "my strawberries arrived crushed")
	if tr := pr.Reply.Trace; tr == nil || tr.Outcome != aftersales.OutcomeAskPhoto || tr.Skill != aftersales.Name ||
		!strings.Contains(pr.Reply.Text, "Korean Strawberries") || !strings.Contains(pr.Reply.Text, "FF-1") || !strings.Contains(pr.Reply.Text, "photo") {
		t.Fatalf("report answered with %q (%+v)", pr.Reply.Text, pr.Reply.Trace)
	}

	// The photo, with the conversation's token as the widget sends it.
	img := tinyPNG(t, 1)
	first := e.MustUpload(t, tok, conv.ID, img, "")
	r := first.Reply
	if r == nil || r.ReplyTo != first.Message.ID || !strings.Contains(r.Text, "Thank you for the photo") || !strings.Contains(r.Text, "refunded S$25.80") {
		t.Fatalf("photo answered with %+v", r)
	}
	if r.Trace != nil {
		t.Error("the conversation's token sees the bot's trace")
	}

	// The same photo again (a retry) is the first upload, with its reply.
	res := e.Upload(t, tok, conv.ID, img, "")
	var again khttp.AttachmentResponse
	res.JSON(t, &again)
	if res.Status != http.StatusOK || !again.Duplicate || again.Reply == nil || again.Reply.ID != r.ID {
		t.Fatalf("retried photo: %d %+v", res.Status, again)
	}
	// Another photo: nothing is pending any more, and the bot is silent.
	if other := e.MustUpload(t, tok, conv.ID, tinyPNG(t, 2), "and another one"); other.Reply != nil {
		t.Fatalf("a second photo answered: %q", other.Reply.Text)
	}

	cs, err := e.Store.FindCompensations(ctx, kefu.CompensationFilter{TenantID: shop})
	if err != nil || len(cs) != 1 || cs[0].IncidentID != "damaged:FF-1:STRAW" || cs[0].Kind != kefu.GrantRefundLine || cs[0].Amount != 2580 || cs[0].RuleID != "crushed-photo" {
		t.Fatalf("ledger %+v, %v: want one refund of 25.80 by crushed-photo", cs, err)
	}
	in, err := e.Store.FindIncidentByID(ctx, shop, "damaged:FF-1:STRAW")
	if err != nil || in.Kind != kefu.IncidentDamaged || in.Attributes["evidence"] != "photo" || in.Attributes["attachment"] != first.Attachment.ID ||
		in.Attributes["problem"] != "crushed" || in.LineValue != 2580 || in.OrderValue != 6470 || in.Category != "fruit" {
		t.Fatalf("incident %+v, %v", in, err)
	}
	c, err := e.Store.FindConversationByID(ctx, shop, conv.ID)
	if err != nil || c.Status != kefu.StatusBot || c.Slots[kefu.SlotEvidence] != "" {
		t.Errorf("conversation %+v, %v: want it with the bot, nothing pending", c, err)
	}

	// The event log has each customer message once.
	evs, err := e.Store.ClaimEvents(ctx, "evidence-test", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	created := map[int64]int{}
	for _, ev := range evs {
		if ev.Event.Type == kefu.EventMessageCreated && ev.Event.Message != nil {
			created[ev.Event.Message.ID]++
		}
	}
	if created[first.Message.ID] != 1 || created[r.ID] != 1 {
		t.Errorf("message.created of the photo logged %d times and of its reply %d times, want once each", created[first.Message.ID], created[r.ID])
	}
}

// TestEvidencePhotoToPerson: a line the shop's rule leaves out (over
// 30.00) goes to a person after the photo, with the hand-off reason
// after_sales; the customer is told a person will look at it.
func TestEvidencePhotoToPerson(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	conv, tok := e.MustStartConversation(t, e.Key, "c-43")
	e.MustDamageShop(t, "c-43", "FF-2")
	if pr := e.MustPost(t, e.Key, conv.ID, "my ribeye arrived with the packaging damaged"); pr.Reply.Trace.Outcome != aftersales.OutcomeAskPhoto {
		t.Fatalf("report answered with %q (%s)", pr.Reply.Text, pr.Reply.Trace.Outcome)
	}
	up := e.MustUpload(t, tok, conv.ID, tinyPNG(t, 3), "here")
	if up.Reply == nil || !strings.Contains(up.Reply.Text, "member of our team will look at it") || !strings.Contains(up.Reply.Text, "position 1") {
		t.Fatalf("photo answered with %+v", up.Reply)
	}
	c, err := e.Store.FindConversationByID(ctx, shop, conv.ID)
	if err != nil || c.Status != kefu.StatusQueued || c.HandoffReason != kefu.ReasonAfterSales {
		t.Fatalf("conversation %+v, %v: want it queued for after_sales", c, err)
	}
	if in, err := e.Store.FindIncidentByID(ctx, shop, "damaged:FF-2:RIB"); err != nil || in.Attributes["attachment"] != up.Attachment.ID {
		t.Errorf("incident %+v, %v: want it recorded with the photo for the agent", in, err)
	}
	if cs, _ := e.Store.FindCompensations(ctx, kefu.CompensationFilter{TenantID: shop}); len(cs) != 0 {
		t.Errorf("granted %+v", cs)
	}
	// The agent's timeline holds the photo's message.
	msgs, err := e.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: shop, ConversationID: conv.ID})
	if err != nil || !slicesContainAttachment(msgs, up.Attachment.ID) {
		t.Errorf("timeline lacks the photo: %v", err)
	}
}

func slicesContainAttachment(msgs []*kefu.Message, id string) bool {
	for _, m := range msgs {
		if a := kefu.AttachmentOf(m); a != nil && a.ID == id {
			return true
		}
	}
	return false
}

// TestEvidencePhotoUnasked: a photo nobody asked for, without a caption
// or with one that is no report, is stored and the bot stays silent;
// nothing is recorded.
func TestEvidencePhotoUnasked(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, tok := e.MustStartConversation(t, e.Key, "c-44")
	e.MustDamageShop(t, "c-44", "FF-3")
	for i, caption := range []string{"", "hello", "look"} {
		if up := e.MustUpload(t, tok, conv.ID, tinyPNG(t, 10+i), caption); up.Reply != nil {
			t.Errorf("photo %q answered with %q", caption, up.Reply.Text)
		}
	}
	if ins, _ := e.Store.FindIncidents(context.Background(), kefu.IncidentFilter{TenantID: shop}); len(ins) != 0 {
		t.Errorf("incidents %+v", ins)
	}
	if n := e.MessageCount(t, shop, conv.ID); n != 3 {
		t.Errorf("%d messages, want the 3 photos only", n)
	}
}

// TestEvidencePhotosAtOnce: two different photos uploaded together for
// one request record one incident and one grant; one of them is answered.
func TestEvidencePhotosAtOnce(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, tok := e.MustStartConversation(t, e.Key, "c-45")
	e.MustDamageShop(t, "c-45", "FF-4")
	e.MustPost(t, e.Key, conv.ID, "my strawberries arrived crushed")
	var wg sync.WaitGroup
	replies := make([]*kefu.Message, 2)
	for i := range replies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			replies[i] = e.MustUpload(t, tok, conv.ID, tinyPNG(t, 20+i), "").Reply
		}()
	}
	wg.Wait()
	if (replies[0] == nil) == (replies[1] == nil) {
		t.Fatalf("replies %+v, %+v: want exactly one", replies[0], replies[1])
	}
	if cs, err := e.Store.FindCompensations(context.Background(), kefu.CompensationFilter{TenantID: shop}); err != nil || len(cs) != 1 {
		t.Errorf("ledger %+v, %v: want one grant", cs, err)
	}
}
