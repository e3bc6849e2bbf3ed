package http_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestFeedbackInBrowser drives the learning loop's pages in headless
// Chromium: a customer gives a bot reply a thumbs-down with a reason in
// the widget, an agent relabels a customer message in the console with
// the intent picker's readable labels, and an admin sees both on the
// admin page and accepts the relabel. Hostile text stays text.
func TestFeedbackInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, func(s *khttp.Server) {
		s.Demo = true
		s.Intents = func() []string { return []string{"order_status", "refund_request", "greeting", "out_of_scope"} }
	})
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	bg := context.Background()
	ctx := MustBrowser(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	const hostile = `wrong <b id=pwned>order</b>`

	// The customer's thumbs-down, with a reason.
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/?tenant="+shop),
		chromedp.WaitVisible(css(`#kefu-launcher`)),
		chromedp.Click(css(`#kefu-launcher`)),
		chromedp.WaitVisible(css(`#kefu-input`)),
		testenv.Type(`#kefu-input`, "where is my order FF-1001?"),
		chromedp.Click(css(`#kefu-send`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=bot] .kefu-thumb[data-rating=down]`)),
		chromedp.Click(css(`.kefu-msg[data-author=bot] .kefu-thumb[data-rating=down]`)),
		chromedp.WaitVisible(css(`.kefu-thumbs-reason input`)),
		testenv.Type(`.kefu-thumbs-reason input`, hostile),
		chromedp.Click(css(`.kefu-thumbs-reason button`)),
		chromedp.WaitVisible(css(`.kefu-thumbs-thanks`)),
	))
	if got := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('.kefu-thumb[data-rating=down]').getAttribute('aria-label') + '|' + document.querySelector('.kefu-thumb[data-rating=down]').getAttribute('aria-pressed')`)); got != "Not helpful|true" {
		t.Errorf("thumbs-down button: %q", got)
	}
	screenshot(t, ctx, "widget-thumbs")
	fs, err := e.Store.FindFeedback(bg, kefu.FeedbackFilter{TenantID: shop, Kind: kefu.FeedbackThumbsDown})
	if err != nil || len(fs) != 1 || fs[0].Reason != hostile {
		t.Fatalf("thumbs stored: %+v %v", fs, err)
	}
	// The widget's strings follow the language picker.
	run(t, ctx, chromedp.SetValue(css(`#kefu-lang`), "ja"))
	if got := run(t, ctx, chromedp.Evaluate[string](`document.getElementById('kefu-lang').dispatchEvent(new Event('change')); document.querySelector('.kefu-thumb[data-rating=up]').getAttribute('aria-label') + '|' + document.querySelector('.kefu-thumbs-thanks').textContent`)); got != "役に立った|ご意見ありがとうございます。" {
		t.Errorf("in Japanese: %q", got)
	}

	// After a reload the reply still shows the customer's thumbs-down.
	run(t, ctx, chromedp.Steps(
		chromedp.Reload(),
		chromedp.WaitVisible(css(`#kefu-launcher`)),
		chromedp.Click(css(`#kefu-launcher`)),
		chromedp.WaitVisible(css(`.kefu-msg[data-author=bot] .kefu-thumbs[data-state=sent] .kefu-thumb[data-rating=down][aria-pressed=true]`)),
	))

	// The agent relabels the customer's message.
	conv := e.MustQueued(t, "quiero devolver esto <i>ya</i>")
	ctx = MustBrowser(t) // a browser without the widget's session
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/console"),
		chromedp.WaitVisible(css(`#login-form`)),
		testenv.Type(`#login-tenant`, shop),
		testenv.Type(`#login-email`, e.Ana.Email),
		testenv.Type(`#login-password`, AgentPassword),
		chromedp.Click(css(`#login-submit`)),
		chromedp.WaitVisible(css(`#app`)),
	))
	run(t, ctx, chromedp.WaitVisible(css(`.queue-item[data-id="`+conv.ID+`"]`)))
	run(t, ctx, scriptClick(`.queue-item[data-id="`+conv.ID+`"]`)) // the queue is redrawn as it updates
	run(t, ctx, chromedp.WaitVisible(css(`#conv .msg[data-author="customer"]`)))
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`#conv .msg[data-author="customer"] [data-testid=relabel-open]`)),
		chromedp.Click(css(`#conv .msg[data-author="customer"] [data-testid=relabel-open]`)),
		chromedp.WaitReady(css(`[data-testid=relabel-intent] option[value=refund_request]`)),
	))
	labels := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('[data-testid=relabel-intent] option')].slice(1).map(o => o.textContent)`))
	if strings.Join(labels, ",") != "Greeting,Order status,Out of scope,Refund request" {
		t.Errorf("intent picker offers %q", labels)
	}
	run(t, ctx, chromedp.Steps(
		chromedp.SetValue(css(`[data-testid=relabel-intent]`), "refund_request"),
		chromedp.SetValue(css(`[data-testid=relabel-emotion]`), "anger"),
		chromedp.Clear(css(`[data-testid=relabel-entities]`)),
		testenv.Type(`[data-testid=relabel-entities]`, "order_number=10023; country = ES"),
		testenv.Type(`[data-testid=correct-reason]`, "a return, not a question"),
	))
	screenshot(t, ctx, "console-relabel-form")
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`[data-testid=correct-send]`)),
		chromedp.WaitVisible(css(`.msg-correct-status`)),
	))
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('.msg-correct-status').textContent.indexOf('Refund request') >= 0`))
	screenshot(t, ctx, "console-relabel")
	rel, err := e.Store.FindFeedback(bg, kefu.FeedbackFilter{TenantID: shop, Kind: kefu.FeedbackRelabel})
	if err != nil || len(rel) != 1 || rel[0].Intent != "refund_request" || rel[0].Emotion != "anger" || rel[0].AgentID != e.Ana.ID || rel[0].Status != kefu.FeedbackProposed ||
		len(rel[0].Entities) != 2 || rel[0].Entities["order_number"] != "10023" || rel[0].Entities["country"] != "ES" {
		t.Fatalf("relabel stored: %+v %v", rel, err)
	}

	// The agent gives a better answer to the bot's reply.
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#conv .msg[data-author="bot"] [data-testid=flag-open]`)),
		chromedp.WaitVisible(css(`#conv .msg[data-author="bot"] [data-testid=correct-kind]`)),
		chromedp.SetValue(css(`#conv .msg[data-author="bot"] [data-testid=correct-kind]`), "answer_fixed"),
	))
	run(t, ctx, chromedp.Evaluate[bool](`document.querySelector('#conv .msg[data-author="bot"] [data-testid=correct-kind]').dispatchEvent(new Event('change'))`))
	run(t, ctx, chromedp.Steps(
		chromedp.WaitVisible(css(`#conv .msg[data-author="bot"] [data-testid=correct-answer]`)),
		testenv.Type(`#conv .msg[data-author="bot"] [data-testid=correct-answer]`, "Claro, aquí está el formulario de devolución."),
		chromedp.Click(css(`#conv .msg[data-author="bot"] [data-testid=correct-send]`)),
	))
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#conv .msg[data-author="bot"] .msg-correct-status').textContent.indexOf('Better answer') >= 0`))
	fixed, err := e.Store.FindFeedback(bg, kefu.FeedbackFilter{TenantID: shop, Kind: kefu.FeedbackAnswerFixed})
	if err != nil || len(fixed) != 1 || fixed[0].Answer != "Claro, aquí está el formulario de devolución." || fixed[0].PreviousIntent == "" {
		t.Fatalf("better answer stored: %+v %v", fixed, err)
	}

	// A link to the conversation (the dashboard's insights give them)
	// opens it in the console.
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/console#conversation="+conv.ID),
		chromedp.WaitVisible(css(`#conv[data-id="`+conv.ID+`"] .msg[data-author="customer"]`)),
	))

	// The admin sees both and accepts the relabel; above them, the model
	// card shows the shop's retrained version that the rule kept out.
	metrics := `{"shadow":{"serving":{"dev_n":7365,"dev_accuracy":0.8067,"dev_ece":0.0209,"corrected_n":1,"corrected_accuracy":0},` +
		`"candidate":{"dev_n":7365,"dev_accuracy":0.803,"dev_ece":0.0168,"corrected_n":1,"corrected_accuracy":1},"dev_fixed":12,"dev_broken":39},` +
		`"rule":"dev accuracy 0.8030 is more than 0.3 points below the serving model's 0.8067"}`
	if err := e.Store.CreateModelVersion(bg, &kefu.ModelVersion{TenantID: shop, Version: "shop-20261207T061532.046Z",
		Model: []byte("m"), Metrics: []byte(metrics), CreatedBy: "olga"}); err != nil {
		t.Fatal(err)
	}
	ctx = MustBrowser(t) // a browser without the agent's session
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/admin"),
		adminLogin(admin.Email),
		chromedp.WaitVisible(css(`#app`)),
		chromedp.Navigate(e.HTTP.URL+"/admin#feedback"),
		chromedp.WaitVisible(css(`[data-testid=feedback-row][data-kind=relabel]`)),
		chromedp.WaitVisible(css(`[data-testid=feedback-row][data-kind=thumbs_down]`)),
	))
	run(t, ctx, chromedp.WaitVisible(css(`[data-testid=model-row]`)))
	card := run(t, ctx, chromedp.Evaluate[string](`document.getElementById('models').textContent`))
	for _, want := range []string{"Serving this shop: the model shipped with kefu", "shop-20261207T061532.046Z", "80.3 % (80.7 %)", "12 fixed, 39 broken", "1 / 1", "Kept out"} {
		if !strings.Contains(card, want) {
			t.Errorf("model card %q lacks %q", card, want)
		}
	}
	row := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('[data-testid=feedback-row][data-kind=relabel]').textContent`))
	for _, want := range []string{"Relabelled message", "Ana", "Refund request", "quiero devolver esto <i>ya</i>", "Proposed"} {
		if !strings.Contains(row, want) {
			t.Errorf("relabel row %q lacks %q", row, want)
		}
	}
	thumbs := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('[data-testid=feedback-row][data-kind=thumbs_down]').textContent`))
	if !strings.Contains(thumbs, "Customer: not helpful") || !strings.Contains(thumbs, hostile) {
		t.Errorf("thumbs row %q", thumbs)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#pwned, #feedback i').length`)); n != 0 {
		t.Fatal("feedback text was rendered as HTML")
	}
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`[data-testid=feedback-row][data-kind=relabel] [data-testid=feedback-accept]`)),
		chromedp.WaitVisible(css(`[data-testid=feedback-row][data-kind=relabel][data-status=accepted]`)),
	))
	screenshot(t, ctx, "admin-feedback")
	got, err := e.Store.FindFeedbackByID(bg, shop, rel[0].ID)
	if err != nil || got.Status != kefu.FeedbackAccepted || got.ReviewedBy != admin.ID {
		t.Fatalf("after accept: %+v %v", got, err)
	}
}
