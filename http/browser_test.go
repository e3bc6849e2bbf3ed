package http_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
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
		testenv.Type(`#kefu-input`, hostile),
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

	// Every language the picker offers has its own strings: Japanese,
	// Cantonese and Traditional Chinese among the 21.
	for lang, want := range map[string][2]string{"ja": {"送信", "ltr"}, "yue": {"傳送", "ltr"}, "zh-Hant": {"傳送", "ltr"}, "tr": {"Gönder", "ltr"}} {
		run(t, ctx, chromedp.SetValue(css(`#kefu-lang`), lang))
		got := run(t, ctx, chromedp.Evaluate[[]string](`document.getElementById('kefu-lang').dispatchEvent(new Event('change')); [document.getElementById('kefu-send').textContent, document.getElementById('kefu-root').getAttribute('dir') || 'ltr']`))
		if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("after choosing %s: send button and direction %q, want %q", lang, got, want)
		}
		if lang == "yue" {
			screenshot(t, ctx, "widget-yue")
		}
	}
}

// TestWidgetHandoffInBrowser drives the customer's side of a hand-off in
// headless Chromium, with the other side played through the store and the
// bus as the agent desk does: the waiting banner with the place in the
// queue (refreshed on a status event), the agent joining, a translated
// agent message with its original, progress and offer cards, and the
// CSAT stars posting a rating that ends up in the store. Every text from
// others (agent name, agent text, card labels) is hostile and must stay
// text.
func TestWidgetHandoffInBrowser(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := MustBrowser(t)
	bg := context.Background()
	const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>`
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	text := func(sel string) string { return run(t, ctx, chromedp.Text(css(sel))) }

	// Any dialog the page opens is counted rather than shown.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__dialogs = 0; window.alert = window.confirm = window.prompt = function () { window.__dialogs++; };`,
	}); err != nil {
		t.Fatal(err)
	}

	// The customer's conversation waits behind a more urgent one of a
	// known customer (an anonymous one's priority would count as
	// kefu.AnonymousMaxPriority).
	conv, token := e.MustStartConversation(t, e.Key, "")
	urgent, _ := e.MustStartConversation(t, e.Key, "urgent-1")
	queued, agentStatus, closed := kefu.StatusQueued, kefu.StatusAgent, kefu.StatusClosed
	now := time.Now().UTC()
	one, three := 1, 3
	e.MustUpdateConversation(t, shop, urgent.ID, kefu.ConversationUpdate{Status: &queued, Priority: &three, QueuedAt: ptrTime(now.Add(time.Minute))})
	e.MustUpdateConversation(t, shop, conv.ID, kefu.ConversationUpdate{Status: &queued, Priority: &one, QueuedAt: &now})

	publish := func(m *kefu.Message) {
		t.Helper()
		if err := e.Store.CreateMessage(bg, m); err != nil {
			t.Fatal(err)
		}
		e.Bus.Publish(bg, kefu.Event{Type: kefu.EventMessageCreated, TenantID: shop, ConversationID: conv.ID, Message: m, At: m.CreatedAt})
	}
	status := func(c *kefu.Conversation) {
		e.Bus.Publish(bg, kefu.Event{Type: kefu.EventConversationStatus, TenantID: shop, ConversationID: c.ID, Conversation: c, At: c.UpdatedAt})
	}

	// The widget page picks the conversation up from sessionStorage, as
	// after a reload.
	session := fmt.Sprintf(`sessionStorage.setItem('kefu:%s:~', JSON.stringify({id: %q, token: %q, lang: 'en'})); true`, shop, conv.ID, token)
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/healthz"),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](session)(ctx, tg)
			return err
		}),
		chromedp.Navigate(e.HTTP.URL+"/widget/"+shop),
		chromedp.WaitVisible(css(`#kefu-queue`)),
	))
	if got := text(`#kefu-queue-position`); !strings.Contains(got, "number 2 ") {
		t.Errorf("queue position shows %q, want number 2", got)
	}
	if got := text(`#kefu-queue-wait`); !strings.Contains(got, "about 4 min") {
		t.Errorf("queue wait shows %q, want about 4 min (2 × 2 min)", got)
	}

	// The urgent one is taken; a status event makes the widget look again.
	e.MustUpdateConversation(t, shop, urgent.ID, kefu.ConversationUpdate{Status: &agentStatus})
	status(e.MustFindConversation(t, shop, conv.ID))
	if _, err := chromedp.Run(within(t, ctx), chromedp.Poll[bool](`document.getElementById('kefu-queue-position').textContent.includes('number 1 ')`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("queue position after the urgent conversation was taken: %q (%v)", text(`#kefu-queue-position`), err)
	}

	// An agent joins and answers in the customer's language, translated.
	taken := e.MustUpdateConversation(t, shop, conv.ID, kefu.ConversationUpdate{Status: &agentStatus})
	publish(&kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorSystem, Kind: kefu.MessageAgentJoined, AuthorID: "ag_1", AuthorName: hostile, Text: hostile + " joined the chat."})
	status(taken)
	publish(&kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorAgent, AuthorID: "ag_1", AuthorName: hostile,
		Text: "Hola, " + hostile, OriginalText: "Hi, " + hostile, OriginalLanguage: "en", TranslatedBy: "apertium"})
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`.kefu-msg[data-kind=agent_joined]`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=agent] .kefu-translated`)),
		chromedp.WaitNotVisible(css(`#kefu-queue`)),
	))
	if got := text(`.kefu-msg[data-kind=agent_joined] .kefu-text`); got != hostile+" joined the chat." {
		t.Errorf("agent_joined shows %q", got)
	}
	if got := text(`.kefu-msg[data-author=agent] .kefu-who`); got != hostile {
		t.Errorf("agent message is labelled %q, want the agent's name as text", got)
	}
	if got := text(`.kefu-msg[data-author=agent] .kefu-text`); got != "Hola, "+hostile {
		t.Errorf("agent message shows %q", got)
	}
	if got := text(`#kefu-state`); got != "With "+hostile {
		t.Errorf("header shows %q, want the agent's name", got)
	}
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`.kefu-msg[data-author=agent] .kefu-translated`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=agent] .kefu-original`)),
	))
	if got := text(`.kefu-msg[data-author=agent] .kefu-original`); got != "Hi, "+hostile {
		t.Errorf("original shows %q", got)
	}

	// Cards: a shipment's progress and an offer.
	steps := []kefu.CardStep{
		{Label: "Label created " + hostile, Location: "Shenzhen " + hostile, At: now.Add(-48 * time.Hour)},
		{Label: "In transit", Location: "Hong Kong", At: now.Add(-24 * time.Hour)},
		{Label: "Customs", At: now.Add(-time.Hour)},
	}
	const title = "Here is every step so far:"
	publish(&kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorBot, Language: "en",
		Text:  "Your order is on its way.\n" + title + "\n✓ ... (the same as text)",
		Cards: []kefu.Card{{Type: kefu.CardProgress, Title: title, Steps: steps}}})
	// One reply with two cards: a product and an offer.
	publish(&kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorBot, Language: "en",
		Text: "The power bank is €29.90. Here is 10% off your next order.", Cards: []kefu.Card{
			{Type: kefu.CardProduct, Title: "Power bank " + hostile, Subtitle: "€29.90 · in stock " + hostile, Code: "GM-PB-20K"},
			{Type: kefu.CardOffer, Title: "10% off " + hostile, Code: "SAVE10" + hostile},
		}})
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`.kefu-card[data-type=progress] .kefu-step`)),
		chromedp.WaitVisible(css(`.kefu-card[data-type=offer] .kefu-copy`)),
		chromedp.WaitVisible(css(`.kefu-card[data-type=product] .kefu-card-subtitle`)),
	))
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.kefu-msg:has(.kefu-card[data-type=offer]) .kefu-card').length`)); n != 2 {
		t.Errorf("the two-card reply shows %d cards, want 2", n)
	}
	if got := text(`.kefu-card[data-type=product] .kefu-card-title`); got != "Power bank "+hostile {
		t.Errorf("product card title %q", got)
	}
	if got := text(`.kefu-card[data-type=product] .kefu-card-subtitle`); got != "€29.90 · in stock "+hostile {
		t.Errorf("product card subtitle %q", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.kefu-card[data-type=progress] .kefu-step').length`)); n != len(steps) {
		t.Errorf("%d timeline steps, want %d", n, len(steps))
	}
	if got := text(`.kefu-card[data-type=progress] .kefu-step .kefu-step-label`); got != steps[0].Label {
		t.Errorf("first step shows %q", got)
	}
	if got := text(`.kefu-card[data-type=progress] .kefu-step .kefu-step-location`); got != steps[0].Location {
		t.Errorf("first location shows %q", got)
	}
	if got := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('.kefu-step[data-current] time').getAttribute('datetime')`)); got != steps[2].At.Format(time.RFC3339Nano) {
		t.Errorf("current step's time is %q, want %s", got, steps[2].At.Format(time.RFC3339Nano))
	}
	if got := text(`.kefu-msg:has(.kefu-card[data-type=progress]) .kefu-text`); got != "Your order is on its way." {
		t.Errorf("progress message text %q, want it without the textual timeline the card replaces", got)
	}
	if got := text(`.kefu-card[data-type=offer] .kefu-code`); got != "SAVE10"+hostile {
		t.Errorf("offer code shows %q", got)
	}
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`.kefu-card[data-type=offer] .kefu-copy`)),
		chromedp.WaitVisible(css(`.kefu-copy[data-copied=true]`)),
	))

	// The agent closes and asks for a rating; the customer gives 4 stars.
	e.MustUpdateConversation(t, shop, conv.ID, kefu.ConversationUpdate{Status: &closed})
	publish(&kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorSystem, Kind: kefu.MessageClosed, Text: "The chat was closed."})
	publish(&kefu.Message{TenantID: shop, ConversationID: conv.ID, Author: kefu.AuthorSystem, Kind: kefu.MessageRatingAsked, Text: "How would you rate this chat?"})
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`.kefu-msg[data-kind=rating_asked] .kefu-star[data-rating="4"]`)),
		chromedp.Click(css(`.kefu-msg[data-kind=rating_asked] .kefu-star[data-rating="4"]`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-kind=rating_given]`)),
	))
	if got := e.MustFindConversation(t, shop, conv.ID); got.Rating != 4 {
		t.Errorf("stored rating = %d, want 4", got.Rating)
	}
	if got := text(`.kefu-msg[data-kind=rating_given] .kefu-text`); !strings.Contains(got, "Thank you") {
		t.Errorf("thank-you shows %q", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.kefu-star[aria-pressed=true]:disabled').length`)); n != 4 {
		t.Errorf("%d stars lit and disabled after rating, want 4", n)
	}

	// Nothing hostile became markup or ran.
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#kefu-root img, #kefu-root script, img[src=x]').length`)); n != 0 {
		t.Errorf("%d injected elements in the widget", n)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
		t.Errorf("%d dialogs opened: hostile text ran as script", n)
	}
}

func ptrTime(t time.Time) *time.Time { return &t }
