// Package beautysynth makes a large made-up beauty catalogue, with
// reviews and orders, for benchmarks: products of seven categories whose
// ingredient lists are drawn from real INCI names in a plausible order,
// so that the product knowledge graph derives varied profiles from them.
// It is deterministic for a seed. The demo shop's catalogue is written by
// hand and by its own generator (data/demo); this one only needs to be
// big and varied.
package beautysynth

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// category is what products of one category are made of.
type category struct {
	name    string
	base    []string // first, in order
	actives [][]string
	extras  []string
	tail    []string
	price   [2]int64 // minor units, range
	attrs   func(r *rand.Rand) map[string]string
}

var (
	fragrances = []string{"Parfum", "Limonene", "Linalool"}
	keep       = []string{"Phenoxyethanol", "Ethylhexylglycerin"}
	finishes   = []string{"matte", "dewy", "natural", "satin"}
)

var categories = []category{
	{name: "foundation", base: []string{"Aqua", "Cyclopentasiloxane", "Titanium Dioxide"},
		actives: [][]string{{"Niacinamide", "Kaolin", "Silica"}, {"Glycerin", "Sodium Hyaluronate", "Squalane"}, {"Zinc Oxide", "Silica"}},
		extras:  []string{"Dimethicone", "Isododecane", "Trimethylsiloxysilicate", "Tocopherol", "Butylene Glycol"},
		tail:    keep, price: [2]int64{1490, 5490},
		attrs: func(r *rand.Rand) map[string]string {
			return map[string]string{"finish": finishes[r.IntN(len(finishes))], "spf": []string{"", "15", "30"}[r.IntN(3)]}
		}},
	{name: "toner", base: []string{"Aqua", "Glycerin"},
		actives: [][]string{{"Salicylic Acid", "Zinc PCA"}, {"Glycolic Acid", "Aloe Barbadensis Leaf Juice"}, {"Panthenol", "Allantoin", "Centella Asiatica Extract"}, {"Alcohol Denat.", "Hamamelis Virginiana Water"}},
		extras:  []string{"Butylene Glycol", "Propanediol", "Sodium PCA", "Betaine"},
		tail:    keep, price: [2]int64{890, 3290}},
	{name: "serum", base: []string{"Aqua", "Propanediol"},
		actives: [][]string{{"Retinol", "Squalane", "Bisabolol"}, {"Ascorbic Acid", "Tocopherol", "Ferulic Acid"}, {"Niacinamide", "Zinc PCA"}, {"Sodium Hyaluronate", "Panthenol"}, {"Bakuchiol", "Squalane"}, {"Alpha Arbutin", "Tranexamic Acid"}, {"Palmitoyl Tripeptide-1", "Glycerin"}},
		extras:  []string{"Glycerin", "Butylene Glycol", "Carbomer", "Sodium PCA"},
		tail:    keep, price: [2]int64{1290, 7990}},
	{name: "moisturiser", base: []string{"Aqua", "Glycerin"},
		actives: [][]string{{"Ceramide NP", "Cholesterol", "Butyrospermum Parkii Butter", "Petrolatum"}, {"Sodium Hyaluronate", "Niacinamide", "Carbomer"}, {"Squalane", "Caprylic/Capric Triglyceride", "Shea Butter"}, {"Centella Asiatica Extract", "Panthenol", "Allantoin"}},
		extras:  []string{"Cetearyl Alcohol", "Dimethicone", "Tocopherol", "Butylene Glycol"},
		tail:    keep, price: [2]int64{1190, 6990},
		attrs: func(r *rand.Rand) map[string]string {
			return map[string]string{"texture": []string{"gel", "cream", "lotion"}[r.IntN(3)]}
		}},
	{name: "sunscreen", base: []string{"Aqua"},
		actives: [][]string{{"Zinc Oxide", "Titanium Dioxide"}, {"Octocrylene", "Butyl Methoxydibenzoylmethane", "Ethylhexyl Salicylate"}, {"Zinc Oxide", "Niacinamide"}},
		extras:  []string{"Glycerin", "Dimethicone", "Silica", "Tocopherol", "Alcohol Denat."},
		tail:    keep, price: [2]int64{990, 3990},
		attrs: func(r *rand.Rand) map[string]string {
			return map[string]string{"spf": []string{"30", "50", "50+"}[r.IntN(3)]}
		}},
	{name: "cleanser", base: []string{"Aqua", "Glycerin"},
		actives: [][]string{{"Cocamidopropyl Betaine", "Salicylic Acid"}, {"Coco-Glucoside", "Ceramide NP"}, {"Sodium Laureth Sulfate", "Cocamidopropyl Betaine"}, {"Caprylic/Capric Triglyceride", "Polysorbate 80"}},
		extras:  []string{"Sodium Chloride", "Panthenol", "Citric Acid"},
		tail:    keep, price: [2]int64{690, 2990}},
	{name: "mask", base: []string{"Aqua", "Kaolin"},
		actives: [][]string{{"Bentonite", "Salicylic Acid"}, {"Glycerin", "Sodium Hyaluronate"}, {"Lactic Acid", "Glycolic Acid"}, {"Centella Asiatica Extract", "Allantoin"}},
		extras:  []string{"Butylene Glycol", "Tocopherol", "Xanthan Gum"},
		tail:    keep, price: [2]int64{590, 3490}},
}

var (
	adjectives = []string{"Pure", "Daily", "Gentle", "Clear", "Hydra", "Calm", "Bright", "Velvet", "Dew", "Barrier", "Glow", "Matte", "Silk", "Fresh"}
	brands     = []string{"GlowLab", "Lumière", "Aqualis", "Verdant", "Seoul Skin", "Nordic Pure"}
	skinTypes  = kefu.SkinTypes
	phrases    = []string{"Love it", "Works well for me", "Nice texture", "Not for me", "Broke me out", "Great value", "Will buy again"}
)

// Shop is a made-up beauty shop.
type Shop struct {
	Products []*kefu.Product
	Reviews  []*kefu.Review
	Orders   []*kefu.Order
}

// Make makes a shop of tenantID with n products, reviews per product on
// average and orders of two to four products, in EUR, for seed.
func Make(tenantID string, n, reviewsPer, orders int, customerID string, seed uint64) *Shop {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	s := &Shop{}
	for i := 0; i < n; i++ {
		c := categories[i%len(categories)]
		var ings []string
		ings = append(ings, c.base...)
		ings = append(ings, c.actives[r.IntN(len(c.actives))]...)
		for _, e := range c.extras {
			if r.IntN(2) == 0 {
				ings = append(ings, e)
			}
		}
		if r.IntN(3) == 0 {
			ings = append(ings, fragrances[:1+r.IntN(len(fragrances))]...)
		}
		ings = append(ings, c.tail...)
		attrs := map[string]string{"ingredients": strings.Join(ings, ", ")}
		if c.attrs != nil {
			for k, v := range c.attrs(r) {
				if v != "" {
					attrs[k] = v
				}
			}
		}
		name := fmt.Sprintf("%s %s %s %d", brands[r.IntN(len(brands))], adjectives[r.IntN(len(adjectives))], c.name, i)
		s.Products = append(s.Products, &kefu.Product{TenantID: tenantID, SKU: fmt.Sprintf("SY-%05d", i), Name: name, Category: c.name,
			Price: c.price[0] + r.Int64N(c.price[1]-c.price[0]), Currency: "EUR", Stock: r.IntN(200), Attributes: attrs})
	}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n*reviewsPer; i++ {
		p := s.Products[r.IntN(n)]
		s.Reviews = append(s.Reviews, &kefu.Review{ID: fmt.Sprintf("sr-%06d", i), TenantID: tenantID, SKU: p.SKU, Rating: 1 + r.IntN(5),
			Text: phrases[r.IntN(len(phrases))] + ".", Language: "en", SkinType: skinTypes[r.IntN(len(skinTypes))],
			CreatedAt: base.Add(time.Duration(r.IntN(300*24)) * time.Hour)})
	}
	for i := 0; i < orders; i++ {
		k := 2 + r.IntN(3)
		o := &kefu.Order{TenantID: tenantID, Number: fmt.Sprintf("SY-%06d", i), CustomerID: customerID, Status: "delivered", Currency: "EUR",
			PlacedAt: base.Add(time.Duration(i) * time.Hour)}
		// Products bought together sit near each other in the catalogue,
		// so that rules exist to be mined.
		start := r.IntN(n)
		seen := map[string]bool{}
		for j := 0; j < k; j++ {
			p := s.Products[(start+j*len(categories)+r.IntN(2))%n]
			if seen[p.SKU] {
				continue
			}
			seen[p.SKU] = true
			o.Lines = append(o.Lines, kefu.OrderLine{SKU: p.SKU, Name: p.Name, Quantity: 1, UnitPrice: p.Price})
			o.Total += p.Price
		}
		s.Orders = append(s.Orders, o)
	}
	return s
}

// Load writes the shop into a store in one transaction: products, then
// reviews and orders. The tenant and the customer of the orders must
// exist.
func (s *Shop) Load(ctx context.Context, st kefu.Store) error {
	return st.InTx(ctx, func(tx kefu.Store) error {
		for _, p := range s.Products {
			if err := tx.UpsertProduct(ctx, p); err != nil {
				return err
			}
		}
		for _, r := range s.Reviews {
			if err := tx.UpsertReview(ctx, r); err != nil {
				return err
			}
		}
		for _, o := range s.Orders {
			if err := tx.UpsertOrder(ctx, o); err != nil {
				return err
			}
		}
		return nil
	})
}
