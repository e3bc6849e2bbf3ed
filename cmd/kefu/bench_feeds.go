package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/kefu-ai/kefu/freshness"
)

// feedsBenchResult is the last line of "kefu bench --scenario feeds".
type feedsBenchResult struct {
	Scenario string `json:"scenario"`
	Store    string `json:"store"`
	Products int    `json:"products"`
	// A feed of that many new products: facts written, drafts queued.
	NewSeconds float64 `json:"new_s"`
	Drafts     int     `json:"drafts"`
	// The same products with new prices and stock: facts updated, the
	// articles mentioning them flagged stale.
	PriceSeconds float64 `json:"price_s"`
	PriceChanges int     `json:"price_changes"`
	Stale        int     `json:"stale"`
	// The last feed again in other bytes ("full": true): every item
	// compared, nothing written.
	UnchangedSeconds float64 `json:"unchanged_s"`
	Unchanged        int     `json:"unchanged"`
}

// benchFeeds delivers catalogue feeds of n product changes to the
// webhook of the in-process demo (SQLite; docs/feeds.md): n new
// products, then new prices and stock for all of them, then the same
// feed again.
func benchFeeds(ctx context.Context, env *Env, cfg *Config, tenant string, n int) error {
	if n < 1 {
		return fmt.Errorf("-products must be at least 1")
	}
	d, err := startBenchDemo(ctx, env, cfg, tenant)
	if err != nil {
		return err
	}
	defer d.stop()
	b := &bencher{client: &http.Client{Timeout: 5 * time.Minute}, base: d.base, key: d.key}
	if err := b.do(ctx, "PUT", "/v1/admin/feeds/bench", map[string]any{"format": "kefu"}, nil); err != nil {
		return err
	}
	// full only changes the bytes here: every product of the feed is
	// listed, so nothing is removed.
	feed := func(price int, full bool) (json.RawMessage, error) {
		type product struct {
			SKU      string            `json:"sku"`
			Names    map[string]string `json:"names"`
			Desc     map[string]string `json:"descriptions"`
			Price    string            `json:"price"`
			Stock    int               `json:"stock"`
			Category string            `json:"category"`
			Brand    string            `json:"brand"`
		}
		ps := make([]product, n)
		for i := range ps {
			ps[i] = product{SKU: fmt.Sprintf("FEED-%06d", i), Names: map[string]string{"en": fmt.Sprintf("Feed product %06d", i)},
				Desc:  map[string]string{"en": "A product of the feeds benchmark, with a description of ordinary length."},
				Price: fmt.Sprintf("%d.%02d", price/100+i%50, price%100), Stock: 5 + (i+price)%30, Category: "bench", Brand: "kefu"}
		}
		return json.Marshal(map[string]any{"currency": "USD", "full": full, "products": ps})
	}
	res := feedsBenchResult{Scenario: "feeds", Store: "sqlite", Products: n}
	deliver := func(what string, body json.RawMessage) (*freshness.Result, float64, error) {
		fmt.Fprintf(env.Stderr, "bench: feeds: delivering %d products (%s, %d KiB)\n", n, what, len(body)>>10)
		var r freshness.Result
		t0 := time.Now()
		err := b.do(ctx, "POST", "/v1/admin/feeds/bench", body, &r)
		return &r, round3(time.Since(t0).Seconds()), err
	}
	body, err := feed(1990, false)
	if err != nil {
		return err
	}
	r, s, err := deliver("new", body)
	if err != nil {
		return err
	}
	res.NewSeconds, res.Drafts = s, r.Drafts
	if body, err = feed(1790, false); err != nil {
		return err
	}
	if r, s, err = deliver("new prices", body); err != nil {
		return err
	}
	res.PriceSeconds, res.PriceChanges, res.Stale = s, r.PriceChanges, r.Stale
	if body, err = feed(1790, true); err != nil {
		return err
	}
	if r, s, err = deliver("unchanged", body); err != nil {
		return err
	}
	res.UnchangedSeconds, res.Unchanged = s, r.Unchanged
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }
