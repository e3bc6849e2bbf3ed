package profiles_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/cosmetics/profiles"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// cards are realistic cosmetics cards with full INCI lists.
var cards = []kefu.Product{
	{Name: "Retinol 0.5% Night Serum", Category: "serum", Brand: "Test", Price: 3200, Currency: "EUR",
		Attributes: map[string]string{"ingredients": "Aqua (Water), Squalane, Glycerin, Caprylic/Capric Triglyceride, " +
			"Retinol, Polysorbate 20, Tocopherol, Bisabolol, Sodium Hyaluronate, Carbomer, Sodium Hydroxide, Phenoxyethanol"}},
	{Name: "Niacinamide 10% + Zinc 1%", Category: "serum", Brand: "Test", Price: 900, Currency: "EUR",
		Description: "Water-light serum for blemish-prone skin.",
		Attributes: map[string]string{"ingredients": "Aqua, Niacinamide, Pentylene Glycol, Zinc PCA, Dimethyl Isosorbide, " +
			"Tamarindus Indica Seed Gum, Xanthan Gum, Isoceteth-20, Ethoxydiglycol, Phenoxyethanol, Chlorphenesin"}},
	{Name: "Barrier Cream", Category: "moisturiser", Brand: "Test", Price: 1800, Currency: "EUR",
		Description: "Rich cream for very dry skin.",
		Attributes: map[string]string{"ingredients": "Aqua, Glycerin, Cetearyl Alcohol, Caprylic/Capric Triglyceride, " +
			"Cetyl Alcohol, Ceramide NP, Ceramide AP, Cholesterol, Petrolatum, Dimethicone, Sodium Hyaluronate, Phenoxyethanol"}},
	{Name: "Glow Tonic 7% Glycolic Acid", Category: "toner", Brand: "Test", Price: 1500, Currency: "EUR",
		Attributes: map[string]string{"ingredients": "Aqua, Alcohol Denat., Glycolic Acid, Sodium Hydroxide, " +
			"Aloe Barbadensis Leaf Juice, Glycerin, Panthenol, Parfum (Fragrance), Linalool, Limonene"}},
}

// catalogue returns n products cycling through cards, with their own SKU
// and price.
func catalogue(tenant string, n int) []*kefu.Product {
	ps := make([]*kefu.Product, n)
	for i := range ps {
		p := cards[i%len(cards)]
		p.TenantID, p.SKU = tenant, fmt.Sprintf("SKU-%05d", i)
		p.Price += int64(i%37) * 50
		ps[i] = &p
	}
	return ps
}

// mustStore opens a SQLite store in tb's temporary directory with tenant
// "shop" and n products.
func mustStore(tb testing.TB, n int) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kefu.db"), storetest.Clock())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	storetest.MustCreateTenant(tb, db, "shop")
	err = db.InTx(context.Background(), func(tx kefu.Store) error {
		for _, p := range catalogue("shop", n) {
			if err := tx.UpsertProduct(context.Background(), p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

func TestRefresh(t *testing.T) {
	ctx := context.Background()
	db := mustStore(t, 12)
	k := &profiles.Keeper{Store: db, Ratings: inci.DefaultRatings()}

	steps := []struct {
		name   string
		change func(t *testing.T)
		skus   []string
		want   profiles.Result
	}{
		{"first derives and writes every product", nil, nil, profiles.Result{Products: 12, Written: 12}},
		{"again writes nothing", nil, nil, profiles.Result{Products: 12, Written: 0}},
		{"a shop edit rewrites one profile", func(t *testing.T) {
			p, err := db.FindProductBySKU(ctx, "shop", "SKU-00001")
			if err != nil {
				t.Fatal(err)
			}
			p.Attributes["tags.suits_skin"] = "dry, -oily"
			storetest.MustUpsertProduct(t, db, p)
		}, nil, profiles.Result{Products: 12, Written: 1}},
		{"of named SKUs only", func(t *testing.T) {
			p, err := db.FindProductBySKU(ctx, "shop", "SKU-00002")
			if err != nil {
				t.Fatal(err)
			}
			p.Attributes["tags.efficacy"] = "long-wear"
			storetest.MustUpsertProduct(t, db, p)
		}, []string{"SKU-00002", "SKU-00003", "GONE"}, profiles.Result{Products: 2, Written: 1}},
		{"a price change moves bands", func(t *testing.T) {
			p, err := db.FindProductBySKU(ctx, "shop", "SKU-00000")
			if err != nil {
				t.Fatal(err)
			}
			p.Price = 99999
			storetest.MustUpsertProduct(t, db, p)
		}, nil, profiles.Result{Products: 12, Written: 1}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.change != nil {
				st.change(t)
			}
			got, err := k.Refresh(ctx, "shop", st.skus...)
			if err != nil {
				t.Fatal(err)
			}
			if got.Products != st.want.Products || (st.want.Written >= 0 && got.Written < st.want.Written) ||
				(st.want.Written == 0 && got.Written != 0) {
				t.Errorf("Refresh = %+v, want %+v", got, st.want)
			}
		})
	}

	sp, err := db.FindProductProfileBySKU(ctx, "shop", "SKU-00001")
	if err != nil {
		t.Fatal(err)
	}
	if v := sp.Values("suits_skin"); len(v) == 0 || v[0] != "dry" {
		t.Errorf("suits_skin after the shop's edit = %v, want dry first", v)
	}
	for _, v := range sp.Values("suits_skin") {
		if v == "oily" {
			t.Errorf("suits_skin holds oily after the shop removed it")
		}
	}
	ps, err := db.FindProductProfiles(ctx, kefu.ProductProfileFilter{TenantID: "shop", Dimension: "efficacy", Value: "long-wear"})
	if err != nil || len(ps) != 1 || ps[0].SKU != "SKU-00002" {
		t.Errorf("efficacy=long-wear: %d profiles (%v), want SKU-00002", len(ps), err)
	}
	// Deleting a product deletes its profile.
	if err := db.DeleteProduct(ctx, "shop", "SKU-00001"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindProductProfileBySKU(ctx, "shop", "SKU-00001"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("profile of a deleted product: %v", err)
	}
}

// BenchmarkRefresh5000 re-derives a 5,000-product catalogue in SQLite:
// "unchanged" reads the catalogue and the stored profiles, derives every
// product and writes nothing; "all changed" also writes 5,000 profiles.
// ns/product is the wall time per product, cpu-ns/product the CPU time
// (user and system, all goroutines: SQLite's committer and the GC too),
// which a machine loaded by other work inflates much less.
func BenchmarkRefresh5000(b *testing.B) {
	const n = 5000
	ctx := context.Background()
	db := mustStore(b, n)
	k := &profiles.Keeper{Store: db, Ratings: inci.DefaultRatings()}
	if _, err := k.Refresh(ctx, "shop"); err != nil {
		b.Fatal(err)
	}
	b.Run("unchanged", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			res, err := k.Refresh(ctx, "shop")
			if err != nil || res.Written != 0 {
				b.Fatalf("Refresh = %+v, %v", res, err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/product")
		b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/n, "cpu-ns/product")
	})
	b.Run("all changed", func(b *testing.B) {
		b.ReportAllocs()
		var cpu time.Duration
		for b.Loop() {
			b.StopTimer()
			// Dropping the stored profiles makes every one new.
			for _, p := range catalogue("shop", n) {
				_ = db.DeleteProductProfile(ctx, "shop", p.SKU)
			}
			b.StartTimer()
			start := cpuTime()
			res, err := k.Refresh(ctx, "shop")
			cpu += cpuTime() - start
			if err != nil || res.Written != n {
				b.Fatalf("Refresh = %+v, %v", res, err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/product")
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/n, "cpu-ns/product")
	})
}
