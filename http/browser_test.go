package http_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// MustBrowser starts headless Chromium (see testenv.Browser).
func MustBrowser(tb testing.TB) context.Context {
	tb.Helper()
	return testenv.Browser(tb)
}

// within returns ctx with a deadline for one group of browser steps.
func within(tb testing.TB, ctx context.Context) context.Context {
	tb.Helper()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	tb.Cleanup(cancel)
	return ctx
}

// run runs a browser action with a deadline and returns its value.
func run[T any](tb testing.TB, ctx context.Context, a chromedp.Action[T]) T {
	tb.Helper()
	v, err := chromedp.Run(within(tb, ctx), a)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// TestWidgetInBrowser drives the demo page's widget in headless Chromium:
// open, send, get the bot's reply, see hostile text rendered as text,
// survive a reload, receive a later agent message, switch to Arabic (RTL).
func TestWidgetInBrowser(t *testing.T) {
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Demo = true })
	ctx := MustBrowser(t)
	const hostile = `hello <img src=x id=pwned onerror="document.title='pwned'">`
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/?tenant="+shop),
		chromedp.WaitVisible(css(`#kefu-launcher`)),
		chromedp.Click(css(`#kefu-launcher`)),
		chromedp.WaitVisible(css(`#kefu-input`)),
		chromedp.SendKeys(css(`#kefu-input`), hostile),
		chromedp.Click(css(`#kefu-send`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=bot]`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=customer][data-id]`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`.kefu-msg[data-author=customer] .kefu-text`))); got != hostile {
		t.Errorf("customer message shows %q, want the text as typed", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#pwned, #kefu-log img').length`)); n != 0 {
		t.Fatal("message text was rendered as HTML")
	}
	if title := run(t, ctx, chromedp.Title()); title == "pwned" {
		t.Fatal("message text ran as script")
	}

	// The conversation is the signed-in demo customer's.
	convs, err := e.Store.FindConversations(context.Background(), kefu.ConversationFilter{TenantID: shop})
	if err != nil || len(convs) != 1 {
		t.Fatalf("conversations: %v, %v", convs, err)
	}
	conv := convs[0]
	if conv.CustomerID == "" || conv.Channel != "widget" {
		t.Errorf("conversation = %+v, want the signed-in customer's widget conversation", conv)
	}

	// A reload keeps the conversation: the history comes back.
	run(t, ctx, chromedp.Steps(
		chromedp.Reload(),
		chromedp.WaitVisible(css(`#kefu-launcher`)),
		chromedp.Click(css(`#kefu-launcher`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=bot]`)),
	))
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.kefu-msg[data-author=customer]').length`)); n != 1 {
		t.Errorf("after reload: %d customer messages, want the 1 sent before", n)
	}

	// An agent answers later, from another part of the system.
	agent := &kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorAgent, AuthorID: "ag_1", Text: "Hi, I'm Mei <b>from support</b>."}
	if err := e.Store.CreateMessage(context.Background(), agent); err != nil {
		t.Fatal(err)
	}
	e.Bus.Publish(context.Background(), kefu.Event{Type: kefu.EventMessageCreated, TenantID: shop, ConversationID: conv.ID, Message: agent})
	run(t, ctx, chromedp.WaitVisible(css(`.kefu-msg[data-author=agent]`)))
	if got := run(t, ctx, chromedp.Text(css(`.kefu-msg[data-author=agent] .kefu-text`))); got != agent.Text {
		t.Errorf("agent message shows %q, want the text with its markup as text", got)
	}

	// Choosing Arabic turns the widget right-to-left.
	run(t, ctx, chromedp.SetValue(css(`#kefu-lang`), "ar"))
	dir := run(t, ctx, chromedp.Evaluate[string](`document.getElementById('kefu-lang').dispatchEvent(new Event('change')); document.getElementById('kefu-root').getAttribute('dir')`))
	if dir != "rtl" {
		t.Errorf("dir = %q after choosing Arabic, want rtl", dir)
	}
}
