package data_test

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/data"
)

// glowlabDoc is what TestGlowlabGrown reads of the two GlowLab files.
type glowlabDoc struct {
	Customers []struct {
		ExternalID string `json:"external_id"`
		Language   string `json:"language"`
	} `json:"customers"`
	Products []struct {
		SKU        string            `json:"sku"`
		Category   string            `json:"category"`
		Brand      string            `json:"brand"`
		Price      int               `json:"price"`
		Stock      int               `json:"stock"`
		Attributes map[string]string `json:"attributes"`
	} `json:"products"`
	Orders []struct {
		Number   string `json:"number"`
		Customer string `json:"customer_external_id"`
		Status   string `json:"status"`
		Lines    []struct {
			SKU string `json:"sku"`
		} `json:"lines"`
	} `json:"orders"`
	Reviews []struct {
		SKU       string    `json:"sku"`
		Customer  string    `json:"customer_external_id"`
		Rating    int       `json:"rating"`
		Text      string    `json:"text"`
		Language  string    `json:"language"`
		SkinType  string    `json:"skin_type"`
		CreatedAt time.Time `json:"created_at"`
	} `json:"reviews"`
	Promotions []struct {
		ID         string   `json:"id"`
		Start      string   `json:"start"`
		End        string   `json:"end"`
		Categories []string `json:"categories"`
	} `json:"promotions"`
}

// TestGlowlabGrown checks the grown GlowLab catalogue of issue 14 against
// what the demo promises (data/demo/README.md): at least 300 products
// over the seven skincare and make-up categories, full ingredient lists,
// 1,500 reviews and more in English, Spanish and Chinese over 18 months,
// about 60 more customers with order histories, and a file under 2 MB.
// The generator's own determinism is not re-run here (it reads the repo
// tree); see scripts/glowlab.
func TestGlowlabGrown(t *testing.T) {
	var base, part glowlabDoc
	for name, v := range map[string]*glowlabDoc{"glowlab.json": &base, "glowlab-generated.json": &part} {
		b, err := fs.ReadFile(data.Demo, name)
		if err != nil {
			t.Fatal(err)
		}
		if name == "glowlab-generated.json" && len(b) >= 2<<20 {
			t.Errorf("%s is %d bytes, want under 2 MiB (the demo embeds and loads it at start)", name, len(b))
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	skus := map[string]bool{}
	for _, p := range base.Products {
		skus[p.SKU] = true
	}
	perCat := map[string]int{}
	brands := map[string]bool{}
	zeroStock := 0
	for _, p := range part.Products {
		if skus[p.SKU] {
			t.Errorf("%s is in both files", p.SKU)
		}
		skus[p.SKU] = true
		perCat[p.Category]++
		brands[p.Brand] = true
		if p.Stock == 0 {
			zeroStock++
		}
		if p.Category == "makeup sponge" {
			continue
		}
		a := p.Attributes
		for _, k := range []string{"ingredients", "skin_types", "name_zh", "name_es"} {
			if a[k] == "" {
				t.Errorf("%s has no %s", p.SKU, k)
			}
		}
		if p.Category == "sunscreen" && a["spf"] == "" {
			t.Errorf("sunscreen %s has no spf", p.SKU)
		}
		if p.Category == "foundation" && (a["coverage"] == "" || a["finish"] == "") {
			t.Errorf("foundation %s: coverage %q, finish %q", p.SKU, a["coverage"], a["finish"])
		}
	}
	total := len(base.Products) + len(part.Products)
	if total < 300 {
		t.Errorf("%d products, want at least 300", total)
	}
	for _, c := range []string{"foundation", "toner", "serum", "moisturiser", "sunscreen", "cleanser", "mask", "primer", "setting powder", "makeup sponge"} {
		if perCat[c] < 3 || c != "primer" && c != "setting powder" && c != "makeup sponge" && perCat[c] < 25 {
			t.Errorf("%d generated %s products", perCat[c], c)
		}
	}
	if len(brands) < 5 || zeroStock == 0 {
		t.Errorf("%d brands, %d products out of stock: want several of both", len(brands), zeroStock)
	}

	customers := map[string]string{}
	for _, c := range base.Customers {
		customers[c.ExternalID] = c.Language
	}
	for _, c := range part.Customers {
		if _, dup := customers[c.ExternalID]; dup {
			t.Errorf("customer %s is in both files", c.ExternalID)
		}
		customers[c.ExternalID] = c.Language
	}
	if n := len(part.Customers); n < 50 || n > 70 {
		t.Errorf("%d generated customers, want about 60", n)
	}
	buyers := map[string]bool{}
	delivered := 0
	for _, o := range part.Orders {
		if !strings.HasPrefix(o.Number, "GL") || len(o.Number) != 8 || o.Number >= "GL260401" {
			t.Errorf("order number %q: want GL and six digits, before the hand-written GL260401", o.Number)
		}
		if _, ok := customers[o.Customer]; !ok {
			t.Errorf("order %s of unknown customer %s", o.Number, o.Customer)
		}
		for _, l := range o.Lines {
			if !skus[l.SKU] {
				t.Errorf("order %s: unknown sku %s", o.Number, l.SKU)
			}
		}
		buyers[o.Customer] = true
		if o.Status == "delivered" {
			delivered++
		}
	}
	if len(buyers) < len(part.Customers) || delivered*10 < len(part.Orders)*8 {
		t.Errorf("%d of %d customers have orders, %d of %d orders delivered: want every customer, mostly delivered",
			len(buyers), len(part.Customers), delivered, len(part.Orders))
	}

	langs := map[string]int{}
	stars := [6]int{}
	tied := 0
	var first, last time.Time
	for _, r := range part.Reviews {
		if !skus[r.SKU] {
			t.Errorf("review of unknown sku %s", r.SKU)
		}
		if r.Customer != "" {
			tied++
			if _, ok := customers[r.Customer]; !ok {
				t.Errorf("review by unknown customer %s", r.Customer)
			}
		}
		langs[r.Language]++
		stars[r.Rating]++
		if first.IsZero() || r.CreatedAt.Before(first) {
			first = r.CreatedAt
		}
		if r.CreatedAt.After(last) {
			last = r.CreatedAt
		}
	}
	if len(part.Reviews) < 1500 || langs["en"] < 300 || langs["es"] < 300 || langs["zh"] < 300 || tied < 100 {
		t.Errorf("%d reviews, by language %v, %d by customers: want 1,500 and more, each of en, es, zh well represented", len(part.Reviews), langs, tied)
	}
	for i := 1; i <= 5; i++ {
		if stars[i] < 10 {
			t.Errorf("%d reviews of %d stars; want every rating", stars[i], i)
		}
	}
	if span := last.Sub(first); span < 17*30*24*time.Hour {
		t.Errorf("reviews span %v to %v, want about 18 months", first, last)
	}

	// The offers: gifts with purchase running on the demo's day, and one
	// that is over.
	now := "2026-11-10"
	var running, over []string
	for _, p := range part.Promotions {
		switch {
		case p.End != "" && p.End <= now:
			over = append(over, p.ID)
		case p.Start <= now:
			running = append(running, p.ID)
		}
	}
	if !slices.Contains(running, "gwp-sponge") || !slices.Contains(running, "gwp-travel-cleanser") || len(over) == 0 {
		t.Errorf("promotions running on %s: %v, over: %v", now, running, over)
	}
}
