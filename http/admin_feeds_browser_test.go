package http_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestReviewQueueInBrowser drives the admin page's review queue in
// headless Chromium: a feed's new product gives a draft and its price
// change makes an article stale (out of the answers); an agent's flag
// with a hostile reason shows as text; the admin approves the stale
// article (it answers again), edits the draft to a new version and
// rejects the flagged article, which needs a reason; the store records
// who decided.
func TestReviewQueueInBrowser(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	bg := context.Background()
	svc := &freshness.Service{Store: e.Store}

	faq := MustUpsertArticle(t, e.Store, &kefu.Article{Key: "serum-vegan", Language: "en", Title: "Is the vitamin C serum vegan?",
		Body: "Yes: the Vitamin C serum (LUMI-C-30) is vegan and costs 19.90 EUR.", Status: kefu.ArticlePublished})
	returns := MustUpsertArticle(t, e.Store, &kefu.Article{Key: "returns", Language: "en", Title: "Returns",
		Body: "You can return any item within 30 days.", Status: kefu.ArticlePublished})
	if err := e.Store.UpsertFeedSource(bg, &kefu.FeedSource{TenantID: shop, Name: "catalogue", Format: kefu.FeedKefu, Currency: "EUR"}, false); err != nil {
		t.Fatal(err)
	}
	deliver := func(body string) {
		t.Helper()
		src, err := e.Store.FindFeedSource(bg, shop, "catalogue")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Deliver(bg, src, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	feed := `{"products": [{"sku": "LUMI-C-30", "names": {"en": "Vitamin C serum"}, "descriptions": {"en": "Brightens dull skin."},
		"price": "19.90", "stock": 12, "category": "skincare", "brand": "Lumi"},
		{"sku": "LUMI-TONER", "names": {"en": "Rose toner"}, "price": "9.50", "stock": 4, "brand": "Lumi"}]}`
	deliver(feed)
	deliver(strings.Replace(feed, "19.90", "17.90", 1))
	// A second feed whose last poll failed, with a hostile error text.
	if err := e.Store.UpsertFeedSource(bg, &kefu.FeedSource{TenantID: shop, Name: "shopify", Format: kefu.FeedShopify,
		URL: "https://shop.example/products.json", Interval: 30 * time.Minute}, false); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.RecordFeedRun(bg, shop, "shopify", time.Now(), "line 2: "+hostileTitle, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.FlagArticle(bg, shop, returns.ID, freshness.SourceAgent, "outdated: "+hostileTitle, "Bo"); err != nil {
		t.Fatal(err)
	}

	ctx := MustBrowser(t)
	countDialogs(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	eval := func(js string) string { return run(t, ctx, chromedp.Evaluate[string](js)) }
	run(t, ctx, chromedp.Steps(
		chromedp.Navigate(e.HTTP.URL+"/admin#review"),
		adminLogin(admin.Email),
		chromedp.WaitVisible(css(`#rq-list [data-testid="rq-item"]`)),
	))
	screenshot(t, ctx, "admin-review-queue")

	if got := eval(`[...document.querySelectorAll('#rq-list [data-testid="rq-item"]')].map(x => x.dataset.kind + ":" + x.dataset.key + ":" + x.dataset.withdrawn).join()`); got != "flagged:returns:true,stale:serum-vegan:true,draft:product-lumi-c-30:false,draft:product-lumi-toner:false" &&
		got != "stale:serum-vegan:true,flagged:returns:true,draft:product-lumi-c-30:false,draft:product-lumi-toner:false" &&
		!(strings.Count(got, "draft:") == 2 && strings.Contains(got, "stale:serum-vegan:true") && strings.Contains(got, "flagged:returns:true")) {
		t.Errorf("queue shows %q", got)
	}
	if got := eval(`document.querySelector('#rq-tabs').textContent`); got != "All (4)Stale (1)Flagged (1)Drafts (2)" {
		t.Errorf("tabs %q", got)
	}
	if got := eval(`document.querySelector('#rq-feeds [data-name="catalogue"]').textContent`); !strings.Contains(got, "catalogue · kefu feed · delivered to its webhook · last received") {
		t.Errorf("feed line %q", got)
	}
	if got := eval(`document.querySelector('#rq-feeds [data-name="shopify"]').textContent`); !strings.Contains(got, "Shopify · polled every 30 min · last delivery failed") || !strings.Contains(got, hostileTitle) {
		t.Errorf("failed feed line %q", got)
	}
	stale := `#rq-list [data-key="serum-vegan"]`
	if got := eval(`document.querySelector('` + stale + ` .rq-reason').textContent`); !strings.Contains(got, "€19.90 to €17.90") {
		t.Errorf("stale reason %q", got)
	}
	if got := eval(`document.querySelector('` + stale + ` .rq-flag').textContent`); !strings.Contains(got, "Feed catalogue") || strings.Contains(got, "feed:") {
		t.Errorf("stale flag line %q: want the feed named, not its code", got)
	}
	flagged := `#rq-list [data-key="returns"]`
	if got := eval(`document.querySelector('` + flagged + ` .rq-reason').textContent`); got != "outdated: "+hostileTitle {
		t.Errorf("hostile reason shows %q", got)
	}
	if n := eval(`String(document.querySelectorAll('#rq-list img, #rq-list script').length + window.__dialogs)`); n != "0" {
		t.Errorf("untrusted text made %s elements or dialogs", n)
	}
	if got := eval(`document.querySelector('` + flagged + ` .rq-flag').textContent`); !strings.Contains(got, "Agent · Bo") {
		t.Errorf("flag line %q: want who raised it", got)
	}

	t.Run("approve a stale article", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(stale+` .act-approve`)),
			chromedp.WaitVisible(css(`.admin-msg[data-kind="ok"]`)),
			chromedp.WaitNotPresent(css(stale)),
		))
		as, err := e.Store.FindArticles(bg, kefu.ArticleFilter{TenantID: shop, Answerable: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range as {
			found = found || a.ID == faq.ID
		}
		if !found {
			t.Error("the approved article does not answer")
		}
		flags, _ := e.Store.FindArticleFlags(bg, kefu.ArticleFlagFilter{TenantID: shop, ArticleID: faq.ID})
		if flags[0].ResolvedBy != "Olga" || flags[0].Resolution != kefu.FlagApproved {
			t.Errorf("approval record %+v", flags[0])
		}
	})

	t.Run("edit a draft", func(t *testing.T) {
		draft := `#rq-list [data-key="product-lumi-toner"]`
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(draft+` .act-edit`)),
			chromedp.WaitVisible(css(draft+` .rq-body-input`)),
			testenv.Type(draft+` .rq-body-input`, "A gentle rose toner for every skin type."),
			chromedp.Click(css(draft+` .act-save`)),
			chromedp.WaitVisible(css(`.admin-msg[data-kind="ok"]`)),
		))
		screenshot(t, ctx, "admin-review-edited")
		a, err := e.Store.FindArticleByKey(bg, shop, "product-lumi-toner", "en")
		if err != nil {
			t.Fatal(err)
		}
		if a.Version != 2 || a.Body != "A gentle rose toner for every skin type." || a.Status != kefu.ArticleDraft {
			t.Errorf("edited draft %+v", a)
		}
	})

	t.Run("reject needs a reason", func(t *testing.T) {
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(flagged+` .act-reject`)),
			chromedp.WaitVisible(css(flagged+` .rq-reason-input`)),
			chromedp.Click(css(flagged+` .act-confirm-reject`)),
		))
		if got := eval(`document.querySelector('` + flagged + ` .rq-work .field-error').textContent`); got != "Give a reason." {
			t.Errorf("reject without reason says %q", got)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(flagged+` .rq-reason-input`, "Returns are now 14 days; rewriting it"),
			chromedp.Click(css(flagged+` .act-confirm-reject`)),
			chromedp.WaitNotPresent(css(flagged)),
		))
		flags, _ := e.Store.FindArticleFlags(bg, kefu.ArticleFlagFilter{TenantID: shop, ArticleID: returns.ID})
		if flags[0].ResolvedBy != "Olga" || flags[0].Resolution != kefu.FlagRejected || flags[0].ResolutionReason != "Returns are now 14 days; rewriting it" {
			t.Errorf("rejection record %+v", flags[0])
		}
		a, _ := e.Store.FindArticleByID(bg, shop, returns.ID)
		if a.Status != kefu.ArticleDraft {
			t.Errorf("rejected article is %s", a.Status)
		}
		screenshot(t, ctx, "admin-review-after")
	})

	t.Run("add, poll and delete a feed", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`{"currency": "EUR", "products": [{"sku": "LUMI-MASK", "names": {"en": "Clay mask"}, "price": "12.00", "stock": 8}]}`))
		}))
		defer srv.Close()
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#rq-feed-add`)),
			chromedp.WaitVisible(css(`#feed-editor`)),
			testenv.Type(`#feed-name`, "Masks!"),
			chromedp.Click(css(`#feed-save`)),
		))
		if got := eval(`document.querySelector('#feed-error').textContent`); !strings.Contains(got, "Lower-case letters") {
			t.Errorf("bad name says %q", got)
		}
		run(t, ctx, chromedp.Steps(
			testenv.Type(`#feed-name`, "masks"),
			testenv.Type(`#feed-url`, srv.URL+"/feed.json"),
			chromedp.SetValue(css(`#feed-interval`), "1h0m0s"),
			testenv.Type(`#feed-secret`, "s3cret"),
			chromedp.Click(css(`#feed-save`)),
			chromedp.WaitVisible(css(`#rq-feeds [data-name="masks"]`)),
		))
		src, err := e.Store.FindFeedSource(bg, shop, "masks")
		if err != nil || src.Format != kefu.FeedKefu || src.URL != srv.URL+"/feed.json" || src.Interval != time.Hour || src.Secret != "s3cret" {
			t.Fatalf("stored feed %+v, %v", src, err)
		}
		if got := eval(`document.querySelector('#rq-feeds [data-name="masks"]').textContent`); !strings.Contains(got, "polled every 1 h") {
			t.Errorf("feed line %q", got)
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#rq-feeds [data-name="masks"] .act-feed-poll`)),
			chromedp.WaitVisible(css(`#rq-list [data-key="product-lumi-mask"]`)),
			chromedp.WaitVisible(css(`.admin-msg[data-kind="ok"]`)),
		))
		if got := eval(`document.querySelector('.admin-msg').textContent`); got != "Polled masks: 1 in the feed, 1 new, 0 with a new price, 0 articles made stale." {
			t.Errorf("poll says %q", got)
		}
		if p, err := e.Store.FindProductBySKU(bg, shop, "LUMI-MASK"); err != nil || p.Price != 1200 {
			t.Errorf("polled product %+v, %v", p, err)
		}
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#rq-feeds [data-name="masks"] .act-feed-edit`)),
			chromedp.WaitVisible(css(`#feed-hooks`)),
		))
		if got := eval(`document.querySelector('#feed-hooks').textContent`); !strings.Contains(got, "/v1/admin/feeds/masks") || !strings.Contains(got, "/v1/feeds/shop/masks") {
			t.Errorf("webhook addresses %q", got)
		}
		screenshot(t, ctx, "admin-review-feed")
		run(t, ctx, chromedp.Steps(
			chromedp.Click(css(`#rq-feeds [data-name="masks"] .act-feed-delete`)),
			chromedp.Click(css(`#rq-feeds .confirm-ok`)),
			chromedp.WaitNotPresent(css(`#rq-feeds [data-name="masks"]`)),
		))
		if _, err := e.Store.FindFeedSource(bg, shop, "masks"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("deleted feed: %v", err)
		}
		if n := eval(`String(window.__dialogs)`); n != "0" {
			t.Errorf("%s dialogs", n)
		}
	})
}
