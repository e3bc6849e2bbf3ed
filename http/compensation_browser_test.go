package http_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// selectValue picks value in the select sel and fires its change event.
func selectValue(sel, value string) chromedp.Action[bool] {
	return chromedp.Evaluate[bool](`(s => (s.value = ` + jsQuote(value) + `, s.dispatchEvent(new Event('change', {bubbles: true})), s.value === ` +
		jsQuote(value) + `))(document.querySelector(` + jsQuote(sel) + `))`)
}

// scriptClick clicks sel from a script: the element found and clicked in
// one step, so that a list drawn anew in between cannot leave a stale node.
func scriptClick(sel string) chromedp.Action[bool] {
	return chromedp.Evaluate[bool](`(document.querySelector(` + jsQuote(sel) + `).click(), true)`)
}

// MustSeedLateIncidents sets the shop's currency to SGD, stores the late
// delivery rule (an S$5 coupon) and has the issuer handle three late
// deliveries of customer c-2007 in the last days: two get a coupon.
func MustSeedLateIncidents(tb testing.TB, st kefu.Store) *kefu.Customer {
	tb.Helper()
	ctx := context.Background()
	tn, err := st.FindTenantByID(ctx, shop)
	if err != nil {
		tb.Fatal(err)
	}
	tn.Settings.Currency = "SGD"
	if err := st.UpdateTenantSettings(ctx, shop, tn.Settings); err != nil {
		tb.Fatal(err)
	}
	if err := st.UpsertRule(ctx, &kefu.Rule{TenantID: shop, ID: "late-30", Name: "Late delivery", When: "delay_minutes > 30",
		Order: 10, Enabled: true, MaxPerCustomer30d: 3,
		Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD", ValidDays: 30}}); err != nil {
		tb.Fatal(err)
	}
	cust := &kefu.Customer{TenantID: shop, ExternalID: "c-2007", Name: "Mei"}
	if err := st.CreateCustomer(ctx, cust); err != nil {
		tb.Fatal(err)
	}
	is := &compensation.Issuer{Store: st, Now: time.Now}
	for i, delay := range []int64{35, 10, 50} {
		n := "FF-2092" + string(rune('1'+i))
		in := &kefu.Incident{ID: "late:" + n, OrderNumber: n, CustomerID: cust.ID, Kind: kefu.IncidentLate, DelayMinutes: delay,
			OrderValue: 4000, Currency: "SGD", At: time.Now().Add(-time.Duration(3-i) * 24 * time.Hour)}
		if _, _, _, err := is.Issue(ctx, shop, in); err != nil {
			tb.Fatal(err)
		}
	}
	return cust
}

// TestAdminRulesInBrowser drives the admin page's compensation rules and
// ledger in headless Chromium: the rules in the order they are tried with
// their grants in words; a new rule whose condition does not compile is
// refused with the position shown under the condition and the form kept;
// a dry run of the draft and of the saved rules; deletion after a
// confirmation; a revocation in the ledger that needs a reason.
func TestAdminRulesInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	MustSeedLateIncidents(t, e.Store)
	bg := context.Background()
	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	// Money is shown by the browser's Intl ("SGD 5.00" in English, with
	// a no-break space): text reads it with a plain space.
	text := func(sel string) string {
		return strings.ReplaceAll(run(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsQuote(sel)+`) || {}).textContent || ""`)), "\u00a0", " ")
	}
	value := func(sel string) string {
		return run(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsQuote(sel)+`) || {}).value || ""`))
	}

	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/admin#rules"),
		adminLogin(admin.Email),
		chromedp.WaitVisible(css(`#rules-table tr[data-id="late-30"]`)),
	))
	if got := text(`tr[data-id="late-30"] .rule-grant`); got != "SGD 5.00 coupon, no minimum, valid 30 days" {
		t.Errorf("the late rule grants %q", got)
	}
	if got := text(`tr[data-id="late-30"]`); !strings.Contains(got, "at most 3 in 30 days") || !strings.Contains(got, "Enabled") || !strings.Contains(got, "Version 1") {
		t.Errorf("the late rule's row: %q", got)
	}

	t.Run("a rule that does not compile", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#rule-new`)),
			testenv.Type(`#ru-name`, "Warm seafood"),
			testenv.Type(`#ru-when`, `excursion_minutes > '30'`),
		))
		if !run(t, ctx, selectValue(`#ru-kind`, "refund_line")) {
			t.Fatal("no refund_line in the grant kinds")
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#ru-save`)),
			chromedp.WaitVisible(css(`[data-field-error="when"] .when-caret`)),
		))
		if got := text(`[data-field-error="when"]`); !strings.Contains(got, "line 1, column 19") {
			t.Errorf("condition error %q, want its position", got)
		}
		if got := text(`.when-caret`); got != "excursion_minutes > '30'\n                  ^" {
			t.Errorf("caret %q", got)
		}
		if value(`#ru-when`) != `excursion_minutes > '30'` || value(`#ru-name`) != "Warm seafood" || value(`#ru-id`) != "warm-seafood" || value(`#ru-kind`) != "refund_line" {
			t.Error("the form lost what was typed")
		}
		screenshot(t, ctx, "admin-rule-error")
		if _, err := e.Store.FindRuleByID(bg, shop, "warm-seafood"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("the refused rule was stored: %v", err)
		}
	})

	t.Run("dry run of the draft, then save", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#ru-when`, `excursion_minutes > 30 && category == "seafood"`),
			testenv.Type(`#ru-order`, "5"),
			chromedp.Click(css(`#ru-dry-run`)),
			chromedp.WaitVisible(css(`#dry-table tr[data-id="warm-seafood"]`)),
		))
		if got := text(`[data-testid="dry-summary"]`); !strings.Contains(got, "With the draft of Warm seafood") || !strings.Contains(got, "3 incidents; 2 would get something, costing SGD 10.00") {
			t.Errorf("draft dry run says %q", got)
		}
		if text(`[data-field-error="when"]`) != "" {
			t.Error("the old condition error is still shown")
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#ru-save`)),
			chromedp.WaitVisible(css(`#rules-table tr[data-id="warm-seafood"]`)),
		))
		r, err := e.Store.FindRuleByID(bg, shop, "warm-seafood")
		if err != nil || r.Name != "Warm seafood" || r.Grant.Kind != kefu.GrantRefundLine || r.Order != 5 || !r.Enabled || r.Version != 1 {
			t.Fatalf("stored rule %+v, %v", r, err)
		}
		if got := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#rules-table tbody tr')].map(r => r.dataset.id).join()`)); got != "warm-seafood,late-30" {
			t.Errorf("rules listed %q, want the order they are tried in", got)
		}
		if got := text(`tr[data-id="warm-seafood"] .rule-grant`); got != "Refund of the line concerned" {
			t.Errorf("the new rule grants %q", got)
		}
	})

	t.Run("dry run of the current rules", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#dry-run`)),
			chromedp.WaitVisible(css(`#dry-table tr[data-id="late-30"]`)),
		))
		if got := text(`#dry-table tr[data-id="late-30"] .dry-granted`); got != "2" {
			t.Errorf("late-30 would grant %q times, want 2", got)
		}
		if got := text(`#dry-table tr[data-id="late-30"] .dry-cost`); got != "SGD 10.00" {
			t.Errorf("late-30 would cost %q", got)
		}
		if strings.Contains(text(`[data-testid="dry-summary"]`), "draft") {
			t.Error("the dry run of the current rules speaks of a draft")
		}
		screenshot(t, ctx, "admin-rules")
	})

	t.Run("delete", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#rules-table tr[data-id="warm-seafood"] .act-delete`)),
			chromedp.WaitVisible(css(`#rules-table tr[data-id="warm-seafood"] .confirm-ok`)),
			chromedp.Click(css(`#rules-table tr[data-id="warm-seafood"] .confirm-ok`)),
			chromedp.WaitNotPresent(css(`#rules-table tr[data-id="warm-seafood"]`)),
		))
		if _, err := e.Store.FindRuleByID(bg, shop, "warm-seafood"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("deleted rule: %v", err)
		}
	})

	t.Run("ledger", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Navigate(e.HTTP.URL+"/admin#compensations"),
			chromedp.WaitVisible(css(`#ledger-table`)),
		))
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#ledger-table [data-testid="ledger-row"]').length`)); n != 2 {
			t.Fatalf("%d ledger rows, want 2", n)
		}
		row := `#ledger-table tbody tr:first-child`
		if got := text(row); !strings.Contains(got, "FF-20923") || !strings.Contains(got, "Mei (c-2007)") || !strings.Contains(got, "Coupon of SGD 5.00") ||
			!strings.Contains(got, "Rule late-30 (version 1)") {
			t.Errorf("newest ledger row: %q", got)
		}
		id := run(t, ctx, chromedp.Evaluate[string](`document.querySelector(`+jsQuote(row)+`).dataset.id`))
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(row+` .act-revoke`)),
			chromedp.WaitVisible(css(row+` .revoke-reason`)),
			chromedp.Click(css(row+` .confirm-ok`)),
		))
		if got := text(row + ` .confirm [role="alert"]`); got != "Give a reason." {
			t.Errorf("revoke without a reason says %q", got)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(row+` .revoke-reason`, "order cancelled <b>today</b>"),
			chromedp.Click(css(row+` .confirm-ok`)),
			chromedp.WaitVisible(css(`#ledger-table tr[data-id="`+id+`"][data-status="revoked"]`)),
		))
		c, err := e.Store.FindCompensationByID(bg, shop, id)
		if err != nil || c.Status != kefu.CompensationRevoked || c.RevokedBy != admin.ID || c.RevokeReason != "order cancelled <b>today</b>" {
			t.Fatalf("revoked entry %+v, %v", c, err)
		}
		if got := text(`#ledger-table tr[data-id="` + id + `"]`); !strings.Contains(got, "by Olga") || !strings.Contains(got, "order cancelled <b>today</b>") {
			t.Errorf("revoked row: %q", got)
		}
		screenshot(t, ctx, "admin-ledger")
	})
	if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
		t.Errorf("the page opened %d dialogs", n)
	}
}

// TestConsoleCompensationInBrowser grants a coupon from the console's side
// panel with a reason, sees it in the block and in the conversation with
// its card, then revokes it with a reason.
func TestConsoleCompensationInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	conv := e.MustQueued(t, "quiero hablar con una persona")
	MustCreateOrder(t, e.Store, conv.CustomerID, "FF-20923",
		kefu.OrderLine{SKU: "salmon-500", Name: "Salmon 500 g", Quantity: 1, UnitPrice: 3000},
		kefu.OrderLine{SKU: "greens", Name: "Greens", Quantity: 2, UnitPrice: 910})
	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	text := func(sel string) string {
		return run(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsQuote(sel)+`) || {}).textContent || ""`))
	}
	bg := context.Background()

	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/console"),
		chromedp.WaitVisible(css(`#login-form`)),
		testenv.Type(`#login-tenant`, shop),
		testenv.Type(`#login-email`, e.Ana.Email),
		testenv.Type(`#login-password`, AgentPassword),
		chromedp.Click(css(`#login-submit`)),
		chromedp.WaitVisible(css(`.queue-item[data-id="`+conv.ID+`"]`)),
	))
	run(t, ctx, scriptClick(`.queue-item[data-id="`+conv.ID+`"]`))
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`#comp-block`)),
		chromedp.WaitVisible(css(`#comp-hold-hint`)),
		chromedp.Click(css(`#take`)),
		chromedp.WaitVisible(css(`.msg[data-kind="agent_joined"]`)),
		chromedp.WaitVisible(css(`#grant-form`)),
	))
	if got := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#grant-order option')].map(o => o.textContent).join('|')`)); !strings.Contains(got, "FF-20923") || !strings.Contains(got, "48.20") {
		t.Errorf("order choices %q", got)
	}
	if got := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#grant-kind option')].map(o => o.textContent).join('|')`)); strings.Contains(got, "_") {
		t.Errorf("kind choices %q, want readable labels", got)
	}

	// Without a reason the form says so next to the field and grants nothing.
	run(t, ctx, chromedp.Steps(
		testenv.Type(`#grant-amount`, "5"),
		chromedp.Click(css(`#grant-submit`)),
		chromedp.WaitVisible(css(`[data-field-error="reason"]`)),
	))
	if got := text(`[data-field-error="reason"]`); !strings.Contains(got, "reason") {
		t.Errorf("reason error %q", got)
	}
	if cs, _ := e.Store.FindCompensations(bg, kefu.CompensationFilter{TenantID: shop}); len(cs) != 0 {
		t.Fatalf("granted without a reason: %+v", cs)
	}
	run(t, ctx, chromedp.Steps(
		testenv.Type(`#grant-reason`, "Delivered two hours late <i>again</i>"),
		chromedp.Click(css(`#grant-submit`)),
		chromedp.WaitVisible(css(`#comp-list .comp-entry[data-status="granted"]`)),
		chromedp.WaitVisible(css(`.msg[data-author="agent"] [data-testid="msg-coupon-card"]`)),
	))
	cs, err := e.Store.FindCompensations(bg, kefu.CompensationFilter{TenantID: shop})
	if err != nil || len(cs) != 1 || cs[0].Amount != 500 || cs[0].GrantedBy != e.Ana.ID || cs[0].Reason != "Delivered two hours late <i>again</i>" {
		t.Fatalf("ledger %+v, %v", cs, err)
	}
	if got := text(`#comp-list .comp-entry`); !strings.Contains(got, cs[0].Code) || !strings.Contains(got, "by Ana") || !strings.Contains(got, "Delivered two hours late <i>again</i>") {
		t.Errorf("compensations block: %q", got)
	}
	if got := text(`.msg[data-author="agent"] [data-testid="msg-coupon-card"]`); !strings.Contains(got, cs[0].Code) || !strings.Contains(got, "Cupón por el pedido FF-20923") {
		t.Errorf("coupon card in the conversation: %q", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#comp-block i, #notes i').length`)); n != 0 {
		t.Error("the reason was rendered as HTML")
	}
	run(t, ctx, chromedp.WaitVisible(css(`#notes .note`)))
	screenshot(t, ctx, "console-compensation")

	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#comp-list .comp-entry .comp-revoke`)),
		chromedp.WaitVisible(css(`#comp-list .revoke-reason`)),
		testenv.Type(`#comp-list .revoke-reason`, "customer found the parcel"),
		chromedp.Click(css(`#comp-list .confirm-ok`)),
		chromedp.WaitVisible(css(`#comp-list .comp-entry[data-status="revoked"]`)),
	))
	c, err := e.Store.FindCompensationByID(bg, shop, cs[0].ID)
	if err != nil || c.Status != kefu.CompensationRevoked || c.RevokedBy != e.Ana.ID || c.RevokeReason != "customer found the parcel" {
		t.Fatalf("revoked %+v, %v", c, err)
	}
	if got := text(`#comp-list .comp-entry`); !strings.Contains(got, "Revoked by Ana") {
		t.Errorf("revoked entry shows %q", got)
	}
	screenshot(t, ctx, "console-compensation-revoked")
	if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
		t.Errorf("the page opened %d dialogs", n)
	}
}
