package main

import (
	"net/http"
	"slices"
	"testing"
)

// TestProductProfilesKeptCurrent runs the demo: its shops' profiles are
// derived when it seeds, and a product written through the admin API has
// its profile (and its place in the tag index) when the write returns.
func TestProductProfilesKeptCurrent(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["glowlab"]
	skus := func(query string) []string {
		t.Helper()
		code, body := callJSON(t, "GET", d.URL+"/v1/product-profiles?"+query, key, nil)
		if code != http.StatusOK {
			t.Fatalf("GET /v1/product-profiles?%s: %d %v", query, code, body)
		}
		var out []string
		for _, s := range body["skus"].([]any) {
			out = append(out, s.(string))
		}
		return out
	}
	if got := skus("dimension=actives&value=retinoid"); !slices.Contains(got, "GL-SER-RET03") {
		t.Errorf("demo seed: actives=retinoid lists %v, want GL-SER-RET03 among them", got)
	}
	code, body := callJSON(t, "POST", d.URL+"/v1/products/batch", key, map[string]any{"items": []any{map[string]any{
		"sku": "GL-NEW-BHA", "name": "2% BHA Liquid", "category": "toner", "price": 2900, "currency": "EUR",
		"attributes": map[string]string{"ingredients": "Aqua, Salicylic Acid, Butylene Glycol, Niacinamide, Sodium Hydroxide"}}}})
	if code != http.StatusOK {
		t.Fatalf("batch: %d %v", code, body)
	}
	if got := skus("dimension=actives&value=bha"); !slices.Contains(got, "GL-NEW-BHA") {
		t.Errorf("after the batch: actives=bha lists %v, want GL-NEW-BHA", got)
	}
	if code, body := callJSON(t, "DELETE", d.URL+"/v1/products/GL-NEW-BHA", key, nil); code != http.StatusNoContent && code != http.StatusOK {
		t.Fatalf("delete: %d %v", code, body)
	}
	if got := skus("dimension=actives&value=bha"); slices.Contains(got, "GL-NEW-BHA") {
		t.Errorf("after the delete: actives=bha still lists GL-NEW-BHA")
	}
}
