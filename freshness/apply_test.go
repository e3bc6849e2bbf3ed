package freshness_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
	"github.com/kefu-ai/kefu/knowledge"
)

const catalogue = `{
  "full": true,
  "currency": "EUR",
  "products": [
    {"sku": "LUMI-C-30", "names": {"en": "Vitamin C serum", "zh": "维C精华"}, "descriptions": {"en": "Brightens dull skin."},
     "price": "19.90", "stock": 12, "category": "skincare", "brand": "Lumi"},
    {"sku": "LUMI-TONER", "names": {"en": "Rose toner"}, "price": "9.50", "stock": 40, "category": "skincare", "brand": "Lumi"}
  ],
  "promotions": [
    {"id": "618", "code": "SAVE618", "start": "2026-06-01T00:00:00Z", "end": "2026-06-19T00:00:00Z",
     "terms": {"en": "10% off all skincare until 18 June", "zh": "护肤全场九折"}, "categories": ["skincare"]}
  ]
}`

// published stores a published article of shop, or fails tb.
func published(tb testing.TB, st kefu.Store, key, title, body string) *kefu.Article {
	tb.Helper()
	a := &kefu.Article{TenantID: "shop", Key: key, Language: "en", Title: title, Body: body, Status: kefu.ArticlePublished}
	if err := st.UpsertArticle(context.Background(), a); err != nil {
		tb.Fatal(err)
	}
	return a
}

// answerKeys are the keys of the articles the knowledge index answers
// with, as the turn pipeline sees them.
func answerKeys(tb testing.TB, ks *knowledge.Service) []string {
	tb.Helper()
	ks.Invalidate("shop")
	ix, err := ks.Index(context.Background(), "shop")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, k := range []string{"serum-faq", "returns", "summer-sale", "toner-faq"} {
		if ix.ByKey(k, "en") != nil {
			out = append(out, k)
		}
	}
	return out
}

// TestApplyFeed runs a feed's life on SQLite and PostgreSQL.
func TestApplyFeed(t *testing.T) {
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) { testApplyFeed(t, store.open) })
	}
}

func testApplyFeed(t *testing.T, open func(testing.TB, kefu.Clock) kefu.Store) {
	ctx := context.Background()
	clock := &testClock{t: time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)}
	st := open(t, clock.Now)
	MustSource(t, st, "catalogue", kefu.FeedKefu)
	var changed []string
	svc := &freshness.Service{Store: st, Now: clock.Now, Changed: func(id string) { changed = append(changed, id) }}
	ks := knowledge.NewService(st, clock.Now)

	published(t, st, "serum-faq", "Is the vitamin C serum vegan?", "Yes: Vitamin C serum (LUMI-C-30) is vegan.")
	published(t, st, "returns", "Returns", "Return anything within 30 days.")
	published(t, st, "summer-sale", "618 sale", "Use code SAVE618 for 10% off skincare.")
	published(t, st, "toner-faq", "Toner", "Our rose toner suits every skin type.")

	res := MustDeliver(t, svc, "catalogue", []byte(catalogue))
	checkJSON(t, "first delivery", res, &freshness.Result{Products: 2, NewProducts: 2, Promotions: 1, PromotionChanges: 1, Drafts: 3})
	if len(changed) != 1 {
		t.Errorf("Changed called %d times, want 1", len(changed))
	}

	t.Run("facts and drafts", func(t *testing.T) {
		p, err := st.FindProductBySKU(ctx, "shop", "LUMI-C-30")
		if err != nil {
			t.Fatal(err)
		}
		if p.Name != "Vitamin C serum" || p.Price != 1990 || p.Currency != "EUR" || p.Stock != 12 || p.Attributes["name_zh"] != "维C精华" {
			t.Errorf("product %+v", p)
		}
		promo, err := st.FindPromotionByID(ctx, "shop", "618")
		if err != nil {
			t.Fatal(err)
		}
		if promo.Code != "SAVE618" || !promo.Active(clock.Now()) || promo.Active(time.Date(2026, 6, 19, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("promotion %+v: want active now, not from its end", promo)
		}
		q, err := svc.Queue(ctx, "shop", kefu.FlagDraft)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range q {
			got = append(got, it.Article.Key+"/"+it.Article.Language+" "+string(it.Article.Status))
			if it.Flags[0].Source != "feed:catalogue" || !strings.Contains(it.Flags[0].Reason, "new product") {
				t.Errorf("draft flag %+v", it.Flags[0])
			}
		}
		if len(got) != 3 || !strings.Contains(strings.Join(got, ","), "product-lumi-c-30/zh draft") {
			t.Errorf("draft queue %v, want the serum in en and zh and the toner, as drafts", got)
		}
		zh, err := st.FindArticleByKey(ctx, "shop", "product-lumi-c-30", "zh")
		if err != nil {
			t.Fatal(err)
		}
		if zh.Title != "维C精华" || !strings.Contains(zh.Body, "SKU: LUMI-C-30") || strings.Contains(zh.Body, "19.90") {
			t.Errorf("zh draft %q / %q: want the name and SKU, never the price", zh.Title, zh.Body)
		}
	})

	t.Run("re-delivery changes nothing", func(t *testing.T) {
		before := len(changed)
		res := MustDeliver(t, svc, "catalogue", []byte(catalogue))
		if !res.Skipped {
			t.Errorf("same body again: %+v, want skipped", res)
		}
		// The same feed with other whitespace is read but matches the
		// stored items one by one.
		res = MustDeliver(t, svc, "catalogue", []byte(strings.ReplaceAll(catalogue, "\n", "\n ")))
		checkJSON(t, "re-delivery", res, &freshness.Result{Products: 2, Promotions: 1, Unchanged: 3})
		if len(changed) != before {
			t.Error("a re-delivery told the caches the shop changed")
		}
		flags, _ := st.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop"})
		if len(flags) != 3 {
			t.Errorf("%d flags after re-delivery, want the 3 drafts", len(flags))
		}
	})

	checkJSON(t, "answers before changes", answerKeys(t, ks), []string{"serum-faq", "returns", "summer-sale", "toner-faq"})

	t.Run("price change is a fact at once and makes mentions stale", func(t *testing.T) {
		body := strings.Replace(catalogue, `"price": "19.90", "stock": 12`, `"price": "17.90", "stock": 3`, 1)
		res := MustDeliver(t, svc, "catalogue", []byte(body))
		checkJSON(t, "price change", res, &freshness.Result{Products: 2, Promotions: 1, Unchanged: 2, PriceChanges: 1, StockChanges: 1, Stale: 1})
		p, _ := st.FindProductBySKU(ctx, "shop", "LUMI-C-30")
		if p.Price != 1790 || p.Stock != 3 {
			t.Errorf("product after the change: price %d stock %d", p.Price, p.Stock)
		}
		checkJSON(t, "answers after the price change", answerKeys(t, ks), []string{"returns", "summer-sale", "toner-faq"})
		q, _ := svc.Queue(ctx, "shop", kefu.FlagStale)
		if len(q) != 1 || q[0].Article.Key != "serum-faq" || !q[0].Withdrawn || !strings.Contains(q[0].Flags[0].Reason, "€19.90 to €17.90") {
			t.Fatalf("stale queue %+v", q)
		}
		checkJSON(t, "the price change's reason in parts", q[0].Flags[0].Reasons, []kefu.FlagReason{{Code: kefu.FlagReasonPriceChanged,
			Params: map[string]string{"name": "Vitamin C serum", "sku": "LUMI-C-30", "old_amount": "19.90", "old_currency": "EUR", "new_amount": "17.90", "new_currency": "EUR"}}})
		a, err := svc.Approve(ctx, "shop", q[0].Article.ID, "", "Ana Lima")
		if err != nil {
			t.Fatal(err)
		}
		if a.Status != kefu.ArticlePublished {
			t.Errorf("approved article is %s", a.Status)
		}
		checkJSON(t, "answers after approval", answerKeys(t, ks), []string{"serum-faq", "returns", "summer-sale", "toner-faq"})
		flags, _ := st.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", ArticleID: a.ID})
		if flags[0].Open() || flags[0].ResolvedBy != "Ana Lima" || flags[0].Resolution != kefu.FlagApproved {
			t.Errorf("flag after approval %+v", flags[0])
		}
		if _, err := svc.Approve(ctx, "shop", a.ID, "", "Ana Lima"); kefu.ErrorCode(err) != kefu.ECONFLICT {
			t.Errorf("approving again: %v, want conflict", err)
		}
	})

	t.Run("a stock change alone leaves articles alone", func(t *testing.T) {
		body := strings.Replace(catalogue, `"price": "19.90", "stock": 12`, `"price": "17.90", "stock": 0`, 1)
		res := MustDeliver(t, svc, "catalogue", []byte(body))
		if res.StockChanges != 1 || res.Stale != 0 {
			t.Errorf("stock change: %+v", res)
		}
	})

	t.Run("the promotion's end makes its articles stale", func(t *testing.T) {
		clock.Set(time.Date(2026, 6, 19, 0, 0, 1, 0, time.UTC))
		n, err := svc.Sweep(ctx)
		if err != nil || n != 1 {
			t.Fatalf("Sweep: %d, %v; want 1 article flagged", n, err)
		}
		checkJSON(t, "answers after the end", answerKeys(t, ks), []string{"serum-faq", "returns", "toner-faq"})
		if n, _ := svc.Sweep(ctx); n != 0 {
			t.Errorf("a second sweep flagged %d", n)
		}
		active, _ := st.FindPromotions(ctx, kefu.PromotionFilter{TenantID: "shop", ActiveAt: clock.Now()})
		if len(active) != 0 {
			t.Errorf("%d promotions still offered after the end", len(active))
		}
		q, _ := svc.Queue(ctx, "shop", kefu.FlagStale)
		if len(q) != 1 {
			t.Fatalf("stale queue has %d items", len(q))
		}
		checkJSON(t, "the promotion's end in parts", q[0].Flags[0].Reasons, []kefu.FlagReason{{Code: kefu.FlagReasonPromotionEnded,
			Params: map[string]string{"promotion": "618", "code": "SAVE618", "ended": "2026-06-19T00:00:00Z"}}})
		if _, err := svc.Reject(ctx, "shop", q[0].Article.ID, "", "Ana Lima"); kefu.ErrorField(err) != "reason" {
			t.Errorf("reject without a reason: %v", err)
		}
		a, err := svc.Reject(ctx, "shop", q[0].Article.ID, "the sale is over", "Ana Lima")
		if err != nil || a.Status != kefu.ArticleDraft {
			t.Fatalf("Reject: %v, %v", a, err)
		}
		checkJSON(t, "answers after rejection", answerKeys(t, ks), []string{"serum-faq", "returns", "toner-faq"})
	})

	t.Run("a full feed removes what it no longer lists", func(t *testing.T) {
		body := `{"full": true, "currency": "EUR", "products": [
			{"sku": "LUMI-C-30", "names": {"en": "Vitamin C serum", "zh": "维C精华"}, "descriptions": {"en": "Brightens dull skin."},
			 "price": "17.90", "stock": 0, "category": "skincare", "brand": "Lumi"}]}`
		res := MustDeliver(t, svc, "catalogue", []byte(body))
		if res.RemovedProducts != 1 || res.RemovedPromotions != 1 || res.Stale != 1 {
			t.Errorf("removal: %+v", res)
		}
		if _, err := st.FindProductBySKU(ctx, "shop", "LUMI-TONER"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("removed product: %v", err)
		}
		checkJSON(t, "answers after removal", answerKeys(t, ks), []string{"serum-faq", "returns"})
		fs, _ := st.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", Kind: kefu.FlagStale, OpenOnly: true})
		if len(fs) != 1 {
			t.Fatalf("open stale flags %+v, want the toner article's", fs)
		}
		checkJSON(t, "the removal in parts", fs[0].Reasons, []kefu.FlagReason{{Code: kefu.FlagReasonDiscontinued,
			Params: map[string]string{"name": "Rose toner", "sku": "LUMI-TONER"}}})
	})

	t.Run("a feed that does not parse changes nothing and is recorded", func(t *testing.T) {
		src, _ := st.FindFeedSource(ctx, "shop", "catalogue")
		_, err := svc.Deliver(ctx, src, []byte(`{"products": [{"sku": "X", "names": {"en": "x"}, "price": "1"}]}`))
		if kefu.ErrorField(err) != "products[0].stock" {
			t.Fatalf("Deliver: %v", err)
		}
		src, _ = st.FindFeedSource(ctx, "shop", "catalogue")
		if !strings.Contains(src.LastError, "products[0].stock") || src.LastHash != "" {
			t.Errorf("source after a bad delivery: error %q hash %q", src.LastError, src.LastHash)
		}
	})
}

func TestApplyShopify(t *testing.T) {
	ctx := context.Background()
	clock := &testClock{t: time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)}
	st := MustOpen(t, clock.Now)
	MustSource(t, st, "shopify", kefu.FeedShopify)
	svc := &freshness.Service{Store: st, Now: clock.Now}
	body, err := os.ReadFile("testdata/shopify_products.json")
	if err != nil {
		t.Fatal(err)
	}
	res := MustDeliver(t, svc, "shopify", body)
	checkJSON(t, "shopify delivery", res, &freshness.Result{Products: 3, NewProducts: 3, Drafts: 3})
	p, err := st.FindProductBySKU(ctx, "shop", "LUMI-C-50")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Vitamin C Serum – 50 ml" || p.Price != 2900 || p.Brand != "Lumi" || p.Category != "Skincare" || p.Description != "A brightening serum.\nVegan" {
		t.Errorf("product %+v", p)
	}
	// A webhook for one product: only it changes.
	one := `{"id": 632910392, "title": "Vitamin C Serum", "variants": [{"id": 808950810, "title": "30 ml", "sku": "LUMI-C-30", "price": "18.00", "inventory_quantity": 10}]}`
	res = MustDeliver(t, svc, "shopify", []byte(one))
	if res.PriceChanges != 1 || res.RemovedProducts != 0 {
		t.Errorf("webhook: %+v", res)
	}
}

// TestFlagArticle runs crowd flags and review decisions on SQLite and
// PostgreSQL.
func TestFlagArticle(t *testing.T) {
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) { testFlagArticle(t, store.open) })
	}
}

func testFlagArticle(t *testing.T, open func(testing.TB, kefu.Clock) kefu.Store) {
	ctx := context.Background()
	clock := &testClock{t: time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)}
	st := open(t, clock.Now)
	svc := &freshness.Service{Store: st, Now: clock.Now}
	ks := knowledge.NewService(st, clock.Now)
	ret := published(t, st, "returns", "Returns", "Return anything within 30 days.")

	tests := []struct {
		source    string
		withdraws bool
	}{{freshness.SourceCustomer, false}, {freshness.SourceAgent, true}}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			f, err := svc.FlagArticle(ctx, "shop", ret.ID, tt.source, " now 14 days ", "someone")
			if err != nil {
				t.Fatal(err)
			}
			if f.Kind != kefu.FlagFlagged || f.Withdraws != tt.withdraws || f.Reason != "now 14 days" {
				t.Errorf("flag %+v", f)
			}
			want := []string{"returns"}
			if tt.withdraws {
				want = nil
			}
			checkJSON(t, "answers", answerKeys(t, ks), want)
		})
	}
	edited, err := svc.Edit(ctx, "shop", ret.ID, "Returns", "Return anything within 14 days.")
	if err != nil || edited.Version != 2 {
		t.Fatalf("Edit: %+v, %v", edited, err)
	}
	if got := answerKeys(t, ks); got != nil {
		t.Errorf("an edit alone put the article back: %v", got)
	}
	if _, err := svc.Approve(ctx, "shop", ret.ID, "checked with the warehouse", "Ana Lima"); err != nil {
		t.Fatal(err)
	}
	checkJSON(t, "answers after approval", answerKeys(t, ks), []string{"returns"})
	vs, _ := st.FindArticleVersions(ctx, "shop", ret.ID)
	if len(vs) != 2 || vs[1].Body != "Return anything within 30 days." {
		t.Errorf("versions %v", vs)
	}
	if _, err := svc.FlagArticle(ctx, "shop", "ar_nope", freshness.SourceAgent, "", "x"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("flag unknown article: %v", err)
	}
	if _, err := svc.Edit(ctx, "shop", ret.ID, "", "x"); kefu.ErrorField(err) != "title" {
		t.Errorf("edit without a title: %v", err)
	}
}

func TestShopifyDelete(t *testing.T) {
	ctx := context.Background()
	clock := &testClock{t: time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)}
	st := MustOpen(t, clock.Now)
	MustSource(t, st, "shopify", kefu.FeedShopify)
	svc := &freshness.Service{Store: st, Now: clock.Now}
	body, err := os.ReadFile("testdata/shopify_products.json")
	if err != nil {
		t.Fatal(err)
	}
	MustDeliver(t, svc, "shopify", body)
	published(t, st, "serum-faq", "Serum sizes", "The serum comes as LUMI-C-30 and LUMI-C-50.")

	// products/delete names the product by its Shopify id: both of its
	// variants go, and the article naming them is stale.
	res := MustDeliver(t, svc, "shopify", []byte(`{"id": 632910392}`))
	if res.RemovedProducts != 2 || res.Stale != 1 {
		t.Errorf("delete webhook: %+v", res)
	}
	for _, sku := range []string{"LUMI-C-30", "LUMI-C-50"} {
		if _, err := st.FindProductBySKU(ctx, "shop", sku); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("%s after delete: %v", sku, err)
		}
	}
	if _, err := st.FindProductBySKU(ctx, "shop", "shopify-808950812"); err != nil {
		t.Errorf("the other product went too: %v", err)
	}
	// The product coming back is new again.
	res = MustDeliver(t, svc, "shopify", body)
	if res.NewProducts != 2 || res.Unchanged != 1 {
		t.Errorf("re-created: %+v", res)
	}
}

// TestSweepPromotions: a promotion written through the admin API (no
// feed) ends; the sweep flags the article naming its code once, and an
// approved article is not flagged again by later sweeps.
func TestSweepPromotions(t *testing.T) {
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) {
			ctx := context.Background()
			clock := &testClock{t: time.Date(2026, 11, 11, 9, 0, 0, 0, time.UTC)}
			st := store.open(t, clock.Now)
			svc := &freshness.Service{Store: st, Now: clock.Now}
			end := time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)
			if err := st.UpsertPromotion(ctx, &kefu.Promotion{ID: "double-11", TenantID: "shop", Code: "DOUBLE11",
				Text: map[string]string{"en": "11% off"}, End: end}); err != nil {
				t.Fatal(err)
			}
			a := published(t, st, "sale", "Singles' Day", "Use DOUBLE11 for 11% off today.")
			published(t, st, "returns", "Returns", "30 days.")
			tests := []struct {
				at   time.Time
				want int
			}{
				{end.Add(-time.Minute), 0},              // still running
				{end, 1},                                // ended: flagged
				{end.Add(time.Minute), 0},               // once
				{end.Add(2 * time.Minute), 0},           // after approval: kept
				{end.Add(freshness.SweepWindow + 1), 0}, // later still
			}
			for i, tt := range tests {
				clock.Set(tt.at)
				n, err := svc.Sweep(ctx)
				if err != nil || n != tt.want {
					t.Fatalf("sweep %d at %s: %d, %v; want %d", i, tt.at, n, err, tt.want)
				}
				if i == 2 {
					if _, err := svc.Approve(ctx, "shop", a.ID, "the page says it is over", "Ana"); err != nil {
						t.Fatal(err)
					}
				}
			}
			fs, _ := st.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", ArticleID: a.ID})
			if len(fs) != 1 || fs[0].Source != freshness.PromotionSource("double-11") || !strings.Contains(fs[0].Reason, "double-11 ended") {
				t.Errorf("flags %+v", fs)
			}
		})
	}
}
