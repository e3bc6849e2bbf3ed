package freshness_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

// benchFeed is a kefu feed of n products priced price (minor units),
// named in English and Chinese.
func benchFeed(tb testing.TB, n int, price int) []byte {
	type wp struct {
		SKU      string            `json:"sku"`
		Names    map[string]string `json:"names"`
		Desc     map[string]string `json:"descriptions"`
		Price    string            `json:"price"`
		Stock    int               `json:"stock"`
		Category string            `json:"category"`
		Brand    string            `json:"brand"`
	}
	f := struct {
		Currency string `json:"currency"`
		Products []wp   `json:"products"`
	}{Currency: "EUR"}
	for i := range n {
		f.Products = append(f.Products, wp{SKU: fmt.Sprintf("SKU-%05d", i),
			Names: map[string]string{"en": fmt.Sprintf("Product %05d", i)},
			Desc:  map[string]string{"en": "A product of the benchmark catalogue."},
			Price: fmt.Sprintf("%d.%02d", price/100, price%100), Stock: 10 + i%7, Category: "skincare", Brand: "Lumi"})
	}
	b, err := json.Marshal(f)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// BenchmarkFeed5000 processes feeds of 5,000 product changes on SQLite
// (a file in a temporary directory) with 200 published articles to scan
// for mentions: "new" is 5,000 new products (5,000 facts, 5,000 draft
// articles in the review queue), "price" the same 5,000 products with
// new prices and stock (facts updated, the articles mentioning them
// flagged stale). One op is one whole feed.
func BenchmarkFeed5000(b *testing.B) {
	const n = 5000
	ctx := context.Background()
	newFeed, priceFeed := benchFeed(b, n, 1990), benchFeed(b, n, 1790)
	setup := func(b *testing.B) (*freshness.Service, *kefu.FeedSource) {
		st := MustOpen(b, nil)
		for i := range 200 {
			a := &kefu.Article{TenantID: "shop", Key: fmt.Sprintf("faq-%03d", i), Language: "en", Title: fmt.Sprintf("Question %d", i),
				Body:   fmt.Sprintf("An answer that names SKU-%05d and talks about shipping, returns and care at some length.", i*25),
				Status: kefu.ArticlePublished}
			if err := st.UpsertArticle(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
		return &freshness.Service{Store: st}, MustSource(b, st, "bench", kefu.FeedKefu)
	}
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			svc, src := setup(b)
			b.StartTimer()
			res, err := svc.Deliver(ctx, src, newFeed)
			if err != nil || res.NewProducts != n || res.Drafts != n {
				b.Fatalf("%+v %v", res, err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N), "s/feed")
	})
	b.Run("price", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			svc, src := setup(b)
			if _, err := svc.Deliver(ctx, src, newFeed); err != nil {
				b.Fatal(err)
			}
			src, _ = svc.Store.FindFeedSource(ctx, "shop", "bench")
			b.StartTimer()
			res, err := svc.Deliver(ctx, src, priceFeed)
			if err != nil || res.PriceChanges != n || res.Stale != 200 {
				b.Fatalf("%+v %v", res, err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N), "s/feed")
	})
}
