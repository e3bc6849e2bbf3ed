package compensation_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

func TestCompile(t *testing.T) {
	for _, tc := range []struct {
		expr string
		err  string // "" means it compiles
	}{
		{"delay_minutes > 30", ""},
		{`excursion_minutes > 30 && category == "seafood"`, ""},
		{`customer.tier == "gold" && compensations_last_30d < 2`, ""},
		{`kind == "underweight" && missing_grams * 100 > order_value`, ""},
		{`attributes["carrier"] == "sf" || sku.startsWith("SALMON")`, ""},
		{`currency in ["SGD", "CNY"] && line_value >= 1000`, ""},
		{"delay > 30", "line 1, column 1: undeclared reference to 'delay'"},
		{"delay_minutes > '30'", "line 1, column 15: found no matching overload for '_>_' applied to '(int, string)'"},
		{"delay_minutes +", "line 1, column 16: Syntax error"},
		{"delay_minutes > 30 &&\n  category == 3", "line 2, column 12: found no matching overload for '_==_' applied to '(string, int)'"},
		{"delay_minutes", "line 1, column 1: when must be true or false, but this expression is of type int"},
		{`"late"`, "when must be true or false, but this expression is of type string"},
		{"", "when is required"},
		{strings.Repeat("true && ", kefu.MaxRuleWhenLen/8) + "true", "when is longer than"},
	} {
		t.Run(tc.expr, func(t *testing.T) {
			_, err := compensation.Compile(tc.expr)
			if tc.err == "" {
				if err != nil {
					t.Fatalf("Compile: %v", err)
				}
				return
			}
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != "when" {
				t.Fatalf("Compile error %v (code %q, field %q), want invalid about when", err, kefu.ErrorCode(err), kefu.ErrorField(err))
			}
			if msg := kefu.ErrorMessage(err); !strings.HasPrefix(msg, tc.err) && !strings.Contains(msg, tc.err) {
				t.Errorf("message %q, want %q", msg, tc.err)
			}
		})
	}
}

// rules are a shop's rules, as the seed describes them, out of order.
func rules() []*kefu.Rule {
	return []*kefu.Rule{
		{TenantID: "shop", ID: "late-30", Version: 2, When: "delay_minutes > 30", Order: 20, Enabled: true,
			Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD", ValidDays: 30}, MaxPerCustomer30d: 2},
		{TenantID: "shop", ID: "seafood-cold", Version: 1, When: `excursion_minutes > 30 && category == "seafood"`, Order: 10,
			Enabled: true, Grant: kefu.Grant{Kind: kefu.GrantRefundLine}},
		{TenantID: "shop", ID: "paused", Version: 1, When: "true", Order: 0, Grant: kefu.Grant{Kind: kefu.GrantRefundOrder}},
		{TenantID: "shop", ID: "blocked", Version: 1, When: `customer.tier == "blocked"`, Order: 5, Enabled: true,
			Grant: kefu.Grant{Kind: kefu.GrantNone}},
		{TenantID: "shop", ID: "carrier", Version: 1, When: `kind == "damaged" && attributes["carrier"] == "sf"`, Order: 30,
			Enabled: true, Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 300, Currency: "SGD", MinOrderValue: 3000}},
	}
}

var at = time.Date(2026, 6, 18, 19, 35, 0, 0, time.UTC)

func TestEvaluate(t *testing.T) {
	var e compensation.Engine
	for _, tc := range []struct {
		name string
		in   kefu.Incident
		want string // the deciding rule, "" for none
		err  string // a run-time error naming the rule
	}{
		{"late by 35 minutes", kefu.Incident{Kind: "late", DelayMinutes: 35}, "late-30", ""},
		{"late by 30 minutes", kefu.Incident{Kind: "late", DelayMinutes: 30}, "", ""},
		{"late, limit reached", kefu.Incident{Kind: "late", DelayMinutes: 90, CompensationsLast30d: 2}, "", ""},
		{"late, under the limit", kefu.Incident{Kind: "late", DelayMinutes: 90, CompensationsLast30d: 1}, "late-30", ""},
		{"warm seafood, and late: the first in order", kefu.Incident{Kind: "temperature", ExcursionMinutes: 45,
			Category: "seafood", DelayMinutes: 40}, "seafood-cold", ""},
		{"warm vegetables", kefu.Incident{Kind: "temperature", ExcursionMinutes: 45, Category: "vegetables"}, "", ""},
		{"a blocked customer gets nothing", kefu.Incident{Kind: "late", DelayMinutes: 90, CustomerTier: "blocked"}, "blocked", ""},
		{"damaged by sf", kefu.Incident{Kind: "damaged", Attributes: map[string]string{"carrier": "sf"}}, "carrier", ""},
		{"damaged, no carrier known: an error, nothing granted", kefu.Incident{Kind: "damaged"}, "",
			"rule carrier (version 1) on incident i: no such key: carrier"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			in.TenantID, in.ID, in.At = "shop", "i", at
			r, err := e.Evaluate(rules(), &in)
			if tc.err != "" {
				var re *compensation.RuleError
				if !errors.As(err, &re) || err.Error() != tc.err || r != nil {
					t.Fatalf("Evaluate = %v, %v; want nil and %q", r, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			got := ""
			if r != nil {
				got = r.ID
			}
			if got != tc.want {
				t.Errorf("deciding rule %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEvaluateStopsAtAnError checks that a rule failing at run time stops
// the search: a later rule must not grant instead.
func TestEvaluateStopsAtAnError(t *testing.T) {
	var e compensation.Engine
	rs := []*kefu.Rule{
		{ID: "ratio", Version: 3, When: "order_value / delay_minutes < 100", Order: 1, Enabled: true, Grant: kefu.Grant{Kind: kefu.GrantRefundOrder}},
		{ID: "any", Version: 1, When: "true", Order: 2, Enabled: true, Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 100, Currency: "SGD"}},
	}
	r, err := e.Evaluate(rs, &kefu.Incident{ID: "late:1", Kind: "damaged", OrderValue: 5000})
	var re *compensation.RuleError
	if r != nil || !errors.As(err, &re) || re.RuleID != "ratio" || re.RuleVersion != 3 || re.IncidentID != "late:1" {
		t.Fatalf("Evaluate = %v, %v; want nil and the ratio rule's error", r, err)
	}
	if !strings.Contains(err.Error(), "division by zero") {
		t.Errorf("error %q does not say what failed", err)
	}
}

func TestNewCompensation(t *testing.T) {
	rs := rules()
	in := &kefu.Incident{TenantID: "shop", ID: "late:FF-20923", OrderNumber: "FF-20923", CustomerID: "cu_1", Kind: "late",
		DelayMinutes: 35, OrderValue: 4820, LineValue: 2400, Currency: "SGD", At: at}
	c, err := compensation.NewCompensation(rs[0], in, at)
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != kefu.GrantCoupon || c.Amount != 500 || c.Currency != "SGD" || c.MinOrderValue != 0 ||
		!c.ExpiresAt.Equal(at.AddDate(0, 0, 30)) || c.RuleID != "late-30" || c.RuleVersion != 2 || c.IncidentID != in.ID {
		t.Errorf("coupon %+v", c)
	}
	c, err = compensation.NewCompensation(rs[1], in, at)
	if err != nil || c.Kind != kefu.GrantRefundLine || c.Amount != 2400 || c.Currency != "SGD" || !c.ExpiresAt.IsZero() {
		t.Errorf("line refund %+v, %v", c, err)
	}
	if c, err := compensation.NewCompensation(rs[3], in, at); c != nil || err != nil {
		t.Errorf("grant of none: %+v, %v; want nil, nil", c, err)
	}
	_, err = compensation.NewCompensation(rs[1], &kefu.Incident{ID: "x", Currency: "SGD"}, at)
	if kefu.ErrorField(err) != "line_value" {
		t.Errorf("line refund without a line value: %v, want invalid line_value", err)
	}
}

func TestDryRun(t *testing.T) {
	var e compensation.Engine
	ins := []*kefu.Incident{
		{ID: "late:1", Kind: "late", DelayMinutes: 35, At: at},
		{ID: "late:2", Kind: "late", DelayMinutes: 50, At: at},
		{ID: "late:3", Kind: "late", DelayMinutes: 10, At: at},
		{ID: "temperature:4", Kind: "temperature", ExcursionMinutes: 60, Category: "seafood", LineValue: 2400, Currency: "SGD", At: at},
		{ID: "temperature:5", Kind: "temperature", ExcursionMinutes: 60, Category: "seafood", At: at}, // no line value
		{ID: "damaged:6", Kind: "damaged", At: at},
		{ID: "late:7", Kind: "late", DelayMinutes: 99, CustomerTier: "blocked", At: at},
	}
	res := e.DryRun(rules(), ins)
	if res.Incidents != 7 || res.Granted != 3 {
		t.Errorf("incidents %d, granted %d; want 7 and 3", res.Incidents, res.Granted)
	}
	if res.Cost["SGD"] != 500+500+2400 || len(res.Cost) != 1 {
		t.Errorf("cost %v, want SGD 3400", res.Cost)
	}
	want := map[string][4]int{ // matched, granted, errors, cost
		"paused": {0, 0, 0, 0}, "blocked": {1, 0, 0, 0}, "seafood-cold": {2, 1, 1, 2400}, "late-30": {2, 2, 0, 1000},
		"carrier": {0, 0, 1, 0},
	}
	order := []string{}
	for _, rt := range res.Rules {
		order = append(order, rt.RuleID)
		w := want[rt.RuleID]
		if got := [4]int{rt.Matched, rt.Granted, rt.Errors, int(rt.Cost["SGD"])}; got != w {
			t.Errorf("rule %s: matched, granted, errors, cost = %v, want %v", rt.RuleID, got, w)
		}
	}
	if got := strings.Join(order, ","); got != "paused,blocked,seafood-cold,late-30,carrier" {
		t.Errorf("rules in order %s", got)
	}
	if len(res.Grants) != 3 || len(res.Errors) != 2 {
		t.Errorf("%d grants and %d errors listed, want 3 and 2: %+v", len(res.Grants), len(res.Errors), res.Errors)
	}
}

func openStore(t *testing.T) kefu.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kefu.db"), storetest.Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestIssuer(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	storetest.MustCreateTenant(t, st, "freshfarm")
	for _, r := range rules() {
		r.TenantID = "freshfarm"
		storetest.MustUpsertRule(t, st, r)
	}
	is := &compensation.Issuer{Store: st, Now: func() time.Time { return at.Add(time.Hour) }}
	late := func() *kefu.Incident {
		return &kefu.Incident{ID: "late:FF-20923", OrderNumber: "FF-20923", CustomerID: "c-2007", Kind: "late",
			DelayMinutes: 35, Currency: "SGD", At: at}
	}

	c, created, r, err := is.Issue(ctx, "freshfarm", late())
	if err != nil || !created || r == nil || r.ID != "late-30" || r.Version != 1 {
		t.Fatalf("Issue = %+v, %v, %+v, %v", c, created, r, err)
	}
	if c.Kind != kefu.GrantCoupon || c.Amount != 500 || c.Currency != "SGD" || c.Code == "" || c.RuleID != "late-30" {
		t.Errorf("granted %+v", c)
	}
	stored, err := st.FindIncidentByID(ctx, "freshfarm", "late:FF-20923")
	if err != nil || stored.DelayMinutes != 35 {
		t.Errorf("the incident was not recorded: %+v, %v", stored, err)
	}

	// Asking again grants nothing new, even after the rule changed.
	lr := rules()[0]
	lr.TenantID, lr.Grant.Amount = "freshfarm", 800
	storetest.MustUpsertRule(t, st, lr)
	again, created, r2, err := is.Issue(ctx, "freshfarm", late())
	if err != nil || created || again.ID != c.ID || again.Code != c.Code || r2 == nil || r2.Version != 1 || r2.Grant.Amount != 500 {
		t.Errorf("Issue again = %+v, %v, %+v, %v; want the first entry and its rule version", again, created, r2, err)
	}

	// Concurrent turns asking for the same incident: one entry.
	var wg sync.WaitGroup
	ids := make([]string, 8)
	var createdN int
	var mu sync.Mutex
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := late()
			in.ID = "late:FF-30000"
			c, created, _, err := is.Issue(ctx, "freshfarm", in)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			ids[i] = c.ID
			if created {
				createdN++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if createdN != 1 || ids[0] == "" || strings.Count(strings.Join(ids, ","), ids[0]) != len(ids) {
		t.Errorf("concurrent issuance: %d created, ids %v", createdN, ids)
	}

	// The customer's compensations count: the third late delivery in 30
	// days is over the rule's limit of 2.
	in := late()
	in.ID = "late:FF-40000"
	c, created, r, err = is.Issue(ctx, "freshfarm", in)
	if c != nil || created || r != nil || err != nil {
		t.Errorf("over the limit: %+v, %v, %+v, %v; want nothing", c, created, r, err)
	}
	if in.CompensationsLast30d != 2 {
		t.Errorf("compensations_last_30d = %d, want 2", in.CompensationsLast30d)
	}

	// A rule failing at run time grants nothing and says which.
	_, _, _, err = is.Issue(ctx, "freshfarm", &kefu.Incident{ID: "damaged:FF-5", Kind: "damaged", CustomerID: "c-9", At: at})
	var re *compensation.RuleError
	if !errors.As(err, &re) || re.RuleID != "carrier" || re.IncidentID != "damaged:FF-5" {
		t.Errorf("run-time error: %v", err)
	}
	cs, _ := st.FindCompensations(ctx, kefu.CompensationFilter{TenantID: "freshfarm", IncidentID: "damaged:FF-5"})
	if len(cs) != 0 {
		t.Errorf("a failed rule granted %+v", cs[0])
	}
}

// BenchmarkEvaluate decides a late delivery with a shop's six rules: one
// disabled, three evaluated false, then the late rule, the compiled
// programs cached (issue 13: ≤ 20 µs per incident).
func BenchmarkEvaluate(b *testing.B) {
	var e compensation.Engine
	rs := rules()
	rs = append(rs, &kefu.Rule{TenantID: "shop", ID: "vip", Version: 1, Order: 15, Enabled: true,
		When:  `customer.tier in ["gold", "platinum"] && order_value > 10000 && (delay_minutes > 15 || missing_grams > 100)`,
		Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 1000, Currency: "SGD"}})
	in := &kefu.Incident{TenantID: "shop", ID: "late:FF-20923", Kind: "late", DelayMinutes: 35, Category: "seafood",
		OrderValue: 4820, Currency: "SGD", CustomerTier: "silver", CompensationsLast30d: 1, At: at}
	if r, err := e.Evaluate(rs, in); err != nil || r == nil || r.ID != "late-30" {
		b.Fatalf("Evaluate = %v, %v", r, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Evaluate(rs, in); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzCompile checks that no expression makes Compile panic, and that
// what compiles evaluates without panicking.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{"delay_minutes > 30", `excursion_minutes > 30 && category == "seafood"`, `attributes["x"] == "y"`,
		"order_value / delay_minutes > 1", `customer.tier.size() > 0`, "[1,2].all(x, x > delay_minutes)", "(", `"\u00e9"`} {
		f.Add(s)
	}
	in := &kefu.Incident{ID: "i", Kind: "late", DelayMinutes: 35, Attributes: map[string]string{"x": "y"}}
	f.Fuzz(func(t *testing.T, expr string) {
		p, err := compensation.Compile(expr)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("Compile(%q): %v, not invalid", expr, err)
			}
			return
		}
		_, _ = p.Eval(in)
	})
}
