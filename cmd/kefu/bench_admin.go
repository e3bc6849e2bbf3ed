package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"time"
)

// adminBenchResult is the last line of "kefu bench --scenario admin".
type adminBenchResult struct {
	Scenario string `json:"scenario"`
	Products int    `json:"products"`
	Batch    int    `json:"batch_items"`
	// Inserts and updates: the same products sent twice, new then known.
	InsertItemsPerSec float64 `json:"insert_items_per_s"`
	UpdateItemsPerSec float64 `json:"update_items_per_s"`
	BatchP50MS        float64 `json:"batch_p50_ms"`
	BatchMaxMS        float64 `json:"batch_max_ms"`
	// Listing pages of 100 at random places of the catalogue.
	ListRequests int64   `json:"list_requests"`
	ListP50MS    float64 `json:"list_p50_ms"`
	ListP99MS    float64 `json:"list_p99_ms"`
	GetP99MS     float64 `json:"get_p99_ms"`
}

// benchAdmin measures the admin API on the in-process demo (SQLite):
// batch upserts of products, 1,000 a request, first as new products and
// then as changes of the same ones, then listing and reading single
// products of the grown catalogue for dur.
func benchAdmin(ctx context.Context, env *Env, cfg *Config, tenant string, products int, dur time.Duration) error {
	const batchSize = 1000
	if products < batchSize {
		return fmt.Errorf("-products must be at least %d", batchSize)
	}
	d, err := startBenchDemo(ctx, env, cfg, tenant)
	if err != nil {
		return err
	}
	defer d.stop()
	b := &bencher{client: &http.Client{Timeout: 30 * time.Second}, base: d.base, key: d.key}
	fmt.Fprintf(env.Stdout, "bench: admin API on the in-process demo at %s (SQLite), %d products in batches of %d\n", d.base, products, batchSize)

	res := adminBenchResult{Scenario: "admin", Products: products, Batch: batchSize}
	var batchTimes []time.Duration
	upsert := func(round int) (float64, error) {
		start := time.Now()
		for i := 0; i < products; i += batchSize {
			items := make([]map[string]any, 0, batchSize)
			for j := i; j < i+batchSize && j < products; j++ {
				items = append(items, map[string]any{
					"sku": fmt.Sprintf("BENCH-%06d", j), "name": fmt.Sprintf("Bench product %d (round %d)", j, round),
					"description": "A product of the admin benchmark, with a description of ordinary length for a shop catalogue.",
					"category":    "bench", "brand": "kefu", "price": 1000 + j%500, "currency": "USD", "stock": j % 40,
					"attributes": map[string]string{"origin": "CN", "weight_g": "250"},
				})
			}
			t0 := time.Now()
			if err := b.do(ctx, "POST", "/v1/products/batch", map[string]any{"items": items}, nil); err != nil {
				return 0, err
			}
			batchTimes = append(batchTimes, time.Since(t0))
			if n := i + batchSize; n%(10*batchSize) == 0 {
				fmt.Fprintf(env.Stdout, "bench: round %d: %d products\n", round, n)
			}
		}
		return round1(float64(products) / time.Since(start).Seconds()), nil
	}
	if res.InsertItemsPerSec, err = upsert(1); err != nil {
		return err
	}
	if res.UpdateItemsPerSec, err = upsert(2); err != nil {
		return err
	}
	slices.Sort(batchTimes)
	res.BatchP50MS, res.BatchMaxMS = ms(percentile(batchTimes, 0.5)), ms(batchTimes[len(batchTimes)-1])

	// Pages start at random SKUs: the cursor of a page is opaque, so the
	// bench walks the catalogue once to collect real cursors.
	var cursors []string
	for cur := ""; ; {
		var page struct {
			NextCursor string `json:"next_cursor"`
		}
		if err := b.do(ctx, "GET", "/v1/products?limit=100&cursor="+url.QueryEscape(cur), nil, &page); err != nil {
			return err
		}
		if page.NextCursor == "" {
			break
		}
		cursors = append(cursors, page.NextCursor)
		cur = page.NextCursor
	}
	var lists, gets []time.Duration
	deadline := time.Now().Add(dur)
	for i := 0; time.Now().Before(deadline) && ctx.Err() == nil; i++ {
		t0 := time.Now()
		var page json.RawMessage
		if err := b.do(ctx, "GET", "/v1/products?limit=100&cursor="+url.QueryEscape(cursors[i*7919%len(cursors)]), nil, &page); err != nil {
			return err
		}
		lists = append(lists, time.Since(t0))
		t0 = time.Now()
		if err := b.do(ctx, "GET", fmt.Sprintf("/v1/products/BENCH-%06d", i*104729%products), nil, &page); err != nil {
			return err
		}
		gets = append(gets, time.Since(t0))
	}
	slices.Sort(lists)
	slices.Sort(gets)
	res.ListRequests = int64(len(lists))
	res.ListP50MS, res.ListP99MS = ms(percentile(lists, 0.5)), ms(percentile(lists, 0.99))
	res.GetP99MS = ms(percentile(gets, 0.99))
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}
