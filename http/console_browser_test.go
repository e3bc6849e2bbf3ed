package http_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestConsoleInBrowser drives the console page in headless Chromium: log
// in, see the queue, take the conversation, read the customer's Spanish
// with its machine translation, reply in English and see both texts, add a
// note; hostile customer text stays inert.
func TestConsoleInBrowser(t *testing.T) {
	e := MustOpenConsole(t, tagTranslator(), nil)
	const hostile = `quiero hablar con una persona <script>alert(1)</script><b>x</b>`
	conv := e.MustQueued(t, hostile)
	ctx := MustBrowser(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/console"),
		chromedp.WaitVisible(css(`#login-form`)),
		testenv.Type(`#login-tenant`, shop),
		testenv.Type(`#login-email`, e.Ana.Email),
		testenv.Type(`#login-password`, "wrong"),
		chromedp.Click(css(`#login-submit`)),
		chromedp.WaitVisible(css(`#login-error`)),
	))
	if msg := run(t, ctx, chromedp.Text(css(`#login-error`))); !strings.Contains(msg, "wrong") {
		t.Errorf("login error shows %q", msg)
	}
	run(t, ctx, chromedp.Steps(
		chromedp.SetValue(css(`#login-password`), AgentPassword),
		chromedp.Click(css(`#login-submit`)),
		chromedp.WaitVisible(css(`#app`)),
		chromedp.WaitVisible(css(`.queue-item[data-id="`+conv.ID+`"]`)),
		chromedp.WaitVisible(css(`#live[data-state="on"]`)),
	))
	// Read from a script: the queue is redrawn as it updates, which can
	// leave chromedp a stale node.
	if reason := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('.queue-item[data-id="`+conv.ID+`"] .qi-reason').textContent`)); reason == "" || strings.Contains(reason, "_") {
		t.Errorf("queue item shows reason %q, want a readable label", reason)
	}
	run(t, ctx, scriptClick(`.queue-item[data-id="`+conv.ID+`"]`)) // the queue is redrawn as it updates
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`#conv .msg[data-author="customer"]`)),
		chromedp.Click(css(`#take`)),
		chromedp.WaitVisible(css(`.msg[data-kind="agent_joined"]`)),
		chromedp.WaitVisible(css(`.mine-item[data-id="`+conv.ID+`"]`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`.msg[data-author="customer"] .msg-text`))); got != hostile {
		t.Errorf("customer text shows %q, want it as typed", got)
	}
	if tr := run(t, ctx, chromedp.Text(css(`.msg[data-author="customer"] .msg-translation`))); !strings.Contains(tr, "Machine translation") || !strings.Contains(tr, "[en] quiero") {
		t.Errorf("translation shows %q", tr)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#messages b, #messages script, #notes b').length`)); n != 0 {
		t.Fatal("customer text was rendered as HTML")
	}

	// Ana writes English or Spanish; the Spanish-speaking customer gets
	// English translated and Spanish as written, which the console says
	// before anything is sent.
	langs := run(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#reply-lang option')).map(o => o.value + ':' + o.getAttribute('data-delivery'))`))
	if !slices.Equal(langs, []string{"en:translated", "es:as_written"}) {
		t.Errorf("writing languages %v, want en translated and es as written", langs)
	}
	if got := run(t, ctx, chromedp.Text(css(`#reply-delivery`))); !strings.Contains(got, "Machine-translated into Spanish") {
		t.Errorf("delivery line %q", got)
	}
	run(t, ctx, chromedp.SetValue(css(`#reply-lang`), "es"))
	run(t, ctx, chromedp.Evaluate[bool](`document.getElementById('reply-lang').dispatchEvent(new Event('change'))`))
	if got := run(t, ctx, chromedp.Text(css(`#reply-delivery`))); !strings.Contains(got, "sent as written") {
		t.Errorf("delivery line for Spanish %q", got)
	}
	run(t, ctx, chromedp.SetValue(css(`#reply-lang`), "en"))
	run(t, ctx, chromedp.Evaluate[bool](`document.getElementById('reply-lang').dispatchEvent(new Event('change'))`))
	if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(dir+"/console-writing-language.png", shot, 0o644)
		}
	}

	run(t, ctx, chromedp.Steps(
		testenv.Type(`#reply-text`, "I will check your order <i>now</i>."),
		chromedp.Click(css(`#reply-send`)),
		chromedp.WaitVisible(css(`.msg[data-author="agent"] .msg-original`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`.msg[data-author="agent"] .msg-text`))); got != "[es] I will check your order <i>now</i>." {
		t.Errorf("sent text shows %q", got)
	}
	if got := run(t, ctx, chromedp.Text(css(`.msg[data-author="agent"] .msg-original`))); !strings.Contains(got, "I will check your order <i>now</i>.") {
		t.Errorf("original shows %q", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.msg[data-author="agent"]').length`)); n != 1 {
		t.Errorf("%d agent messages shown, want 1 (reply and live event de-duplicated)", n)
	}

	run(t, ctx, chromedp.Steps(
		testenv.Type(`#note-text`, "<b>call</b> the warehouse"),
		chromedp.Click(css(`#note-add`)),
		chromedp.WaitVisible(css(`#notes .note`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`#notes .note`))); !strings.Contains(got, "<b>call</b> the warehouse") {
		t.Errorf("note shows %q", got)
	}
	if title := run(t, ctx, chromedp.Title()); title != "kefu · agent console" {
		t.Errorf("title %q", title)
	}
}
