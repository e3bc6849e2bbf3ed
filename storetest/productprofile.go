package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// productProfileTests cover stored product knowledge profiles and their
// tag index.
var productProfileTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"ProductProfiles", testProductProfiles},
	{"ProductProfilesByTag", testProductProfilesByTag},
	{"ProductProfileCascade", testProductProfileCascade},
	{"ProductProfileReferences", testProductProfileReferences},
	{"ProductProfileIsolation", testProductProfileIsolation},
	{"ProductProfileValidation", testProductProfileValidation},
}

// profileShop creates tenant id with products of the given SKUs.
func profileShop(t *testing.T, s kefu.Store, id string, skus ...string) {
	t.Helper()
	MustCreateTenant(t, s, id)
	for _, sku := range skus {
		MustUpsertProduct(t, s, &kefu.Product{TenantID: id, SKU: sku, Name: sku, Currency: "EUR"})
	}
}

// MustReplaceProductProfiles replaces ps of tenantID, or fails tb.
func MustReplaceProductProfiles(tb testing.TB, s kefu.Store, tenantID string, ps ...*kefu.ProductProfile) {
	tb.Helper()
	if err := s.ReplaceProductProfiles(context.Background(), tenantID, ps); err != nil {
		tb.Fatalf("ReplaceProductProfiles(%s): %v", tenantID, err)
	}
}

// serumProfile is a realistic profile: a niacinamide serum for oily skin,
// with evidence of every kind it may hold.
func serumProfile(tenant, sku string) *kefu.ProductProfile {
	return &kefu.ProductProfile{TenantID: tenant, SKU: sku, Partial: true, Tags: []kefu.ProfileTag{
		{Dimension: "actives", Value: "niacinamide", Evidence: []kefu.TagEvidence{
			{Kind: "ingredient", Rule: "niacinamide", Ingredients: []string{"niacinamide"}, Attribute: "key_ingredients"}}},
		{Dimension: "suits_skin", Value: "oily", Shop: true, Evidence: []kefu.TagEvidence{
			{Kind: "shop", Attribute: "tags.suits_skin"},
			{Kind: "rule", Rule: "suits/oily/oil-control", Because: []string{"efficacy:oil control"},
				Ingredients: []string{"zinc pca"}}}},
		{Dimension: "cautions", Value: "sensitive", Level: "caution", Evidence: []kefu.TagEvidence{
			{Kind: "rule", Rule: "caution/fragrance/sensitive", Because: []string{"class:fragrance"}, Note: "香精 «parfum»"}}},
		{Dimension: "price_band", Value: "mid", Evidence: []kefu.TagEvidence{
			{Kind: "catalog", Note: "serum EUR: mid 1500-2999"}}},
	}}
}

func skus(ps []*kefu.ProductProfile) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.SKU
	}
	return strings.Join(out, ",")
}

func testProductProfiles(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	profileShop(t, s, "shop", "SERUM-1", "TONER-1")
	derived := time.Date(2026, 12, 6, 23, 0, 0, 123000, time.UTC)
	p := serumProfile("shop", "SERUM-1")
	p.DerivedAt = derived
	MustReplaceProductProfiles(t, s, "shop", p)
	got, err := s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
	mustNil(t, "FindProductProfileBySKU", err)
	checkEqual(t, "stored profile", got, p)
	if !got.DerivedAt.Equal(derived) {
		t.Errorf("DerivedAt = %v, want %v", got.DerivedAt, derived)
	}
	_, err = s.FindProductProfileBySKU(ctx, "shop", "TONER-1")
	wantCode(t, "FindProductProfileBySKU without a profile", err, kefu.ENOTFOUND)

	t.Run("replace", func(t *testing.T) {
		// A replacement replaces every tag; a zero DerivedAt takes the
		// store's clock and is set on the profile.
		repl := &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{
			{Dimension: "suits_skin", Value: "dry", Evidence: []kefu.TagEvidence{{Kind: "attribute", Attribute: "skin_types"}}}}}
		MustReplaceProductProfiles(t, s, "shop", repl)
		if repl.DerivedAt.IsZero() || repl.DerivedAt.Year() < 2000 {
			t.Errorf("DerivedAt after a write without one = %v", repl.DerivedAt)
		}
		got, err := s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
		mustNil(t, "FindProductProfileBySKU", err)
		checkEqual(t, "replaced profile", got, repl)
		for _, tc := range []struct{ dim, value, want string }{
			{"suits_skin", "oily", ""}, {"actives", "niacinamide", ""}, {"suits_skin", "dry", "SERUM-1"}} {
			ps, err := s.FindProductProfiles(ctx, kefu.ProductProfileFilter{TenantID: "shop", Dimension: tc.dim, Value: tc.value})
			mustNil(t, "FindProductProfiles", err)
			if got := skus(ps); got != tc.want {
				t.Errorf("%s=%s after replace: %q, want %q", tc.dim, tc.value, got, tc.want)
			}
		}
		// An empty profile is a profile (nothing derived), not an absence.
		empty := &kefu.ProductProfile{TenantID: "shop", SKU: "TONER-1"}
		MustReplaceProductProfiles(t, s, "shop", empty)
		got, err = s.FindProductProfileBySKU(ctx, "shop", "TONER-1")
		mustNil(t, "FindProductProfileBySKU of an empty profile", err)
		checkEqual(t, "empty profile", got, empty)
		MustReplaceProductProfiles(t, s, "shop", p)
	})

	t.Run("delete", func(t *testing.T) {
		mustNil(t, "DeleteProductProfile", s.DeleteProductProfile(ctx, "shop", "TONER-1"))
		wantCode(t, "DeleteProductProfile twice", s.DeleteProductProfile(ctx, "shop", "TONER-1"), kefu.ENOTFOUND)
		_, err := s.FindProductProfileBySKU(ctx, "shop", "TONER-1")
		wantCode(t, "FindProductProfileBySKU after delete", err, kefu.ENOTFOUND)
		// The product stays.
		if _, err := s.FindProductBySKU(ctx, "shop", "TONER-1"); err != nil {
			t.Errorf("product after its profile was deleted: %v", err)
		}
		mustNil(t, "ReplaceProductProfiles with nothing", s.ReplaceProductProfiles(ctx, "shop", nil))
	})
}

func testProductProfilesByTag(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	// SKUs page in byte order: "B" < "a" < "b-2" < "b-10" is not
	// numeric; upper case first.
	all := []string{"B-1", "a-1", "b-10", "b-2", "c-1"}
	profileShop(t, s, "shop", all...)
	var ps []*kefu.ProductProfile
	for i, sku := range all {
		p := &kefu.ProductProfile{TenantID: "shop", SKU: sku, Tags: []kefu.ProfileTag{
			{Dimension: "step", Value: "treat", Evidence: []kefu.TagEvidence{{Kind: "attribute", Attribute: "category"}}}}}
		if i%2 == 0 {
			p.Tags = append(p.Tags, kefu.ProfileTag{Dimension: "suits_skin", Value: "oily", Shop: i == 0,
				Evidence: []kefu.TagEvidence{{Kind: "shop", Attribute: "tags.suits_skin"}}})
		}
		ps = append(ps, p)
	}
	MustReplaceProductProfiles(t, s, "shop", ps...)

	for _, tc := range []struct {
		name string
		f    kefu.ProductProfileFilter
		want string
	}{
		{"all", kefu.ProductProfileFilter{}, "B-1,a-1,b-10,b-2,c-1"},
		{"page", kefu.ProductProfileFilter{After: "a-1", Limit: 2}, "b-10,b-2"},
		{"by tag", kefu.ProductProfileFilter{Dimension: "suits_skin", Value: "oily"}, "B-1,b-10,c-1"},
		{"by tag paged", kefu.ProductProfileFilter{Dimension: "suits_skin", Value: "oily", After: "B-1", Limit: 1}, "b-10"},
		{"by tag, last page", kefu.ProductProfileFilter{Dimension: "suits_skin", Value: "oily", After: "b-10"}, "c-1"},
		{"value of another dimension", kefu.ProductProfileFilter{Dimension: "suits_skin", Value: "treat"}, ""},
		{"unknown tag", kefu.ProductProfileFilter{Dimension: "finish", Value: "matte"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.f.TenantID = "shop"
			got, err := s.FindProductProfiles(ctx, tc.f)
			mustNil(t, "FindProductProfiles", err)
			if skus(got) != tc.want {
				t.Errorf("FindProductProfiles(%+v) = %q, want %q", tc.f, skus(got), tc.want)
			}
			// Profiles found by tag are whole.
			for _, p := range got {
				if len(p.Tags) == 0 || p.Tags[0].Dimension != "step" {
					t.Errorf("profile %s found by %+v has tags %+v", p.SKU, tc.f, p.Tags)
				}
			}
		})
	}
}

func testProductProfileCascade(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	profileShop(t, s, "shop", "SERUM-1", "SERUM-2")
	MustReplaceProductProfiles(t, s, "shop", serumProfile("shop", "SERUM-1"), serumProfile("shop", "SERUM-2"))

	// Replacing the product keeps its profile (a re-derivation replaces
	// it); deleting the product deletes the profile and its tags.
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "SERUM-1", Name: "Renamed", Currency: "EUR"})
	_, err := s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
	mustNil(t, "FindProductProfileBySKU after the product was replaced", err)
	mustNil(t, "DeleteProduct", s.DeleteProduct(ctx, "shop", "SERUM-1"))
	_, err = s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
	wantCode(t, "FindProductProfileBySKU after DeleteProduct", err, kefu.ENOTFOUND)
	ps, err := s.FindProductProfiles(ctx, kefu.ProductProfileFilter{TenantID: "shop", Dimension: "suits_skin", Value: "oily"})
	mustNil(t, "FindProductProfiles", err)
	if got := skus(ps); got != "SERUM-2" {
		t.Errorf("suits_skin=oily after DeleteProduct(SERUM-1) = %q, want SERUM-2", got)
	}
	// A product that comes back has no profile until one is written.
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "SERUM-1", Name: "Back", Currency: "EUR"})
	_, err = s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
	wantCode(t, "FindProductProfileBySKU of a product that came back", err, kefu.ENOTFOUND)
}

func testProductProfileReferences(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	profileShop(t, s, "shop", "SERUM-1")
	// A profile needs its product; a batch with one unknown SKU writes
	// nothing.
	err := s.ReplaceProductProfiles(ctx, "shop", []*kefu.ProductProfile{serumProfile("shop", "SERUM-1"), serumProfile("shop", "NOPE")})
	wantCode(t, "ReplaceProductProfiles with an unknown SKU", err, kefu.ENOTFOUND)
	if err != nil && !strings.Contains(kefu.ErrorMessage(err), "NOPE") {
		t.Errorf("error %q does not name the SKU", kefu.ErrorMessage(err))
	}
	_, err = s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
	wantCode(t, "FindProductProfileBySKU after a failed batch", err, kefu.ENOTFOUND)
	err = s.ReplaceProductProfiles(ctx, "nobody", []*kefu.ProductProfile{serumProfile("nobody", "SERUM-1")})
	wantCode(t, "ReplaceProductProfiles of an unknown tenant", err, kefu.ENOTFOUND)

	// In a transaction a failed batch leaves the transaction usable.
	err = s.InTx(ctx, func(tx kefu.Store) error {
		err := tx.ReplaceProductProfiles(ctx, "shop", []*kefu.ProductProfile{serumProfile("shop", "NOPE")})
		wantCode(t, "ReplaceProductProfiles in a transaction", err, kefu.ENOTFOUND)
		return tx.ReplaceProductProfiles(ctx, "shop", []*kefu.ProductProfile{serumProfile("shop", "SERUM-1")})
	})
	mustNil(t, "InTx", err)
	_, err = s.FindProductProfileBySKU(ctx, "shop", "SERUM-1")
	mustNil(t, "FindProductProfileBySKU after InTx", err)

	// A large batch in one call.
	var many []*kefu.ProductProfile
	for i := range 300 {
		sku := fmt.Sprintf("P-%04d", i)
		MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: sku, Name: sku})
		many = append(many, serumProfile("shop", sku))
	}
	MustReplaceProductProfiles(t, s, "shop", many...)
	ps, err := s.FindProductProfiles(ctx, kefu.ProductProfileFilter{TenantID: "shop", Dimension: "cautions", Value: "sensitive", Limit: 1000})
	mustNil(t, "FindProductProfiles", err)
	if len(ps) != 301 {
		t.Errorf("cautions=sensitive: %d profiles, want 301", len(ps))
	}
}

func testProductProfileIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	profileShop(t, s, "a", "SERUM-1")
	profileShop(t, s, "b")
	pa := serumProfile("a", "SERUM-1")
	MustReplaceProductProfiles(t, s, "a", pa)

	_, err := s.FindProductProfileBySKU(ctx, "b", "SERUM-1")
	wantCode(t, "FindProductProfileBySKU from b", err, kefu.ENOTFOUND)
	wantCode(t, "DeleteProductProfile from b", s.DeleteProductProfile(ctx, "b", "SERUM-1"), kefu.ENOTFOUND)
	for _, f := range []kefu.ProductProfileFilter{{TenantID: "b"}, {TenantID: "b", Dimension: "suits_skin", Value: "oily"}} {
		ps, err := s.FindProductProfiles(ctx, f)
		mustNil(t, "FindProductProfiles", err)
		if len(ps) != 0 {
			t.Errorf("b sees %d of a's profiles with %+v", len(ps), f)
		}
	}
	// b cannot write a profile of a's product, nor one of a's under its
	// own name.
	err = s.ReplaceProductProfiles(ctx, "b", []*kefu.ProductProfile{serumProfile("b", "SERUM-1")})
	wantCode(t, "ReplaceProductProfiles of a's product from b", err, kefu.ENOTFOUND)
	err = s.ReplaceProductProfiles(ctx, "b", []*kefu.ProductProfile{serumProfile("a", "SERUM-1")})
	wantField(t, "ReplaceProductProfiles of a's profile from b", err, kefu.EINVALID, "tenant_id")
	// b's own product of the same SKU has its own profile.
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "b", SKU: "SERUM-1", Name: "b's"})
	pb := &kefu.ProductProfile{TenantID: "b", SKU: "SERUM-1"}
	MustReplaceProductProfiles(t, s, "b", pb)
	got, err := s.FindProductProfileBySKU(ctx, "a", "SERUM-1")
	mustNil(t, "FindProductProfileBySKU", err)
	checkEqual(t, "a's profile after b wrote its own", got, pa)
	mustNil(t, "DeleteProductProfile b", s.DeleteProductProfile(ctx, "b", "SERUM-1"))
	if _, err := s.FindProductProfileBySKU(ctx, "a", "SERUM-1"); err != nil {
		t.Errorf("a's profile after b deleted its own: %v", err)
	}
}

func testProductProfileValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	profileShop(t, s, "shop", "SERUM-1")
	ev := []kefu.TagEvidence{{Kind: "rule"}}
	for _, tc := range []struct {
		name  string
		p     *kefu.ProductProfile
		field string
	}{
		{"no tenant", &kefu.ProductProfile{SKU: "SERUM-1"}, "tenant_id"},
		{"no sku", &kefu.ProductProfile{TenantID: "shop"}, "sku"},
		{"long sku", &kefu.ProductProfile{TenantID: "shop", SKU: strings.Repeat("s", kefu.MaxExternalIDLen+1)}, "sku"},
		{"no dimension", &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{{Value: "x", Evidence: ev}}}, "tags[0].dimension"},
		{"no value", &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{{Dimension: "x", Evidence: ev}}}, "tags[0].value"},
		{"bad level", &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{{Dimension: "x", Value: "y", Level: "deadly"}}}, "tags[0].level"},
		{"twice", &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{{Dimension: "x", Value: "y"}, {Dimension: "x", Value: "y"}}}, "tags[1]"},
		{"bad UTF-8", &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{{Dimension: "x", Value: "\xff"}}}, "tags[0].value"},
		{"long value", &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1", Tags: []kefu.ProfileTag{{Dimension: "x", Value: strings.Repeat("v", kefu.MaxProfileTagLen+1)}}}, "tags[0].value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tenant := tc.p.TenantID
			if tenant == "" {
				tenant = "shop"
			}
			err := s.ReplaceProductProfiles(ctx, tenant, []*kefu.ProductProfile{tc.p})
			wantField(t, "ReplaceProductProfiles", err, kefu.EINVALID, tc.field)
		})
	}
	many := make([]*kefu.ProductProfile, kefu.MaxProfileBatch+1)
	for i := range many {
		many[i] = &kefu.ProductProfile{TenantID: "shop", SKU: "SERUM-1"}
	}
	wantField(t, "a batch too large", s.ReplaceProductProfiles(ctx, "shop", many), kefu.EINVALID, "profiles")
	_, err := s.FindProductProfiles(ctx, kefu.ProductProfileFilter{TenantID: "shop", Dimension: "suits_skin"})
	wantField(t, "a dimension without a value", err, kefu.EINVALID, "value")
	_, err = s.FindProductProfiles(ctx, kefu.ProductProfileFilter{})
	wantCode(t, "no tenant", err, kefu.EINVALID)
	if _, err := s.FindProductProfileBySKU(ctx, "shop", "SERUM-1"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("a refused write stored something: %v", err)
	}
}
