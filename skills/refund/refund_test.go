package refund_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/skills/refund"
	"github.com/kefu-ai/kefu/sqlite"
)

// MustOpenLedger opens a SQLite store with a shop, three customers and
// their ledgers: Alice's line refund (25.80) and order refund (10.00) of
// FF-1 and a coupon for FF-2; Bob's refund of FF-3, revoked; Carol has
// none.
func MustOpenLedger(tb testing.TB) (*sqlite.DB, map[string]*kefu.Customer) {
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
	must(db.CreateTenant(ctx, &kefu.Tenant{ID: "shop", Name: "Shop", Settings: kefu.TenantSettings{Timezone: "Asia/Singapore", Currency: "SGD"}}))
	cs := map[string]*kefu.Customer{}
	for _, id := range []string{"alice", "bob", "carol"} {
		cs[id] = &kefu.Customer{TenantID: "shop", ExternalID: id}
		must(db.CreateCustomer(ctx, cs[id]))
	}
	at := time.Date(2026, 12, 6, 20, 30, 0, 0, time.UTC) // 7 December in Singapore
	for i, c := range []*kefu.Compensation{
		{IncidentID: "in-1", OrderNumber: "FF-1", CustomerID: cs["alice"].ID, Kind: kefu.GrantRefundLine, Amount: 2580},
		{IncidentID: "in-2", OrderNumber: "FF-2", CustomerID: cs["alice"].ID, Kind: kefu.GrantCoupon, Amount: 500},
		{IncidentID: "in-3", OrderNumber: "FF-1", CustomerID: cs["alice"].ID, Kind: kefu.GrantRefundOrder, Amount: 1000},
		{IncidentID: "in-4", OrderNumber: "FF-3", CustomerID: cs["bob"].ID, Kind: kefu.GrantRefundOrder, Amount: 4000},
	} {
		c.TenantID, c.Currency, c.GrantedBy, c.Reason = "shop", "SGD", "ag_1", "test"
		c.At = at.Add(time.Duration(i) * time.Minute)
		_, _, err := db.IssueCompensation(ctx, c)
		must(err)
		if c.CustomerID == cs["bob"].ID {
			_, err := db.RevokeCompensation(ctx, "shop", c.ID, "granted by mistake", "ag_1")
			must(err)
		}
	}
	return db, cs
}

func TestRun(t *testing.T) {
	db, cs := MustOpenLedger(t)
	skill := &refund.Skill{Compensations: db}
	num := func(n string) []kefu.Entity { return []kefu.Entity{{Type: "order_number", Value: n, Text: n}} }
	tests := []struct {
		name     string
		customer string // "" for an anonymous visitor
		intent   string
		entities []kefu.Entity
		slots    map[string]string
		outcome  string
		handoff  bool
		data     map[string]string
	}{
		{"where is my refund: the newest refunded order, all its refunds", "alice", refund.IntentStatus, nil, nil, refund.OutcomeIssued, false,
			map[string]string{"order": "FF-1", "amount": "S$35.80", "date": "2026-12-07"}},
		{"of an order with only a coupon: none", "alice", refund.IntentStatus, num("FF-2"), nil, refund.OutcomeNoneOrder, true, map[string]string{"order": "FF-2"}},
		{"a revoked refund is none", "bob", refund.IntentStatus, nil, nil, refund.OutcomeNone, true, nil},
		{"another customer's refund is never told", "carol", refund.IntentStatus, num("FF-1"), nil, refund.OutcomeNoneOrder, true, map[string]string{"order": "FF-1", "amount": ""}},
		{"I want a refund, the order in view was refunded", "alice", refund.IntentRequest, nil, map[string]string{kefu.SlotOrderNumber: "FF-1"}, refund.OutcomeIssued, false,
			map[string]string{"order": "FF-1", "amount": "S$35.80"}},
		{"I want a refund, no order in view: a person", "alice", refund.IntentRequest, nil, nil, kefu.OutcomeHandoff, true, map[string]string{"amount": ""}},
		{"anonymous: a person", "", refund.IntentStatus, nil, nil, kefu.OutcomeHandoff, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{Timezone: "Asia/Singapore", DefaultLanguage: "en"}},
				Conversation:  &kefu.Conversation{TenantID: "shop", Language: "en", Slots: tt.slots},
				Message:       &kefu.Message{Text: "where is my refund"},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: 0.95, Entities: tt.entities},
			}
			if tt.customer != "" {
				st.Customer = cs[tt.customer]
			}
			res, err := skill.Run(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tt.outcome || (res.Handoff != "") != tt.handoff {
				t.Fatalf("outcome %q handoff %q, want %q (hand-off %v)", res.Outcome, res.Handoff, tt.outcome, tt.handoff)
			}
			for k, v := range tt.data {
				if res.Data[k] != v {
					t.Errorf("data[%s] = %q, want %q", k, res.Data[k], v)
				}
			}
			if res.Outcome == refund.OutcomeIssued && (len(res.Records) != 2 || res.SetSlots[kefu.SlotOrderNumber] != res.Data["order"]) {
				t.Errorf("records %v, slots %v", res.Records, res.SetSlots)
			}
		})
	}
}
