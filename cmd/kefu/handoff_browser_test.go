package main

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestBrowserHandoffSpanishEnglish is the hand-off across languages in
// two real headless Chromium pages on the real demo wiring: a customer
// writes in Spanish in the widget and asks for a person; an agent who
// works in English logs in to the console, sees the messages with their
// English machine translation, takes the conversation and replies in
// English; the customer reads the reply in Spanish, marked as
// translated, while the bot stays silent; the agent hands the
// conversation back and the bot answers again; the agent closes it and
// the customer rates it. Hostile markup from either side stays
// inert text on both pages.
func TestBrowserHandoffSpanishEnglish(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	if _, err := exec.LookPath("apertium"); err != nil {
		testenv.Unavailable(t, "apertium is not installed (apt-get install apertium apertium-eng-spa)")
	}
	if _, err := os.Stat("/usr/share/apertium/modes/eng-spa.mode"); err != nil {
		testenv.Unavailable(t, "the Apertium English–Spanish pair is not installed (apt-get install apertium-eng-spa)")
	}
	browser := testenv.Browser(t)
	d := MustStartDemo(t)

	// Two pages with separate cookie jars and storage, like two people.
	customer, cancelCustomer := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancelCustomer()
	agent, cancelAgent := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancelAgent()
	var dialogs atomic.Int32
	for _, ctx := range []context.Context{customer, agent} {
		// A dialog would mean an injected script ran: count and close it.
		evs := chromedp.Events(ctx, page.JavascriptDialogOpening)
		go func() {
			for _, err := range evs {
				if err != nil {
					return
				}
				dialogs.Add(1)
				chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
			}
		}()
	}
	customer, cancel1 := context.WithTimeout(customer, 90*time.Second)
	defer cancel1()
	agent, cancel2 := context.WithTimeout(agent, 90*time.Second)
	defer cancel2()

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	run := func(ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// poll waits until the JavaScript expression is true.
	poll := func(ctx context.Context, what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(ctx context.Context, expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return s
	}
	texts := func(sel string) string {
		return `Array.from(document.querySelectorAll(` + "`" + sel + "`" + `)).map(e => e.textContent).join("\n")`
	}

	// The customer, Lucía (c-1003, Spanish), asks for a person.
	const hostile = `Llegó roto <script>alert(1)</script><b>negrita</b><img src=x onerror=alert(2)>`
	run(customer, "open the widget",
		chromedp.Navigate(d.URL+"/?tenant=globalmart&customer=c-1003"),
		chromedp.WaitVisible(css("#kefu-launcher")),
		chromedp.Click(css("#kefu-launcher")),
		chromedp.WaitVisible(css("#kefu-input")),
		testenv.Type("#kefu-input", "Hola, quiero hablar con una persona, por favor"),
		chromedp.Click(css("#kefu-send")),
	)
	poll(customer, "hand-off notice and waiting banner",
		`document.querySelector('.kefu-msg[data-author="bot"]') !== null && getComputedStyle(document.querySelector('#kefu-queue')).display !== 'none'`)
	if bot := eval(customer, texts(`.kefu-msg[data-author="bot"]`)); !strings.Contains(bot, "equipo") {
		t.Errorf("hand-off notice is not in Spanish: %q", bot)
	}
	run(customer, "send the hostile message",
		testenv.Type("#kefu-input", hostile),
		chromedp.Click(css("#kefu-send")),
	)
	poll(customer, "hostile message shown", texts(`.kefu-msg[data-author="customer"]`)+`.includes("<script>alert(1)</script>")`)

	// The agent, Ana (English first), logs in and takes it from the queue.
	run(agent, "log in",
		chromedp.Navigate(d.URL+"/console"),
		chromedp.WaitVisible(css("#login-form")),
		testenv.Type("#login-tenant", "globalmart"),
		testenv.Type("#login-email", "ana@globalmart.example"),
		testenv.Type("#login-password", DemoPassword),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css("#app")),
		chromedp.WaitVisible(css(".queue-item")),
		// A click by script: the queue may be drawn anew (a new node)
		// between finding the item and clicking it.
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`document.querySelector('.queue-item').click(), true`)(ctx, t)
			return err
		}),
		chromedp.WaitVisible(css("#take")),
		chromedp.Click(css("#take")),
	)
	poll(agent, "taken", `document.querySelector('#conv-status') && document.querySelector('#conv-status').dataset.status === 'agent'`)
	poll(agent, "customer messages with their English translation",
		texts(`.msg[data-author="customer"] .msg-translation`)+`.toLowerCase().includes("person")`)
	if got := eval(agent, texts(`.msg[data-author="customer"] .msg-text`)); !strings.Contains(got, "quiero hablar con una persona") || !strings.Contains(got, "<script>alert(1)</script>") {
		t.Errorf("the console does not show the customer's original text: %q", got)
	}

	// The widget says who joined.
	poll(customer, "agent joined", texts(`.kefu-msg[data-kind="agent_joined"]`)+`.includes("Ana")`)

	// Ana replies in English; she sees her words and the Spanish sent.
	run(agent, "reply",
		testenv.Type("#reply-text", "Your order will arrive tomorrow."),
		chromedp.Click(css("#reply-send")),
	)
	poll(agent, "reply shown with the original", texts(`.msg[data-author="agent"] .msg-original`)+`.includes("Your order will arrive tomorrow.")`)
	sent := eval(agent, texts(`.msg[data-author="agent"] .msg-text`))
	if !strings.Contains(strings.ToLower(sent), "mañana") {
		t.Errorf("the Spanish sent to the customer is %q, want Apertium's translation (…mañana)", sent)
	}

	// Lucía reads it in Spanish, marked as a translation, with Ana's name.
	poll(customer, "agent reply in Spanish", texts(`.kefu-msg[data-author="agent"]`)+`.includes("mañana")`)
	if got := eval(customer, texts(`.kefu-msg[data-author="agent"] .kefu-who`)); !strings.Contains(got, "Ana") {
		t.Errorf("agent name in the widget: %q", got)
	}
	poll(customer, "translated marker", `document.querySelector('.kefu-msg[data-author="agent"] .kefu-translated') !== null`)

	// While Ana holds the conversation the bot is silent.
	bots := eval(customer, `String(document.querySelectorAll('.kefu-msg[data-author="bot"]').length)`)
	run(customer, "customer writes while the agent holds it",
		testenv.Type("#kefu-input", "¿Dónde está mi pedido 10023?"),
		chromedp.Click(css("#kefu-send")),
	)
	poll(agent, "the agent sees the new message live", texts(`.msg[data-author="customer"] .msg-text`)+`.includes("10023")`)
	if after := eval(customer, `String(document.querySelectorAll('.kefu-msg[data-author="bot"]').length)`); after != bots {
		t.Errorf("the bot answered while an agent held the conversation: %s bot messages, was %s", after, bots)
	}

	// A hostile agent message stays inert in the widget as well.
	run(agent, "hostile reply",
		testenv.Type("#reply-text", `<img src=x onerror=alert(3)><b>fat</b>`),
		chromedp.Click(css("#reply-send")),
	)
	poll(customer, "hostile agent text shown as text", texts(`.kefu-msg[data-author="agent"]`)+`.includes("onerror")`)

	// Ana hands the conversation back: the bot answers again.
	run(agent, "release", chromedp.Click(css("#release")))
	poll(agent, "released", `document.querySelector('#conv-status').dataset.status === 'bot'`)
	poll(customer, "agent left notice", `document.querySelector('.kefu-msg[data-kind="agent_left"]') !== null`)
	bots = eval(customer, `String(document.querySelectorAll('.kefu-msg[data-author="bot"]').length)`)
	run(customer, "customer asks the bot again",
		testenv.Type("#kefu-input", "¿Dónde está mi pedido 10012?"),
		chromedp.Click(css("#kefu-send")),
	)
	poll(customer, "the bot answers after the release", `String(document.querySelectorAll('.kefu-msg[data-author="bot"]').length) !== "`+bots+`"`)
	if got := eval(customer, texts(`.kefu-msg[data-author="bot"]`)); !strings.Contains(got, "10012") {
		t.Errorf("the bot's answer after the release lacks the order: %q", got)
	}

	// Ana (an admin) closes; Lucía is asked to rate and gives 5 stars.
	run(agent, "close", chromedp.Click(css("#close")))
	poll(agent, "closed", `document.querySelector('#conv-status').dataset.status === 'closed'`)
	run(customer, "rate",
		chromedp.WaitVisible(css(`.kefu-rating .kefu-star[data-rating="5"]`)),
		chromedp.Click(css(`.kefu-rating .kefu-star[data-rating="5"]`)),
	)
	poll(customer, "thank-you", `document.querySelector('.kefu-msg[data-kind="rating_given"]') !== null`)

	// Nothing anyone wrote became markup, on either page.
	for name, ctx := range map[string]context.Context{"widget": customer, "console": agent} {
		n := eval(ctx, `String(document.querySelectorAll('#kefu-log b, #kefu-log img, #kefu-log script, #messages b, #messages img, #messages script').length)`)
		if n != "0" {
			t.Errorf("%s: %s elements injected from message text", name, n)
		}
	}
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d JavaScript dialogs opened: a script ran", n)
	}
	if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
		for name, ctx := range map[string]context.Context{"handoff-widget": customer, "handoff-console": agent} {
			if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(dir+"/"+name+".png", shot, 0o644)
			}
		}
	}
}
