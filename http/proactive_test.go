package http_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestAdminForecasts(t *testing.T) {
	e := MustOpenEnv(t, nil)
	day := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	res := e.batch(t, "forecasts", e.AdminKey,
		map[string]any{"day": day, "severity": 3, "temp_c": 31.5, "summary": "Thunderstorms"},
		map[string]any{"day": day, "area": "MY", "severity": 1})
	if res.Status != http.StatusOK {
		t.Fatalf("batch: %d %s", res.Status, res.Body)
	}
	res = e.DoJSON(t, "GET", "/v1/forecasts", e.AdminKey, nil)
	var list khttp.ForecastsResponse
	res.JSON(t, &list)
	if res.Status != http.StatusOK || len(list.Forecasts) != 2 || list.Forecasts[0].Severity != 3 || *list.Forecasts[0].TempC != 31.5 ||
		list.Forecasts[1].Area != "MY" {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	for _, tc := range []struct {
		name, path string
		items      []any
		status     int
		field      string
	}{
		{"bad day", "", []any{map[string]any{"day": "tomorrow", "severity": 1}}, 400, "day"},
		{"bad severity", "", []any{map[string]any{"day": day, "severity": 5}}, 400, "severity"},
		{"bad area", "", []any{map[string]any{"day": day, "area": "Johor", "severity": 1}}, 400, "area"},
		{"twice the same day and area", "", []any{map[string]any{"day": day, "severity": 1}, map[string]any{"day": day, "severity": 2}}, 400, "day"},
		{"bad list range", "/v1/forecasts?from=2026-12-07&to=2026-12-01", nil, 400, "to"},
		{"bad list date", "/v1/forecasts?from=7.12.2026", nil, 400, "from"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.path != "" {
				res = e.DoJSON(t, "GET", tc.path, e.AdminKey, nil)
			} else {
				res = e.batch(t, "forecasts", e.AdminKey, tc.items...)
			}
			var body khttp.ErrorResponse
			res.JSON(t, &body)
			field := body.Error.Field
			if len(body.Error.Items) > 0 {
				field = body.Error.Items[0].Field
			}
			if res.Status != tc.status || field != tc.field {
				t.Fatalf("%d %s", res.Status, res.Body)
			}
		})
	}
	// The refused batches changed nothing; a chat key may not write.
	res = e.DoJSON(t, "GET", "/v1/forecasts", e.AdminKey, nil)
	list = khttp.ForecastsResponse{}
	res.JSON(t, &list)
	if len(list.Forecasts) != 2 || list.Forecasts[0].Severity != 3 {
		t.Fatalf("after refused batches: %s", res.Body)
	}
	CheckError(t, e.batch(t, "forecasts", e.Key, map[string]any{"day": day, "severity": 0}), http.StatusForbidden, kefu.EFORBIDDEN)
	// Another shop sees none of them.
	res = e.DoJSON(t, "GET", "/v1/forecasts", e.OtherAdminKey, nil)
	list = khttp.ForecastsResponse{}
	res.JSON(t, &list)
	if len(list.Forecasts) != 0 {
		t.Fatalf("another shop sees %s", res.Body)
	}
}

// atRisk stores an order of the shop's customer c-1001 due in a few
// hours, with a notice as a scan would have left it.
func atRisk(t *testing.T, e *Env, status kefu.RiskNoticeStatus) *kefu.RiskNotice {
	t.Helper()
	ctx := context.Background()
	c, err := e.Store.FindCustomerByExternalID(ctx, shop, "c-1001")
	if err != nil {
		c = &kefu.Customer{TenantID: shop, ExternalID: "c-1001", Name: "Grace Tan", Language: "en"}
		if err := e.Store.CreateCustomer(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	o := &kefu.Order{TenantID: shop, Number: "R-" + string(status), CustomerID: c.ID, Status: "paid", Currency: "SGD", Total: 3000}
	if err := e.Store.CreateOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	n := &kefu.RiskNotice{TenantID: shop, OrderID: o.ID, OrderNumber: o.Number, CustomerID: c.ID, Slot: time.Now().Add(5 * time.Hour),
		Score: 0.62, Kind: kefu.NoticeUnboxing, Reasons: []string{"storm", "fragile"}, Weather: "Thunderstorms",
		Status: kefu.NoticePending, AssessedAt: time.Now()}
	if err := e.Store.SaveRiskNotices(ctx, []*kefu.RiskNotice{n}); err != nil {
		t.Fatal(err)
	}
	if status != kefu.NoticePending {
		if _, err := e.Store.ClaimRiskNotice(ctx, shop, o.ID); err != nil {
			t.Fatal(err)
		}
		n.Status = status
		if err := e.Store.FinishRiskNotice(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

func TestAtRiskLists(t *testing.T) {
	ce := MustOpenConsole(t, nil, nil)
	atRisk(t, ce.Env, kefu.NoticeSent)
	atRisk(t, ce.Env, kefu.NoticeOptedOut)

	res := ce.DoJSON(t, "GET", "/v1/risk-notices", ce.AdminKey, nil)
	var list khttp.RiskNoticesResponse
	res.JSON(t, &list)
	if res.Status != http.StatusOK || len(list.Notices) != 2 {
		t.Fatalf("admin list: %d %s", res.Status, res.Body)
	}
	res = ce.DoJSON(t, "GET", "/v1/risk-notices?status=opted_out", ce.AdminKey, nil)
	list = khttp.RiskNoticesResponse{}
	res.JSON(t, &list)
	if len(list.Notices) != 1 || list.Notices[0].Status != kefu.NoticeOptedOut {
		t.Fatalf("admin list by status: %s", res.Body)
	}
	CheckError(t, ce.DoJSON(t, "GET", "/v1/risk-notices?status=lost", ce.AdminKey, nil), http.StatusBadRequest, kefu.EINVALID)
	CheckError(t, ce.DoJSON(t, "GET", "/v1/risk-notices?since=yesterday", ce.AdminKey, nil), http.StatusBadRequest, kefu.EINVALID)
	if res := ce.DoJSON(t, "GET", "/v1/risk-notices", ce.OtherAdminKey, nil); !strings.Contains(string(res.Body), `"notices":[]`) {
		t.Fatalf("another shop's list: %s", res.Body)
	}

	// Agents see them in the console, with the customer's name; an agent
	// of another shop sees none.
	res = ce.MustLogin(t, ce.Ana).Get(t, "/console/api/at-risk")
	var cl khttp.AtRiskResponse
	res.JSON(t, &cl)
	if res.Status != http.StatusOK || len(cl.Orders) != 2 || cl.Orders[0].CustomerName != "Grace Tan" || cl.Threshold != kefu.DefaultRiskThreshold ||
		cl.Enabled || cl.Orders[0].Reasons[0] != "storm" {
		t.Fatalf("console list: %d %s", res.Status, res.Body)
	}
	res = ce.MustLogin(t, ce.Zed).Get(t, "/console/api/at-risk")
	cl = khttp.AtRiskResponse{}
	res.JSON(t, &cl)
	if len(cl.Orders) != 0 {
		t.Fatalf("another shop's agent sees %s", res.Body)
	}
}

// A proactive conversation is taken over by the customer's widget, once;
// the customer can turn such messages off from it.
func TestWidgetTakesOverProactiveConversation(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	sig := khttp.SignCustomer(widgetKey, "c-1001")
	body := map[string]any{"customer": map[string]any{"external_id": "c-1001", "signature": sig}, "existing_only": true}
	// Nothing to take over yet: 204, and no conversation is created.
	res := e.DoJSON(t, "POST", "/v1/widget/"+shop+"/conversations", "", body)
	if res.Status != http.StatusNoContent || e.ConversationCount(t, shop) != 0 {
		t.Fatalf("existing_only without a proactive conversation: %d %s", res.Status, res.Body)
	}

	c := &kefu.Customer{TenantID: shop, ExternalID: "c-1001", Name: "Grace Tan", Language: "en"}
	if err := e.Store.CreateCustomer(ctx, c); err != nil {
		t.Fatal(err)
	}
	conv := &kefu.Conversation{TenantID: shop, CustomerID: c.ID, Channel: kefu.ChannelProactive, Status: kefu.StatusBot, Language: "en",
		TokenHash: kefu.HashSecret("nobody-knows")}
	if err := e.Store.CreateConversation(ctx, conv); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.CreateMessage(ctx, &kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorBot,
		Kind: kefu.MessageProactive, Text: "A heads-up about your order R-1", Language: "en"}); err != nil {
		t.Fatal(err)
	}
	res = e.DoJSON(t, "POST", "/v1/widget/"+shop+"/conversations", "", body)
	var cr khttp.ConversationResponse
	res.JSON(t, &cr)
	if res.Status != http.StatusOK || cr.Conversation.ID != conv.ID || cr.Conversation.Channel != "widget" || cr.Token == "" {
		t.Fatalf("take over: %d %s", res.Status, res.Body)
	}
	res = e.DoJSON(t, "GET", "/v1/conversations/"+conv.ID+"/messages", cr.Token, nil)
	if res.Status != http.StatusOK || !strings.Contains(string(res.Body), "A heads-up about your order R-1") {
		t.Fatalf("the widget reads the notice: %d %s", res.Status, res.Body)
	}
	// Taken over once: a second request finds nothing to take over.
	if res := e.DoJSON(t, "POST", "/v1/widget/"+shop+"/conversations", "", body); res.Status != http.StatusNoContent {
		t.Fatalf("second take-over: %d %s", res.Status, res.Body)
	}

	// Opting out from the conversation: remembered, confirmed in its language.
	res = e.DoJSON(t, "POST", "/v1/conversations/"+conv.ID+"/proactive-opt-out", cr.Token, map[string]any{"opt_out": true})
	var or khttp.OptOutResponse
	res.JSON(t, &or)
	if res.Status != http.StatusOK || !or.OptOut || or.Message == nil || !strings.Contains(or.Message.Text, "won't send you delivery heads-ups") {
		t.Fatalf("opt out: %d %s", res.Status, res.Body)
	}
	o := &kefu.Order{TenantID: shop, Number: "R-1", CustomerID: c.ID, Status: "paid", Currency: "SGD"}
	if err := e.Store.CreateOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	eta := time.Now().Add(3 * time.Hour)
	if err := e.Store.CreateShipment(ctx, &kefu.Shipment{TenantID: shop, OrderID: o.ID, TrackingNumber: "T1", Status: "label_created", ETA: &eta}); err != nil {
		t.Fatal(err)
	}
	ds, err := e.Store.FindDueDeliveries(ctx, kefu.DeliveryFilter{TenantID: shop, From: time.Now(), Until: time.Now().Add(24 * time.Hour)})
	if err != nil || len(ds) != 1 || !ds[0].OptedOut {
		t.Fatalf("the opt-out is not stored: %v %+v", err, ds)
	}

	// Bad input: an anonymous conversation has nobody to remember; a
	// wrong token is refused.
	anon, token := e.MustStartConversation(t, e.Key, "")
	res = e.DoJSON(t, "POST", "/v1/conversations/"+anon.ID+"/proactive-opt-out", token, map[string]any{})
	var eb khttp.ErrorResponse
	res.JSON(t, &eb)
	if res.Status != http.StatusBadRequest || eb.Error.Field != "customer" {
		t.Fatalf("anonymous opt-out: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.DoJSON(t, "POST", "/v1/conversations/"+conv.ID+"/proactive-opt-out", token, map[string]any{}), http.StatusNotFound, kefu.ENOTFOUND)
	CheckError(t, e.DoJSON(t, "POST", "/v1/conversations/"+conv.ID+"/proactive-opt-out", cr.Token, map[string]any{"opt_out": "yes"}), http.StatusBadRequest, kefu.EINVALID)
}
