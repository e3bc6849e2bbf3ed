package http_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
)

// TestDashboardWithAnalyticsInBrowser loads the dashboard on a server with
// the real analytics API over conversations held through the API and the
// widget (the bot answering each message), with a hostile product name
// and a hostile message: the charts draw, the top questions list a known
// question, the heat map names the customers' countries, the product
// insight the questions produce can be accepted (a draft article is
// stored), the hostile text stays text, and choosing a channel changes
// the URL and the figures.
func TestDashboardWithAnalyticsInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	const hostileMessage = `<img src=x onerror="document.title='pwned'"> where is my order?`
	e.mustBatch(t, "products", e.AdminKey,
		map[string]any{"sku": "GLOW-1", "name": "Glow " + hostileProduct, "price": 1900, "currency": "EUR", "category": "Skincare"})
	var customers []any
	for _, c := range []struct{ id, country string }{{"de-1", "DE"}, {"de-2", "DE"}, {"de-3", "DE"}, {"de-4", "DE"}, {"th-1", "TH"}, {"th-2", "TH"}, {"th-3", "TH"}} {
		customers = append(customers, map[string]any{"external_id": c.id, "name": "Customer " + c.id, "country": c.country})
	}
	e.mustBatch(t, "customers", e.AdminKey, customers...)
	chat := []struct{ customer, text string }{
		{"de-1", "Is GLOW-1 suitable for sensitive skin?"},
		{"de-2", "Is GLOW-1 suitable for sensitive skin?"},
		{"de-3", "Is GLOW-1 suitable for sensitive skin?"},
		{"de-4", "Is GLOW-1 suitable for sensitive skin?"},
		{"th-1", "Is GLOW-1 suitable for sensitive skin?"},
		{"th-2", "where is my order"},
		{"", hostileMessage},
	}
	for _, c := range chat {
		conv, tok := e.MustStartConversation(t, e.Key, c.customer)
		e.MustPost(t, tok, conv.ID, c.text)
	}
	for _, text := range []string{"where is my order", "I want to speak to a person"} {
		conv, tok := e.MustWidgetConversation(t, "th-3")
		e.MustPost(t, tok, conv.ID, text)
	}

	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	eval := func(js string) string { return run(t, ctx, chromedp.Evaluate[string](js)) }
	count := func(js string) int { return run(t, ctx, chromedp.Evaluate[int](js)) }
	run(t, ctx, chromedp.Navigate(e.HTTP.URL+"/dashboard"))
	dashboardLogin(t, ctx, admin.Email)
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#dash').dataset.state === 'ready'`))

	// The date fields show the API's default period, the 30 days to today.
	today := time.Now().UTC()
	if got, want := eval(`document.querySelector('#f-from').value + ' ' + document.querySelector('#f-to').value`), today.AddDate(0, 0, -29).Format(time.DateOnly)+" "+today.Format(time.DateOnly); got != want {
		t.Errorf("date fields %q, want %q", got, want)
	}
	if got := eval(`document.querySelector('[data-kpi="conversations"] .kpi-value').textContent`); got != "9" {
		t.Errorf("conversations %q, want 9", got)
	}
	if n := count(`(` + canvasInk + `)('#dash')`); n != 7 {
		t.Errorf("%d of 7 charts have pixels", n)
	}
	if got := strings.ToLower(eval(`document.querySelector('#t-top tbody').textContent`)); !strings.Contains(got, "where is my order") || !strings.Contains(got, "suitable for sensitive skin") {
		t.Errorf("top questions %q lack the known questions", got)
	}
	if got := eval(`document.querySelector('#t-heat').textContent`); !strings.Contains(got, "Germany") || !strings.Contains(got, "Skincare") {
		t.Errorf("heat map %q, want Skincare × Germany", got)
	}
	if got := eval(`document.querySelector('#t-products tr[data-sku="GLOW-1"] .p-name').textContent`); got != "Glow "+hostileProduct {
		t.Errorf("product row shows %q", got)
	}
	if got := eval(`[...document.querySelectorAll('#insights .insight-title')].map(x => x.textContent).join('|')`); !strings.Contains(got, hostileProduct) {
		t.Errorf("insights %q, want one about the serum", got)
	}
	if n := count(`document.querySelectorAll('#dash img, #dash script').length`); n != 0 || eval(`document.title`) == "pwned" || count(`window.__dialogs`) != 0 {
		t.Errorf("hostile text made %d elements", n)
	}
	screenshot(t, ctx, "dashboard-real")

	// Every CSV link downloads a CSV with the session: fetch each as the
	// browser would and read its type and header row.
	csv := run(t, ctx, chromedp.Evaluate[string](`Promise.all([...document.querySelectorAll('a.csv')].map(a =>
		fetch(a.href, {credentials: 'same-origin'}).then(r => r.text().then(b => a.dataset.route + ' ' + r.status + ' ' +
			r.headers.get('Content-Type').split(';')[0] + ' ' + (r.headers.get('Content-Disposition') || '').split(';')[0] + ' ' + b.split('\n')[0].split(',')[0])))).then(x => x.join('\n'))`,
		chromedp.EvalAwaitPromise))
	lines := strings.Split(csv, "\n")
	if len(lines) != 5 {
		t.Fatalf("CSV links: %q", csv)
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) != 5 || f[1] != "200" || f[2] != "text/csv" || f[3] != "attachment" {
			t.Errorf("CSV link answered %q, want 200 text/csv attachment", l)
		}
	}

	// Accepting the insight stores a draft article for an editor.
	run(t, ctx, chromedp.Click(chromedp.CSS(`.insight[data-audience="product"] button.accept`)))
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('.insight[data-audience="product"]').dataset.status === 'accepted'`))
	arts, err := e.Store.FindArticles(context.Background(), kefu.ArticleFilter{TenantID: shop})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Status != kefu.ArticleDraft {
		t.Errorf("after accepting, the shop has articles %+v, want one draft", arts)
	}

	run(t, ctx, chromedp.SetValue(chromedp.CSS(`#f-channel`), "widget"))
	run(t, ctx, chromedp.Evaluate[bool](`document.querySelector('#f-channel').dispatchEvent(new Event('change')), true`))
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#dash').dataset.state === 'ready'`))
	if got := eval(`location.search`); !strings.Contains(got, "channel=widget") {
		t.Errorf("URL query %q after choosing a channel", got)
	}
	if got := eval(`document.querySelector('[data-kpi="conversations"] .kpi-value').textContent`); got != "2" {
		t.Errorf("widget conversations %q, want 2", got)
	}
	if got := strings.ToLower(eval(`document.querySelector('#t-top tbody').textContent`)); strings.Contains(got, "sensitive skin") || !strings.Contains(got, "where is my order") {
		t.Errorf("widget top questions %q", got)
	}
	screenshot(t, ctx, "dashboard-real-widget")

	// A link with a bad date gets the API's reason next to the filters.
	run(t, ctx, chromedp.Navigate(e.HTTP.URL+"/dashboard?from=2026-02-30"))
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#dash').dataset.state === 'error'`))
	if got := eval(`document.querySelector('#f-error').textContent`); !strings.Contains(got, "from") || !strings.Contains(got, "not a date") {
		t.Errorf("filter error %q", got)
	}
	if got := eval(`document.querySelector('#f-from').getAttribute('aria-invalid') || ''`); got != "true" {
		t.Errorf("the from field is not marked invalid")
	}
}
