package http_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
)

// TestAdminProductKnowledgeInBrowser drives the admin's product knowledge
// view in headless Chromium: find a product by name, see its tags with
// where each came from, add and remove values (written as the product's
// tags.* attributes, with the session's CSRF token), get a field error
// next to its dimension, see a hostile product name as text, and, as an
// admin whose language is Chinese, the view in Chinese.
func TestAdminProductKnowledgeInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	MustCreateAdmin(t, e, "mei@shop.example", "Mei", "zh")
	bg := context.Background()
	for _, p := range []*kefu.Product{
		{SKU: "NIA-10", Name: "Niacinamide 10% + Zinc 1%", Category: "serum", Brand: "Glow", Price: 900, Currency: "EUR",
			Description: "Water-light serum for blemish-prone skin.",
			Attributes: map[string]string{"ingredients": "Aqua, Niacinamide, Pentylene Glycol, Zinc PCA, Xanthan Gum, Phenoxyethanol",
				"skin_types": "oily, combination"}},
		{SKU: "RET-03", Name: "Retinol 0.3% Night Serum", Category: "serum", Brand: "Glow", Price: 2900, Currency: "EUR",
			Attributes: map[string]string{"key_ingredients": "Retinol, Squalane"}},
		{SKU: "EVIL-1", Name: hostileTitle, Category: "toner", Price: 1500, Currency: "EUR",
			Attributes: map[string]string{"key_ingredients": "Glycolic Acid", "tags.efficacy": `<b>glow</b>`}},
	} {
		p.TenantID = shop
		if err := e.Store.UpsertProduct(bg, p); err != nil {
			t.Fatal(err)
		}
	}
	product := func(sku string) *kefu.Product {
		p, err := e.Store.FindProductBySKU(bg, shop, sku)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}

	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	eval := func(js string) string { return run(t, ctx, chromedp.Evaluate[string](js)) }
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/admin#profiles"),
		adminLogin(admin.Email),
		chromedp.WaitVisible(css(`#pk-form`)),
	))
	if got := eval(`document.querySelector('#nav a[data-section="profiles"]').textContent`); got != "Product knowledge" {
		t.Errorf("nav entry %q", got)
	}

	// Find the niacinamide serum by a word of its name.
	run(t, ctx, chromedp.Steps(
		chromedp.SendKeys(css(`#pk-find`), "niacin"),
		chromedp.WaitVisible(css(`#pk-form .pk-dim[data-dimension="actives"] .pk-tag[data-value="niacinamide"]`)),
	))
	if got := eval(`[...document.querySelectorAll('#pk-product option')].map(o => o.value).join()`); got != "NIA-10" {
		t.Errorf("products matching niacin: %q", got)
	}
	why := eval(`document.querySelector('.pk-dim[data-dimension="actives"] .pk-tag[data-value="niacinamide"] .pk-why').textContent`)
	if !strings.Contains(why, "Ingredient niacinamide") {
		t.Errorf("actives=niacinamide comes from %q, want the ingredient named", why)
	}
	if got := eval(`document.querySelector('.pk-dim[data-dimension="suits_skin"] .pk-tag[data-value="oily"] .pk-why').textContent`); !strings.Contains(got, "skin_types") {
		t.Errorf("suits_skin=oily comes from %q, want the skin_types attribute", got)
	}

	// Add dry, remove oily; the edit is the product's attribute.
	run(t, ctx, chromedp.Steps(
		chromedp.SetValue(css(`#pk-edit-suits_skin`), "dry, -oily"),
		chromedp.Click(css(`#pk-save`)),
		chromedp.WaitVisible(css(`.pk-dim[data-dimension="suits_skin"] .pk-tag.shop[data-value="dry"]`)),
	))
	if got := product("NIA-10").Attributes["tags.suits_skin"]; got != "dry, -oily" {
		t.Errorf("tags.suits_skin = %q, want %q", got, "dry, -oily")
	}
	if n := eval(`String(document.querySelectorAll('.pk-dim[data-dimension="suits_skin"] .pk-tag[data-value="oily"]').length)`); n != "0" {
		t.Errorf("oily still shown after its removal")
	}
	if got := eval(`document.querySelector('#pk-form .form-actions .admin-msg').textContent`); !strings.Contains(got, "derived again") {
		t.Errorf("status after saving: %q", got)
	}
	screenshot(t, ctx, "admin-product-knowledge")

	// A derived tag's remove button removes it with a "-value" edit.
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`.pk-dim[data-dimension="actives"] .pk-tag[data-value="zinc salt"] .pk-remove`)),
		chromedp.WaitNotPresent(css(`.pk-dim[data-dimension="actives"] .pk-tag[data-value="zinc salt"]`)),
	))
	if got := product("NIA-10").Attributes["tags.actives"]; got != "-zinc salt" {
		t.Errorf("tags.actives after the remove button = %q", got)
	}

	// A skin type kefu does not know: the error is next to its dimension.
	eval(`document.querySelector('#pk-edit-avoid_skin').value = 'greasy', ''`)
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#pk-save`)),
		chromedp.WaitVisible(css(`[data-dim-error="avoid_skin"]`)),
	))
	if got := eval(`document.querySelector('[data-dim-error="avoid_skin"]').textContent`); !strings.Contains(got, "not a skin type") {
		t.Errorf("field error %q", got)
	}
	if _, ok := product("NIA-10").Attributes["tags.avoid_skin"]; ok {
		t.Error("a refused edit was stored")
	}

	// A hostile name and edit are text.
	eval(`document.querySelector('#pk-find').value = '', ''`)
	run(t, ctx, chromedp.Steps(
		chromedp.SendKeys(css(`#pk-find`), "img"),
		chromedp.WaitVisible(css(`.pk-dim[data-dimension="efficacy"] .pk-tag[data-value="<b>glow</b>"]`)),
	))
	if got := eval(`document.querySelector('.pk-name span').textContent`); got != hostileTitle {
		t.Errorf("hostile name shown as %q", got)
	}
	if n := eval(`String(document.querySelectorAll('#pk-view img, #pk-view script, #pk-view b').length)`); n != "0" {
		t.Errorf("%s elements from untrusted text in the view", n)
	}
	if n := eval(`String(document.querySelectorAll('[data-testid="pk-partial"]').length)`); n != "1" {
		t.Errorf("a key-ingredients-only product shows %s partial notices, want 1", n)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}

	// In Chinese.
	run(t, ctx, chromedp.Steps(
		chromedp.Click(css(`#logout`)),
		chromedp.WaitVisible(css(`#login-form`)),
		chromedp.Navigate(e.HTTP.URL+"/admin#profiles"),
		adminLogin("mei@shop.example"),
		chromedp.WaitVisible(css(`#pk-form`)),
	))
	run(t, ctx, chromedp.Steps(
		chromedp.SendKeys(css(`#pk-find`), "NIA"),
		chromedp.WaitVisible(css(`.pk-dim[data-dimension="suits_skin"] .pk-tag.shop[data-value="dry"]`)),
	))
	for sel, want := range map[string]string{
		`#nav a[data-section="profiles"]`:                       "商品知识",
		`.pk-dim[data-dimension="suits_skin"] dt`:               "适合肤质",
		`.pk-dim[data-dimension="suits_skin"] .pk-tag .pk-shop`: "店铺设定",
	} {
		if got := eval(`document.querySelector(` + jsQuote(sel) + `).textContent`); got != want {
			t.Errorf("%s: %q, want %q", sel, got, want)
		}
	}
	if got := eval(`document.querySelector('.pk-dim[data-dimension="actives"] .pk-tag[data-value="niacinamide"] .pk-why').textContent`); !strings.Contains(got, "成分 niacinamide") {
		t.Errorf("evidence in Chinese: %q", got)
	}
	screenshot(t, ctx, "admin-product-knowledge-zh")
}
