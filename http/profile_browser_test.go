package http_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestConsoleProfileInBrowser shows the customer's profile in the
// console's customer panel, in words and in the agent's language, and
// has the agent correct it: a value denied, one forgotten, one added.
func TestConsoleProfileInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	conv := e.MustQueued(t, "quiero hablar con una persona")
	bg := context.Background()
	now := time.Now().UTC()
	if err := e.Store.ObserveTraits(bg, shop, conv.CustomerID, []kefu.Trait{
		{Kind: kefu.TraitSkinType, Value: "combination", Source: kefu.SourceChat, Confidence: 0.75, Evidence: "混油皮", UpdatedAt: now},
		{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceChat, Confidence: 0.6, Evidence: "混油皮", UpdatedAt: now},
		{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceOrder, Confidence: 0.3, Evidence: "bought FD-3", UpdatedAt: now},
		{Kind: kefu.TraitConcern, Value: "acne", Source: kefu.SourceChat, Confidence: 0.75, Evidence: "爆痘", UpdatedAt: now},
		{Kind: kefu.TraitSkinType, Value: "dry", Source: kefu.SourceCustomer, Confidence: 1, Negated: true, Evidence: "my skin isn't dry anymore", UpdatedAt: now},
		{Kind: kefu.TraitBudget, Value: "high", Source: kefu.SourceOrder, Confidence: 0.85, Evidence: "3 of 3 items", UpdatedAt: now},
		{Kind: kefu.TraitFinish, Value: "dewy", Source: kefu.SourceEvent, Confidence: 0.5, Evidence: "add_to_cart FD-2", UpdatedAt: now},
		{Kind: kefu.TraitCategory, Value: "foundation", Source: kefu.SourceOrder, Confidence: 0.64, UpdatedAt: now},
	}); err != nil {
		t.Fatal(err)
	}
	mei := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "mei@shop.example", Name: "Mei", Languages: []string{"zh"}})
	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	text := func(sel string) string {
		return run(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsQuote(sel)+`) || {}).textContent || ""`))
	}
	trait := func(kind, value string) string {
		return `#ctx-profile .trait[data-kind="` + kind + `"][data-value="` + value + `"]`
	}
	login := func(a *kefu.Agent) {
		run(t, ctx, chromedp.Steps(
			chromedp.WaitVisible(css(`#login-form`)),
			testenv.Type(`#login-tenant`, shop),
			testenv.Type(`#login-email`, a.Email),
			testenv.Type(`#login-password`, AgentPassword),
			chromedp.Click(css(`#login-submit`)),
			chromedp.WaitVisible(css(`.queue-item[data-id="`+conv.ID+`"]`)),
		))
		run(t, ctx, scriptClick(`.queue-item[data-id="`+conv.ID+`"]`))
		run(t, ctx, chromedp.WaitVisible(css(trait("skin_type", "combination"))))
	}

	run(t, ctx, chromedp.Navigate(e.HTTP.URL+"/console"))
	login(e.Ana)
	if got := text(trait("skin_type", "oily")); !strings.Contains(got, "oily") || !strings.Contains(got, "said in chat · bought") || !strings.Contains(got, "strong 72%") {
		t.Errorf("oily shows %q, want the value, its strength in words and its sources", got)
	}
	if got := text(trait("budget", "high")); !strings.Contains(got, "premium") || !strings.Contains(got, "strong 85%") {
		t.Errorf("budget shows %q", got)
	}
	if got := text(`#ctx-profile .trait-denied[data-value="dry"]`); got != "not dry" {
		t.Errorf("the customer's own no shows %q, want not dry", got)
	}
	if got := text(`#ctx-profile`); strings.Contains(got, "_") {
		t.Errorf("profile block shows raw names: %q", got)
	}

	// The agent says the customer is not oily: it goes, and the record says so.
	run(t, ctx, scriptClick(trait("skin_type", "oily")+` .trait-deny`))
	run(t, ctx, chromedp.WaitVisible(css(`#ctx-profile .trait-denied[data-value="oily"]`)))
	// Forgets acne, and adds a matte finish.
	run(t, ctx, scriptClick(trait("concern", "acne")+` .trait-forget`))
	run(t, ctx, chromedp.WaitNotPresent(css(trait("concern", "acne"))))
	run(t, ctx, selectValue(`#profile-kind`, "finish"))
	run(t, ctx, chromedp.Steps(
		testenv.Type(`#profile-value`, "matte"),
		chromedp.Click(css(`#profile-add`)),
		chromedp.WaitVisible(css(trait("finish", "matte"))),
	))
	if got := text(trait("finish", "matte")); !strings.Contains(got, "settled 100%") || !strings.Contains(got, "agent") {
		t.Errorf("the agent's matte shows %q", got)
	}
	// A value the kind does not allow is refused in words.
	run(t, ctx, selectValue(`#profile-kind`, "skin_type"))
	run(t, ctx, chromedp.Steps(
		testenv.Type(`#profile-value`, "shiny"),
		chromedp.Click(css(`#profile-add`)),
	))
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#profile-error').textContent !== ''`, chromedp.WithPollingTimeout(5*time.Second)))
	if got := text(`#profile-error`); !strings.Contains(got, "shiny") {
		t.Errorf("profile error %q", got)
	}
	p, err := e.Store.FindCustomerProfile(bg, shop, conv.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	var agentSaid []string
	for _, tr := range p.Traits {
		if tr.Kind == kefu.TraitConcern {
			t.Errorf("acne kept after forget: %+v", tr)
		}
		if tr.Source == kefu.SourceAgent {
			s := tr.Kind + "=" + tr.Value
			if tr.Negated {
				s = "!" + s
			}
			agentSaid = append(agentSaid, s+" by "+tr.Evidence)
		}
	}
	if got := strings.Join(agentSaid, ", "); got != "finish=matte by Ana, !skin_type=oily by Ana" {
		t.Errorf("agent traits stored: %q", got)
	}
	screenshot(t, ctx, "console-profile")

	// A Chinese-speaking agent reads it in Chinese.
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#logout`)),
	))
	login(mei)
	run(t, ctx, chromedp.Poll[bool](`document.querySelector('#me-name').textContent.startsWith('Mei') && document.querySelector('#profile-title').textContent !== 'Profile'`,
		chromedp.WithPollingTimeout(5*time.Second)))
	if got := text(`#profile-title`); got != "客户画像" {
		t.Errorf("profile title %q", got)
	}
	if got := text(trait("skin_type", "combination")); !strings.Contains(got, "混合皮") || !strings.Contains(got, "聊天中提到") {
		t.Errorf("combination shows %q in Chinese", got)
	}
	screenshot(t, ctx, "console-profile-zh")
	if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
		t.Errorf("the page opened %d dialogs", n)
	}
}
