package http_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
	khttp "github.com/kefu-ai/kefu/http"
)

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// MustCreateOrder stores an order of the shop's customer.
func MustCreateOrder(tb testing.TB, st kefu.Store, customerID, number string, lines ...kefu.OrderLine) *kefu.Order {
	tb.Helper()
	o := &kefu.Order{TenantID: shop, Number: number, CustomerID: customerID, Status: "delivered", Currency: "SGD",
		Lines: lines, PlacedAt: time.Now().Add(-48 * time.Hour)}
	for _, l := range lines {
		o.Total += int64(l.Quantity) * l.UnitPrice
	}
	if err := st.CreateOrder(context.Background(), o); err != nil {
		tb.Fatal(err)
	}
	return o
}

// grantBody is a grant as the console sends it.
func grantBody(kind string, amount int64, extra ...string) map[string]any {
	b := map[string]any{"order": "FF-20923", "kind": kind, "reason": "delivered two hours late, salmon warm"}
	if amount != 0 {
		b["amount"] = amount
	}
	for i := 0; i+1 < len(extra); i += 2 {
		b[extra[i]] = extra[i+1]
	}
	return b
}

// TestConsoleCompensation grants and revokes compensation from the
// console: the holder grants with a reason, the customer gets the coupon
// in their language with its card, colleagues a note; bad input is
// refused naming the field; retries grant once; caps hold; other shops
// see nothing; only owners, admins and the granting agent revoke.
func TestConsoleCompensation(t *testing.T) {
	ctx := context.Background()
	logs := &syncBuffer{}
	e := MustOpenConsole(t, nil, func(s *khttp.Server) { s.Logger = slog.New(slog.NewTextHandler(logs, nil)) })
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "zh")
	conv := e.MustQueued(t, "quiero hablar con una persona")
	order := MustCreateOrder(t, e.Store, conv.CustomerID, "FF-20923",
		kefu.OrderLine{SKU: "salmon-500", Name: "Salmon 500 g", Quantity: 1, UnitPrice: 3000},
		kefu.OrderLine{SKU: "greens", Name: "Greens", Quantity: 2, UnitPrice: 910})
	stranger := &kefu.Customer{TenantID: shop, ExternalID: "c-9", Name: "Someone else"}
	if err := e.Store.CreateCustomer(ctx, stranger); err != nil {
		t.Fatal(err)
	}
	MustCreateOrder(t, e.Store, stranger.ID, "FF-9", kefu.OrderLine{SKU: "greens", Quantity: 1, UnitPrice: 910})

	ana, bo, zed, olga := e.MustLogin(t, e.Ana), e.MustLogin(t, e.Bo), e.MustLogin(t, e.Zed), e.MustLogin(t, admin)
	path := "/console/api/conversations/" + conv.ID + "/compensations"
	read := func(a *Agent) desk.CustomerCompensations {
		t.Helper()
		res := a.Get(t, path)
		if res.Status != http.StatusOK {
			t.Fatalf("GET compensations: %d %s", res.Status, res.Body)
		}
		var out desk.CustomerCompensations
		res.JSON(t, &out)
		return out
	}
	ledger := func() int {
		t.Helper()
		cs, err := e.Store.FindCompensations(ctx, kefu.CompensationFilter{TenantID: shop})
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}

	got := read(ana)
	if got.CanGrant || len(got.Entries) != 0 || len(got.Orders) != 1 || got.Orders[0].Number != "FF-20923" ||
		len(got.Orders[0].Lines) != 2 || got.Orders[0].Lines[1].Value != 1820 || got.Orders[0].Total != 4820 {
		t.Fatalf("before taking: %+v", got)
	}
	// Only the holder grants.
	CheckError(t, ana.Post(t, path, grantBody("coupon", 500)), http.StatusForbidden, kefu.EFORBIDDEN)
	if res := ana.Post(t, "/console/api/conversations/"+conv.ID+"/take", nil); res.Status != http.StatusOK {
		t.Fatalf("take: %d %s", res.Status, res.Body)
	}
	if !read(ana).CanGrant || read(bo).CanGrant {
		t.Error("can_grant should be true for the holder only")
	}

	t.Run("bad input", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			body  any
			field string
		}{
			{"no reason", grantBody("coupon", 500, "reason", ""), "reason"},
			{"blank reason", grantBody("coupon", 500, "reason", "  \n "), "reason"},
			{"long reason", grantBody("coupon", 500, "reason", strings.Repeat("x", kefu.MaxReasonLen+1)), "reason"},
			{"no order", grantBody("coupon", 500, "order", ""), "order"},
			{"unknown order", grantBody("coupon", 500, "order", "FF-404"), "order"},
			{"another customer's order", grantBody("coupon", 500, "order", "FF-9"), "order"},
			{"bad kind", grantBody("none", 500), "kind"},
			{"coupon without amount", grantBody("coupon", 0), "amount"},
			{"negative amount", grantBody("coupon", -5), "amount"},
			{"coupon over the order's total", grantBody("coupon", 4821), "amount"},
			{"line refund without sku", grantBody("refund_line", 0), "sku"},
			{"line refund of another sku", grantBody("refund_line", 0, "sku", "tofu"), "sku"},
			{"line refund over the line", grantBody("refund_line", 3001, "sku", "salmon-500"), "amount"},
			{"order refund over the total", grantBody("refund_order", 4821), "amount"},
			{"sku on a coupon", grantBody("coupon", 500, "sku", "greens"), "sku"},
			{"bad client id", grantBody("coupon", 500, "client_id", "a b"), "client_id"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				res := ana.Post(t, path, tc.body)
				var body khttp.ErrorResponse
				res.JSON(t, &body)
				if res.Status != http.StatusBadRequest || body.Error.Field != tc.field {
					t.Errorf("got %d %s, want 400 naming %q", res.Status, res.Body, tc.field)
				}
			})
		}
		CheckError(t, ana.Post(t, path, `{"order":"FF-20923","kind":"coupon","amount":500,"reason":"x","extra":1}`), http.StatusBadRequest, kefu.EINVALID)
		if n := ledger(); n != 0 {
			t.Fatalf("refused grants stored %d ledger entries", n)
		}
	})

	// A coupon: the ledger entry names Ana and the reason; the Spanish
	// customer gets it in Spanish with its card; colleagues get a note.
	res := ana.Post(t, path, grantBody("coupon", 500, "client_id", "g-1"))
	var gr desk.GrantResult
	res.JSON(t, &gr)
	c := gr.Entry.Compensation
	if res.Status != http.StatusCreated || !gr.Created || c == nil || c.GrantedBy != e.Ana.ID || c.Reason != "delivered two hours late, salmon warm" ||
		c.Kind != kefu.GrantCoupon || c.Amount != 500 || c.Currency != "SGD" || c.Code == "" || c.RuleID != "" ||
		c.IncidentID != "manual:FF-20923:coupon:g-1" || c.OrderID != order.ID || gr.Entry.GrantedByName != "Ana" || !gr.Entry.CanRevoke {
		t.Fatalf("grant: %d %s", res.Status, res.Body)
	}
	if d := time.Until(c.ExpiresAt); d < 29*24*time.Hour || d > 31*24*time.Hour {
		t.Errorf("coupon expires %v, want in 30 days", c.ExpiresAt)
	}
	msgs, err := e.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: shop, ConversationID: conv.ID})
	if err != nil {
		t.Fatal(err)
	}
	last := msgs[len(msgs)-1]
	if last.Author != kefu.AuthorAgent || last.AuthorID != e.Ana.ID || last.Language != "es" ||
		!strings.Contains(last.Text, c.Code) || !strings.Contains(last.Text, "cupón") || len(last.Cards) != 1 ||
		last.Cards[0].Type != kefu.CardCoupon || last.Cards[0].Code != c.Code || last.Cards[0].Title != "Cupón por el pedido FF-20923" ||
		!strings.HasPrefix(last.Cards[0].Subtitle, "válido hasta el ") {
		t.Errorf("customer's message: %+v", last)
	}
	notes, err := e.Store.FindNotes(ctx, shop, conv.ID)
	// The note is Ana's, in her language (English, her first).
	if err != nil || len(notes) != 1 {
		t.Fatalf("notes: %+v, %v", notes, err)
	}
	if notes[0].AgentID != e.Ana.ID ||
		notes[0].Text != "Compensation: granted a coupon of S$5.00 (code "+c.Code+") for order FF-20923. Reason: delivered two hours late, salmon warm" {
		t.Errorf("note: %q", notes[0].Text)
	}
	if l := logs.String(); !strings.Contains(l, `msg="compensation granted" tenant=shop`) || !strings.Contains(l, "by="+e.Ana.ID) ||
		!strings.Contains(l, "amount=500") || !strings.Contains(l, `reason="delivered two hours late, salmon warm"`) {
		t.Errorf("grant not logged: %s", l)
	}

	t.Run("retry", func(t *testing.T) {
		res := ana.Post(t, path, grantBody("coupon", 500, "client_id", "g-1"))
		var again desk.GrantResult
		res.JSON(t, &again)
		if res.Status != http.StatusOK || again.Created || again.Entry.Compensation == nil || again.Entry.ID != c.ID || again.Message != nil {
			t.Errorf("retry: %d %s", res.Status, res.Body)
		}
		CheckError(t, ana.Post(t, path, grantBody("coupon", 600, "client_id", "g-1")), http.StatusConflict, kefu.ECONFLICT)
		if n, _ := e.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: shop, ConversationID: conv.ID}); len(n) != len(msgs) {
			t.Errorf("a retry sent another message: %d, want %d", len(n), len(msgs))
		}
		if n := ledger(); n != 1 {
			t.Errorf("ledger has %d entries, want 1", n)
		}
	})

	t.Run("refunds are capped", func(t *testing.T) {
		res := ana.Post(t, path, grantBody("refund_line", 0, "sku", "salmon-500"))
		var line desk.GrantResult
		res.JSON(t, &line)
		if res.Status != http.StatusCreated || line.Entry.Compensation == nil || line.Entry.Amount != 3000 || line.Message != nil ||
			!strings.HasPrefix(line.Entry.IncidentID, "manual:FF-20923:refund_line:salmon-500:") {
			t.Fatalf("line refund: %d %s", res.Status, res.Body)
		}
		CheckError(t, ana.Post(t, path, grantBody("refund_line", 1, "sku", "salmon-500")), http.StatusBadRequest, kefu.EINVALID)
		res = ana.Post(t, path, grantBody("refund_order", 0))
		var rest desk.GrantResult
		res.JSON(t, &rest)
		if res.Status != http.StatusCreated || rest.Entry.Compensation == nil || rest.Entry.Amount != 1820 {
			t.Fatalf("order refund of the rest: %d %s", res.Status, res.Body)
		}
		CheckError(t, ana.Post(t, path, grantBody("refund_order", 1)), http.StatusBadRequest, kefu.EINVALID)
		got := read(ana)
		if len(got.Entries) != 3 || got.Entries[0].ID != rest.Entry.ID || got.Entries[2].ID != c.ID ||
			got.Orders[0].Refunded != 4820 || got.Orders[0].Lines[0].Refunded != 3000 {
			t.Errorf("after refunds: %+v", got)
		}
	})

	t.Run("other shops see nothing", func(t *testing.T) {
		CheckError(t, zed.Get(t, path), http.StatusNotFound, kefu.ENOTFOUND)
		CheckError(t, zed.Post(t, path, grantBody("coupon", 500)), http.StatusNotFound, kefu.ENOTFOUND)
		CheckError(t, zed.Post(t, "/console/api/compensations/"+c.ID+"/revoke", map[string]any{"reason": "x"}), http.StatusNotFound, kefu.ENOTFOUND)
		CheckError(t, ana.Get(t, "/console/api/conversations/nope/compensations"), http.StatusNotFound, kefu.ENOTFOUND)
		CheckError(t, ana.Post(t, "/console/api/compensations/nope/revoke", map[string]any{"reason": "x"}), http.StatusNotFound, kefu.ENOTFOUND)
		// Without the CSRF token, nothing.
		res := e.ConsoleDo(t, "POST", path, ana.Cookie, "", grantBody("coupon", 500))
		if res.Status != http.StatusForbidden {
			t.Errorf("grant without CSRF: %d %s", res.Status, res.Body)
		}
	})

	t.Run("revoke", func(t *testing.T) {
		// A rule's grant: only owners and admins take it back.
		rule := &kefu.Rule{TenantID: shop, ID: "late-30", When: "delay_minutes > 30", Enabled: true,
			Grant: kefu.Grant{Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD"}}
		if err := e.Store.UpsertRule(ctx, rule); err != nil {
			t.Fatal(err)
		}
		byRule, _, err := e.Store.IssueCompensation(ctx, &kefu.Compensation{TenantID: shop, IncidentID: "late:FF-20923",
			OrderNumber: "FF-20923", CustomerID: conv.CustomerID, RuleID: rule.ID, RuleVersion: rule.Version,
			Kind: kefu.GrantCoupon, Amount: 500, Currency: "SGD"})
		if err != nil {
			t.Fatal(err)
		}
		revoke := func(a *Agent, id string, body any) Response {
			return a.Post(t, "/console/api/compensations/"+id+"/revoke", body)
		}
		for _, e := range read(ana).Entries {
			if e.ID == byRule.ID && e.CanRevoke {
				t.Error("an agent is offered to revoke a rule's grant")
			}
		}
		CheckError(t, revoke(ana, byRule.ID, map[string]any{"reason": "mistake"}), http.StatusForbidden, kefu.EFORBIDDEN)
		CheckError(t, revoke(bo, c.ID, map[string]any{"reason": "mistake"}), http.StatusForbidden, kefu.EFORBIDDEN)
		res := revoke(ana, c.ID, map[string]any{"reason": " "})
		var body khttp.ErrorResponse
		res.JSON(t, &body)
		if res.Status != http.StatusBadRequest || body.Error.Field != "reason" {
			t.Errorf("revoke without a reason: %d %s", res.Status, res.Body)
		}
		CheckError(t, revoke(ana, c.ID, map[string]any{"reason": "x", "conversation_id": "nope"}), http.StatusNotFound, kefu.ENOTFOUND)

		res = revoke(ana, c.ID, map[string]any{"reason": "customer found the parcel", "conversation_id": conv.ID})
		var le desk.LedgerEntry
		res.JSON(t, &le)
		if res.Status != http.StatusOK || le.Compensation == nil || le.Status != kefu.CompensationRevoked || le.RevokedBy != e.Ana.ID ||
			le.RevokedByName != "Ana" || le.RevokeReason != "customer found the parcel" || le.CanRevoke {
			t.Fatalf("revoke own grant: %d %s", res.Status, res.Body)
		}
		CheckError(t, revoke(ana, c.ID, map[string]any{"reason": "again"}), http.StatusConflict, kefu.ECONFLICT)
		notes, _ := e.Store.FindNotes(ctx, shop, conv.ID)
		if n := notes[len(notes)-1]; !strings.HasPrefix(n.Text, "Compensation revoked:") || !strings.Contains(n.Text, "customer found the parcel") {
			t.Errorf("revocation note: %+v", n)
		}
		if l := logs.String(); !strings.Contains(l, `msg="compensation revoked" tenant=shop compensation=`+c.ID) {
			t.Errorf("revocation not logged: %s", l)
		}

		res = revoke(olga, byRule.ID, map[string]any{"reason": "duplicate of the manual coupon", "conversation_id": conv.ID})
		le = desk.LedgerEntry{}
		res.JSON(t, &le)
		if res.Status != http.StatusOK || le.Compensation == nil || le.RevokedBy != admin.ID {
			t.Fatalf("admin revokes a rule's grant: %d %s", res.Status, res.Body)
		}
		// Olga reads and writes Chinese: her note is in Chinese.
		notes, _ = e.Store.FindNotes(ctx, shop, conv.ID)
		if n := notes[len(notes)-1]; n.AgentID != admin.ID || n.Text != "补偿已撤回：订单FF-20923的S$5.00优惠券。原因：duplicate of the manual coupon" {
			t.Errorf("revocation note of a Chinese admin: %q", n.Text)
		}
	})
}
