package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// feedTests cover the review queue (article flags) and feed sources.
var feedTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"ArticleFlags", testArticleFlags},
	{"FeedSources", testFeedSources},
	{"FeedItems", testFeedItems},
}

func testArticleFlags(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	a := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "serum", Language: "en", Title: "Serum",
		Body: "SKU S-1 costs 20 EUR.", Status: kefu.ArticlePublished})
	b := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Title: "Returns",
		Body: "30 days.", Status: kefu.ArticlePublished})
	keys := func() []string {
		t.Helper()
		as, err := s.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop", Answerable: true})
		mustNil(t, "FindArticles answerable", err)
		var out []string
		for _, a := range as {
			out = append(out, a.Key)
		}
		return out
	}
	checkEqual(t, "answerable before flags", keys(), []string{"returns", "serum"})

	// A flag that does not withdraw leaves the article in the answers.
	soft := &kefu.ArticleFlag{TenantID: "shop", ArticleID: a.ID, Kind: kefu.FlagFlagged, Source: "customer",
		Reason: "price is wrong", By: "cu_1"}
	mustNil(t, "CreateArticleFlag customer", s.CreateArticleFlag(ctx, soft))
	if soft.ID == "" || soft.CreatedAt.IsZero() || !soft.Open() {
		t.Errorf("created flag %+v: want an ID, a time, open", soft)
	}
	checkEqual(t, "answerable with a customer flag", keys(), []string{"returns", "serum"})

	stale := &kefu.ArticleFlag{TenantID: "shop", ArticleID: a.ID, Kind: kefu.FlagStale, Source: "feed:shopify",
		Reason: "price of S-1 changed", By: "feed shopify", Withdraws: true,
		// Its reasons in parts round-trip (checked by "newest open flag").
		Reasons: []kefu.FlagReason{{Code: kefu.FlagReasonPriceChanged, Params: map[string]string{"name": "Serum «10»", "sku": "S-1",
			"old_amount": "12.50", "old_currency": "EUR", "new_amount": "14.00", "new_currency": "EUR"}}}}
	mustNil(t, "CreateArticleFlag stale", s.CreateArticleFlag(ctx, stale))
	checkEqual(t, "answerable with a stale flag", keys(), []string{"returns"})

	// The same kind and source again returns the open flag.
	again := &kefu.ArticleFlag{TenantID: "shop", ArticleID: a.ID, Kind: kefu.FlagStale, Source: "feed:shopify",
		Reason: "other words", Withdraws: true}
	mustNil(t, "CreateArticleFlag again", s.CreateArticleFlag(ctx, again))
	if again.ID != stale.ID || again.Reason != stale.Reason {
		t.Errorf("second stale flag got ID %q reason %q, want the open one %q", again.ID, again.Reason, stale.ID)
	}

	open, err := s.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", OpenOnly: true})
	mustNil(t, "FindArticleFlags", err)
	if len(open) != 2 {
		t.Fatalf("open flags %d, want 2", len(open))
	}
	checkEqual(t, "newest open flag", open[0], stale)
	onlyStale, err := s.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", Kind: kefu.FlagStale})
	mustNil(t, "FindArticleFlags stale", err)
	if len(onlyStale) != 1 || onlyStale[0].ID != stale.ID {
		t.Errorf("stale flags %v, want only %s", onlyStale, stale.ID)
	}
	theirs, err := s.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "other"})
	mustNil(t, "FindArticleFlags other", err)
	if len(theirs) != 0 {
		t.Errorf("other tenant sees %d flags", len(theirs))
	}

	n, err := s.ResolveArticleFlags(ctx, "other", a.ID, kefu.FlagApproved, "", "eve")
	mustNil(t, "ResolveArticleFlags other tenant", err)
	if n != 0 {
		t.Errorf("another tenant resolved %d flags", n)
	}
	n, err = s.ResolveArticleFlags(ctx, "shop", a.ID, kefu.FlagApproved, "checked the price", "Ana")
	mustNil(t, "ResolveArticleFlags", err)
	if n != 2 {
		t.Errorf("resolved %d flags, want 2", n)
	}
	checkEqual(t, "answerable after approval", keys(), []string{"returns", "serum"})
	all, err := s.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", ArticleID: a.ID})
	mustNil(t, "FindArticleFlags article", err)
	for _, f := range all {
		if f.Open() || f.ResolvedBy != "Ana" || f.Resolution != kefu.FlagApproved || f.ResolutionReason != "checked the price" {
			t.Errorf("resolved flag %+v", f)
		}
	}
	// A new flag after the resolution is a new entry.
	later := &kefu.ArticleFlag{TenantID: "shop", ArticleID: a.ID, Kind: kefu.FlagStale, Source: "feed:shopify", Withdraws: true}
	mustNil(t, "CreateArticleFlag later", s.CreateArticleFlag(ctx, later))
	if later.ID == stale.ID {
		t.Error("a flag raised after the resolution reused the resolved one")
	}

	t.Run("errors", func(t *testing.T) {
		err := s.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: "other", ArticleID: b.ID, Kind: kefu.FlagFlagged, Source: "agent"})
		wantCode(t, "flag another tenant's article", err, kefu.ENOTFOUND)
		err = s.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: "shop", ArticleID: b.ID, Kind: "odd", Source: "agent"})
		wantField(t, "unknown kind", err, kefu.EINVALID, "kind")
		err = s.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: "shop", ArticleID: b.ID, Kind: kefu.FlagFlagged})
		wantField(t, "no source", err, kefu.EINVALID, "source")
		err = s.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: "shop", ArticleID: b.ID, Kind: kefu.FlagStale, Source: "feed:x",
			Reasons: make([]kefu.FlagReason, kefu.MaxFlagReasons+1)})
		wantField(t, "too many reasons", err, kefu.EINVALID, "reasons")
		err = s.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: "shop", ArticleID: b.ID, Kind: kefu.FlagStale, Source: "feed:x",
			Reasons: []kefu.FlagReason{{Params: map[string]string{"sku": "S-1"}}}})
		wantField(t, "a reason without a code", err, kefu.EINVALID, "reasons[0].code")
		_, err = s.ResolveArticleFlags(ctx, "shop", b.ID, "maybe", "", "Ana")
		wantField(t, "unknown resolution", err, kefu.EINVALID, "resolution")
	})

	t.Run("deleting the article deletes its flags", func(t *testing.T) {
		mustNil(t, "DeleteArticle", s.DeleteArticle(ctx, "shop", a.ID))
		fs, err := s.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: "shop", ArticleID: a.ID})
		mustNil(t, "FindArticleFlags", err)
		if len(fs) != 0 {
			t.Errorf("%d flags outlive their article", len(fs))
		}
	})
}

func testFeedSources(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	src := &kefu.FeedSource{TenantID: "shop", Name: "shopify", Format: kefu.FeedShopify, URL: "https://shop.example/products.json",
		Interval: 5 * time.Minute, Secret: "s3cret", Language: "en", Currency: "EUR"}
	mustNil(t, "UpsertFeedSource", s.UpsertFeedSource(ctx, src, false))
	mustNil(t, "UpsertFeedSource hook", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "promos", Format: kefu.FeedKefu}, false))
	mustNil(t, "UpsertFeedSource other", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "other", Name: "google", Format: kefu.FeedKefu,
		URL: "http://other.example/feed.xml"}, false))
	got, err := s.FindFeedSource(ctx, "shop", "shopify")
	mustNil(t, "FindFeedSource", err)
	checkEqual(t, "FindFeedSource", got, src)

	// An upsert without a secret keeps it; clearSecret removes it.
	up := *src
	up.Secret, up.Interval = "", time.Hour
	mustNil(t, "UpsertFeedSource keep secret", s.UpsertFeedSource(ctx, &up, false))
	got, err = s.FindFeedSource(ctx, "shop", "shopify")
	mustNil(t, "FindFeedSource", err)
	if got.Secret != "s3cret" || got.Interval != time.Hour {
		t.Errorf("after upsert without secret: secret %q interval %v", got.Secret, got.Interval)
	}
	mustNil(t, "UpsertFeedSource clear secret", s.UpsertFeedSource(ctx, &up, true))
	got, _ = s.FindFeedSource(ctx, "shop", "shopify")
	if got.Secret != "" {
		t.Errorf("secret %q after clearing", got.Secret)
	}

	at := time.Date(2026, 6, 18, 8, 0, 0, 0, time.UTC)
	mustNil(t, "RecordFeedRun", s.RecordFeedRun(ctx, "shop", "shopify", at, "line 3: bad price", "abc"))
	got, _ = s.FindFeedSource(ctx, "shop", "shopify")
	if !got.LastRunAt.Equal(at) || got.LastError != "line 3: bad price" || got.LastHash != "abc" {
		t.Errorf("after RecordFeedRun: %v %q %q", got.LastRunAt, got.LastError, got.LastHash)
	}
	// An upsert keeps the run fields.
	mustNil(t, "UpsertFeedSource", s.UpsertFeedSource(ctx, &up, false))
	got, _ = s.FindFeedSource(ctx, "shop", "shopify")
	if got.LastHash != "abc" {
		t.Errorf("upsert dropped the last hash: %q", got.LastHash)
	}
	wantCode(t, "RecordFeedRun unknown", s.RecordFeedRun(ctx, "shop", "nope", at, "", ""), kefu.ENOTFOUND)

	mine, err := s.FindFeedSources(ctx, "shop", false)
	mustNil(t, "FindFeedSources", err)
	if len(mine) != 2 || mine[0].Name != "promos" || mine[1].Name != "shopify" {
		t.Errorf("FindFeedSources shop: %v", show(mine))
	}
	polled, err := s.FindFeedSources(ctx, "", true)
	mustNil(t, "FindFeedSources polled", err)
	var names []string
	for _, p := range polled {
		names = append(names, p.TenantID+"/"+p.Name)
	}
	checkEqual(t, "polled sources", names, []string{"other/google", "shop/shopify"})
	every, err := s.FindFeedSources(ctx, "", false)
	mustNil(t, "FindFeedSources of every tenant", err)
	if len(every) != 3 {
		t.Errorf("FindFeedSources of every tenant: %d sources, want 3", len(every))
	}

	_, err = s.FindFeedSource(ctx, "other", "shopify")
	wantCode(t, "FindFeedSource other tenant", err, kefu.ENOTFOUND)
	wantField(t, "bad name", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "Bad Name", Format: kefu.FeedKefu}, false),
		kefu.EINVALID, "name")
	wantField(t, "bad format", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "x", Format: "csv"}, false),
		kefu.EINVALID, "format")
	wantField(t, "short interval", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "x", Format: kefu.FeedKefu,
		URL: "https://a.example/", Interval: time.Second}, false), kefu.EINVALID, "interval")
	wantField(t, "ftp url", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "x", Format: kefu.FeedKefu,
		URL: "ftp://a.example/"}, false), kefu.EINVALID, "url")
	wantCode(t, "unknown tenant", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "nobody", Name: "x", Format: kefu.FeedKefu}, false),
		kefu.ENOTFOUND)

	mustNil(t, "DeleteFeedSource", s.DeleteFeedSource(ctx, "shop", "promos"))
	wantCode(t, "DeleteFeedSource again", s.DeleteFeedSource(ctx, "shop", "promos"), kefu.ENOTFOUND)
}

func testFeedItems(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	mustNil(t, "UpsertFeedSource", s.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "cat", Format: kefu.FeedKefu}, false))
	seen := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	ends := time.Date(2026, 6, 18, 23, 59, 0, 0, time.UTC)
	var items []*kefu.FeedItem
	for i := range 300 {
		items = append(items, &kefu.FeedItem{Kind: kefu.FeedItemProduct, Key: fmt.Sprintf("SKU-%03d", i), Hash: "h", SeenAt: seen})
	}
	items = append(items, &kefu.FeedItem{Kind: kefu.FeedItemPromotion, Key: "618", Hash: "p", EndsAt: ends, SeenAt: seen})
	mustNil(t, "SaveFeedItems", s.SaveFeedItems(ctx, "shop", "cat", items, nil))
	got, err := s.FindFeedItems(ctx, "shop", "cat")
	mustNil(t, "FindFeedItems", err)
	checkEqual(t, "FindFeedItems", got, items)

	changed := &kefu.FeedItem{Kind: kefu.FeedItemPromotion, Key: "618", Hash: "p2", EndsAt: ends, Ended: true, SeenAt: seen}
	mustNil(t, "SaveFeedItems update", s.SaveFeedItems(ctx, "shop", "cat", []*kefu.FeedItem{changed},
		[]*kefu.FeedItem{{Kind: kefu.FeedItemProduct, Key: "SKU-000"}}))
	got, err = s.FindFeedItems(ctx, "shop", "cat")
	mustNil(t, "FindFeedItems", err)
	if len(got) != 300 || got[0].Key != "SKU-001" {
		t.Fatalf("after delete: %d items, first %q", len(got), got[0].Key)
	}
	checkEqual(t, "updated promotion item", got[len(got)-1], changed)

	wantField(t, "bad kind", s.SaveFeedItems(ctx, "shop", "cat", []*kefu.FeedItem{{Kind: "order", Key: "x", SeenAt: seen}}, nil),
		kefu.EINVALID, "kind")
	wantCode(t, "unknown feed", s.SaveFeedItems(ctx, "shop", "nope", []*kefu.FeedItem{{Kind: kefu.FeedItemProduct, Key: "x", SeenAt: seen}}, nil),
		kefu.ENOTFOUND)

	mustNil(t, "DeleteFeedSource", s.DeleteFeedSource(ctx, "shop", "cat"))
	got, err = s.FindFeedItems(ctx, "shop", "cat")
	mustNil(t, "FindFeedItems after delete", err)
	if len(got) != 0 {
		t.Errorf("%d items outlive their feed", len(got))
	}
}
