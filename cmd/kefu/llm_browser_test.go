package main

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/llm/llmtest"
)

// TestBrowserLLMAnswer runs the demo with a language model (the fake
// server): GlobalMart's admin opts in on the settings page, the widget
// shows the model's cited answer with its source, and the console's
// trace line says the LLM wrote it (KEFU_SCREENSHOTS saves all three).
func TestBrowserLLMAnswer(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	ctx := testenv.Browser(t)
	srv := llmtest.New(t)
	d := MustStartDemo(t, "--llm-url", srv.URL, "--llm-model", "fake-7b")
	key := d.Keys["globalmart"]
	const pw = "llm-browser-password-1"
	if code, body := callJSON(t, "POST", d.URL+"/v1/agents", key, map[string]any{"email": "llm@globalmart.example", "name": "Lin", "password": pw, "languages": []string{"en"}, "role": "admin"}); code != http.StatusCreated {
		t.Fatalf("create agent: %d %v", code, body)
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	shot := func(name string) {
		if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
			if b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(dir+"/"+name+".png", b, 0o644)
			}
		}
	}
	// The shop's admin opts in on the settings page.
	err := chromedp.Do(ctx,
		chromedp.Navigate(d.URL+"/admin"),
		chromedp.WaitVisible(css("#login-form")),
		testenv.Type("#login-tenant", "globalmart"),
		testenv.Type("#login-email", "llm@globalmart.example"),
		testenv.Type("#login-password", pw),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css("#set-llm-answers")),
	)
	if err != nil {
		t.Fatalf("admin: %v", err)
	}
	if on, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('#set-llm-answers').checked`)); err != nil || on {
		t.Fatalf("the LLM is on before the shop opted in (%v)", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(css("#set-llm-answers")),
		chromedp.Click(css("#settings-save")),
		chromedp.WaitVisible(css(`.admin-msg[data-kind="ok"]`)),
	)
	if err != nil {
		t.Fatalf("admin save: %v", err)
	}
	chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('[data-field="llm_answers"]').scrollIntoView(), true`))
	shot("llm-admin-setting")
	if code, got := callJSON(t, "GET", d.URL+"/v1/settings", key, nil); code != http.StatusOK || got["settings"].(map[string]any)["llm_answers"] != true {
		t.Fatalf("settings after saving: %d %v", code, got)
	}
	const sources = "(Written by our assistant from these help articles: [1] How long does shipping take?)"
	err = chromedp.Do(ctx,
		chromedp.Navigate(d.URL+"/?tenant=globalmart&customer=c-1008"),
		chromedp.WaitVisible(css("#kefu-launcher")),
		chromedp.Click(css("#kefu-launcher")),
		chromedp.WaitVisible(css("#kefu-input")),
		testenv.Type("#kefu-input", "how long does shipping usually take?"),
		chromedp.Click(css("#kefu-send")),
	)
	if err != nil {
		t.Fatalf("widget: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`[...document.querySelectorAll('.kefu-msg[data-author="bot"]')].some(m => m.textContent.includes("help articles"))`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		texts, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('.kefu-msg')].map(m => m.dataset.author + ": " + m.textContent).join("\n")`))
		t.Fatalf("no grounded answer in the widget: %v; %d requests; messages:\n%s", err, len(srv.Requests()), texts)
	}
	shot("llm-widget-answer")
	reply, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('.kefu-msg[data-author="bot"]')].pop().textContent`))
	if err != nil || !strings.Contains(reply, "Orders leave our Shenzhen warehouse within 1–2 working days. [1]") || !strings.Contains(reply, sources) {
		t.Fatalf("widget reply %q: %v", reply, err)
	}
	err = chromedp.Do(ctx,
		testenv.Type("#kefu-input", "I want to talk to a person"),
		chromedp.Click(css("#kefu-send")),
		chromedp.Sleep(500*time.Millisecond),
		// The admin's session opens the console too.
		chromedp.Navigate(d.URL+"/console"),
		chromedp.WaitVisible(css(`[data-testid="queue-item"]`)),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`document.querySelector('[data-testid="queue-item"]').click(), true`)(ctx, t)
			return err
		}),
	)
	if err != nil {
		t.Fatalf("console: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`[...document.querySelectorAll('[data-testid="msg-trace"]')].some(m => m.textContent.includes("written by LLM fake-7b"))`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("no LLM in the console's trace: %v", err)
	}
	chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll('[data-testid="msg-trace"]')].find(m => m.textContent.includes("LLM")).scrollIntoView(), true`))
	shot("llm-console-trace")
	line, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('[data-testid="msg-trace"]')].find(m => m.textContent.includes("LLM")).textContent`))
	if err != nil || !strings.Contains(line, "outcome Answered by an article · emotion Neutral · written by LLM fake-7b (in ") || !strings.Contains(line, " ms)") {
		t.Errorf("console trace %q: %v", line, err)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests reached the model, want 1 (the hand-off request never does)", n)
	}
}
