package http_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// hostileTitle is an article title that would run script if it were
// inserted as HTML.
const hostileTitle = `<img src=x onerror=alert(1)><script>alert(2)</script>`

// screenshot saves a PNG screenshot of the whole page as name.png in
// $KEFU_SCREENSHOTS, when that is set, so that people can look at them.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("KEFU_SCREENSHOTS")
	if dir == "" {
		return
	}
	// Scrolled to the top, so that the sticky nav is where a reader
	// first sees it.
	run(t, ctx, chromedp.Evaluate[bool](`window.scrollTo(0, 0), true`))
	shot := run(t, ctx, chromedp.FullScreenshot(100))
	if err := os.WriteFile(filepath.Join(dir, name+".png"), shot, 0o644); err != nil {
		t.Error(err)
	}
}

// countDialogs makes the page count alert, confirm and prompt calls in
// window.__dialogs instead of showing them.
func countDialogs(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__dialogs = 0; window.alert = window.confirm = window.prompt = function () { window.__dialogs++; };`,
	}); err != nil {
		t.Fatal(err)
	}
}

// MustUpsertArticle stores an article of the shop.
func MustUpsertArticle(tb testing.TB, st kefu.Store, a *kefu.Article) *kefu.Article {
	tb.Helper()
	a.TenantID = shop
	if err := st.UpsertArticle(context.Background(), a); err != nil {
		tb.Fatal(err)
	}
	return a
}

// adminLogin signs in on the admin page.
func adminLogin(email string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS(`#login-form`)),
		testenv.Type(`#login-tenant`, shop),
		testenv.Type(`#login-email`, email),
		testenv.Type(`#login-password`, AgentPassword),
		chromedp.Click(chromedp.CSS(`#login-submit`)),
	)
}

// TestAdminInBrowser drives the admin pages in headless Chromium as a
// shop admin: change settings and see them stored, get the conflict
// message for a stale edit and a field error next to its field, see a
// hostile article title as text, publish from the review queue, see a
// version diff with the added line, add a translation, edit synonyms and
// copy the widget snippet.
func TestAdminInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	bg := context.Background()

	returns := MustUpsertArticle(t, e.Store, &kefu.Article{Key: "returns", Language: "en", Title: "Returns",
		Body: "You can return any item within 30 days.\nThe item must be unused.", Status: kefu.ArticlePublished})
	MustUpsertArticle(t, e.Store, &kefu.Article{Key: "returns", Language: "en", Title: "Returns",
		Body: "You can return any item within 30 days.\nThe item must be unused.\nWe refund the shipping costs too.", Status: kefu.ArticlePublished})
	MustUpsertArticle(t, e.Store, &kefu.Article{Key: "returns", Language: "zh", Title: "退货",
		Body: "30 天内可以退货。", Status: kefu.ArticlePublished})
	MustUpsertArticle(t, e.Store, &kefu.Article{Key: "shipping", Language: "en", Title: "Shipping times",
		Body: "Orders ship within two working days.", Status: kefu.ArticleReview})
	MustUpsertArticle(t, e.Store, &kefu.Article{Key: "hostile", Language: "en", Title: hostileTitle,
		Body: `<b>bold</b> <a href="javascript:alert(3)">x</a>`, Tags: []string{`<i>tag</i>`}})

	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	text := func(sel string) string {
		return run(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsQuote(sel)+`) || {}).textContent || ""`))
	}
	tenant := func() *kefu.Tenant {
		tn, err := e.Store.FindTenantByID(bg, shop)
		if err != nil {
			t.Fatal(err)
		}
		return tn
	}

	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/admin"),
		chromedp.WaitVisible(css(`#login-form`)),
	))
	screenshot(t, ctx, "admin-login")
	run(t, ctx, chromedp.Steps(
		adminLogin(admin.Email),
		chromedp.WaitVisible(css(`#app`)),
		chromedp.WaitVisible(css(`#set-currency`)),
	))
	if got := text(`#me-name`); !strings.Contains(got, "Olga") {
		t.Errorf("header names %q", got)
	}
	if got := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#nav a')].map(a => a.dataset.section).join()`)); got != "settings,knowledge,review,synonyms,widget,promotions,rules,compensations,profiles,canned,agents,keys,feedback" {
		t.Errorf("nav lists %q", got)
	}
	if got := text(`#set-strategies`); strings.Contains(got, "_") || !strings.Contains(got, "angry") {
		t.Errorf("strategies show %q, want readable labels", got)
	}

	t.Run("settings", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#set-currency`, "eur"),
			testenv.Type(`#set-timezone`, "Europe/Berlin"),
			testenv.Type(`#set-languages`, "en, zh, es, de"),
			testenv.Type(`#set-confidence`, "0.6"),
			chromedp.Click(css(`#set-anger-handoff`)),
			chromedp.Click(css(`#set-strategies li[data-strategy="satisfaction_offer"] input`)),
			chromedp.Click(css(`#set-strategies li[data-strategy="anxiety_progress"] button[aria-label^="Move up"]`)),
			chromedp.Click(css(`#settings-save`)),
			chromedp.WaitVisible(css(`.admin-msg[data-kind="ok"]`)),
		))
		screenshot(t, ctx, "admin-settings")
		st := tenant().Settings
		if st.Currency != "EUR" || st.Timezone != "Europe/Berlin" || st.ConfidenceThreshold != 0.6 || !st.NoAngerHandoff || st.NoSensitiveHandoff {
			t.Errorf("stored settings %+v", st)
		}
		if strings.Join(st.Languages, ",") != "en,zh,es,de" || st.DefaultLanguage != "en" {
			t.Errorf("stored languages %v, default %q", st.Languages, st.DefaultLanguage)
		}
		if strings.Join(st.Strategies, ",") != "anxiety_progress,anger_priority" {
			t.Errorf("stored strategies %q, want anxiety_progress,anger_priority", st.Strategies)
		}
		if st.WidgetSecret != widgetKey {
			t.Error("saving the settings lost the widget secret")
		}
	})

	t.Run("stale edit", func(t *testing.T) {
		// Someone else changes the settings after the page read them.
		st := tenant().Settings
		st.ClarifyLimit = 4
		if err := e.Store.UpdateTenantSettings(bg, shop, st); err != nil {
			t.Fatal(err)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#set-currency`, "USD"),
			chromedp.Click(css(`#settings-save`)),
			chromedp.WaitVisible(css(`.admin-msg[data-kind="conflict"]`)),
		))
		if got := text(`.admin-msg[data-kind="conflict"]`); !strings.Contains(got, "changed") || !strings.Contains(got, "Reload") {
			t.Errorf("conflict message %q", got)
		}
		screenshot(t, ctx, "admin-settings-conflict")
		if got := tenant().Settings; got.Currency != "EUR" || got.ClarifyLimit != 4 {
			t.Errorf("the stale edit was stored: %+v", got)
		}
		// Reload shows the other editor's change; a bad value is named
		// next to its field.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`.admin-msg .reload`)),
			chromedp.WaitVisible(css(`#set-clarify`)),
		))
		if v := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('#set-clarify').value`)); v != "4" {
			t.Errorf("after reload the clarify limit shows %q, want 4", v)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#set-confidence`, "1.5"),
			chromedp.Click(css(`#settings-save`)),
			chromedp.WaitVisible(css(`[data-field-error="confidence_threshold"]`)),
		))
		if got := text(`[data-field-error="confidence_threshold"]`); !strings.Contains(got, "between 0 and 1") {
			t.Errorf("field error %q", got)
		}
		screenshot(t, ctx, "admin-settings-field-error")
	})

	t.Run("knowledge", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="knowledge"]`)),
			chromedp.WaitVisible(css(`.article-cell[data-key="hostile"]`)),
		))
		if got := text(`.article-cell[data-key="hostile"] .article-title`); got != hostileTitle {
			t.Errorf("hostile title shows %q, want it as typed", got)
		}
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#panel img, #panel script, #panel b, #panel i, #panel a[href^="javascript"]').length`)); n != 0 {
			t.Fatal("article text was rendered as HTML")
		}
		// Translations side by side, with a slot for the missing one.
		for _, sel := range []string{
			`.article-group[data-key="returns"] .article-cell[data-language="en"]`,
			`.article-group[data-key="returns"] .article-cell[data-language="zh"]`,
			`.article-group[data-key="returns"] .missing-translations .translate[data-language="es"]`,
		} {
			if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsQuote(sel)+`).length`)); n != 1 {
				t.Errorf("%d of %s, want 1", n, sel)
			}
		}
		screenshot(t, ctx, "admin-knowledge")

		// Publish from the review queue.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#kn-tab-review`)),
			chromedp.WaitVisible(css(`.review-item[data-key="shipping"]`)),
		))
		screenshot(t, ctx, "admin-review-queue")
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`.review-item[data-key="shipping"] .act-publish`)),
			chromedp.WaitVisible(css(`#kn-review-empty`)),
		))
		if a, err := e.Store.FindArticleByKey(bg, shop, "shipping", "en"); err != nil || a.Status != kefu.ArticlePublished {
			t.Errorf("after publish: %+v %v", a, err)
		}

		// The diff of the last two versions shows the added line.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#kn-tab-all`)),
			chromedp.Click(css(`.article-cell[data-key="returns"][data-language="en"] .act-history`)),
			chromedp.WaitVisible(css(`#diff .diff-line[data-op="add"]`)),
		))
		if got := text(`#diff .diff-line[data-op="add"]`); !strings.Contains(got, "We refund the shipping costs too.") {
			t.Errorf("added line shows %q", got)
		}
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#diff .diff-line[data-op="del"]').length`)); n != 0 {
			t.Errorf("%d deleted lines, want 0", n)
		}
		screenshot(t, ctx, "admin-diff")

		// A new article; a bad language tag is named under its field.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#history-close`)),
			chromedp.Click(css(`#kn-new`)),
			chromedp.WaitVisible(css(`#article-editor[data-mode="new"] #ed-key`)),
			testenv.Type(`#ed-key`, "warranty"),
			testenv.Type(`#ed-language`, "EN"),
			testenv.Type(`#ed-title`, "Warranty"),
			testenv.Type(`#ed-body`, "Two years on every device."),
			chromedp.Click(css(`#ed-save`)),
			chromedp.WaitVisible(css(`#article-editor [data-field-error="language"]`)),
		))
		if got := text(`#article-editor [data-field-error="language"]`); !strings.Contains(got, "canonical") {
			t.Errorf("language error %q", got)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#ed-language`, "en"),
			chromedp.Click(css(`#ed-save`)),
			chromedp.WaitVisible(css(`.article-cell[data-key="warranty"][data-language="en"][data-status="draft"]`)),
		))

		// Translate into Spanish, side by side with the original.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`.article-group[data-key="returns"] .translate[data-language="es"]`)),
			chromedp.WaitVisible(css(`#article-editor[data-mode="translate"] #ed-title`)),
			testenv.Type(`#ed-title`, "Devoluciones"),
			testenv.Type(`#ed-body`, "Puedes devolver cualquier artículo en 30 días."),
		))
		screenshot(t, ctx, "admin-translate")
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#ed-submit`)),
			chromedp.WaitVisible(css(`.article-group[data-key="returns"] .article-cell[data-language="es"][data-status="in_review"]`)),
		))
		if a, err := e.Store.FindArticleByKey(bg, shop, "returns", "es"); err != nil || a.Title != "Devoluciones" || a.Status != kefu.ArticleReview {
			t.Errorf("translation stored as %+v %v", a, err)
		}

		// Editing with a stale version is refused with the conflict message.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`.article-cell[data-key="returns"][data-language="en"] .act-edit`)),
			chromedp.WaitVisible(css(`#article-editor[data-mode="edit"] #ed-title`)),
		))
		MustUpsertArticle(t, e.Store, &kefu.Article{Key: "returns", Language: "en", Title: "Returns and refunds", Body: returns.Body, Status: kefu.ArticlePublished})
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#ed-title`, "Returns (edited)"),
			chromedp.Click(css(`#ed-save`)),
			chromedp.WaitVisible(css(`#article-editor .admin-msg[data-kind="conflict"]`)),
		))
		if a, _ := e.Store.FindArticleByKey(bg, shop, "returns", "en"); a.Title != "Returns and refunds" {
			t.Errorf("stale article edit stored: title %q", a.Title)
		}
	})

	t.Run("synonyms", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="synonyms"]`)),
			chromedp.WaitVisible(css(`#synonyms .syn-input`)),
			testenv.Type(`#synonyms .syn-row:first-child .syn-input`, "parcel, package，包裹"),
			chromedp.Click(css(`#syn-add`)),
			testenv.Type(`#synonyms .syn-row:last-child .syn-input`, "lonely"),
			chromedp.Click(css(`#synonyms-save`)),
			chromedp.WaitVisible(css(`#synonyms .syn-row:last-child .field-error`)),
		))
		if got := text(`#synonyms .syn-row:last-child .field-error`); !strings.Contains(got, "2 to 50") {
			t.Errorf("group error %q", got)
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#synonyms .syn-row:last-child .syn-remove`)),
			chromedp.Click(css(`#synonyms-save`)),
			chromedp.WaitVisible(css(`#synonyms-form .admin-msg[data-kind="ok"]`)),
		))
		screenshot(t, ctx, "admin-synonyms")
		if got := tenant().Settings.Synonyms; len(got) != 1 || strings.Join(got[0], "|") != "parcel|package|包裹" {
			t.Errorf("stored synonyms %q", got)
		}
	})

	t.Run("widget", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="widget"]`)),
			chromedp.WaitVisible(css(`#snippet-script`)),
		))
		if got := text(`#snippet-script`); !strings.Contains(got, `src="`+e.HTTP.URL+`/static/widget.js"`) || !strings.Contains(got, `data-tenant="shop"`) {
			t.Errorf("script snippet %q", got)
		}
		if got := text(`#snippet-iframe`); !strings.Contains(got, `src="`+e.HTTP.URL+`/widget/shop"`) {
			t.Errorf("iframe snippet %q", got)
		}
		if got := text(`#snippet-signed-script`); !strings.Contains(got, `data-customer=`) || !strings.Contains(got, `data-signature=`) {
			t.Errorf("signed snippet %q", got)
		}
		if html := run(t, ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`)); strings.Contains(html, widgetKey) {
			t.Error("the page shows the widget secret")
		}
		screenshot(t, ctx, "admin-widget")
	})

	t.Run("api keys", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="keys"]`)),
			chromedp.WaitVisible(css(`#key-form`)),
		))
		if got := text(`#key-form`); !strings.Contains(got, "widget") || !strings.Contains(got, "back-office") {
			t.Errorf("the scopes are not explained: %q", got)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#key-name`, "website backend"),
			chromedp.Click(css(`#key-create`)),
			chromedp.WaitVisible(css(`#new-key-value`)),
		))
		plain := text(`#new-key-value`)
		if !strings.HasPrefix(plain, kefu.APIKeyPrefix) {
			t.Fatalf("new key shows %q", plain)
		}
		if got := text(`#new-key`); !strings.Contains(got, "will not see it again") {
			t.Errorf("the new key's note says %q", got)
		}
		var made *kefu.APIKey
		keys, err := e.Store.FindAPIKeys(bg, shop)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if k.Name == "website backend" {
				made = k
			}
		}
		if made == nil || made.Scope != kefu.ScopeChat || !strings.HasPrefix(plain, made.Prefix) {
			t.Fatalf("stored key %+v", made)
		}
		revoked := func(id string) bool {
			ks, err := e.Store.FindAPIKeys(bg, shop)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range ks {
				if k.ID == id {
					return k.RevokedAt != nil
				}
			}
			t.Fatalf("key %s is gone", id)
			return false
		}
		row := `#keys-table tr[data-id="` + made.ID + `"]`
		// The list reloads after the new key is shown: wait for its row.
		run(t, ctx, chromedp.WaitVisible(css(row)))
		if got := text(row); !strings.Contains(got, "Chat") || !strings.Contains(got, made.Prefix) {
			t.Errorf("key row shows %q", got)
		}
		screenshot(t, ctx, "admin-keys-new")

		// The plain key is gone after a reload.
		run(t, ctx, chromedp.Steps(
			chromedp.Reload(),
			chromedp.WaitVisible(css(row)),
		))
		if html := run(t, ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`)); strings.Contains(html, plain) {
			t.Error("the plain key is still on the page after a reload")
		}

		// Revoking asks first, then greys the row with the date.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(row+` .act-revoke`)),
			chromedp.WaitVisible(css(row+` .confirm-ok`)),
		))
		if revoked(made.ID) {
			t.Error("the key was revoked before the confirmation")
		}
		screenshot(t, ctx, "admin-keys-confirm")
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(row+` .confirm-ok`)),
			chromedp.WaitVisible(css(row+`[data-revoked="true"] .badge.revoked`)),
		))
		if got := text(row + ` .badge.revoked`); !strings.Contains(got, "Revoked") || !strings.ContainsAny(got, "0123456789") {
			t.Errorf("revoked key shows %q", got)
		}
		if !revoked(made.ID) {
			t.Error("the key is not revoked")
		}
		screenshot(t, ctx, "admin-keys")
	})

	t.Run("agents", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="agents"]`)),
			chromedp.WaitVisible(css(`#agents-table tr[data-email="olga@shop.example"]`)),
		))
		if got := text(`#agents-table tr[data-email="olga@shop.example"]`); !strings.Contains(got, "English (en)") || !strings.Contains(got, "Admin") || !strings.Contains(got, "you") {
			t.Errorf("Olga's row shows %q, want her languages by name, her role and that it is her", got)
		}
		if got := text(`#agents-table`); strings.Contains(got, "role_") || strings.Contains(got, "presence_") {
			t.Errorf("agents show raw codes: %q", got)
		}
		// Nobody disables themselves: Olga's row has no Disable button.
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#agents-table tr[data-email="olga@shop.example"] .act-disable').length`)); n != 0 {
			t.Error("the signed-in admin can disable herself")
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#agent-new`)),
			testenv.Type(`#ag-email`, "nina@shop.example"),
			testenv.Type(`#ag-name`, "Nina"),
			testenv.Type(`#ag-languages`, "es, zh"),
			testenv.Type(`#ag-skills`, "billing"),
			testenv.Type(`#ag-password`, "short"),
			chromedp.Click(css(`#ag-save`)),
			chromedp.WaitVisible(css(`#agent-form [data-field-error="password"]`)),
		))
		if got := text(`#agent-form [data-field-error="password"]`); !strings.Contains(got, "8") {
			t.Errorf("password error %q", got)
		}
		if got := text(`#ag-language-names`); !strings.Contains(got, "Spanish (es)") {
			t.Errorf("languages read as %q", got)
		}
		screenshot(t, ctx, "admin-agent-error")
		if _, err := e.Store.FindAgentByEmail(bg, shop, "nina@shop.example"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("agent with a short password: %v", err)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#ag-password`, "a long enough password"),
			chromedp.Click(css(`#ag-save`)),
			chromedp.WaitVisible(css(`#agents-table tr[data-email="nina@shop.example"][data-disabled="false"]`)),
		))
		nina, err := e.Store.FindAgentByEmail(bg, shop, "nina@shop.example")
		if err != nil || nina.Name != "Nina" || nina.Role != kefu.RoleAgent || strings.Join(nina.Languages, ",") != "es,zh" || nina.PasswordHash == "" {
			t.Fatalf("stored agent %+v %v", nina, err)
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#agents-table tr[data-email="nina@shop.example"] .act-disable`)),
			chromedp.Click(css(`#agents-table tr[data-email="nina@shop.example"] .confirm-ok`)),
			chromedp.WaitVisible(css(`#agents-table tr[data-email="nina@shop.example"][data-disabled="true"]`)),
		))
		if a, _ := e.Store.FindAgentByEmail(bg, shop, "nina@shop.example"); !a.Disabled {
			t.Error("the agent is not disabled")
		}
		screenshot(t, ctx, "admin-agents")
	})

	t.Run("promotions", func(t *testing.T) {
		if err := e.Store.UpsertPromotion(bg, &kefu.Promotion{TenantID: shop, ID: "hostile", Code: "EVIL",
			Text: map[string]string{"en": hostileTitle}, End: time.Now().Add(-time.Hour)}); err != nil {
			t.Fatal(err)
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="promotions"]`)),
			chromedp.WaitVisible(css(`.promo[data-id="hostile"][data-state="ended"]`)),
		))
		if got := text(`.promo[data-id="hostile"] .promo-text[data-language="en"] .article-body`); got != hostileTitle {
			t.Errorf("hostile promotion text shows %q", got)
		}
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#panel img, #panel script').length`)); n != 0 {
			t.Fatal("promotion text was rendered as HTML")
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#promo-new`)),
			chromedp.WaitVisible(css(`#promo-editor #pr-text-zh`)),
			testenv.Type(`#pr-code`, "SUMMER10"),
			testenv.Type(`#pr-text-en`, "10% off everything this summer."),
			testenv.Type(`#pr-text-zh`, "夏季全场九折。"),
			testenv.Type(`#pr-min-total`, "50"),
		))
		if v := run(t, ctx, chromedp.Evaluate[string](`document.querySelector('#pr-id').value`)); v != "summer10" {
			t.Errorf("id suggested %q", v)
		}
		screenshot(t, ctx, "admin-promotion-editor")
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#pr-save`)),
			chromedp.WaitVisible(css(`.promo[data-id="summer10"][data-state="active"]`)),
		))
		p, err := e.Store.FindPromotionByID(bg, shop, "summer10")
		if err != nil || p.Code != "SUMMER10" || p.Text["zh"] != "夏季全场九折。" || p.MinTotal != 5000 || p.Currency != "EUR" {
			t.Fatalf("stored promotion %+v %v", p, err)
		}
		if got := text(`.promo[data-id="summer10"] .promo-state`); got != "Active now" {
			t.Errorf("state shows %q", got)
		}
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.promo[data-id="summer10"] .promo-text').length`)); n != 2 {
			t.Errorf("%d texts side by side, want 2", n)
		}
		if got := text(`.promo[data-id="summer10"]`); !strings.Contains(got, "€50.00") || !strings.Contains(got, "Chinese (zh)") {
			t.Errorf("promotion shows %q", got)
		}
		screenshot(t, ctx, "admin-promotions")

		// A stale edit gets the conflict message.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`.promo[data-id="summer10"] .act-edit`)),
			chromedp.WaitVisible(css(`#promo-editor[data-mode="edit"] #pr-text-en`)),
		))
		p.Text["en"] = "12% off everything this summer."
		if err := e.Store.UpsertPromotion(bg, p); err != nil {
			t.Fatal(err)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#pr-text-en`, "15% off!"),
			chromedp.Click(css(`#pr-save`)),
			chromedp.WaitVisible(css(`#promo-editor .admin-msg[data-kind="conflict"] .reload`)),
		))
		if p, _ := e.Store.FindPromotionByID(bg, shop, "summer10"); p.Text["en"] != "12% off everything this summer." {
			t.Errorf("stale promotion edit stored: %q", p.Text["en"])
		}

		// Delete asks first.
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#pr-cancel`)),
			chromedp.Click(css(`.promo[data-id="hostile"] .act-delete`)),
			chromedp.Click(css(`.promo[data-id="hostile"] .confirm-ok`)),
			chromedp.WaitNotPresent(css(`.promo[data-id="hostile"]`)),
		))
		if _, err := e.Store.FindPromotionByID(bg, shop, "hostile"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("deleted promotion: %v", err)
		}
	})

	t.Run("canned replies", func(t *testing.T) {
		if err := e.Store.UpsertCannedReply(bg, &kefu.CannedReply{TenantID: shop, ID: "hostile", Title: hostileTitle, Language: "en", Text: hostileTitle}); err != nil {
			t.Fatal(err)
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#nav a[data-section="canned"]`)),
			chromedp.WaitVisible(css(`.canned-cell[data-id="hostile"]`)),
		))
		if got := text(`.canned-cell[data-id="hostile"] .canned-text`); got != hostileTitle {
			t.Errorf("hostile reply shows %q", got)
		}
		if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#panel img, #panel script').length`)); n != 0 {
			t.Fatal("canned reply was rendered as HTML")
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#canned-new`)),
			testenv.Type(`#cr-title`, "Where is my parcel"),
			testenv.Type(`#cr-text`, "Let me look that up for you."),
			chromedp.Click(css(`#cr-save`)),
			chromedp.WaitVisible(css(`.canned-cell[data-id="where-is-my-parcel-en"]`)),
			chromedp.Click(css(`.canned-group[data-title="Where is my parcel"] .translate[data-language="zh"]`)),
			chromedp.WaitVisible(css(`#canned-editor[data-mode="translate"] #cr-text`)),
			testenv.Type(`#cr-text`, "我来帮你查一下。"),
			chromedp.Click(css(`#cr-save`)),
			chromedp.WaitVisible(css(`.canned-group[data-title="Where is my parcel"] .canned-cell[data-id="where-is-my-parcel-zh"][data-language="zh"]`)),
		))
		if c, err := e.Store.FindCannedReplyByID(bg, shop, "where-is-my-parcel-zh"); err != nil || c.Title != "Where is my parcel" || c.Language != "zh" {
			t.Errorf("stored reply %+v %v", c, err)
		}
		screenshot(t, ctx, "admin-canned")
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`.canned-cell[data-id="where-is-my-parcel-en"] .act-delete`)),
			chromedp.Click(css(`.canned-cell[data-id="where-is-my-parcel-en"] .confirm-ok`)),
			chromedp.WaitNotPresent(css(`.canned-cell[data-id="where-is-my-parcel-en"]`)),
		))
		if _, err := e.Store.FindCannedReplyByID(bg, shop, "where-is-my-parcel-en"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("deleted reply: %v", err)
		}
	})

	if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
		t.Errorf("%d dialogs opened: hostile text ran as script", n)
	}
	if title := run(t, ctx, chromedp.Title()); title != "kefu · shop admin" {
		t.Errorf("title %q", title)
	}
}

// TestAdminRefusesAgentInBrowser signs in as an agent without the admin
// role, who is told the pages are for owners and admins and gets a link
// to the console; an admin whose language is Chinese gets the pages in
// Chinese.
func TestAdminRefusesAgentInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	MustCreateAdmin(t, e, "mei@shop.example", "Mei", "zh")
	ctx := MustBrowser(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/admin"),
		adminLogin(e.Ana.Email),
		chromedp.WaitVisible(css(`#refused`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`#refused-text`))); !strings.Contains(got, "Only shop owners and admins") {
		t.Errorf("refusal says %q", got)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('#refused a[href="/console"]').length`)); n != 1 {
		t.Error("no link to the console")
	}
	if vis := run(t, ctx, chromedp.Evaluate[bool](`!document.querySelector('#app').hidden`)); vis {
		t.Error("the admin app is shown to an agent")
	}
	screenshot(t, ctx, "admin-refused")

	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#refused-logout`)),
		chromedp.WaitVisible(css(`#login-form`)),
		chromedp.Navigate(e.HTTP.URL+"/admin#knowledge"),
		adminLogin("mei@shop.example"),
		chromedp.WaitVisible(css(`#kn-tab-review`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`#nav a[data-section="settings"]`))); got != "店铺设置" {
		t.Errorf("nav shows %q, want Chinese", got)
	}
	if got := run(t, ctx, chromedp.Evaluate[string](`document.documentElement.lang`)); got != "zh" {
		t.Errorf("page language %q", got)
	}
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#nav a[data-section="settings"]`)),
		chromedp.WaitVisible(css(`#set-currency`)),
	))
	screenshot(t, ctx, "admin-settings-zh")
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#nav a[data-section="agents"]`)),
		chromedp.WaitVisible(css(`#agents-table tr[data-email="mei@shop.example"]`)),
	))
	if got := run(t, ctx, chromedp.Text(css(`#agents-table tr[data-email="mei@shop.example"]`))); !strings.Contains(got, "管理员") || !strings.Contains(got, "中文") {
		t.Errorf("Mei's row shows %q, want her role and language in Chinese", got)
	}
	screenshot(t, ctx, "admin-agents-zh")
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#nav a[data-section="keys"]`)),
		chromedp.WaitVisible(css(`#key-form`)),
	))
	screenshot(t, ctx, "admin-keys-zh")
}

// jsQuote quotes s as a JavaScript string literal.
func jsQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}
