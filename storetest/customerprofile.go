package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// customerProfileTests cover customer profile traits and behaviour
// events.
var customerProfileTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"CustomerTraits", testCustomerTraits},
	{"CustomerTraitValidation", testCustomerTraitValidation},
	{"BehaviourEvents", testBehaviourEvents},
	{"BehaviourEventValidation", testBehaviourEventValidation},
	{"CustomerProfileIsolation", testCustomerProfileIsolation},
	{"DeleteCustomerProfile", testDeleteCustomerProfile},
}

// MustObserveTraits stores ts of the customer, or fails tb.
func MustObserveTraits(tb testing.TB, s kefu.Store, tenantID, customerID string, ts ...kefu.Trait) {
	tb.Helper()
	if err := s.ObserveTraits(context.Background(), tenantID, customerID, ts); err != nil {
		tb.Fatalf("ObserveTraits(%s, %s, %+v): %v", tenantID, customerID, ts, err)
	}
}

// MustRecordBehaviourEvents stores es, or fails tb.
func MustRecordBehaviourEvents(tb testing.TB, s kefu.Store, es ...*kefu.BehaviourEvent) {
	tb.Helper()
	if err := s.RecordBehaviourEvents(context.Background(), es); err != nil {
		tb.Fatalf("RecordBehaviourEvents: %v", err)
	}
}

func testCustomerTraits(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})

	p, err := s.FindCustomerProfile(ctx, "shop", cu.ID)
	mustNil(t, "FindCustomerProfile(empty)", err)
	if p.CustomerID != cu.ID || p.TenantID != "shop" || len(p.Traits) != 0 {
		t.Errorf("empty profile = %+v", p)
	}

	at := time.Date(2026, 5, 6, 7, 8, 9, 123456000, time.UTC)
	oily := kefu.Trait{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceChat, Confidence: 0.7,
		Evidence: "混油皮", UpdatedAt: at}
	notOily := kefu.Trait{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceCustomer, Confidence: 1,
		Negated: true, Evidence: "I'm not oily any more", UpdatedAt: at.Add(time.Hour)}
	acne := kefu.Trait{Kind: kefu.TraitConcern, Value: "acne", Source: kefu.SourceOrder, Confidence: 0.4, UpdatedAt: at}
	MustObserveTraits(t, s, "shop", cu.ID, oily, notOily, acne)

	// Ordered by kind, value and source.
	want := []kefu.Trait{acne, oily, notOily}
	p, err = s.FindCustomerProfile(ctx, "shop", cu.ID)
	mustNil(t, "FindCustomerProfile", err)
	checkEqual(t, "traits", p.Traits, want)
	if _, ok := p.Top(kefu.TraitSkinType, at.Add(2*time.Hour)); ok {
		t.Errorf("the customer's negation should settle oily: %+v", p.Resolve(kefu.TraitSkinType, at.Add(2*time.Hour)))
	}

	t.Run("replace by kind, value and source", func(t *testing.T) {
		oily2 := oily
		oily2.Confidence, oily2.Evidence, oily2.UpdatedAt = 0.9, "油皮", at.Add(2*time.Hour)
		MustObserveTraits(t, s, "shop", cu.ID, oily2)
		p, err := s.FindCustomerProfile(ctx, "shop", cu.ID)
		mustNil(t, "FindCustomerProfile", err)
		checkEqual(t, "traits after replace", p.Traits, []kefu.Trait{acne, oily2, notOily})
	})

	t.Run("zero UpdatedAt takes the store's clock", func(t *testing.T) {
		MustObserveTraits(t, s, "shop", cu.ID, kefu.Trait{Kind: kefu.TraitFinish, Value: "matte", Source: kefu.SourceAgent, Confidence: 1})
		p, err := s.FindCustomerProfile(ctx, "shop", cu.ID)
		mustNil(t, "FindCustomerProfile", err)
		found := false
		for _, tr := range p.Traits {
			if tr.Kind == kefu.TraitFinish {
				found = true
				if tr.UpdatedAt.Year() < 2000 {
					t.Errorf("UpdatedAt = %v, want the store's clock", tr.UpdatedAt)
				}
			}
		}
		if !found {
			t.Errorf("finish trait not stored: %+v", p.Traits)
		}
	})

	t.Run("forget", func(t *testing.T) {
		for _, tc := range []struct {
			name        string
			kind, value string
			left        int
		}{
			{"a value of another kind", kefu.TraitConcern, "oily", 4},
			{"one value", kefu.TraitSkinType, "oily", 2},
			{"nothing left of the kind", kefu.TraitSkinType, "", 2},
			{"a kind", kefu.TraitConcern, "", 1},
			{"everything", "", "", 0},
		} {
			t.Run(tc.name, func(t *testing.T) {
				mustNil(t, "ForgetTraits", s.ForgetTraits(ctx, "shop", cu.ID, tc.kind, tc.value))
				p, err := s.FindCustomerProfile(ctx, "shop", cu.ID)
				mustNil(t, "FindCustomerProfile", err)
				if len(p.Traits) != tc.left {
					t.Errorf("%d traits left, want %d: %+v", len(p.Traits), tc.left, p.Traits)
				}
			})
		}
	})
}

func testCustomerTraitValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})
	good := kefu.Trait{Kind: kefu.TraitConcern, Value: "acne", Source: kefu.SourceChat, Confidence: 0.5}
	long := string(make([]byte, kefu.MaxTraitValueLen+1))
	for _, tc := range []struct {
		name     string
		customer string
		bad      func(*kefu.Trait)
		code     string
		field    string
	}{
		{"unknown kind", cu.ID, func(t *kefu.Trait) { t.Kind = "mood" }, kefu.EINVALID, "traits[1].kind"},
		{"unknown source", cu.ID, func(t *kefu.Trait) { t.Source = "guess" }, kefu.EINVALID, "traits[1].source"},
		{"empty value", cu.ID, func(t *kefu.Trait) { t.Value = "" }, kefu.EINVALID, "traits[1].value"},
		{"long value", cu.ID, func(t *kefu.Trait) { t.Value = long }, kefu.EINVALID, "traits[1].value"},
		{"long evidence", cu.ID, func(t *kefu.Trait) { t.Evidence = long }, kefu.EINVALID, "traits[1].evidence"},
		{"confidence above 1", cu.ID, func(t *kefu.Trait) { t.Confidence = 1.5 }, kefu.EINVALID, "traits[1].confidence"},
		{"negative confidence", cu.ID, func(t *kefu.Trait) { t.Confidence = -0.1 }, kefu.EINVALID, "traits[1].confidence"},
		{"unknown skin type", cu.ID, func(t *kefu.Trait) { t.Kind, t.Value = kefu.TraitSkinType, "shiny" }, kefu.EINVALID, "traits[1].value"},
		{"unknown customer", "cu-nobody", func(*kefu.Trait) {}, kefu.ENOTFOUND, ""},
		{"no tenant", cu.ID, nil, kefu.ENOTFOUND, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := good
			bad.Value = "dryness"
			tenant := "shop"
			if tc.bad == nil {
				tenant = "nowhere"
			} else {
				tc.bad(&bad)
			}
			err := s.ObserveTraits(ctx, tenant, tc.customer, []kefu.Trait{good, bad})
			wantField(t, "ObserveTraits", err, tc.code, tc.field)
			p, err := s.FindCustomerProfile(ctx, "shop", cu.ID)
			mustNil(t, "FindCustomerProfile", err)
			if len(p.Traits) != 0 {
				t.Errorf("a failed ObserveTraits stored %+v", p.Traits)
			}
		})
	}
	_, err := s.FindCustomerProfile(ctx, "shop", "cu-nobody")
	wantCode(t, "FindCustomerProfile(unknown customer)", err, kefu.ENOTFOUND)
}

func testBehaviourEvents(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})
	base := time.Date(2026, 5, 6, 7, 0, 0, 0, time.UTC)
	ev := func(id, typ string, min int) *kefu.BehaviourEvent {
		e := &kefu.BehaviourEvent{ID: id, TenantID: "shop", CustomerID: cu.ID, Type: typ, SKU: "SERUM-1",
			At: base.Add(time.Duration(min) * time.Minute)}
		if typ == kefu.EventDwell {
			e.DwellMS = 45000
		}
		return e
	}
	e1, e2, e3 := ev("e1", kefu.EventView, 1), ev("e2", kefu.EventDwell, 2), ev("e3", kefu.EventAddToCart, 3)
	MustRecordBehaviourEvents(t, s, e1, e2, e3)
	got, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: cu.ID})
	mustNil(t, "FindBehaviourEvents", err)
	checkEqual(t, "events newest first", got, []*kefu.BehaviourEvent{e3, e2, e1})

	t.Run("idempotent by ID", func(t *testing.T) {
		again := ev("e1", kefu.EventFavourite, 9)
		MustRecordBehaviourEvents(t, s, again, ev("e4", kefu.EventFavourite, 4))
		got, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: cu.ID})
		mustNil(t, "FindBehaviourEvents", err)
		if len(got) != 4 || got[3].Type != kefu.EventView {
			t.Errorf("after recording e1 again: %s, want 4 events with e1 unchanged", show(got))
		}
	})

	t.Run("since and limit", func(t *testing.T) {
		got, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: cu.ID,
			Since: base.Add(2 * time.Minute), Limit: 2})
		mustNil(t, "FindBehaviourEvents", err)
		if len(got) != 2 || got[0].ID != "e4" || got[1].ID != "e3" {
			t.Errorf("since minute 2, limit 2: %s, want e4, e3", show(got))
		}
	})

	t.Run("zero At takes the store's clock", func(t *testing.T) {
		e := ev("e5", kefu.EventView, 0)
		e.At = time.Time{}
		MustRecordBehaviourEvents(t, s, e)
		got, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: cu.ID, Limit: 10})
		mustNil(t, "FindBehaviourEvents", err)
		for _, g := range got {
			if g.ID == "e5" && g.At.Year() < 2000 {
				t.Errorf("At = %v, want the store's clock", g.At)
			}
		}
	})
}

func testBehaviourEventValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})
	good := kefu.BehaviourEvent{ID: "ok", TenantID: "shop", CustomerID: cu.ID, Type: kefu.EventView, SKU: "SERUM-1"}
	for _, tc := range []struct {
		name  string
		bad   func(*kefu.BehaviourEvent)
		field string
	}{
		{"no ID", func(e *kefu.BehaviourEvent) { e.ID = "" }, "events[1].id"},
		{"no tenant", func(e *kefu.BehaviourEvent) { e.TenantID = "" }, "events[1].tenant_id"},
		{"no customer", func(e *kefu.BehaviourEvent) { e.CustomerID = "" }, "events[1].customer_id"},
		{"unknown customer", func(e *kefu.BehaviourEvent) { e.CustomerID = "cu-nobody" }, "events[1].customer_id"},
		{"unknown type", func(e *kefu.BehaviourEvent) { e.Type = "purchase" }, "events[1].type"},
		{"no SKU", func(e *kefu.BehaviourEvent) { e.SKU = "" }, "events[1].sku"},
		{"negative dwell", func(e *kefu.BehaviourEvent) { e.DwellMS = -1 }, "events[1].dwell_ms"},
		{"dwell without time", func(e *kefu.BehaviourEvent) { e.Type = kefu.EventDwell }, "events[1].dwell_ms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, bad := good, good
			bad.ID = "bad"
			tc.bad(&bad)
			err := s.RecordBehaviourEvents(ctx, []*kefu.BehaviourEvent{&g, &bad})
			wantField(t, "RecordBehaviourEvents", err, kefu.EINVALID, tc.field)
			got, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: cu.ID})
			mustNil(t, "FindBehaviourEvents", err)
			if len(got) != 0 {
				t.Errorf("a failed RecordBehaviourEvents stored %s", show(got))
			}
		})
	}
	t.Run("too many", func(t *testing.T) {
		es := make([]*kefu.BehaviourEvent, kefu.MaxBehaviourEvents+1)
		for i := range es {
			e := good
			e.ID = fmt.Sprint("e", i)
			es[i] = &e
		}
		wantField(t, "RecordBehaviourEvents", s.RecordBehaviourEvents(ctx, es), kefu.EINVALID, "events")
	})
	_, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop"})
	wantField(t, "FindBehaviourEvents(no customer)", err, kefu.EINVALID, "customer_id")
	mustNil(t, "RecordBehaviourEvents(none)", s.RecordBehaviourEvents(ctx, nil))
}

func testCustomerProfileIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	mine := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})
	theirs := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "other", ExternalID: "c-1"})
	tr := kefu.Trait{Kind: kefu.TraitBudget, Value: "high", Source: kefu.SourceOrder, Confidence: 0.6}
	MustObserveTraits(t, s, "other", theirs.ID, tr)
	MustRecordBehaviourEvents(t, s, &kefu.BehaviourEvent{ID: "e1", TenantID: "other", CustomerID: theirs.ID,
		Type: kefu.EventView, SKU: "X"})

	// The same event ID is another event in another tenant.
	MustRecordBehaviourEvents(t, s, &kefu.BehaviourEvent{ID: "e1", TenantID: "shop", CustomerID: mine.ID,
		Type: kefu.EventFavourite, SKU: "Y"})
	got, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: mine.ID})
	mustNil(t, "FindBehaviourEvents", err)
	if len(got) != 1 || got[0].SKU != "Y" {
		t.Errorf("shop's events: %s", show(got))
	}
	// Another tenant's customer is not found through this tenant.
	_, err = s.FindCustomerProfile(ctx, "shop", theirs.ID)
	wantCode(t, "FindCustomerProfile(other tenant's customer)", err, kefu.ENOTFOUND)
	wantCode(t, "ObserveTraits(other tenant's customer)", s.ObserveTraits(ctx, "shop", theirs.ID, []kefu.Trait{tr}), kefu.ENOTFOUND)
	err = s.RecordBehaviourEvents(ctx, []*kefu.BehaviourEvent{{ID: "e2", TenantID: "shop", CustomerID: theirs.ID,
		Type: kefu.EventView, SKU: "X"}})
	wantField(t, "RecordBehaviourEvents(other tenant's customer)", err, kefu.EINVALID, "events[0].customer_id")
	got, err = s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: theirs.ID})
	mustNil(t, "FindBehaviourEvents", err)
	if len(got) != 0 {
		t.Errorf("other tenant's events through shop: %s", show(got))
	}
	mustNil(t, "ForgetTraits", s.ForgetTraits(ctx, "shop", theirs.ID, "", ""))
	p, err := s.FindCustomerProfile(ctx, "other", theirs.ID)
	mustNil(t, "FindCustomerProfile", err)
	checkEqual(t, "other tenant's traits kept", len(p.Traits), 1)
}

func testDeleteCustomerProfile(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "leaving"})
	kept := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "staying"})
	tr := kefu.Trait{Kind: kefu.TraitSkinType, Value: "dry", Source: kefu.SourceChat, Confidence: 0.7}
	for _, c := range []*kefu.Customer{cu, kept} {
		MustObserveTraits(t, s, "shop", c.ID, tr)
		MustRecordBehaviourEvents(t, s, &kefu.BehaviourEvent{ID: "e-" + c.ExternalID, TenantID: "shop", CustomerID: c.ID,
			Type: kefu.EventView, SKU: "X"})
	}
	mustNil(t, "DeleteCustomer", s.DeleteCustomer(ctx, "shop", "leaving"))
	// A customer created again with the same ID starts with nothing.
	MustCreateCustomer(t, s, &kefu.Customer{ID: cu.ID, TenantID: "shop", ExternalID: "back"})
	p, err := s.FindCustomerProfile(ctx, "shop", cu.ID)
	mustNil(t, "FindCustomerProfile", err)
	if len(p.Traits) != 0 {
		t.Errorf("traits outlived their customer: %+v", p.Traits)
	}
	es, err := s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: cu.ID})
	mustNil(t, "FindBehaviourEvents", err)
	if len(es) != 0 {
		t.Errorf("events outlived their customer: %s", show(es))
	}
	p, err = s.FindCustomerProfile(ctx, "shop", kept.ID)
	mustNil(t, "FindCustomerProfile", err)
	es, err = s.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: "shop", CustomerID: kept.ID})
	mustNil(t, "FindBehaviourEvents", err)
	if len(p.Traits) != 1 || len(es) != 1 {
		t.Errorf("another customer's profile: %d traits, %d events, want 1 and 1", len(p.Traits), len(es))
	}
}
