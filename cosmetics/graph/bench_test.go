package graph

import (
	"fmt"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// catalogue returns n products cycling through the test products, each
// with its own SKU and price, so bands and lists vary.
func catalogue(n int) []*kefu.Product {
	base := []*kefu.Product{retinolSerum, niacinamideSerum, ceramideCream, glycolicToner, mineralSunscreen, matteFoundation}
	ps := make([]*kefu.Product, n)
	for i := range ps {
		p := *base[i%len(base)]
		p.SKU = fmt.Sprintf("%s-%05d", p.SKU, i)
		p.Price += int64(i%37) * 50
		ps[i] = &p
	}
	return ps
}

// BenchmarkDerive5000 derives a 5,000-product catalogue (bands included)
// per op; ns/product is the per-product cost.
func BenchmarkDerive5000(b *testing.B) {
	ps := catalogue(5000)
	r := inci.DefaultRatings()
	b.ReportAllocs()
	for b.Loop() {
		DeriveAll(ps, r)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ps)), "ns/product")
}

// FuzzDerive checks that no card makes Derive panic and that every tag
// carries evidence.
func FuzzDerive(f *testing.F) {
	f.Add("Retinol 0.3% Night Serum", "Aqua, Retinol, Parfum", "oily,dry", "matte", "50+", "dry, -hydrating")
	f.Add("7% Glycolic Acid Toner", "Alcohol Denat., Glycolic Acid", "all", "", "SPF", "")
	f.Add("%%% 1,5% 0.%", "(((, ]]], May contain", "", "", "x", "-")
	r := inci.DefaultRatings()
	f.Fuzz(func(t *testing.T, name, ings, skins, finish, spf, suits string) {
		p := &kefu.Product{SKU: "F", Name: name, Category: "serum", Price: 100, Currency: "EUR",
			Attributes: map[string]string{"ingredients": ings, "skin_types": skins, "finish": finish, "spf": spf, "tags.suits": suits}}
		g := Derive(p, r)
		for d, tags := range g.Tags {
			for _, tag := range tags {
				if tag.Value == "" || len(tag.Evidence) == 0 {
					t.Fatalf("%s: tag %+v", d, tag)
				}
			}
		}
	})
}
