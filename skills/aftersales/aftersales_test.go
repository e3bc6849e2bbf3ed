package aftersales_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	"github.com/kefu-ai/kefu/skills/aftersales"
	"github.com/kefu-ai/kefu/sqlite"
)

// now is the tests' clock: a few days after the deliveries.
var now = time.Date(2026, 11, 10, 12, 0, 0, 0, time.UTC)

// MustOpenShop opens a SQLite store with a fresh-food shop in SGD and its
// rules (late-30: a S$5 coupon; short-weight and crushed-photo: the line
// refunded), and its customers' orders:
//
//   - alice: A-2 (delivered 8 Nov: strawberries × 2 at 12.90, yoghurt,
//     ribeye at 38.90) and A-1 (delivered 1 Nov, 40 minutes late:
//     oysters; its ribeye picked 70 g short);
//   - carol: C-1 (delivered: one line of strawberries);
//   - dave: D-1 (paid, not delivered);
//   - bob: B-1 (delivered: yoghurt).
func MustOpenShop(tb testing.TB) (*sqlite.DB, map[string]*kefu.Customer) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), func() time.Time { return now })
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(db.CreateTenant(ctx, &kefu.Tenant{ID: "shop", Name: "Shop", Settings: kefu.TenantSettings{Timezone: "Asia/Singapore"}}))
	for _, p := range []*kefu.Product{
		{SKU: "STRAW", Name: "Korean Strawberries, 330 g", Category: "fruit", Price: 1290, Currency: "SGD", Attributes: map[string]string{"name_zh": "韩国草莓"}},
		{SKU: "YOG", Name: "Greek Yoghurt, 500 g", Category: "dairy", Price: 590, Currency: "SGD"},
		{SKU: "RIB", Name: "Ribeye Steaks, 2 × 250 g", Category: "meat", Price: 3890, Currency: "SGD"},
		{SKU: "OYST", Name: "Live Oysters, 6 pieces", Category: "seafood", Price: 2990, Currency: "SGD"},
		{SKU: "MANGO", Name: "Nam Dok Mai Mangoes", Category: "fruit", Price: 1490, Currency: "SGD"},
	} {
		p.TenantID = "shop"
		must(db.UpsertProduct(ctx, p))
	}
	cs := map[string]*kefu.Customer{}
	for _, id := range []string{"alice", "bob", "carol", "dave"} {
		cs[id] = &kefu.Customer{TenantID: "shop", ExternalID: id}
		must(db.CreateCustomer(ctx, cs[id]))
	}
	day := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, time.UTC) }
	eta := day(1, 4, 0)
	for _, x := range []struct {
		o  *kefu.Order
		sh *kefu.Shipment
	}{
		{&kefu.Order{Number: "A-1", CustomerID: cs["alice"].ID, Status: "delivered", PlacedAt: day(1, 0, 0), Lines: []kefu.OrderLine{
			{SKU: "OYST", Name: "Live Oysters", Quantity: 1, UnitPrice: 2990},
			{SKU: "RIB", Name: "Ribeye", Quantity: 1, UnitPrice: 3890, Picking: &kefu.LinePicking{OrderedGrams: 500, Grams: 430}},
		}}, &kefu.Shipment{ETA: &eta, Events: []kefu.TrackingEvent{{At: day(1, 1, 0), Status: "in_transit"}, {At: day(1, 4, 40), Status: "delivered"}}}},
		{&kefu.Order{Number: "A-2", CustomerID: cs["alice"].ID, Status: "delivered", PlacedAt: day(7, 0, 0), Lines: []kefu.OrderLine{
			{SKU: "STRAW", Name: "Korean Strawberries", Quantity: 2, UnitPrice: 1290},
			{SKU: "YOG", Name: "Greek Yoghurt", Quantity: 1, UnitPrice: 590},
			{SKU: "RIB", Name: "Ribeye", Quantity: 1, UnitPrice: 3890},
		}}, &kefu.Shipment{Events: []kefu.TrackingEvent{{At: day(8, 2, 0), Status: "delivered"}}}},
		{&kefu.Order{Number: "C-1", CustomerID: cs["carol"].ID, Status: "delivered", PlacedAt: day(7, 0, 0), Lines: []kefu.OrderLine{
			{SKU: "STRAW", Name: "Korean Strawberries", Quantity: 1, UnitPrice: 1290},
		}}, nil},
		{&kefu.Order{Number: "D-1", CustomerID: cs["dave"].ID, Status: "paid", PlacedAt: day(9, 0, 0), Lines: []kefu.OrderLine{
			{SKU: "STRAW", Name: "Korean Strawberries", Quantity: 1, UnitPrice: 1290},
		}}, nil},
		{&kefu.Order{Number: "B-1", CustomerID: cs["bob"].ID, Status: "delivered", PlacedAt: day(5, 0, 0), Lines: []kefu.OrderLine{
			{SKU: "YOG", Name: "Greek Yoghurt", Quantity: 1, UnitPrice: 590},
		}}, nil},
	} {
		x.o.TenantID, x.o.Currency = "shop", "SGD"
		for _, l := range x.o.Lines {
			x.o.Total += l.UnitPrice * int64(l.Quantity)
		}
		must(db.CreateOrder(ctx, x.o))
		if x.sh != nil {
			x.sh.TenantID, x.sh.OrderID, x.sh.Carrier, x.sh.TrackingNumber = "shop", x.o.ID, "van", "T-"+x.o.Number
			x.sh.Status = x.sh.Events[len(x.sh.Events)-1].Status
			must(db.CreateShipment(ctx, x.sh))
		}
	}
	for _, r := range []*kefu.Rule{
		{ID: "late-30", When: "kind == 'late' && delay_minutes > 30", Order: 1, Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD", ValidDays: 30}},
		{ID: "short-weight", When: "kind == 'underweight' && missing_grams >= 50", Order: 2, Grant: kefu.Grant{Kind: kefu.GrantRefundLine}},
		{ID: "crushed-photo", When: "kind == 'damaged' && attributes.evidence == 'photo' && line_value <= 3000", Order: 3, Grant: kefu.Grant{Kind: kefu.GrantRefundLine}},
	} {
		r.TenantID, r.Enabled = "shop", true
		must(db.UpsertRule(ctx, r))
	}
	return db, cs
}

// newSkill is the skill on db with the real issuer.
func newSkill(db *sqlite.DB) *aftersales.Skill {
	clock := func() time.Time { return now }
	return &aftersales.Skill{Orders: db, Products: db, Now: clock, Compensations: &compensation.Issuer{Store: db, Now: clock}}
}

// photo is a customer message carrying attachment id, with a caption.
func photo(id, caption string) *kefu.Message {
	return &kefu.Message{Author: kefu.AuthorCustomer, Kind: kefu.MessageAttachment, Text: caption, Cards: []kefu.Card{{
		Type: kefu.CardAttachment, URL: kefu.AttachmentPath("cv_1", id), Attachment: &kefu.AttachmentRef{ID: id, ContentType: kefu.AttachmentJPEG},
	}}}
}

func TestRun(t *testing.T) {
	num := func(n string) []kefu.Entity { return []kefu.Entity{{Type: "order_number", Value: n, Text: n}} }
	asked := func(p string) map[string]string { // the skill asked for a photo of p
		return map[string]string{kefu.SlotEvidence: p, kefu.SlotExpecting: kefu.SlotEvidence, kefu.SlotExpectingSkill: aftersales.Name}
	}
	tests := []struct {
		name       string
		customer   string // "" for an anonymous visitor
		lang       string // the conversation's; "" means en
		msg        *kefu.Message
		intent     string
		confidence float64 // 0 means 0.95
		entities   []kefu.Entity
		slots      map[string]string
		outcome    string
		expecting  string
		data       map[string]string // a subset of the result's
		setSlots   map[string]string // a subset of the result's
		handoff    string
		incident   string // recorded, with these attributes
		attrs      map[string]string
	}{
		// Damage reports: the order line, then a photo of it.
		{name: "crushed strawberries: ask for a photo", customer: "alice", msg: text("my strawberries arrived crushed"), intent: "fresh_crushed_produce",
			outcome: aftersales.OutcomeAskPhoto, expecting: kefu.SlotEvidence,
			data:     map[string]string{"order": "A-2", "product": "Korean Strawberries, 330 g", "problem": "crushed"},
			setSlots: map[string]string{kefu.SlotEvidence: "order=A-2&problem=crushed&sku=STRAW", kefu.SlotOrderNumber: "A-2"}},
		{name: "the product named in Chinese", customer: "alice", lang: "zh", msg: text("草莓都压扁了"), intent: "fresh_crushed_produce",
			outcome: aftersales.OutcomeAskPhoto, expecting: kefu.SlotEvidence, data: map[string]string{"order": "A-2", "product": "韩国草莓", "problem": "crushed"}},
		{name: "an older order by its number", customer: "alice", msg: text("the oysters in A-1 were dead"), intent: "fresh_dead_seafood", entities: num("A-1"),
			outcome: aftersales.OutcomeAskPhoto, expecting: kefu.SlotEvidence, data: map[string]string{"order": "A-1", "product": "Live Oysters, 6 pieces", "problem": "dead_on_arrival"}},
		{name: "several items, none named: which one?", customer: "alice", msg: text("something in my box was leaking"), intent: "fresh_leaking",
			outcome: aftersales.OutcomeWhichItem, expecting: kefu.SlotProduct,
			data:     map[string]string{"order": "A-2", "items": "Korean Strawberries, 330 g; Greek Yoghurt, 500 g; Ribeye Steaks, 2 × 250 g"},
			setSlots: map[string]string{kefu.SlotEvidence: "order=A-2&problem=leaking"}},
		{name: "one item: no need to ask which", customer: "carol", msg: text("it all arrived mouldy"), intent: "fresh_mold",
			outcome: aftersales.OutcomeAskPhoto, expecting: kefu.SlotEvidence, data: map[string]string{"order": "C-1", "problem": "mold"}},
		{name: "a product not delivered to them", customer: "alice", msg: text("the mangoes were mouldy"), intent: "fresh_mold",
			outcome: aftersales.OutcomeNotOrdered, expecting: kefu.SlotOrderNumber, data: map[string]string{"product": "Nam Dok Mai Mangoes"}},
		{name: "someone else's order looks like none", customer: "alice", msg: text("B-1 arrived leaking"), intent: "fresh_leaking", entities: num("B-1"),
			outcome: aftersales.OutcomeDamageNoOrder, expecting: kefu.SlotOrderNumber, data: map[string]string{"order": "B-1"}},
		{name: "nothing delivered yet", customer: "dave", msg: text("my strawberries arrived crushed"), intent: "fresh_crushed_produce",
			outcome: aftersales.OutcomeDamageNoOrder, expecting: kefu.SlotOrderNumber},
		{name: "the answer to which item", customer: "alice", msg: text("the yoghurt"), intent: kefu.IntentProvideInfo,
			slots:   map[string]string{kefu.SlotEvidence: "order=A-2&problem=leaking", kefu.SlotExpecting: kefu.SlotProduct, kefu.SlotExpectingSkill: aftersales.Name},
			outcome: aftersales.OutcomeAskPhoto, expecting: kefu.SlotEvidence, data: map[string]string{"order": "A-2", "product": "Greek Yoghurt, 500 g", "problem": "leaking"},
			setSlots: map[string]string{kefu.SlotEvidence: "order=A-2&problem=leaking&sku=YOG"}},

		// The photo.
		{name: "the photo asked for: the rule refunds the line", customer: "alice", msg: photo("at_1", ""), slots: asked("order=A-2&problem=crushed&sku=STRAW"),
			outcome: aftersales.OutcomePhotoGranted, data: map[string]string{"order": "A-2", "compensation": "refund", "amount": "S$25.80"},
			setSlots: map[string]string{kefu.SlotEvidence: ""},
			incident: "damaged:A-2:STRAW", attrs: map[string]string{"evidence": "photo", "attachment": "at_1", "problem": "crushed"}},
		{name: "a line over the rule's value: a person looks", customer: "alice", msg: photo("at_2", ""), slots: asked("order=A-2&problem=crushed&sku=RIB"),
			outcome: aftersales.OutcomePhotoPerson, handoff: kefu.ReasonAfterSales, data: map[string]string{"order": "A-2", "product": "Ribeye Steaks, 2 × 250 g"},
			setSlots: map[string]string{kefu.SlotEvidence: ""},
			incident: "damaged:A-2:RIB", attrs: map[string]string{"evidence": "photo", "attachment": "at_2"}},
		{name: "a photo with the report as its caption", customer: "carol", msg: photo("at_3", "my strawberries arrived crushed"), intent: "fresh_crushed_produce",
			outcome: aftersales.OutcomePhotoGranted, data: map[string]string{"order": "C-1", "compensation": "refund", "amount": "S$12.90"}, incident: "damaged:C-1:STRAW"},
		{name: "a photo before the item is known", customer: "alice", msg: photo("at_4", ""), slots: asked("order=A-2&problem=leaking"),
			outcome: aftersales.OutcomePhotoPersonAny, handoff: kefu.ReasonAfterSales, setSlots: map[string]string{kefu.SlotEvidence: ""}},
		{name: "a photo before the item is known, named in its caption", customer: "alice", msg: photo("at_5", "the yoghurt"), slots: asked("order=A-2&problem=leaking"),
			outcome: aftersales.OutcomePhotoGranted, data: map[string]string{"compensation": "refund", "amount": "S$5.90"}, incident: "damaged:A-2:YOG"},

		// Late deliveries and picking records.
		{name: "late by 40 minutes: a coupon", customer: "alice", msg: text("my delivery A-1 was late"), intent: aftersales.IntentLate, entities: num("A-1"),
			outcome: aftersales.OutcomeLate, data: map[string]string{"order": "A-1", "minutes": "40", "compensation": "new", "amount": "S$5.00"}, incident: "late:A-1"},
		{name: "ribeye short: the line refunded", customer: "alice", msg: text("my ribeye was underweight"), intent: aftersales.IntentUnderweight,
			outcome: aftersales.OutcomeUnderweight, data: map[string]string{"order": "A-1", "missing_grams": "70", "compensation": "refund", "amount": "S$38.90"}, incident: "underweight:A-1:RIB"},
		{name: "a weight said to be missing (牛排差了二两) is the picking record's, not a damage report", customer: "alice", msg: text("牛排差了二两"),
			intent: "fresh_quality_complaint", confidence: 0.38, entities: []kefu.Entity{{Type: "quantity", Value: "100 g", Text: "二两"}},
			outcome: aftersales.OutcomeUnderweight, data: map[string]string{"order": "A-1", "missing_grams": "70", "compensation": "refund", "amount": "S$38.90"}, incident: "underweight:A-1:RIB"},
		{name: "anonymous visitors sign in", msg: text("my delivery was late"), intent: aftersales.IntentLate, outcome: aftersales.OutcomeSignIn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, cs := MustOpenShop(t)
			ctx := context.Background()
			conf := tt.confidence
			if conf == 0 {
				conf = 0.95
			}
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{Timezone: "Asia/Singapore"}},
				Conversation:  &kefu.Conversation{TenantID: "shop", Language: "en", Slots: tt.slots},
				Message:       tt.msg,
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: conf, Entities: tt.entities},
			}
			if tt.customer != "" {
				st.Customer = cs[tt.customer]
			}
			if tt.lang != "" {
				st.Conversation.Language = tt.lang
			}
			res, err := newSkill(db).Run(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tt.outcome || res.Expecting != tt.expecting || res.Handoff != tt.handoff {
				t.Fatalf("outcome %q expecting %q handoff %q, want %q, %q, %q (%+v)", res.Outcome, res.Expecting, res.Handoff, tt.outcome, tt.expecting, tt.handoff, res)
			}
			for k, v := range tt.data {
				if res.Data[k] != v {
					t.Errorf("data %s = %q, want %q (%v)", k, res.Data[k], v, res.Data)
				}
			}
			for k, v := range tt.setSlots {
				if got, ok := res.SetSlots[k]; !ok || got != v {
					t.Errorf("slot %s set to %q (%v), want %q", k, got, ok, v)
				}
			}
			ins, err := db.FindIncidents(ctx, kefu.IncidentFilter{TenantID: "shop"})
			if err != nil {
				t.Fatal(err)
			}
			if tt.incident == "" {
				if len(ins) != 0 {
					t.Fatalf("incidents %+v, want none", ins[0])
				}
				return
			}
			if len(ins) != 1 || ins[0].ID != tt.incident {
				t.Fatalf("incidents %+v, want %s", ins, tt.incident)
			}
			for k, v := range tt.attrs {
				if ins[0].Attributes[k] != v {
					t.Errorf("incident attribute %s = %q, want %q", k, ins[0].Attributes[k], v)
				}
			}
		})
	}
}

func text(s string) *kefu.Message { return &kefu.Message{Author: kefu.AuthorCustomer, Text: s} }

// TestPhotoTwice: the same report's second photo finds the incident
// granted and grants nothing new; the ledger has one entry.
func TestPhotoTwice(t *testing.T) {
	db, cs := MustOpenShop(t)
	ctx := context.Background()
	skill := newSkill(db)
	var got []string
	for _, id := range []string{"at_1", "at_2"} {
		st := &kefu.TurnState{
			Tenant:       &kefu.Tenant{ID: "shop"},
			Conversation: &kefu.Conversation{TenantID: "shop", Slots: map[string]string{kefu.SlotEvidence: "order=A-2&problem=crushed&sku=STRAW"}},
			Customer:     cs["alice"], Message: photo(id, ""),
		}
		res, err := skill.Run(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, res.Data["compensation"])
	}
	if got[0] != "refund" || got[1] != "refund_before" {
		t.Errorf("compensations %q, want refund then refund_before", got)
	}
	if cs, err := db.FindCompensations(ctx, kefu.CompensationFilter{TenantID: "shop"}); err != nil || len(cs) != 1 || cs[0].Amount != 2580 {
		t.Errorf("ledger %+v, %v: want one refund of 2580", cs, err)
	}
}

func TestClaim(t *testing.T) {
	tests := []struct {
		name       string
		customer   string
		text       string
		intent     string
		confidence float64
		slots      map[string]string
		dec        kefu.Decision
		want       string // the reason; "" for no claim
	}{
		{"a report, default hand-off", "alice", "my strawberries arrived crushed", "fresh_crushed_produce", 0.95, nil,
			kefu.Decision{Action: kefu.ActionHandoff, Claimable: true}, aftersales.ReasonDamage},
		{"a report as a photo's caption", "alice", "my strawberries arrived crushed", "fresh_crushed_produce", 0.95, nil,
			kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonAttachment, Claimable: true}, aftersales.ReasonDamage},
		{"a photo's caption naming no product", "alice", "look", "fresh_not_fresh", 0.93, nil,
			kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonAttachment, Claimable: true}, ""},
		{"not claimable", "alice", "my strawberries arrived crushed", "fresh_crushed_produce", 0.95, nil,
			kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonCustomerAsked}, ""},
		{"unsure, naming a delivered product", "alice", "草莓都压扁了", "fresh_crushed_produce", 0.61, nil,
			kefu.Decision{Action: kefu.ActionSkill, Skill: "faq", Claimable: true}, aftersales.ReasonDamage},
		{"unsure, naming nothing", "alice", "it is all squashed", "fresh_crushed_produce", 0.61, nil,
			kefu.Decision{Action: kefu.ActionSkill, Skill: "faq", Claimable: true}, ""},
		{"nothing delivered", "dave", "my strawberries arrived crushed", "fresh_crushed_produce", 0.95, nil,
			kefu.Decision{Action: kefu.ActionHandoff, Claimable: true}, ""},
		{"anonymous", "", "my strawberries arrived crushed", "fresh_crushed_produce", 0.95, nil,
			kefu.Decision{Action: kefu.ActionHandoff, Claimable: true}, ""},
		{"the answer to which item, taken from another skill", "alice", "the strawberries", "product_question", 0.9,
			map[string]string{kefu.SlotEvidence: "order=A-2&problem=leaking", kefu.SlotExpecting: kefu.SlotProduct, kefu.SlotExpectingSkill: aftersales.Name},
			kefu.Decision{Action: kefu.ActionSkill, Skill: "catalog", Reason: kefu.ReasonIntent}, aftersales.ReasonDamageAnswer},
		{"another skill's question", "alice", "the strawberries", "product_question", 0.9,
			map[string]string{kefu.SlotExpecting: kefu.SlotProduct, kefu.SlotExpectingSkill: "catalog"},
			kefu.Decision{Action: kefu.ActionSkill, Skill: "catalog", Reason: kefu.ReasonIntent}, ""},
		{"an underweight ribeye (the picking record)", "alice", "my ribeye was underweight", aftersales.IntentUnderweight, 0.95, nil,
			kefu.Decision{Action: kefu.ActionHandoff, Claimable: true}, aftersales.ReasonPicking},
	}
	db, cs := MustOpenShop(t)
	skill := newSkill(db)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := text(tt.text)
			if tt.dec.Reason == kefu.ReasonAttachment {
				msg = photo("at_1", tt.text)
			}
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "shop"},
				Conversation:  &kefu.Conversation{TenantID: "shop", Slots: tt.slots},
				Message:       msg,
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: tt.confidence},
			}
			if tt.customer != "" {
				st.Customer = cs[tt.customer]
			}
			got, ok := skill.Claim(context.Background(), st, tt.dec)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Claim = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}
