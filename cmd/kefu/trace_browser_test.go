package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestBrowserTraceability asks the freshfarm widget, as the customer
// whose ice cream thawed (c-2004), what happened; the answer carries a
// traceability card whose link opens the report, which is then looked at
// in Chinese, Thai, Spanish and English (KEFU_SCREENSHOTS saves them).
func TestBrowserTraceability(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	ctx := testenv.Browser(t)
	d := MustStartDemo(t)
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	err := chromedp.Do(ctx,
		chromedp.Navigate(d.URL+"/?tenant=freshfarm&customer=c-2004"),
		chromedp.WaitVisible(css("#kefu-launcher")),
		chromedp.Click(css("#kefu-launcher")),
		chromedp.WaitVisible(css("#kefu-input")),
		testenv.Type("#kefu-input", "冰淇淋送到的时候化了"),
		chromedp.Click(css("#kefu-send")),
		chromedp.WaitVisible(css(`.kefu-card[data-type="traceability"] .kefu-report-link`)),
	)
	if err != nil {
		t.Fatalf("no traceability card: %v", err)
	}
	shot := func(name string) {
		if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
			if b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(dir+"/"+name+".png", b, 0o644)
			}
		}
	}
	shot("trace-widget-card")
	card, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('.kefu-card[data-type="traceability"]').textContent`))
	if err != nil || !strings.Contains(card, "很可能已变质") {
		t.Fatalf("card %q: %v", card, err)
	}
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('.kefu-report-link').href`))
	if err != nil || !strings.Contains(href, "/trace/") {
		t.Fatalf("link %q: %v", href, err)
	}
	// The customer asks for a person; the agent sees the same card in the
	// console, with the report one click away.
	err = chromedp.Do(ctx,
		testenv.Type("#kefu-input", "我要转人工"),
		chromedp.Click(css("#kefu-send")),
		chromedp.Sleep(500*time.Millisecond),
		chromedp.Navigate(d.URL+"/console"),
		chromedp.WaitVisible(css("#login-form")),
		testenv.Type("#login-tenant", "freshfarm"),
		testenv.Type("#login-email", "mei@freshfarm.example"),
		testenv.Type("#login-password", DemoPassword),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css(`[data-testid="queue-item"]`)),
		// A click by script: the queue may be drawn anew (a new node)
		// between finding the item and clicking it.
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`document.querySelector('[data-testid="queue-item"]').click(), true`)(ctx, t)
			return err
		}),
		chromedp.WaitVisible(css(`[data-testid="msg-trace-card"] a`)),
	)
	if err != nil {
		t.Fatalf("console: %v", err)
	}
	shot("trace-console-card")
	for _, tc := range []struct{ lang, title, verdict string }{
		{"zh", "冷链溯源报告", "很可能已变质"},
		{"th", "รายงานห่วงโซ่ความเย็น", "น่าจะเสียแล้ว"},
		{"es", "Informe de cadena de frío", "Probablemente estropeado"},
		{"en", "Cold-chain report", "Likely spoiled"},
	} {
		u := href
		if i := strings.Index(u, "&lang="); i > 0 {
			u = u[:i]
		}
		err := chromedp.Do(ctx, chromedp.Navigate(u+"&lang="+tc.lang), chromedp.WaitVisible(css("svg.chart")))
		if err != nil {
			t.Fatalf("%s report: %v", tc.lang, err)
		}
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{tc.title, tc.verdict, "FF-20918"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s report lacks %q", tc.lang, want)
			}
		}
		// The page has no script: nothing it shows can run.
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.scripts.length`))
		if err != nil || n != 0 {
			t.Errorf("%s report has %d scripts", tc.lang, n)
		}
		shot("trace-report-" + tc.lang)
	}
}
