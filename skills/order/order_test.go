package order_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/sqlite"
)

var day = time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)

// MustOpenShop opens a SQLite store with four customers of one shop, one
// of another shop, and their orders: Alice's 10023 (two shipments, the
// second scanned last) and 10025 (not shipped), Bob's 10024, Erin's
// 10027 (delivered) and 10028 (cancelled), and 10026 (another shop's);
// Dave has none.
func MustOpenShop(tb testing.TB) (*sqlite.DB, map[string]*kefu.Customer) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), nil)
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
	for _, id := range []string{"shop", "other"} {
		must(db.CreateTenant(ctx, &kefu.Tenant{ID: id, Name: id, Settings: kefu.TenantSettings{Timezone: "Asia/Bangkok"}}))
	}
	cs := map[string]*kefu.Customer{
		"alice": {TenantID: "shop", ExternalID: "alice"},
		"bob":   {TenantID: "shop", ExternalID: "bob"},
		"dave":  {TenantID: "shop", ExternalID: "dave"},
		"erin":  {TenantID: "shop", ExternalID: "erin"},
		"carol": {TenantID: "other", ExternalID: "carol"},
	}
	for _, c := range cs {
		must(db.CreateCustomer(ctx, c))
	}
	eta := day.AddDate(0, 0, 3)
	for _, x := range []struct {
		o     *kefu.Order
		ships []*kefu.Shipment
	}{
		{&kefu.Order{TenantID: "shop", Number: "10023", CustomerID: cs["alice"].ID, Status: "shipped", Currency: "EUR", PlacedAt: day.AddDate(0, 0, -4)}, []*kefu.Shipment{
			{TenantID: "shop", Carrier: "SF", TrackingNumber: "SF1", Status: "delivered", Events: []kefu.TrackingEvent{{At: day.AddDate(0, 0, -3), Status: "delivered", Location: "Bangkok"}}},
			{TenantID: "shop", Carrier: "Kerry", TrackingNumber: "KEX2", Status: "in_transit", ETA: &eta, Events: []kefu.TrackingEvent{
				{At: day.AddDate(0, 0, -2), Status: "label_created", Location: "Shenzhen"},
				{At: day.AddDate(0, 0, -1), Status: "in_transit", Location: "Hat Yai", Description: "Arrived at hub"},
			}},
		}},
		{&kefu.Order{TenantID: "shop", Number: "10025", CustomerID: cs["alice"].ID, Status: "paid", Currency: "EUR",
			PlacedAt: day, Lines: []kefu.OrderLine{{SKU: "mug", Name: "Blue mug", Quantity: 1, UnitPrice: 900}}}, nil},
		{&kefu.Order{TenantID: "shop", Number: "10027", CustomerID: cs["erin"].ID, Status: "delivered", Currency: "EUR", PlacedAt: day.AddDate(0, 0, -9)}, []*kefu.Shipment{
			{TenantID: "shop", Carrier: "SF", TrackingNumber: "SF27", Status: "delivered", Events: []kefu.TrackingEvent{{At: day.AddDate(0, 0, -5), Status: "delivered", Location: "Bangkok"}}},
		}},
		{&kefu.Order{TenantID: "shop", Number: "10028", CustomerID: cs["erin"].ID, Status: "cancelled", Currency: "EUR", PlacedAt: day.AddDate(0, 0, -10)}, nil},
		{&kefu.Order{TenantID: "shop", Number: "10024", CustomerID: cs["bob"].ID, Status: "shipped", Currency: "EUR"}, []*kefu.Shipment{
			{TenantID: "shop", Carrier: "DHL", TrackingNumber: "BOBSECRET", Status: "in_transit", Events: []kefu.TrackingEvent{{At: day, Status: "in_transit"}}},
		}},
		{&kefu.Order{TenantID: "other", Number: "10026", CustomerID: cs["carol"].ID, Status: "shipped", Currency: "EUR"}, nil},
	} {
		must(db.CreateOrder(ctx, x.o))
		for _, sh := range x.ships {
			sh.OrderID = x.o.ID
			must(db.CreateShipment(ctx, sh))
		}
	}
	return db, cs
}

func TestRun(t *testing.T) {
	db, cs := MustOpenShop(t)
	skill := &order.Skill{Orders: db}
	num := func(n string) []kefu.Entity { return []kefu.Entity{{Type: "order_number", Value: n, Text: n}} }
	tests := []struct {
		name      string
		customer  string // "" for an anonymous visitor
		entities  []kefu.Entity
		slots     map[string]string
		outcome   string
		expecting string
		data      map[string]string
		secret    string // must appear nowhere in the result
	}{
		// A signed-in customer who gives no number: their one order under
		// way, else the newest; with several, which one (newest first).
		{"no number, several under way: which one", "alice", nil, nil, order.OutcomeWhichOrder, order.SlotOrderNumber,
			map[string]string{"orders": "10025\n10023", "order_items": "Blue mug\n", "count": "2"}, ""},
		{"no number, one under way: that one", "bob", nil, nil, order.OutcomeTracking, "", map[string]string{"order": "10024", "tracking_number": "BOBSECRET"}, ""},
		{"no number, none under way: the newest", "erin", nil, nil, order.OutcomeTracking, "", map[string]string{"order": "10027", "status": "delivered"}, ""},
		{"no number, no order: ask", "dave", nil, nil, order.OutcomeAskOrderNumber, order.SlotOrderNumber, nil, ""},
		{"no number, anonymous: ask", "", nil, nil, order.OutcomeAskOrderNumber, order.SlotOrderNumber, nil, ""},
		{"anonymous visitor", "", num("10023"), nil, order.OutcomeIdentify, "", map[string]string{"order": "10023"}, "KEX2"},
		{"tracking from the newest scan", "alice", num("10023"), nil, order.OutcomeTracking, "",
			map[string]string{"tracking_number": "KEX2", "location": "Hat Yai", "status": "in_transit", "eta": "2026-11-23", "shipments": "2", "timezone": "Asia/Bangkok"}, ""},
		{"remembered number", "alice", nil, map[string]string{order.SlotOrderNumber: "10023"}, order.OutcomeTracking, "", map[string]string{"order": "10023"}, ""},
		{"a number in the message beats the remembered one", "alice", num("10025"), map[string]string{order.SlotOrderNumber: "10023"}, order.OutcomeNotShipped, "",
			map[string]string{"order": "10025", "order_status": "paid"}, ""},
		{"no such order", "alice", num("19999"), nil, order.OutcomeNotFound, order.SlotOrderNumber, map[string]string{"order": "19999"}, ""},
		{"someone else's order looks the same as none", "alice", num("10024"), nil, order.OutcomeNotFound, order.SlotOrderNumber, map[string]string{"order": "10024"}, "BOBSECRET"},
		{"another shop's order", "alice", num("10026"), nil, order.OutcomeNotFound, order.SlotOrderNumber, map[string]string{"order": "10026"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{Timezone: "Asia/Bangkok"}},
				Conversation:  &kefu.Conversation{TenantID: "shop", Slots: tt.slots},
				Message:       &kefu.Message{Text: "where is my order"},
				Understanding: kefu.Understanding{Intent: kefu.IntentTrackOrder, Confidence: 0.9, Entities: tt.entities},
			}
			if tt.customer != "" {
				st.Customer = cs[tt.customer]
			}
			res, err := skill.Run(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tt.outcome || res.Expecting != tt.expecting {
				t.Fatalf("outcome %q expecting %q, want %q %q", res.Outcome, res.Expecting, tt.outcome, tt.expecting)
			}
			for k, v := range tt.data {
				if res.Data[k] != v {
					t.Errorf("data[%s] = %q, want %q", k, res.Data[k], v)
				}
			}
			if tt.secret != "" {
				for k, v := range res.Data {
					if v == tt.secret {
						t.Errorf("data[%s] reveals %q", k, v)
					}
				}
				if len(res.Events) > 0 || len(res.Records) > 0 {
					t.Errorf("another customer's records leaked: events %v records %v", res.Events, res.Records)
				}
			}
			if res.Outcome == order.OutcomeTracking && res.Data["order"] == "10023" {
				if res.SetSlots[order.SlotOrderNumber] != "10023" || len(res.Events) != 2 || len(res.Records) != 3 {
					t.Errorf("slots %v, %d events, records %v", res.SetSlots, len(res.Events), res.Records)
				}
			}
			if res.Outcome == order.OutcomeTracking && res.SetSlots[order.SlotOrderNumber] != res.Data["order"] {
				t.Errorf("the order answered, %s, is not remembered: %v", res.Data["order"], res.SetSlots)
			}
		})
	}
}
