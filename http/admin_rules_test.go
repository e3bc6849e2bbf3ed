package http_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	khttp "github.com/kefu-ai/kefu/http"
)

// lateRule is the seed's rule as the admin API takes it.
func lateRule() map[string]any {
	return map[string]any{"id": "late-30", "name": "Late delivery", "when": "delay_minutes > 30", "order": 10, "enabled": true,
		"max_per_customer_30d": 3, "grant": map[string]any{"kind": "coupon", "amount": 500, "currency": "SGD", "valid_days": 30}}
}

func TestAdminRules(t *testing.T) {
	e := MustOpenEnv(t, nil)
	res := e.doIf(t, "PUT", "/v1/rules/late-30", e.AdminKey, "", lateRule())
	var r kefu.Rule
	res.JSON(t, &r)
	if res.Status != http.StatusCreated || r.Version != 1 || r.When != "delay_minutes > 30" || res.Header.Get("ETag") == "" {
		t.Fatalf("PUT new rule: %d %s", res.Status, res.Body)
	}
	tag := res.Header.Get("ETag")

	// A rule that does not compile is refused with its position, and the
	// working version stays.
	bad := lateRule()
	bad["when"] = "delay_minutes > '30'"
	res = e.doIf(t, "PUT", "/v1/rules/late-30", e.AdminKey, tag, bad)
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != http.StatusBadRequest || body.Error.Field != "when" || !strings.HasPrefix(body.Error.Message, "line 1, column 15:") {
		t.Fatalf("PUT bad rule: %d %s", res.Status, res.Body)
	}
	bad["when"] = "delay_minutes"
	res = e.batch(t, "rules", e.AdminKey, map[string]any{"id": "ok", "when": "true", "grant": map[string]any{"kind": "none"}}, bad)
	body = khttp.ErrorResponse{}
	res.JSON(t, &body)
	if res.Status != http.StatusBadRequest || len(body.Error.Items) != 1 || body.Error.Items[0].Index != 1 ||
		body.Error.Items[0].Field != "when" || !strings.Contains(body.Error.Items[0].Message, "must be true or false") {
		t.Fatalf("batch with a bad rule: %d %s", res.Status, res.Body)
	}
	res = e.doIf(t, "GET", "/v1/rules/late-30", e.AdminKey, "", nil)
	r = kefu.Rule{}
	res.JSON(t, &r)
	if r.Version != 1 || r.When != "delay_minutes > 30" || res.Header.Get("ETag") != tag {
		t.Fatalf("after refused writes: %s", res.Body)
	}
	if _, err := e.Store.FindRuleByID(context.Background(), shop, "ok"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("the refused batch stored its good rule: %v", err)
	}

	// A change makes version 2, conditional on the ETag.
	changed := lateRule()
	changed["when"] = "delay_minutes > 45"
	if res := e.doIf(t, "PUT", "/v1/rules/late-30", e.AdminKey, `"stale"`, changed); res.Status != http.StatusPreconditionFailed {
		t.Fatalf("PUT with a stale ETag: %d %s", res.Status, res.Body)
	}
	res = e.doIf(t, "PUT", "/v1/rules/late-30", e.AdminKey, tag, changed)
	r = kefu.Rule{}
	res.JSON(t, &r)
	if res.Status != http.StatusOK || r.Version != 2 {
		t.Fatalf("PUT change: %d %s", res.Status, res.Body)
	}
	e.mustBatch(t, "rules", e.AdminKey, map[string]any{"id": "seafood-cold", "when": `excursion_minutes > 30 && category == "seafood"`,
		"order": 5, "enabled": true, "grant": map[string]any{"kind": "refund_line"}},
		map[string]any{"id": "draft", "when": "true", "grant": map[string]any{"kind": "none"}})
	var list khttp.ListResponse[kefu.Rule]
	e.doIf(t, "GET", "/v1/rules?enabled=true", e.AdminKey, "", nil).JSON(t, &list)
	if len(list.Items) != 2 || list.Items[0].ID != "late-30" || list.Items[1].ID != "seafood-cold" {
		t.Fatalf("enabled rules: %+v", list.Items)
	}
	if res := e.doIf(t, "DELETE", "/v1/rules/draft", e.AdminKey, "", nil); res.Status != http.StatusNoContent {
		t.Fatalf("DELETE: %d %s", res.Status, res.Body)
	}
	vs, err := e.Store.FindRuleVersions(context.Background(), shop, "late-30")
	if err != nil || len(vs) != 2 || vs[0].When != "delay_minutes > 30" {
		t.Errorf("versions kept: %+v, %v", vs, err)
	}
	// The other shop sees none of it.
	CheckError(t, e.doIf(t, "GET", "/v1/rules/late-30", e.OtherAdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
}

func TestAdminDryRunAndLedger(t *testing.T) {
	ctx := context.Background()
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "rules", e.AdminKey, lateRule())
	cust := &kefu.Customer{TenantID: shop, ExternalID: "c-2007", Name: "Mei"}
	if err := e.Store.CreateCustomer(ctx, cust); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 5, 10, 18, 0, 0, 0, time.UTC)
	now := day
	is := &compensation.Issuer{Store: e.Store, Now: func() time.Time { now = now.Add(time.Minute); return now }}
	var granted *kefu.Compensation
	for i, delay := range []int64{35, 10, 50} {
		in := &kefu.Incident{ID: "late:FF-" + string(rune('1'+i)), OrderNumber: "FF-" + string(rune('1'+i)), CustomerID: cust.ID,
			Kind: kefu.IncidentLate, DelayMinutes: delay, OrderValue: 4000, Currency: "SGD", At: day.Add(time.Duration(i) * time.Hour)}
		c, _, _, err := is.Issue(ctx, shop, in)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			granted = c
		}
	}

	// The stored rule over May: two coupons; a draft that refunds orders
	// late by more than 20 minutes instead: two refunds of 40.00.
	dry := func(req map[string]any) khttp.DryRunResponse {
		t.Helper()
		res := e.DoJSON(t, "POST", "/v1/rules/dry-run", e.AdminKey, req)
		var out khttp.DryRunResponse
		res.JSON(t, &out)
		if res.Status != http.StatusOK {
			t.Fatalf("dry run: %d %s", res.Status, res.Body)
		}
		return out
	}
	out := dry(map[string]any{"since": "2026-05-01T00:00:00Z", "until": "2026-06-01T00:00:00Z"})
	if out.Source != "incidents" || out.Incidents != 3 || out.Granted != 2 || out.Cost["SGD"] != 1000 {
		t.Errorf("stored rules: %+v", out.DryRunResult)
	}
	draft := lateRule()
	draft["when"], draft["grant"] = "delay_minutes > 20", map[string]any{"kind": "refund_order"}
	out = dry(map[string]any{"rules": []any{draft}, "since": "2026-05-01T00:00:00Z", "until": "2026-06-01T00:00:00Z"})
	if out.Granted != 2 || out.Cost["SGD"] != 8000 || len(out.Rules) != 1 || out.Rules[0].Version != 0 {
		t.Errorf("draft: %+v", out.DryRunResult)
	}
	out = dry(map[string]any{"since": "2026-06-01T00:00:00Z", "until": "2026-07-01T00:00:00Z"})
	if out.Incidents != 0 || out.Granted != 0 {
		t.Errorf("June: %+v", out.DryRunResult)
	}
	draft["when"] = "delay_minutes > x"
	res := e.DoJSON(t, "POST", "/v1/rules/dry-run", e.AdminKey, map[string]any{"rules": []any{draft}, "since": "2026-05-01T00:00:00Z"})
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != http.StatusBadRequest || body.Error.Field != "rules[0].when" || !strings.Contains(body.Error.Message, "line 1, column 17") {
		t.Errorf("dry run of a bad draft: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.DoJSON(t, "POST", "/v1/rules/dry-run", e.AdminKey, map[string]any{}), http.StatusBadRequest, kefu.EINVALID)

	// The ledger, by customer and by order.
	var cl khttp.CompensationList
	e.doIf(t, "GET", "/v1/compensations?customer_external_id=c-2007", e.AdminKey, "", nil).JSON(t, &cl)
	if len(cl.Items) != 2 || cl.Items[0].ID != granted.ID || cl.Items[0].Code == "" {
		t.Fatalf("ledger of c-2007: %+v", cl.Items)
	}
	if cu := cl.Customers[cust.ID]; cu.ExternalID != "c-2007" || cu.Name != "Mei" {
		t.Errorf("ledger names the customer %+v", cl.Customers)
	}
	cl = khttp.CompensationList{}
	e.doIf(t, "GET", "/v1/compensations?order_number=FF-3", e.AdminKey, "", nil).JSON(t, &cl)
	if len(cl.Items) != 1 || cl.Items[0].OrderNumber != "FF-3" {
		t.Fatalf("ledger of FF-3: %+v", cl.Items)
	}
	cl = khttp.CompensationList{}
	e.doIf(t, "GET", "/v1/compensations?customer_external_id=nobody", e.AdminKey, "", nil).JSON(t, &cl)
	if cl.Items == nil || len(cl.Items) != 0 {
		t.Errorf("ledger of an unknown customer: %+v", cl.Items)
	}
	CheckError(t, e.doIf(t, "GET", "/v1/compensations?customer=c-2007", e.AdminKey, "", nil), http.StatusBadRequest, kefu.EINVALID)

	// Revocation: with a reason, once, by the shop only.
	revoke := "/v1/compensations/" + granted.ID + "/revoke"
	CheckError(t, e.DoJSON(t, "POST", revoke, e.AdminKey, map[string]any{"reason": " "}), http.StatusBadRequest, kefu.EINVALID)
	CheckError(t, e.DoJSON(t, "POST", revoke, e.OtherAdminKey, map[string]any{"reason": "x"}), http.StatusNotFound, kefu.ENOTFOUND)
	CheckError(t, e.DoJSON(t, "POST", revoke, e.Key, map[string]any{"reason": "x"}), http.StatusForbidden, kefu.EFORBIDDEN)
	res = e.DoJSON(t, "POST", revoke, e.AdminKey, map[string]any{"reason": "the customer cancelled the order"})
	var c kefu.Compensation
	res.JSON(t, &c)
	if res.Status != http.StatusOK || c.Status != kefu.CompensationRevoked || !strings.HasPrefix(c.RevokedBy, "key:") ||
		c.RevokeReason != "the customer cancelled the order" {
		t.Fatalf("revoke: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.DoJSON(t, "POST", revoke, e.AdminKey, map[string]any{"reason": "again"}), http.StatusConflict, kefu.ECONFLICT)
}
