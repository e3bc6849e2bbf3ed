package profile_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/recommend/profile"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// shop is a small beauty catalogue: three price levels of foundation
// and of serum.
func shop(tb testing.TB) (*sqlite.DB, *kefu.Customer) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), func() time.Time { return at })
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	storetest.MustCreateTenant(tb, db, "shop")
	for _, p := range []*kefu.Product{
		{SKU: "FD-1", Category: "foundation", Price: 1500, Attributes: map[string]string{"finish": "matte", "skin_types": "oily,combination"}},
		{SKU: "FD-2", Category: "foundation", Price: 3000, Attributes: map[string]string{"finish": "dewy", "skin_types": "dry,normal"}},
		{SKU: "FD-3", Category: "foundation", Price: 6000, Attributes: map[string]string{"finish": "matte", "skin_types": "oily"}},
		{SKU: "SR-1", Category: "serum", Price: 2000, Attributes: map[string]string{"skin_types": "all"}},
		{SKU: "SR-2", Category: "serum", Price: 4000},
		{SKU: "SR-3", Category: "serum", Price: 9000, Attributes: map[string]string{"skin_types": "dry,sensitive"}},
	} {
		p.TenantID, p.Name, p.Currency = "shop", p.SKU, "EUR"
		storetest.MustUpsertProduct(tb, db, p)
	}
	cu := storetest.MustCreateCustomer(tb, db, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})
	return db, cu
}

func TestCatalogueBand(t *testing.T) {
	cat := profile.NewCatalogue([]*kefu.Product{
		{SKU: "a", Category: "x", Price: 100}, {SKU: "b", Category: "x", Price: 200}, {SKU: "c", Category: "x", Price: 300},
		{SKU: "d", Category: "y", Price: 10000},
	})
	for _, tc := range []struct {
		category string
		price    int64
		want     string
	}{
		{"x", 100, "low"}, {"x", 200, "mid"}, {"x", 300, "high"}, {"x", 50, "low"}, {"x", 900, "high"},
		// y has one product: the whole catalogue's bands.
		{"y", 10000, "high"}, {"y", 150, "low"}, {"", 250, "mid"}, {"x", 0, ""},
	} {
		if got := cat.Band(tc.category, tc.price); got != tc.want {
			t.Errorf("Band(%q, %d) = %q, want %q", tc.category, tc.price, got, tc.want)
		}
	}
}

func TestBuilderRefresh(t *testing.T) {
	ctx := context.Background()
	db, cu := shop(t)
	b := &profile.Builder{Store: db, Now: func() time.Time { return at }}

	day := 24 * time.Hour
	storetest.MustCreateOrder(t, db, &kefu.Order{TenantID: "shop", Number: "1001", CustomerID: cu.ID, Status: "delivered",
		Currency: "EUR", PlacedAt: at.Add(-20 * day), Lines: []kefu.OrderLine{{SKU: "FD-3", Name: "FD-3", Quantity: 1, UnitPrice: 6000}}})
	storetest.MustCreateOrder(t, db, &kefu.Order{TenantID: "shop", Number: "1002", CustomerID: cu.ID, Status: "delivered",
		Currency: "EUR", PlacedAt: at.Add(-10 * day), Lines: []kefu.OrderLine{{SKU: "SR-3", Name: "SR-3", Quantity: 1, UnitPrice: 9000},
			{SKU: "FD-3", Name: "FD-3", Quantity: 1, UnitPrice: 6000}}})
	storetest.MustCreateOrder(t, db, &kefu.Order{TenantID: "shop", Number: "1003", CustomerID: cu.ID, Status: "cancelled",
		Currency: "EUR", PlacedAt: at.Add(-day), Lines: []kefu.OrderLine{{SKU: "SR-1", Name: "SR-1", Quantity: 1, UnitPrice: 2000}}})
	storetest.MustRecordBehaviourEvents(t, db,
		&kefu.BehaviourEvent{ID: "e1", TenantID: "shop", CustomerID: cu.ID, Type: kefu.EventView, SKU: "FD-1", At: at.Add(-2 * time.Hour)},
		&kefu.BehaviourEvent{ID: "e2", TenantID: "shop", CustomerID: cu.ID, Type: kefu.EventDwell, SKU: "FD-1", DwellMS: 90000, At: at.Add(-time.Hour)},
		&kefu.BehaviourEvent{ID: "e3", TenantID: "shop", CustomerID: cu.ID, Type: kefu.EventAddToCart, SKU: "FD-1", At: at.Add(-time.Hour)},
		&kefu.BehaviourEvent{ID: "e4", TenantID: "shop", CustomerID: cu.ID, Type: kefu.EventFavourite, SKU: "NOT-SOLD", At: at},
	)
	if err := b.Refresh(ctx, "shop", cu.ID); err != nil {
		t.Fatal(err)
	}
	p, err := db.FindCustomerProfile(ctx, "shop", cu.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summary(p.Traits), "budget=high/order 0.85; category=foundation/event 0.49; category=foundation/order 0.64; "+
		"category=serum/order 0.40; finish=matte/event 0.49; finish=matte/order 0.45; skin_type=combination/event 0.26; "+
		"skin_type=dry/order 0.12; skin_type=oily/event 0.26; skin_type=oily/order 0.44; skin_type=sensitive/order 0.12"; got != want {
		t.Errorf("traits after Refresh:\n got %s\nwant %s", got, want)
	}
	if top, ok := p.Top(kefu.TraitBudget, at); !ok || top.Value != "high" {
		t.Errorf("budget = %+v, want high", top)
	}
	if top, ok := p.Top(kefu.TraitSkinType, at); !ok || top.Value != "oily" {
		t.Errorf("skin type = %+v, want oily (bought and looked at oily-skin products)", top)
	}

	t.Run("what is no longer earned fades at once", func(t *testing.T) {
		if err := db.DeleteOrder(ctx, "shop", "1001"); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteOrder(ctx, "shop", "1002"); err != nil {
			t.Fatal(err)
		}
		storetest.MustObserveTraits(t, db, "shop", cu.ID, kefu.Trait{Kind: kefu.TraitSkinType, Value: "dry", Source: kefu.SourceChat, Confidence: 0.75})
		if err := b.Refresh(ctx, "shop", cu.ID); err != nil {
			t.Fatal(err)
		}
		p, err := db.FindCustomerProfile(ctx, "shop", cu.ID)
		if err != nil {
			t.Fatal(err)
		}
		if bs := p.Resolve(kefu.TraitBudget, at); len(bs) != 0 {
			t.Errorf("budget without orders: %+v", bs)
		}
		if top, ok := p.Top(kefu.TraitSkinType, at); !ok || top.Value != "dry" || top.Sources[0] != kefu.SourceChat {
			t.Errorf("skin type = %+v, want dry from chat (chat traits are left alone)", top)
		}
	})
}

// BenchmarkRefresh refreshes a customer with 20 orders and 500
// behaviour events over a 300-product catalogue, on SQLite (the
// catalogue cached, as between a shop's product changes).
func BenchmarkRefresh(b *testing.B) {
	ctx := context.Background()
	db, cu := shop(b)
	for i := range 300 {
		storetest.MustUpsertProduct(b, db, &kefu.Product{TenantID: "shop", SKU: fmt.Sprint("P-", i), Name: "p", Currency: "EUR",
			Category: fmt.Sprint("cat-", i%12), Price: int64(500 + i*37%9000),
			Attributes: map[string]string{"finish": []string{"matte", "dewy", "natural"}[i%3], "skin_types": []string{"oily,combination", "dry", "all"}[i%3]}})
	}
	for i := range 20 {
		storetest.MustCreateOrder(b, db, &kefu.Order{TenantID: "shop", Number: fmt.Sprint(1000 + i), CustomerID: cu.ID, Status: "delivered",
			Currency: "EUR", PlacedAt: at.Add(-time.Duration(i) * 72 * time.Hour), Lines: []kefu.OrderLine{
				{SKU: fmt.Sprint("P-", i*7%300), Name: "p", Quantity: 1, UnitPrice: 1200}, {SKU: fmt.Sprint("P-", i*11%300), Name: "p", Quantity: 2, UnitPrice: 3000}}})
	}
	types := []string{kefu.EventView, kefu.EventView, kefu.EventView, kefu.EventDwell, kefu.EventFavourite, kefu.EventAddToCart}
	var es []*kefu.BehaviourEvent
	for i := range 500 {
		es = append(es, &kefu.BehaviourEvent{ID: fmt.Sprint("e", i), TenantID: "shop", CustomerID: cu.ID, Type: types[i%len(types)],
			SKU: fmt.Sprint("P-", i*13%300), DwellMS: 30000, At: at.Add(-time.Duration(i) * time.Hour)})
	}
	storetest.MustRecordBehaviourEvents(b, db, es...)
	bl := &profile.Builder{Store: db, Now: func() time.Time { return at }}
	b.ReportAllocs()
	for b.Loop() {
		if err := bl.Refresh(ctx, "shop", cu.ID); err != nil {
			b.Fatal(err)
		}
	}
}
