package compose_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current replies")

// TestCatalogGolden renders every catalogue outcome in every language
// into testdata/catalog.golden, so that a reviewer reads each language's
// replies side by side and a template change shows in the diff.
func TestCatalogGolden(t *testing.T) {
	c, err := compose.New()
	if err != nil {
		t.Fatal(err)
	}
	product := map[string]string{"product": "Cashmere Sweater", "sku": "SW-CASH"}
	with := func(kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range product {
			m[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	promos := []string{"promotion_count", "2",
		"promotion.1.text", "10% off everything", "promotion.1.code", "ALL10",
		"promotion.2.text", "free gift wrapping", "promotion.2.language", "en"}
	cases := []struct {
		name string
		r    kefu.SkillResult
	}{
		{"ask product", kefu.SkillResult{Outcome: "catalog_ask_product"}},
		{"choose product", kefu.SkillResult{Outcome: "catalog_choose_product", Data: map[string]string{"choices": "• Power Bank 20000 (PB-20K)\n• Power Bank 10000 (PB-10K)"}}},
		{"not found", kefu.SkillResult{Outcome: "catalog_product_not_found", Data: map[string]string{"product": "XX-1"}}},
		{"price", kefu.SkillResult{Outcome: "catalog_price", Data: with("price", "€129.00")}},
		{"price with promotions", kefu.SkillResult{Outcome: "catalog_price", Data: with(append([]string{"price", "€129.00"}, promos...)...)}},
		{"price no promotion", kefu.SkillResult{Outcome: "catalog_price_no_promotion", Data: with("price", "€129.00")}},
		{"promotions", kefu.SkillResult{Outcome: "catalog_promotions", Data: with(promos...)}},
		{"no promotions", kefu.SkillResult{Outcome: "catalog_no_promotions", Data: map[string]string{"promotion_count": "0"}}},
		{"in stock", kefu.SkillResult{Outcome: "catalog_in_stock", Data: with()}},
		{"low stock", kefu.SkillResult{Outcome: "catalog_low_stock", Data: with("count", "3")}},
		{"out of stock", kefu.SkillResult{Outcome: "catalog_out_of_stock", Data: with()}},
		{"out of stock restock", kefu.SkillResult{Outcome: "catalog_out_of_stock_restock", Data: with("restock", "2026-12-01")}},
		{"options", kefu.SkillResult{Outcome: "catalog_options", Data: with("options", "charcoal, camel, ivory")}},
		{"shades", kefu.SkillResult{Outcome: "catalog_shades", Data: with("count", "12")}},
		{"origin", kefu.SkillResult{Outcome: "catalog_origin", Data: with("origin", "Baotou, CN")}},
		{"shelf life", kefu.SkillResult{Outcome: "catalog_shelf_life", Data: with("days", "540")}},
		{"material", kefu.SkillResult{Outcome: "catalog_material", Data: with("material", "100% cashmere")}},
		{"ingredients", kefu.SkillResult{Outcome: "catalog_ingredients", Data: with("ingredients", "niacinamide, kaolin")}},
		{"details", kefu.SkillResult{Outcome: "catalog_details", Data: with("description", "Pure cashmere crew-neck sweater.", "price", "€129.00")}},
		{"details other language", kefu.SkillResult{Outcome: "catalog_details_other_language", Data: with("description", "Pure cashmere crew-neck sweater.", "price", "€129.00", "details_language", "en")}},
	}
	langs := c.Languages()
	slices.Sort(langs)
	var b strings.Builder
	b.WriteString("# Replies of the catalogue outcomes in every language; regenerate with go test ./compose -run TestCatalogGolden -update\n")
	ctx := context.Background()
	for _, tc := range cases {
		for _, l := range langs {
			got := c.Compose(ctx, l, tc.r)
			if strings.ContainsAny(got, "{}") {
				t.Errorf("%s/%s: unfilled placeholder in %q", tc.name, l, got)
			}
			if got == c.Text(l, "clarify") || got == "" {
				t.Errorf("%s/%s: no template", tc.name, l)
			}
			b.WriteString("\n> " + tc.name + " | " + l + "\n" + got + "\n")
		}
	}
	path := filepath.Join("testdata", "catalog.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s line %d:\n got %q\nwant %q\n(run with -update if the change is intended)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: %d lines, want %d (run with -update if the change is intended)", path, len(gl), len(wl))
	}
}
