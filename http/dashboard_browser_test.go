package http_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// hostileProduct is a product name and a customer's message that would
// run script if the dashboard inserted them as HTML.
const hostileProduct = `<img src=x onerror="document.title='pwned'">Serum`

// analyticsStandIn answers /v1/analytics/* with fixed data in the shape of
// the analytics contract (docs/dashboard.md), filtered by intent so that a
// filter visibly changes the page, and records the queries it was asked.
// It stands in for the analytics API of the analytics branch, so that the
// page can be tested on its own; the test with the real API and seeded
// conversations is TestDashboardWithAnalyticsInBrowser.
type analyticsStandIn struct {
	mu       sync.Mutex
	queries  []url.Values
	accepted map[string]string // insight id -> accept or dismiss
}

func (a *analyticsStandIn) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	a.mu.Lock()
	a.queries = append(a.queries, q)
	a.mu.Unlock()
	intent := q.Get("intent")
	keep := func(i string) bool { return intent == "" || intent == i }
	var out any
	switch path := strings.TrimPrefix(r.URL.Path, "/v1/analytics/"); {
	case path == "summary" && r.Method == "GET":
		n := 120
		if intent == "track_order" {
			n = 45
		}
		series := []map[string]any{}
		for d := 1; d <= 14; d++ {
			c := n/14 + d%4
			series = append(series, map[string]any{"day": "2026-11-" + twoDigits(d+16), "conversations": c, "contained": c * 7 / 10, "handoffs": c / 5, "bot_replies": c * 2})
		}
		intents := []map[string]any{}
		for _, x := range []struct {
			key, label string
			count      int
		}{{"track_order", "Track an order", 60}, {"return_item", "Return an item", 30}, {"product_question", "Product question", 25}, {"complaint", "Complaint", 15}} {
			if keep(x.key) {
				intents = append(intents, map[string]any{"key": x.key, "label": x.label, "count": x.count})
			}
		}
		out = map[string]any{"from": "2026-11-17", "to": "2026-11-30", "conversations": n, "customer_messages": n * 3, "bot_replies": n * 2,
			"containment": 0.71, "resolution": 0.8, "handoff_rate": 0.18, "clarification_rate": 0.07,
			"csat": map[string]any{"count": 31, "mean": 4.3}, "thumbs": map[string]any{"up": 52, "down": 6},
			"bot_latency_ms":    map[string]any{"p50": 42, "p90": 120, "p99": 380},
			"first_response_ms": map[string]any{"p50": 35000, "p90": 140000, "p99": 600000},
			"handling_ms":       map[string]any{"p50": 240000, "p90": 900000, "p99": 2400000},
			"compensation":      []any{map[string]any{"currency": "EUR", "amount": "12.50", "count": 2}},
			"proactive":         map[string]any{"sent": 10, "replied": 4, "opted_out": 1},
			"series":            series,
			"intents":           intents,
			"emotions":          []any{map[string]any{"key": "neutral", "label": "Neutral", "count": 70}, map[string]any{"key": "anger", "label": "Anger", "count": 12}, map[string]any{"key": "anxiety", "label": "Anxiety", "count": 20}},
			"languages":         []any{map[string]any{"key": "en", "label": "English", "count": 60}, map[string]any{"key": "th", "label": "Thai", "count": 35}, map[string]any{"key": "zh", "label": "Chinese", "count": 25}},
			"channels":          []any{map[string]any{"key": "widget", "label": "Widget", "count": 90}, map[string]any{"key": "api", "label": "API", "count": 30}},
			"handoff_reasons":   []any{map[string]any{"key": "customer_asked", "label": "Customer asked for a person", "count": 12}, map[string]any{"key": "anger", "label": "Angry customer", "count": 6}},
		}
	case path == "top-questions" && r.Method == "GET":
		type qn struct {
			id, intent, label, text string
			count                   int
			change                  any
			unanswered              bool
		}
		all := []qn{
			{"track_order/where", "track_order", "Track an order", "where is my order", 42, 0.25, false},
			{"return_item/how", "return_item", "Return an item", "how do I return a serum", 20, -0.1, false},
			{"product_question/hostile", "product_question", "Product question", hostileProduct + " is it safe?", 9, nil, false},
			{"product_question/oily", "product_question", "Product question", "do you have something for oily skin", 7, 0.5, true},
		}
		list := []any{}
		for _, x := range all {
			if !keep(x.intent) || (q.Get("unanswered") == "1" && !x.unanswered) {
				continue
			}
			list = append(list, map[string]any{"id": x.id, "intent": x.intent, "label": x.label, "text": x.text, "count": x.count,
				"share": float64(x.count) / 120, "answered_share": 0.9, "change": x.change,
				"trend":     []any{map[string]any{"day": "2026-11-28", "count": 2}, map[string]any{"day": "2026-11-29", "count": 5}, map[string]any{"day": "2026-11-30", "count": 3}},
				"languages": []any{map[string]any{"key": "en", "label": "English", "count": x.count}},
				"products":  []any{map[string]any{"sku": "SER-1", "name": hostileProduct, "count": 3}},
				"examples":  []any{map[string]any{"conversation_id": "c1", "text": x.text, "language": "en", "at": "2026-11-29T10:00:00Z"}},
			})
		}
		out = map[string]any{"from": "2026-11-17", "to": "2026-11-30", "unanswered": q.Get("unanswered") == "1", "questions": list}
	case path == "pain-points" && r.Method == "GET":
		out = map[string]any{"from": "2026-11-17", "to": "2026-11-30",
			"heatmap": map[string]any{"rows": []string{"Skincare", "Seafood"}, "columns": []string{"DE", "IT", "TH"},
				"cells": []any{
					map[string]any{"row": "Skincare", "column": "DE", "count": 30, "negative": 6, "score": 0.2},
					map[string]any{"row": "Skincare", "column": "TH", "count": 20, "negative": 14, "score": 0.7},
					map[string]any{"row": "Seafood", "column": "IT", "count": 12, "negative": 9, "score": 0.75},
					map[string]any{"row": "Seafood", "column": "TH", "count": 8, "negative": 1, "score": 0.125},
				}},
			"by_product": []any{
				map[string]any{"sku": "SER-1", "name": hostileProduct, "category": "Skincare", "count": 25, "negative": 12, "change": 0.4,
					"top_intents": []any{map[string]any{"key": "product_question", "label": "Product question", "count": 9}}},
				map[string]any{"sku": "PRAWN-2", "name": "Tiger prawns 1 kg", "category": "Seafood", "count": 12, "negative": 9, "change": nil,
					"top_intents": []any{map[string]any{"key": "complaint", "label": "Complaint", "count": 7}}},
			}}
	case path == "insights" && r.Method == "GET":
		a.mu.Lock()
		list := []any{}
		for _, x := range []struct {
			id, audience, title, evidence, action string
			params                                map[string]any // nil: stored before insights had params
		}{
			{"i1", "product", "Add a note on sensitive skin to " + hostileProduct, "9 customers asked whether the serum suits sensitive skin.", "Add 'use with care on sensitive skin' to the product page.", nil},
			{"i2", "supply_chain", "Spoiled prawns on the Italy route", "9 of 12 messages about prawns from Italy complain about spoilage.", "Move the Italy route to a cold-chain carrier.",
				map[string]any{"carrier": "ColdExpress", "complaints": 9, "turns": 12, "from": "2026-11-17", "to": "2026-11-30",
					"by": map[string]int{"fresh_spoiled": 6, "fresh_wrong_temperature": 3}, "change": 0.5}},
		} {
			status := "open"
			switch a.accepted[x.id] {
			case "accept":
				status = "accepted"
			case "dismiss":
				status = "dismissed"
			}
			if s := q.Get("status"); s != "" && s != status {
				continue
			}
			in := map[string]any{"id": x.id, "audience": x.audience, "title": x.title, "evidence": x.evidence, "action": x.action,
				"count": 9, "conversation_ids": []string{"c1"}, "status": status, "created_at": "2026-11-30T08:00:00Z"}
			if x.params != nil {
				in["params"] = x.params
			}
			list = append(list, in)
		}
		a.mu.Unlock()
		out = map[string]any{"insights": list}
	case r.Method == "POST" && (strings.HasSuffix(path, "/accept") || strings.HasSuffix(path, "/dismiss")):
		if r.Header.Get("X-CSRF-Token") == "" {
			http.Error(w, `{"error":{"code":"forbidden","message":"missing CSRF token"}}`, http.StatusForbidden)
			return
		}
		id, verb, _ := strings.Cut(strings.TrimPrefix(path, "insights/"), "/")
		a.mu.Lock()
		a.accepted[id] = verb
		a.mu.Unlock()
		out = map[string]any{"insight": map[string]any{"id": id, "status": map[string]string{"accept": "accepted", "dismiss": "dismissed"}[verb]}, "article_id": "a1"}
	default:
		http.Error(w, `{"error":{"code":"not_found","message":"no such route"}}`, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// lastQuery is the last query the stand-in got for a route.
func (a *analyticsStandIn) asked(param, value string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, q := range a.queries {
		if q.Get(param) == value {
			return true
		}
	}
	return false
}

// dashboardLogin signs in on the admin page the dashboard sent the
// browser to, and waits until the dashboard has loaded.
func dashboardLogin(t *testing.T, ctx context.Context, email string) {
	t.Helper()
	run(t, ctx, chromedp.Steps(
		adminLogin(email),
		chromedp.WaitVisible(chromedp.CSS(`#filters`)),
	))
}

// canvasInk counts the canvases under sel that have drawn pixels.
const canvasInk = `(sel) => [...document.querySelectorAll(sel + ' canvas')].filter(c => {
	if (!c.width || !c.height) return false;
	const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
	let ink = 0;
	for (let i = 3; i < d.length; i += 4) if (d[i] > 0) ink++;
	return ink > 500;
}).length`

// TestDashboardInBrowser drives the dashboard in headless Chromium against
// the stand-in of the analytics API: the sign-in comes back to the shared
// view, every chart draws, the tables list the questions with their
// arrows, the heat map shades its cells, hostile text stays text, a filter
// changes the URL, the API query and the figures, Back restores the view,
// the CSV links carry the filters, and an insight can be accepted.
func TestDashboardInBrowser(t *testing.T) {
	standIn := &analyticsStandIn{accepted: map[string]string{}}
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	mux := http.NewServeMux()
	mux.Handle("/v1/analytics/", standIn)
	mux.Handle("/", e.Server.Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	eval := func(js string) string { return run(t, ctx, chromedp.Evaluate[string](js)) }
	count := func(js string) int { return run(t, ctx, chromedp.Evaluate[int](js)) }

	// A shared link with dates: sign in first, then that view.
	run(t, ctx, chromedp.Navigate(srv.URL+"/dashboard?from=2026-11-17&to=2026-11-30"))
	dashboardLogin(t, ctx, admin.Email)
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#dash').dataset.state === 'ready'`))
	if got := eval(`location.pathname + location.search`); got != "/dashboard?from=2026-11-17&to=2026-11-30" {
		t.Errorf("after sign-in the browser is at %q", got)
	}
	if got := eval(`document.querySelector('#f-from').value + ' ' + document.querySelector('#f-to').value`); got != "2026-11-17 2026-11-30" {
		t.Errorf("date fields show %q", got)
	}
	if !standIn.asked("from", "2026-11-17") {
		t.Error("the URL's dates did not reach the API")
	}

	t.Run("charts", func(t *testing.T) {
		for _, id := range []string{"c-volume", "c-intents", "c-handoff", "c-emotions", "c-languages", "c-latency", "c-channels"} {
			if n := count(`+(document.getElementById('` + id + `').dataset.drawn || 0)`); n == 0 {
				t.Errorf("chart %s drew no points", id)
			}
		}
		if n := count(`(` + canvasInk + `)('#dash')`); n != 7 {
			t.Errorf("%d of 7 charts have pixels", n)
		}
		// Each canvas has a text alternative with the figures.
		if n := count(`document.querySelectorAll('#c-intents table tbody tr').length`); n != 4 {
			t.Errorf("intent chart's fallback table has %d rows, want 4", n)
		}
		if got := eval(`document.getElementById('c-intents').getAttribute('aria-label')`); !strings.Contains(got, "Track an order 60") {
			t.Errorf("intent chart's label %q", got)
		}
		if got := eval(`document.querySelector('[data-kpi="conversations"] .kpi-value').textContent`); got != "120" {
			t.Errorf("conversations figure %q, want 120", got)
		}
		if got := eval(`document.querySelector('#agent-times').textContent`); !strings.Contains(got, "p50 35 s") {
			t.Errorf("agent times %q", got)
		}
	})

	t.Run("tables", func(t *testing.T) {
		if got := eval(`document.querySelector('#t-top tr[data-question="track_order/where"] .q-text').textContent`); got != "where is my order" {
			t.Errorf("top question %q", got)
		}
		if got := eval(`document.querySelector('#t-top tr[data-question="track_order/where"] .chg').textContent`); !strings.Contains(got, "▲") || !strings.Contains(got, "+25 %") {
			t.Errorf("change %q, want an up arrow and +25 %%", got)
		}
		if got := eval(`document.querySelector('#t-top tr[data-question="return_item/how"] .chg').dataset.dir`); got != "down" {
			t.Errorf("falling question's arrow points %q", got)
		}
		if got := eval(`[...document.querySelectorAll('#t-unanswered tbody tr')].map(r => r.dataset.question).join()`); got != "product_question/oily" {
			t.Errorf("unanswered questions %q", got)
		}
		if got := eval(`document.querySelector('#t-heat thead').textContent`); !strings.Contains(got, "Germany") || !strings.Contains(got, "Thailand") {
			t.Errorf("heat map columns %q, want country names", got)
		}
		dark := eval(`document.querySelector('#t-heat tbody tr:nth-child(2) td:nth-child(3)').style.backgroundColor`)
		light := eval(`document.querySelector('#t-heat tbody tr:nth-child(2) td:nth-child(4)').style.backgroundColor`)
		if dark == "" || dark == light {
			t.Errorf("heat cells not shaded by score: %q vs %q", dark, light)
		}
		if got := eval(`document.querySelector('#t-products tr[data-sku="PRAWN-2"] .p-name').textContent`); got != "Tiger prawns 1 kg" {
			t.Errorf("product row %q", got)
		}
	})

	t.Run("hostile text is inert", func(t *testing.T) {
		if n := count(`document.querySelectorAll('#dash img, #dash script').length`); n != 0 {
			t.Errorf("%d elements made from data", n)
		}
		if got := eval(`document.querySelector('#t-products tr[data-sku="SER-1"] .p-name').textContent`); got != hostileProduct {
			t.Errorf("hostile product shows %q, want it as typed", got)
		}
		if got := eval(`document.querySelector('#t-top tr[data-question="product_question/hostile"] .q-text').textContent`); !strings.HasPrefix(got, hostileProduct) {
			t.Errorf("hostile question shows %q", got)
		}
		if got := eval(`document.querySelector('.insight[data-id="i1"] .insight-title').textContent`); !strings.Contains(got, hostileProduct) {
			t.Errorf("hostile insight title shows %q", got)
		}
		if got := eval(`[...document.querySelectorAll('#f-product option')].map(o => o.textContent).join('|')`); !strings.Contains(got, hostileProduct) {
			t.Errorf("product filter options %q", got)
		}
		if got := eval(`document.title`); got == "pwned" {
			t.Error("hostile text ran")
		}
		if n := count(`window.__dialogs`); n != 0 {
			t.Errorf("%d dialogs opened", n)
		}
	})
	screenshot(t, ctx, "dashboard")

	t.Run("filter", func(t *testing.T) {
		run(t, ctx, chromedp.SetValue(chromedp.CSS(`#f-intent`), "track_order"))
		run(t, ctx, chromedp.Evaluate[bool](`document.querySelector('#f-intent').dispatchEvent(new Event('change')), true`))
		run(t, ctx, chromedp.Poll[bool](`document.querySelector('[data-kpi="conversations"] .kpi-value').textContent === '45' && document.querySelector('#dash').dataset.state === 'ready'`))
		if got := eval(`location.search`); got != "?from=2026-11-17&to=2026-11-30&intent=track_order" {
			t.Errorf("URL query %q after choosing an intent", got)
		}
		if !standIn.asked("intent", "track_order") {
			t.Error("the intent did not reach the API")
		}
		if got := eval(`[...document.querySelectorAll('#t-top tbody tr')].map(r => r.dataset.question).join()`); got != "track_order/where" {
			t.Errorf("filtered top questions %q", got)
		}
		// The other intents stay choosable.
		if got := eval(`[...document.querySelectorAll('#f-intent option')].map(o => o.textContent).join('|')`); got != "All intents|Complaint|Product question|Return an item|Track an order" {
			t.Errorf("intent options %q", got)
		}
		if got := eval(`document.querySelector('a.csv[data-route="top-questions"]').getAttribute('href')`); got != "/v1/analytics/top-questions?from=2026-11-17&to=2026-11-30&intent=track_order&format=csv" {
			t.Errorf("CSV link %q", got)
		}
		if got := eval(`document.querySelector('a.csv[data-unanswered]').getAttribute('href')`); !strings.Contains(got, "unanswered=1") || !strings.Contains(got, "intent=track_order") {
			t.Errorf("unanswered CSV link %q", got)
		}
		screenshot(t, ctx, "dashboard-filtered")

		// Back is the previous view.
		run(t, ctx, chromedp.NavigateBack())
		run(t, ctx, chromedp.Poll[bool](`document.querySelector('[data-kpi="conversations"] .kpi-value').textContent === '120'`))
		if got := eval(`document.querySelector('#f-intent').value`); got != "" {
			t.Errorf("after Back the intent filter shows %q", got)
		}
	})

	t.Run("insights", func(t *testing.T) {
		if got := eval(`[...document.querySelectorAll('.insight[data-id="i2"] .insight-convs a')].map(a => a.getAttribute('href')).join()`); got != "/console#conversation=c1" {
			t.Errorf("links to the insight's conversations: %q", got)
		}
		run(t, ctx, chromedp.Click(chromedp.CSS(`.insight[data-id="i2"] button.accept`)))
		run(t, ctx, chromedp.Poll[bool](`document.querySelector('.insight[data-id="i2"]').dataset.status === 'accepted'`))
		if got := eval(`document.querySelector('.insight[data-id="i2"] .admin-msg').textContent`); !strings.Contains(got, "draft article") {
			t.Errorf("accept says %q", got)
		}
		run(t, ctx, chromedp.Click(chromedp.CSS(`#p-insights [data-status="accepted"]`)))
		run(t, ctx, chromedp.Poll[bool](`document.querySelectorAll('#insights .insight').length === 1 && !!document.querySelector('.insight[data-id="i2"]')`))
	})
}

// TestDashboardWithoutAnalyticsInBrowser loads the dashboard on a server
// whose analytics API is missing (404): the page says so in a sentence
// instead of empty charts, and the filters still work.
func TestDashboardWithoutAnalyticsInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/analytics/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"error":{"code":"not_found","message":"no such route"}}`))
	})
	mux.Handle("/", e.Server.Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	ctx := MustBrowser(t)
	run(t, ctx, chromedp.Navigate(srv.URL+"/dashboard"))
	dashboardLogin(t, ctx, admin.Email)
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#dash').dataset.state === 'absent'`))
	got := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('#dash-status').textContent`))
	if !strings.Contains(got, "analytics API is not available") || !strings.Contains(got, "404") {
		t.Errorf("status line %q", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.card[data-state="error"]').length`)); n != 11 {
		t.Errorf("%d of 11 panels marked failed", n)
	}
	// Only the reason is shown, not eleven empty panels.
	if v := run(t, ctx, chromedp.Evaluate[bool](`document.querySelector('.grid').offsetParent === null`)); !v {
		t.Error("the panels are shown without data")
	}
	screenshot(t, ctx, "dashboard-no-api")

	// The sign-in's next= goes only to the dashboard, never elsewhere.
	for _, next := range []string{"//evil.example/dashboard", "https://evil.example/", "/dashboardx", "/admin"} {
		run(t, ctx, chromedp.Navigate(srv.URL+"/admin?next="+url.QueryEscape(next)))
		run(t, ctx, chromedp.WaitVisible(chromedp.CSS(`#app`)))
		if got := run(t, ctx, chromedp.Evaluate[string](`location.origin + location.pathname`)); got != srv.URL+"/admin" {
			t.Errorf("next=%s sent the browser to %s", next, got)
		}
	}
}
