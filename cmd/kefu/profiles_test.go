package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// TestProductProfilesKeptCurrent runs the demo: its shops' profiles are
// derived in the background once it is seeded, and a product written (or deleted) through the
// admin API soon has its profile (and its place in the tag index), derived
// in the background.
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
	// Derived in the background once the demo is seeded.
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		got := skus("dimension=actives&value=retinoid")
		if slices.Contains(got, "GL-SER-RET03") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("demo seed: actives=retinoid lists %v, want GL-SER-RET03 among them", got)
		}
	}
	code, body := callJSON(t, "POST", d.URL+"/v1/products/batch", key, map[string]any{"items": []any{map[string]any{
		"sku": "GL-NEW-BHA", "name": "2% BHA Liquid", "category": "toner", "price": 2900, "currency": "EUR",
		"attributes": map[string]string{"ingredients": "Aqua, Salicylic Acid, Butylene Glycol, Niacinamide, Sodium Hydroxide"}}}})
	if code != http.StatusOK {
		t.Fatalf("batch: %d %v", code, body)
	}
	// eventually waits until listed(actives=bha) is want.
	eventually := func(what string, want bool) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			got := skus("dimension=actives&value=bha")
			if slices.Contains(got, "GL-NEW-BHA") == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: actives=bha lists %v", what, got)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	eventually("after the batch", true)
	if code, body := callJSON(t, "DELETE", d.URL+"/v1/products/GL-NEW-BHA", key, nil); code != http.StatusNoContent && code != http.StatusOK {
		t.Fatalf("delete: %d %v", code, body)
	}
	eventually("after the delete", false)
}

// TestProfileRefresher checks that changes arriving while a shop is being
// refreshed make it run once more, and that Close stops it.
func TestProfileRefresher(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	app := NewApp(cfg, newLogger(cfg, io.Discard))
	if err := app.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	storetestShop(t, app)
	for i := range 5 {
		p := &kefu.Product{TenantID: "shop", SKU: fmt.Sprintf("S-%d", i), Name: "Retinol serum", Category: "serum",
			Price: int64(1000 + i), Currency: "EUR", Attributes: map[string]string{"key_ingredients": "Retinol"}}
		if err := app.Store.UpsertProduct(ctx, p); err != nil {
			t.Fatal(err)
		}
		app.changed("shop", "products")
	}
	app.productProfiles.Wait()
	ps, err := app.Store.FindProductProfiles(ctx, kefu.ProductProfileFilter{TenantID: "shop", Dimension: "actives", Value: "retinoid"})
	if err != nil || len(ps) != 5 {
		t.Fatalf("actives=retinoid after the refreshes: %d profiles, %v", len(ps), err)
	}
	if err := app.productProfiles.Close(); err != nil {
		t.Fatal(err)
	}
	app.changed("shop", "products") // after Close: nothing runs
	app.productProfiles.Wait()
}

// storetestShop creates the tenant "shop".
func storetestShop(t *testing.T, app *App) {
	t.Helper()
	err := app.Store.CreateTenant(context.Background(), &kefu.Tenant{ID: "shop", Name: "Shop",
		Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en"}}})
	if err != nil {
		t.Fatal(err)
	}
}
