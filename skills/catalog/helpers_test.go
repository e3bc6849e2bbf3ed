package catalog_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/sqlite"
)

// fixedNow is the day every test runs on; the promotions' windows are
// set around it.
var fixedNow = time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)

func clock() time.Time { return fixedNow }

// MustOpenShops opens a SQLite store in a temp dir with three tenants:
// "shop" (EUR, English, a mixed catalogue and four promotions, of which
// two run now), "yen" (JPY, no promotions) and "other", whose product
// must never be answered to the others. It returns the store and the
// tenants by ID.
func MustOpenShops(tb testing.TB) (*sqlite.DB, map[string]*kefu.Tenant) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), clock)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	day := 24 * time.Hour
	tenants := map[string]*kefu.Tenant{
		"shop":  {ID: "shop", Name: "Shop", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "EUR"}},
		"yen":   {ID: "yen", Name: "Yen", Settings: kefu.TenantSettings{DefaultLanguage: "ja", Currency: "JPY"}},
		"other": {ID: "other", Name: "Other", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "EUR"}},
	}
	for _, t := range tenants {
		must(db.CreateTenant(ctx, t))
	}
	for _, p := range []*kefu.Promotion{
		{ID: "all", Code: "ALL10", Text: map[string]string{"en": "10% off everything", "zh": "全场九折", "es": "10 % de descuento en todo"}, Start: fixedNow.Add(-7 * day)},
		{ID: "tea", Code: "TEA5", Text: map[string]string{"en": "€5 off any tea"}, Categories: []string{"tea"}},
		{ID: "old", Code: "OLD20", Text: map[string]string{"en": "20% off (ended)"}, Start: fixedNow.Add(-30 * day), End: fixedNow.Add(-day)},
		{ID: "future", Code: "XMAS", Text: map[string]string{"en": "Christmas sale"}, Start: fixedNow.Add(30 * day)},
	} {
		p.TenantID = "shop"
		must(db.UpsertPromotion(ctx, p))
	}
	for _, p := range []*kefu.Product{
		{TenantID: "shop", SKU: "SW-CASH", Name: "Cashmere Crew-Neck Sweater", Category: "fashion", Price: 12900, Currency: "EUR", Stock: 40,
			Description: "Pure cashmere crew-neck sweater.",
			Attributes:  map[string]string{"name_zh": "羊绒圆领毛衣", "name_es": "Jersey de cachemira", "colors": "charcoal,camel, ivory", "material": "100% cashmere"}},
		{TenantID: "shop", SKU: "PB-20K", Name: "PowerNest 20000mAh Power Bank", Category: "electronics", Price: 2490, Currency: "EUR", Stock: 3,
			Attributes: map[string]string{"name_zh": "PowerNest 20000毫安移动电源"}},
		{TenantID: "shop", SKU: "PB-10K", Name: "PowerNest 10000mAh Magnetic Power Bank", Category: "electronics", Price: 1890, Currency: "EUR", Stock: 0,
			Attributes: map[string]string{"name_zh": "PowerNest 10000毫安磁吸充电宝", "restock_date": "2026-12-01"}},
		{TenantID: "shop", SKU: "TEA-LJ", Name: "West Lake Longjing Green Tea, 250 g", Category: "tea", Price: 2190, Currency: "EUR", Stock: 0,
			Attributes: map[string]string{"name_zh": "西湖龙井绿茶 250克", "origin": "Hangzhou, CN", "shelf_life_days": "540"}},
		{TenantID: "shop", SKU: "FND-MATTE", Name: "Matte Control Foundation, 30 ml", Category: "foundation", Price: 2990, Currency: "EUR", Stock: 240,
			Attributes: map[string]string{"shades": "12", "key_ingredients": "niacinamide,kaolin"}},
		{TenantID: "yen", SKU: "JP-CUP", Name: "Hagi Ware Tea Cup", Category: "home", Price: 1200, Currency: "JPY", Stock: 5},
		{TenantID: "other", SKU: "OT-SECRET", Name: "Secret Widget", Category: "gadgets", Price: 99900, Currency: "EUR", Stock: 7},
	} {
		must(db.UpsertProduct(ctx, p))
	}
	return db, tenants
}

// MustCompose returns the shipped composer.
func MustCompose(tb testing.TB) *compose.Composer {
	tb.Helper()
	c, err := compose.New()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
