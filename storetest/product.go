package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

func testProducts(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	p := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "TEA-1", Name: "Oolong", Description: "Roasted",
		Category: "tea", Brand: "Hill", HSCode: "090230", Price: 1299, Currency: "EUR", Stock: 40,
		Attributes: map[string]string{"storage_temp": "2-8C", "name_zh": "乌龙茶"}})
	if !strings.HasPrefix(p.ID, "pr_") || p.UpdatedAt.IsZero() {
		t.Errorf("UpsertProduct set ID %q, UpdatedAt %v", p.ID, p.UpdatedAt)
	}
	got, err := s.FindProductBySKU(ctx, "shop", "TEA-1")
	mustNil(t, "FindProductBySKU", err)
	checkEqual(t, "FindProductBySKU", got, p)

	t.Run("replace by SKU", func(t *testing.T) {
		repl := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "TEA-1", Name: "Oolong (new)", Category: "tea",
			Price: 1399, Currency: "EUR", Stock: 3, Attributes: map[string]string{"origin": "TW"}})
		if repl.ID != p.ID {
			t.Errorf("replacement got ID %q, want the original %q", repl.ID, p.ID)
		}
		got, err := s.FindProductBySKU(ctx, "shop", "TEA-1")
		mustNil(t, "FindProductBySKU", err)
		checkEqual(t, "replaced product", got, repl)
		all, err := s.FindProducts(ctx, kefu.ProductFilter{TenantID: "shop"})
		mustNil(t, "FindProducts", err)
		if len(all) != 1 {
			t.Errorf("tenant has %d products after a replace, want 1", len(all))
		}
	})

	t.Run("FindProducts", func(t *testing.T) {
		for _, sku := range []string{"CUP-2", "TEA-0", "BAG-9"} {
			cat := "tea"
			if sku != "TEA-0" {
				cat = "ware"
			}
			MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: sku, Name: sku, Category: cat, Currency: "EUR"})
		}
		MustUpsertProduct(t, s, &kefu.Product{TenantID: "other", SKU: "TEA-1", Name: "theirs", Category: "tea"})
		for _, tc := range []struct {
			name string
			f    kefu.ProductFilter
			want string
		}{
			{"all", kefu.ProductFilter{TenantID: "shop"}, "BAG-9,CUP-2,TEA-0,TEA-1"},
			{"category", kefu.ProductFilter{TenantID: "shop", Category: "tea"}, "TEA-0,TEA-1"},
			{"limit", kefu.ProductFilter{TenantID: "shop", Limit: 2}, "BAG-9,CUP-2"},
			{"no match", kefu.ProductFilter{TenantID: "shop", Category: "toys"}, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				ps, err := s.FindProducts(ctx, tc.f)
				mustNil(t, "FindProducts", err)
				var skus []string
				for _, p := range ps {
					skus = append(skus, p.SKU)
				}
				if got := strings.Join(skus, ","); got != tc.want {
					t.Errorf("SKUs = %q, want %q", got, tc.want)
				}
			})
		}
		_, err := s.FindProducts(ctx, kefu.ProductFilter{})
		wantCode(t, "FindProducts without tenant", err, kefu.EINVALID)
	})

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindProductBySKU(ctx, "shop", "NOPE")
		wantCode(t, "FindProductBySKU(missing)", err, kefu.ENOTFOUND)
		wantCode(t, "UpsertProduct(no SKU)", s.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", Name: "x"}), kefu.EINVALID)
		wantCode(t, "UpsertProduct(no tenant)", s.UpsertProduct(ctx, &kefu.Product{SKU: "x"}), kefu.EINVALID)
		wantCode(t, "UpsertProduct(unknown tenant)", s.UpsertProduct(ctx, &kefu.Product{TenantID: "ghost", SKU: "x"}), kefu.ENOTFOUND)
	})
}

func testProductPages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	for i, sku := range []string{"P-05", "P-02", "P-07", "P-01", "P-04", "P-06", "P-03"} {
		cat := "tea"
		if i%2 == 1 {
			cat = "ware"
		}
		MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: sku, Name: sku, Category: cat, Currency: "EUR"})
	}
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "other", SKU: "P-035", Name: "theirs", Category: "tea"})
	skus := func(f kefu.ProductFilter) ([]string, error) {
		ps, err := s.FindProducts(ctx, f)
		var out []string
		for _, p := range ps {
			out = append(out, p.SKU)
		}
		return out, err
	}
	for _, tc := range []struct {
		name string
		f    kefu.ProductFilter
		want [][]string
	}{
		{"all", kefu.ProductFilter{TenantID: "shop", Limit: 3},
			[][]string{{"P-01", "P-02", "P-03"}, {"P-04", "P-05", "P-06"}, {"P-07"}}},
		{"category", kefu.ProductFilter{TenantID: "shop", Category: "tea", Limit: 2},
			[][]string{{"P-03", "P-04"}, {"P-05", "P-07"}}},
		{"page size 1", kefu.ProductFilter{TenantID: "shop", Category: "ware", Limit: 1},
			[][]string{{"P-01"}, {"P-02"}, {"P-06"}}},
		{"another tenant", kefu.ProductFilter{TenantID: "other"}, [][]string{{"P-035"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := walkPages(t, func(after string) ([]string, error) {
				f := tc.f
				f.After = after
				return skus(f)
			})
			checkEqual(t, "pages", pages, tc.want)
		})
	}
	got, err := skus(kefu.ProductFilter{TenantID: "shop", After: "P-035"})
	mustNil(t, "FindProducts", err)
	checkEqual(t, "after a SKU the tenant does not have", got, []string{"P-04", "P-05", "P-06", "P-07"})
}

func testDeleteProduct(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	tea := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "TEA-1", Name: "Oolong"})
	cup := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "CUP-1", Name: "Cup"})
	theirs := MustUpsertProduct(t, s, &kefu.Product{TenantID: "other", SKU: "TEA-1", Name: "Theirs"})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1",
		Lines: []kefu.OrderLine{{SKU: "TEA-1", Name: "Oolong", Quantity: 1}}})

	// The steps run in order.
	for _, tc := range []struct {
		name        string
		tenant, sku string
		code        string
	}{
		{"delete", "shop", "TEA-1", ""},
		{"delete again", "shop", "TEA-1", kefu.ENOTFOUND},
		{"missing", "shop", "NOPE", kefu.ENOTFOUND},
		{"another tenant's", "other", "CUP-1", kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "DeleteProduct", s.DeleteProduct(ctx, tc.tenant, tc.sku), tc.code)
		})
	}
	_, err := s.FindProductBySKU(ctx, "shop", tea.SKU)
	wantCode(t, "FindProductBySKU(deleted)", err, kefu.ENOTFOUND)
	for _, p := range []*kefu.Product{cup, theirs} {
		got, err := s.FindProductBySKU(ctx, p.TenantID, p.SKU)
		mustNil(t, "FindProductBySKU", err)
		checkEqual(t, "product kept", got, p)
	}
	got, err := s.FindOrderByNumber(ctx, "shop", "1")
	mustNil(t, "FindOrderByNumber", err)
	checkEqual(t, "order of a deleted product", got, o)
}
