package storetest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// compensationTests cover the compensation rules, incidents and ledger.
var compensationTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Rules", testRules},
	{"RuleVersions", testRuleVersions},
	{"Incidents", testIncidents},
	{"IssueCompensation", testIssueCompensation},
	{"ConcurrentIssuance", testConcurrentIssuance},
	{"RevokeCompensation", testRevokeCompensation},
	{"CompensationIsolation", testCompensationIsolation},
	{"CompensationValidation", testCompensationValidation},
}

// compAt is when the test incidents happen.
var compAt = time.Date(2026, 6, 18, 19, 35, 0, 0, time.UTC)

// MustUpsertRule upserts r, or fails tb.
func MustUpsertRule(tb testing.TB, s kefu.Store, r *kefu.Rule) *kefu.Rule {
	tb.Helper()
	if err := s.UpsertRule(context.Background(), r); err != nil {
		tb.Fatalf("UpsertRule(%+v): %v", r, err)
	}
	return r
}

// lateRule is the seed's rule: late by more than 30 minutes, a 5-unit
// coupon without threshold.
func lateRule(tenant string) *kefu.Rule {
	return &kefu.Rule{TenantID: tenant, ID: "late-30", Name: "Late delivery", When: "delay_minutes > 30",
		Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD", ValidDays: 30}, Order: 10,
		MaxPerCustomer30d: 3, Enabled: true}
}

func testRules(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	r := MustUpsertRule(t, s, lateRule("shop"))
	if r.Version != 1 || r.UpdatedAt.IsZero() {
		t.Errorf("new rule: version %d, updated_at %v; want 1 and a time", r.Version, r.UpdatedAt)
	}
	got, err := s.FindRuleByID(ctx, "shop", "late-30")
	mustNil(t, "FindRuleByID", err)
	checkEqual(t, "FindRuleByID", got, r)

	MustUpsertRule(t, s, &kefu.Rule{TenantID: "shop", ID: "seafood-cold", When: `excursion_minutes > 30 && category == "seafood"`,
		Grant: kefu.Grant{Kind: kefu.GrantRefundLine}, Order: 5, Enabled: true})
	MustUpsertRule(t, s, &kefu.Rule{TenantID: "shop", ID: "a-paused", When: "true", Grant: kefu.Grant{Kind: kefu.GrantNone}, Order: 10})
	MustUpsertRule(t, s, &kefu.Rule{TenantID: "shop", ID: "z-last", When: "missing_grams > 50",
		Grant: kefu.Grant{Kind: kefu.GrantRefundOrder}, Order: 100, Enabled: true})
	for _, tc := range []struct {
		name string
		f    kefu.RuleFilter
		want string
	}{
		{"by order then id", kefu.RuleFilter{TenantID: "shop"}, "seafood-cold,a-paused,late-30,z-last"},
		{"enabled only", kefu.RuleFilter{TenantID: "shop", EnabledOnly: true}, "seafood-cold,late-30,z-last"},
		{"limit", kefu.RuleFilter{TenantID: "shop", Limit: 2}, "seafood-cold,a-paused"},
		{"by id", kefu.RuleFilter{TenantID: "shop", ByID: true}, "a-paused,late-30,seafood-cold,z-last"},
		{"after a cursor, by id", kefu.RuleFilter{TenantID: "shop", ByID: true, After: "late-30"}, "seafood-cold,z-last"},
		{"enabled after a cursor", kefu.RuleFilter{TenantID: "shop", ByID: true, After: "a-paused", EnabledOnly: true, Limit: 1}, "late-30"},
		{"a cursor without ByID is ignored", kefu.RuleFilter{TenantID: "shop", After: "z"}, "seafood-cold,a-paused,late-30,z-last"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := s.FindRules(ctx, tc.f)
			mustNil(t, "FindRules", err)
			if got := ruleIDs(rs); got != tc.want {
				t.Errorf("IDs = %q, want %q", got, tc.want)
			}
		})
	}

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindRuleByID(ctx, "shop", "nope")
		wantCode(t, "FindRuleByID(missing)", err, kefu.ENOTFOUND)
		_, err = s.FindRuleVersions(ctx, "shop", "nope")
		wantCode(t, "FindRuleVersions(missing)", err, kefu.ENOTFOUND)
		wantCode(t, "DeleteRule(missing)", s.DeleteRule(ctx, "shop", "nope"), kefu.ENOTFOUND)
		wantCode(t, "UpsertRule(unknown tenant)", s.UpsertRule(ctx, lateRule("ghost")), kefu.ENOTFOUND)
		_, err = s.FindRules(ctx, kefu.RuleFilter{})
		wantCode(t, "FindRules without tenant", err, kefu.EINVALID)
	})
}

// testRuleVersions checks that every change makes a version, that all are
// kept, that an unchanged write makes none, and that a rule deleted and
// created again goes on from its last version.
func testRuleVersions(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	v1 := *MustUpsertRule(t, s, lateRule("shop"))

	same := lateRule("shop")
	same.Version, same.UpdatedAt = 42, time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC) // ignored
	MustUpsertRule(t, s, same)
	if same.Version != 1 || !sameTime(same.UpdatedAt, v1.UpdatedAt) {
		t.Errorf("unchanged write: version %d at %v, want 1 at %v", same.Version, same.UpdatedAt, v1.UpdatedAt)
	}

	changed := lateRule("shop")
	changed.When = "delay_minutes > 45"
	v2 := *MustUpsertRule(t, s, changed)
	grant := lateRule("shop")
	grant.When, grant.Grant.Amount = "delay_minutes > 45", 800
	v3 := *MustUpsertRule(t, s, grant)
	paused := grant
	paused.Enabled = false
	v4 := *MustUpsertRule(t, s, paused)
	if v2.Version != 2 || v3.Version != 3 || v4.Version != 4 {
		t.Errorf("versions %d, %d, %d; want 2, 3, 4", v2.Version, v3.Version, v4.Version)
	}
	if !v2.UpdatedAt.After(v1.UpdatedAt) {
		t.Errorf("version 2 at %v, not after version 1 at %v", v2.UpdatedAt, v1.UpdatedAt)
	}
	vs, err := s.FindRuleVersions(ctx, "shop", "late-30")
	mustNil(t, "FindRuleVersions", err)
	checkEqual(t, "versions", vs, []*kefu.Rule{&v1, &v2, &v3, &v4})

	mustNil(t, "DeleteRule", s.DeleteRule(ctx, "shop", "late-30"))
	_, err = s.FindRuleByID(ctx, "shop", "late-30")
	wantCode(t, "FindRuleByID after delete", err, kefu.ENOTFOUND)
	rs, err := s.FindRules(ctx, kefu.RuleFilter{TenantID: "shop"})
	mustNil(t, "FindRules", err)
	if len(rs) != 0 {
		t.Errorf("FindRules after delete: %q", ruleIDs(rs))
	}
	vs, err = s.FindRuleVersions(ctx, "shop", "late-30")
	mustNil(t, "FindRuleVersions after delete", err)
	if len(vs) != 4 {
		t.Errorf("%d versions after delete, want the 4 kept", len(vs))
	}
	again := MustUpsertRule(t, s, lateRule("shop"))
	if again.Version != 5 {
		t.Errorf("re-created rule is version %d, want 5 (after the deleted rule's 4)", again.Version)
	}
}

func testIncidents(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	in := &kefu.Incident{TenantID: "shop", ID: "late:FF-20923", OrderID: "or_1", OrderNumber: "FF-20923", CustomerID: "cu_1",
		Kind: kefu.IncidentLate, DelayMinutes: 35, Category: "seafood", SKU: "SALMON-1", OrderValue: 4820, LineValue: 2400,
		Currency: "SGD", CustomerTier: "gold", CompensationsLast30d: 1, Attributes: map[string]string{"carrier": "ninja"},
		At: compAt.Add(123456789 * time.Nanosecond)}
	mustNil(t, "UpsertIncident", s.UpsertIncident(ctx, in))
	got, err := s.FindIncidentByID(ctx, "shop", in.ID)
	mustNil(t, "FindIncidentByID", err)
	checkEqual(t, "FindIncidentByID", got, in)

	repl := *in
	repl.DelayMinutes, repl.Attributes = 40, nil
	mustNil(t, "UpsertIncident(replace)", s.UpsertIncident(ctx, &repl))
	got, err = s.FindIncidentByID(ctx, "shop", in.ID)
	mustNil(t, "FindIncidentByID", err)
	checkEqual(t, "replaced incident", got, &repl)

	for i, id := range []string{"temperature:FF-1", "underweight:FF-2", "damaged:FF-3"} {
		mustNil(t, "UpsertIncident", s.UpsertIncident(ctx, &kefu.Incident{TenantID: "shop", ID: id,
			Kind: strings.Split(id, ":")[0], At: compAt.Add(time.Duration(i+1) * 24 * time.Hour)}))
	}
	for _, tc := range []struct {
		name string
		f    kefu.IncidentFilter
		want string
	}{
		{"all by time", kefu.IncidentFilter{TenantID: "shop"}, "late:FF-20923,temperature:FF-1,underweight:FF-2,damaged:FF-3"},
		{"since, included", kefu.IncidentFilter{TenantID: "shop", Since: compAt.Add(24 * time.Hour)}, "temperature:FF-1,underweight:FF-2,damaged:FF-3"},
		{"until, excluded", kefu.IncidentFilter{TenantID: "shop", Until: compAt.Add(48 * time.Hour)}, "late:FF-20923,temperature:FF-1"},
		{"limit", kefu.IncidentFilter{TenantID: "shop", Limit: 1}, "late:FF-20923"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins, err := s.FindIncidents(ctx, tc.f)
			mustNil(t, "FindIncidents", err)
			ids := make([]string, len(ins))
			for i, in := range ins {
				ids[i] = in.ID
			}
			if got := strings.Join(ids, ","); got != tc.want {
				t.Errorf("IDs = %q, want %q", got, tc.want)
			}
		})
	}
	_, err = s.FindIncidentByID(ctx, "shop", "nope")
	wantCode(t, "FindIncidentByID(missing)", err, kefu.ENOTFOUND)
	wantCode(t, "UpsertIncident(unknown tenant)", s.UpsertIncident(ctx, &kefu.Incident{TenantID: "ghost", ID: "x", Kind: "late",
		At: compAt}), kefu.ENOTFOUND)
	_, err = s.FindIncidents(ctx, kefu.IncidentFilter{})
	wantCode(t, "FindIncidents without tenant", err, kefu.EINVALID)
}

// lateCoupon is the ledger entry the late rule grants for an incident.
func lateCoupon(tenant, incident, customer string) *kefu.Compensation {
	return &kefu.Compensation{TenantID: tenant, IncidentID: incident, OrderID: "or_1", OrderNumber: "FF-20923",
		CustomerID: customer, RuleID: "late-30", RuleVersion: 1, Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD",
		ExpiresAt: compAt.Add(30 * 24 * time.Hour)}
}

func testIssueCompensation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	c := lateCoupon("shop", "late:FF-20923", "cu_1")
	got, created, err := s.IssueCompensation(ctx, c)
	mustNil(t, "IssueCompensation", err)
	if !created {
		t.Errorf("first issuance: created false")
	}
	if c.ID == "" || c.Status != kefu.CompensationGranted || c.At.IsZero() || !strings.HasPrefix(c.Code, "KF-") {
		t.Errorf("issued %+v: want an ID, status granted, a time and a KF- code", c)
	}
	checkEqual(t, "returned entry", got, c)
	stored, err := s.FindCompensationByID(ctx, "shop", c.ID)
	mustNil(t, "FindCompensationByID", err)
	checkEqual(t, "stored entry", stored, c)

	// Asking again, even for more, returns the first entry.
	retry := lateCoupon("shop", "late:FF-20923", "cu_1")
	retry.Amount, retry.RuleVersion = 900, 2
	again, created, err := s.IssueCompensation(ctx, retry)
	mustNil(t, "IssueCompensation(again)", err)
	if created {
		t.Errorf("second issuance of the same incident: created true")
	}
	checkEqual(t, "second issuance", again, c)

	// A refund, and an agent's grant.
	refund, created, err := s.IssueCompensation(ctx, &kefu.Compensation{TenantID: "shop", IncidentID: "temperature:FF-1",
		OrderNumber: "FF-1", CustomerID: "cu_1", RuleID: "seafood-cold", RuleVersion: 3, Kind: kefu.GrantRefundLine,
		Amount: 2400, Currency: "SGD", At: compAt.Add(time.Hour)})
	mustNil(t, "IssueCompensation(refund)", err)
	if !created || refund.Code != "" {
		t.Errorf("refund: created %v, code %q; want true and no code", created, refund.Code)
	}
	manual, _, err := s.IssueCompensation(ctx, &kefu.Compensation{TenantID: "shop", IncidentID: "damaged:FF-3",
		OrderNumber: "FF-3", CustomerID: "cu_2", Kind: kefu.GrantCoupon, Amount: 300, Currency: "SGD", MinOrderValue: 3000,
		GrantedBy: "ag_1", Reason: "crushed strawberries, photo in the chat", At: compAt.Add(2 * time.Hour)})
	mustNil(t, "IssueCompensation(manual)", err)
	if manual.Code == "" || manual.Code == c.Code {
		t.Errorf("manual coupon code %q, want a new one (first %q)", manual.Code, c.Code)
	}

	for _, tc := range []struct {
		name string
		f    kefu.CompensationFilter
		want []*kefu.Compensation
	}{
		{"customer", kefu.CompensationFilter{TenantID: "shop", CustomerID: "cu_1"}, []*kefu.Compensation{c, refund}},
		{"order number", kefu.CompensationFilter{TenantID: "shop", OrderNumber: "FF-3"}, []*kefu.Compensation{manual}},
		{"order id", kefu.CompensationFilter{TenantID: "shop", OrderID: "or_1"}, []*kefu.Compensation{c}},
		{"incident", kefu.CompensationFilter{TenantID: "shop", IncidentID: "temperature:FF-1"}, []*kefu.Compensation{refund}},
		{"since", kefu.CompensationFilter{TenantID: "shop", Since: compAt.Add(time.Hour)}, []*kefu.Compensation{refund, manual}},
		{"until", kefu.CompensationFilter{TenantID: "shop", Since: compAt, Until: compAt.Add(2 * time.Hour)}, []*kefu.Compensation{refund}},
		{"limit", kefu.CompensationFilter{TenantID: "shop", Limit: 1}, []*kefu.Compensation{c}},
		{"none", kefu.CompensationFilter{TenantID: "shop", CustomerID: "cu_9"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.FindCompensations(ctx, tc.f)
			mustNil(t, "FindCompensations", err)
			checkEqual(t, "FindCompensations", cs, tc.want)
		})
	}

	n, err := s.CountCompensations(ctx, "shop", "cu_1", time.Time{})
	mustNil(t, "CountCompensations", err)
	if n != 2 {
		t.Errorf("cu_1 has %d compensations, want 2", n)
	}
	n, err = s.CountCompensations(ctx, "shop", "cu_1", compAt.Add(time.Minute))
	mustNil(t, "CountCompensations(since)", err)
	if n != 1 {
		t.Errorf("cu_1 has %d compensations since the refund's hour, want 1", n)
	}
	_, err = s.CountCompensations(ctx, "shop", "", time.Time{})
	wantCode(t, "CountCompensations without customer", err, kefu.EINVALID)
	_, _, err = s.IssueCompensation(ctx, lateCoupon("ghost", "late:x", "cu_1"))
	wantCode(t, "IssueCompensation(unknown tenant)", err, kefu.ENOTFOUND)
	_, err = s.FindCompensationByID(ctx, "shop", "cp_nope")
	wantCode(t, "FindCompensationByID(missing)", err, kefu.ENOTFOUND)
	_, err = s.FindCompensations(ctx, kefu.CompensationFilter{})
	wantCode(t, "FindCompensations without tenant", err, kefu.EINVALID)
}

// testConcurrentIssuance issues the same incident from 8 goroutines at
// once, as concurrent turns and retries do: exactly one creates the
// entry, and all get it.
func testConcurrentIssuance(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const n = 8
	var (
		wg      sync.WaitGroup
		start   = make(chan struct{})
		got     [n]*kefu.Compensation
		created [n]bool
		errs    [n]error
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i], created[i], errs[i] = s.IssueCompensation(ctx, lateCoupon("shop", "late:FF-20923", "cu_1"))
		}()
	}
	close(start)
	wg.Wait()
	creators := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("goroutine %d: %v", i, errs[i])
		}
		if created[i] {
			creators++
		}
		if got[i].ID != got[0].ID || got[i].Code != got[0].Code {
			t.Errorf("goroutine %d got %s (%s), goroutine 0 %s (%s)", i, got[i].ID, got[i].Code, got[0].ID, got[0].Code)
		}
	}
	if creators != 1 {
		t.Errorf("%d goroutines created the entry, want exactly 1", creators)
	}
	cs, err := s.FindCompensations(ctx, kefu.CompensationFilter{TenantID: "shop"})
	mustNil(t, "FindCompensations", err)
	if len(cs) != 1 {
		t.Errorf("the ledger has %d entries for one incident, want 1", len(cs))
	}
}

func testRevokeCompensation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	c, _, err := s.IssueCompensation(ctx, lateCoupon("shop", "late:FF-20923", "cu_1"))
	mustNil(t, "IssueCompensation", err)

	_, err = s.RevokeCompensation(ctx, "shop", c.ID, " ", "ag_1")
	wantField(t, "RevokeCompensation without reason", err, kefu.EINVALID, "reason")
	_, err = s.RevokeCompensation(ctx, "shop", c.ID, "duplicate", "")
	wantField(t, "RevokeCompensation without by", err, kefu.EINVALID, "revoked_by")

	r, err := s.RevokeCompensation(ctx, "shop", c.ID, "granted twice by mistake", "ag_1")
	mustNil(t, "RevokeCompensation", err)
	if r.Status != kefu.CompensationRevoked || r.RevokedBy != "ag_1" || r.RevokeReason != "granted twice by mistake" ||
		r.RevokedAt.IsZero() || r.Code != c.Code || r.Amount != c.Amount {
		t.Errorf("revoked entry %+v", r)
	}
	stored, err := s.FindCompensationByID(ctx, "shop", c.ID)
	mustNil(t, "FindCompensationByID", err)
	checkEqual(t, "stored revoked entry", stored, r)

	_, err = s.RevokeCompensation(ctx, "shop", c.ID, "again", "ag_2")
	wantCode(t, "RevokeCompensation twice", err, kefu.ECONFLICT)
	_, err = s.RevokeCompensation(ctx, "shop", "cp_nope", "x", "ag_1")
	wantCode(t, "RevokeCompensation(missing)", err, kefu.ENOTFOUND)

	// A revoked entry no longer counts, but still holds its incident.
	n, err := s.CountCompensations(ctx, "shop", "cu_1", time.Time{})
	mustNil(t, "CountCompensations", err)
	if n != 0 {
		t.Errorf("cu_1 counts %d compensations after the revocation, want 0", n)
	}
	again, created, err := s.IssueCompensation(ctx, lateCoupon("shop", "late:FF-20923", "cu_1"))
	mustNil(t, "IssueCompensation(after revoke)", err)
	if created || again.Status != kefu.CompensationRevoked {
		t.Errorf("issuing a revoked incident again: created %v, status %s; want false, revoked", created, again.Status)
	}
}

// testCompensationIsolation checks that one shop's rules, incidents and
// ledger are invisible to another, which may use the same IDs.
func testCompensationIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	MustUpsertRule(t, s, lateRule("a"))
	mustNil(t, "UpsertIncident", s.UpsertIncident(ctx, &kefu.Incident{TenantID: "a", ID: "late:X", Kind: "late", At: compAt}))
	ca, _, err := s.IssueCompensation(ctx, lateCoupon("a", "late:X", "cu_1"))
	mustNil(t, "IssueCompensation", err)

	_, err = s.FindRuleByID(ctx, "b", "late-30")
	wantCode(t, "FindRuleByID from b", err, kefu.ENOTFOUND)
	_, err = s.FindRuleVersions(ctx, "b", "late-30")
	wantCode(t, "FindRuleVersions from b", err, kefu.ENOTFOUND)
	wantCode(t, "DeleteRule from b", s.DeleteRule(ctx, "b", "late-30"), kefu.ENOTFOUND)
	_, err = s.FindIncidentByID(ctx, "b", "late:X")
	wantCode(t, "FindIncidentByID from b", err, kefu.ENOTFOUND)
	_, err = s.FindCompensationByID(ctx, "b", ca.ID)
	wantCode(t, "FindCompensationByID from b", err, kefu.ENOTFOUND)
	_, err = s.RevokeCompensation(ctx, "b", ca.ID, "mine now", "ag_b")
	wantCode(t, "RevokeCompensation from b", err, kefu.ENOTFOUND)
	rs, err := s.FindRules(ctx, kefu.RuleFilter{TenantID: "b"})
	mustNil(t, "FindRules", err)
	ins, err := s.FindIncidents(ctx, kefu.IncidentFilter{TenantID: "b"})
	mustNil(t, "FindIncidents", err)
	cs, err := s.FindCompensations(ctx, kefu.CompensationFilter{TenantID: "b", CustomerID: "cu_1"})
	mustNil(t, "FindCompensations", err)
	n, err := s.CountCompensations(ctx, "b", "cu_1", time.Time{})
	mustNil(t, "CountCompensations", err)
	if len(rs)+len(ins)+len(cs)+n != 0 {
		t.Errorf("b sees %d rules, %d incidents, %d entries and counts %d of a's", len(rs), len(ins), len(cs), n)
	}

	// b's own incident of the same ID is a new entry; its rule its own versions.
	cb, created, err := s.IssueCompensation(ctx, lateCoupon("b", "late:X", "cu_1"))
	mustNil(t, "IssueCompensation(b)", err)
	if !created || cb.ID == ca.ID {
		t.Errorf("b's issuance of the same incident ID: created %v, id %s (a's %s)", created, cb.ID, ca.ID)
	}
	rb := MustUpsertRule(t, s, &kefu.Rule{TenantID: "b", ID: "late-30", When: "delay_minutes > 60",
		Grant: kefu.Grant{Kind: kefu.GrantNone}, Enabled: true})
	if rb.Version != 1 {
		t.Errorf("b's first version of late-30 is %d, want 1", rb.Version)
	}
	got, err := s.FindRuleByID(ctx, "a", "late-30")
	mustNil(t, "FindRuleByID(a)", err)
	if got.When != "delay_minutes > 30" || got.Version != 1 {
		t.Errorf("a's rule after b wrote its own: %+v", got)
	}
}

// testCompensationValidation checks that the stores reject what Validate
// rejects, with EINVALID naming the field, and store nothing.
func testCompensationValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	coupon := kefu.Grant{Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD"}
	rule := func(mod func(r *kefu.Rule)) *kefu.Rule {
		r := &kefu.Rule{TenantID: "shop", ID: "r", When: "delay_minutes > 30", Grant: coupon, Enabled: true}
		mod(r)
		return r
	}
	for _, tc := range []struct {
		name  string
		r     *kefu.Rule
		field string
	}{
		{"no tenant", rule(func(r *kefu.Rule) { r.TenantID = "" }), "tenant_id"},
		{"no id", rule(func(r *kefu.Rule) { r.ID = "" }), "id"},
		{"long id", rule(func(r *kefu.Rule) { r.ID = strings.Repeat("r", kefu.MaxExternalIDLen+1) }), "id"},
		{"no when", rule(func(r *kefu.Rule) { r.When = "  " }), "when"},
		{"long when", rule(func(r *kefu.Rule) { r.When = strings.Repeat("true && ", kefu.MaxRuleWhenLen/8+1) + "true" }), "when"},
		{"unknown grant", rule(func(r *kefu.Rule) { r.Grant.Kind = "cash" }), "grant.kind"},
		{"coupon without amount", rule(func(r *kefu.Rule) { r.Grant.Amount = 0 }), "grant.amount"},
		{"coupon without currency", rule(func(r *kefu.Rule) { r.Grant.Currency = "" }), "grant.currency"},
		{"bad currency", rule(func(r *kefu.Rule) { r.Grant.Currency = "sgd" }), "grant.currency"},
		{"refund with amount", rule(func(r *kefu.Rule) { r.Grant = kefu.Grant{Kind: kefu.GrantRefundLine, Amount: 100} }), "grant.amount"},
		{"negative threshold", rule(func(r *kefu.Rule) { r.Grant.MinOrderValue = -1 }), "grant.min_order_value"},
		{"negative validity", rule(func(r *kefu.Rule) { r.Grant.ValidDays = -1 }), "grant.valid_days"},
		{"negative limit", rule(func(r *kefu.Rule) { r.MaxPerCustomer30d = -1 }), "max_per_customer_30d"},
		{"huge order", rule(func(r *kefu.Rule) { r.Order = 2_000_000 }), "order"},
	} {
		t.Run("rule/"+tc.name, func(t *testing.T) {
			err := s.UpsertRule(ctx, tc.r)
			wantField(t, "UpsertRule", err, kefu.EINVALID, tc.field)
			if msg := kefu.ErrorMessage(err); !strings.Contains(msg, tc.field) {
				t.Errorf("message %q does not name %q", msg, tc.field)
			}
		})
	}
	if _, err := s.FindRuleVersions(ctx, "shop", "r"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("invalid rules left versions behind: %v", err)
	}

	for _, tc := range []struct {
		name  string
		in    *kefu.Incident
		field string
	}{
		{"no tenant", &kefu.Incident{ID: "i", Kind: "late", At: compAt}, "tenant_id"},
		{"no id", &kefu.Incident{TenantID: "shop", Kind: "late", At: compAt}, "id"},
		{"no kind", &kefu.Incident{TenantID: "shop", ID: "i", At: compAt}, "kind"},
		{"no time", &kefu.Incident{TenantID: "shop", ID: "i", Kind: "late"}, "at"},
		{"negative delay", &kefu.Incident{TenantID: "shop", ID: "i", Kind: "late", At: compAt, DelayMinutes: -5}, "delay_minutes"},
		{"huge order value", &kefu.Incident{TenantID: "shop", ID: "i", Kind: "late", At: compAt, OrderValue: 1 << 62}, "order_value"},
		{"bad currency", &kefu.Incident{TenantID: "shop", ID: "i", Kind: "late", At: compAt, Currency: "dollars"}, "currency"},
	} {
		t.Run("incident/"+tc.name, func(t *testing.T) {
			err := s.UpsertIncident(ctx, tc.in)
			wantField(t, "UpsertIncident", err, kefu.EINVALID, tc.field)
			if msg := kefu.ErrorMessage(err); !strings.Contains(msg, tc.field) {
				t.Errorf("message %q does not name %q", msg, tc.field)
			}
		})
	}

	comp := func(mod func(c *kefu.Compensation)) *kefu.Compensation {
		c := lateCoupon("shop", "late:v", "cu_1")
		mod(c)
		return c
	}
	for _, tc := range []struct {
		name  string
		c     *kefu.Compensation
		field string
	}{
		{"no tenant", comp(func(c *kefu.Compensation) { c.TenantID = "" }), "tenant_id"},
		{"no incident", comp(func(c *kefu.Compensation) { c.IncidentID = "" }), "incident_id"},
		{"grants nothing", comp(func(c *kefu.Compensation) { c.Kind = kefu.GrantNone }), "kind"},
		{"coupon of nothing", comp(func(c *kefu.Compensation) { c.Amount = 0 }), "amount"},
		{"negative refund", comp(func(c *kefu.Compensation) { c.Kind, c.Amount = kefu.GrantRefundOrder, -1 }), "amount"},
		{"no currency", comp(func(c *kefu.Compensation) { c.Currency = "" }), "currency"},
		{"neither rule nor agent", comp(func(c *kefu.Compensation) { c.RuleID = "" }), "rule_id"},
		{"rule without version", comp(func(c *kefu.Compensation) { c.RuleVersion = 0 }), "rule_version"},
		{"agent without reason", comp(func(c *kefu.Compensation) { c.RuleID, c.GrantedBy = "", "ag_1" }), "reason"},
	} {
		t.Run("compensation/"+tc.name, func(t *testing.T) {
			_, created, err := s.IssueCompensation(ctx, tc.c)
			wantField(t, "IssueCompensation", err, kefu.EINVALID, tc.field)
			if created {
				t.Errorf("created an invalid entry")
			}
		})
	}
	cs, err := s.FindCompensations(ctx, kefu.CompensationFilter{TenantID: "shop"})
	mustNil(t, "FindCompensations", err)
	if len(cs) != 0 {
		t.Errorf("invalid issuances left %d entries", len(cs))
	}
}

func ruleIDs(rs []*kefu.Rule) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ",")
}
