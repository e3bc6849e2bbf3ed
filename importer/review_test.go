package importer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
)

const baseReviews = `id,sku,customer_external_id,rating,title,text,language,skin_type,verified,created_at
r-1,PB-20K,c-1,5,Great,"Charges my phone twice,
and it is slim.",en,,yes,2026-11-02T09:15:00+08:00
r-2,TEA-LJ,,2,,太苦了,zh-Hans,dry,no,2026-11-03
r-3,PB-20K,c-2,4,,,th,Oily,,
`

func TestImportReviews(t *testing.T) {
	ctx := context.Background()
	for _, format := range []string{importer.FormatCSV, importer.FormatJSON} {
		t.Run(format, func(t *testing.T) {
			st := MustOpen(t)
			mustLoadBase(t, st, "shop")
			input := baseReviews
			if format == importer.FormatJSON {
				input = `[
  {"id": "r-1", "sku": "PB-20K", "customer_external_id": "c-1", "rating": 5, "title": "Great",
   "text": "Charges my phone twice,\nand it is slim.", "language": "en", "verified": true, "created_at": "2026-11-02T09:15:00+08:00"},
  {"id": "r-2", "sku": "TEA-LJ", "rating": 2, "text": "太苦了", "language": "zh-Hans", "skin_type": "dry", "created_at": "2026-11-03"},
  {"id": "r-3", "sku": "PB-20K", "customer_external_id": "c-2", "rating": 4, "language": "th", "skin_type": "oily"}
]`
			}
			sum := MustImport(t, st, "shop", importer.KindReviews, format, input)
			if sum.Reviews != 3 {
				t.Errorf("summary = %+v, want 3 reviews", sum)
			}
			c1, _ := st.FindCustomerByExternalID(ctx, "shop", "c-1")
			r1, err := st.FindReviewByID(ctx, "shop", "r-1")
			if err != nil {
				t.Fatal(err)
			}
			if r1.CustomerID != c1.ID || r1.Rating != 5 || !r1.Verified || r1.Language != "en" || !strings.Contains(r1.Text, "\n") ||
				!r1.CreatedAt.Equal(time.Date(2026, 11, 2, 1, 15, 0, 0, time.UTC)) {
				t.Errorf("r-1 = %+v", r1)
			}
			r2, err := st.FindReviewByID(ctx, "shop", "r-2")
			if err != nil || r2.CustomerID != "" || r2.Language != "zh" || r2.SkinType != "dry" || r2.Verified {
				t.Errorf("r-2 = %+v, %v", r2, err)
			}
			r3, err := st.FindReviewByID(ctx, "shop", "r-3")
			if err != nil || r3.SkinType != "oily" || r3.CreatedAt.IsZero() {
				t.Errorf("r-3 = %+v, %v (skin type folded to lower case; no created_at takes the store's time)", r3, err)
			}
			s, err := st.ReviewSummary(ctx, "shop", "PB-20K")
			if err != nil || s.Count != 2 || s.Mean != 4.5 || s.BySkinType["oily"].Count != 1 {
				t.Errorf("summary of PB-20K = %+v, %v", s, err)
			}

			// The same file again replaces, by id.
			if sum := MustImport(t, st, "shop", importer.KindReviews, format, input); sum.Reviews != 3 {
				t.Errorf("second import = %+v", sum)
			}
			if rs, _ := st.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop"}); len(rs) != 3 {
				t.Errorf("%d reviews after importing the file twice, want 3", len(rs))
			}
		})
	}
}

// TestImportReviewsBad checks that a file with any bad review stores
// nothing and that each problem names its line.
func TestImportReviewsBad(t *testing.T) {
	ctx := context.Background()
	const header = "id,sku,customer_external_id,rating,title,text,language,skin_type,verified,created_at\n"
	const good = "r-ok,PB-20K,c-1,5,,Fine,en,,,\n"
	for _, tc := range []struct {
		name, format, input string
		want                []string
	}{
		{"csv rating", "csv", header + good + "r-2,PB-20K,,6,,,en,,,\nr-3,PB-20K,,x,,,en,,,\n", []string{
			`line 3: rating 6 is not from 1 to 5`, `line 4: rating "x" is not a whole number`}},
		{"csv missing rating and language", "csv", header + good + "r-2,PB-20K,,,,,,,,\n", []string{
			`line 3: rating is required`, `line 3: language is required: the language the review is written in`}},
		{"csv skin type and date", "csv", header + good + "r-2,PB-20K,,3,,,en,greasy,maybe,last week\n", []string{
			`line 3: verified "maybe" is not true or false`,
			`line 3: skin_type "greasy" is not one of combination, dry, normal, oily, sensitive`,
			`line 3: created_at "last week" is not a date (want RFC 3339 like 2026-11-02T09:15:00+08:00, or 2026-11-02)`}},
		{"csv unknown sku and customer", "csv", header + good + "r-2,NOPE,c-404,3,,,en,,,\n", []string{
			`line 3: sku "NOPE" is not in the catalogue (import products first)`,
			`line 3: customer_external_id "c-404": no such customer (import customers first)`}},
		{"csv repeated id", "csv", header + good + "r-ok,TEA-LJ,,3,,,en,,,\n", []string{`line 3: review "r-ok" repeats line 2`}},
		{"csv missing column", "csv", "id,sku,rating\nr-1,PB-20K,5\n", []string{`line 1: the header has no "language" column`}},
		{"json bad rating", "json", `[
  {"id": "r-ok", "sku": "PB-20K", "rating": 5, "language": "en"},
  {"id": "r-2", "sku": "PB-20K", "rating": 0, "language": "en"}
]`, []string{`line 3 (element 1): rating 0 is not from 1 to 5`}},
		{"json unknown field", "json", `[{"id": "r-1", "sku": "PB-20K", "rating": 5, "language": "en", "stars": 5}]`,
			[]string{`line 1 (element 0): unknown field "stars"`}},
		{"json bad language", "json", `[{"id": "r-1", "sku": "PB-20K", "rating": 5, "language": "english!"}]`,
			[]string{`line 1 (element 0): language "english!" is not a language code like "en", "zh" or "th"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := MustOpen(t)
			mustLoadBase(t, st, "shop")
			sum, err := importer.Import(ctx, st, "shop", importer.KindReviews, tc.format, strings.NewReader(tc.input))
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			var got []string
			for _, p := range sum.Problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if rs, _ := st.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop"}); len(rs) != 0 {
				t.Errorf("%d reviews stored from a rejected file", len(rs))
			}
		})
	}
}

// TestLoadShopReviewsAndParts checks a shop document's reviews and
// promotions sections, and a part loaded with it.
func TestLoadShopReviewsAndParts(t *testing.T) {
	ctx := context.Background()
	const main = `{"tenant": {"id": "glow", "name": "Glow", "settings": {"default_language": "en", "currency": "EUR",
  "promotions": [{"id": "old", "code": "A", "text": {"en": "a gift"}}]}},
  "customers": [{"external_id": "c-1", "name": "Ana"}],
  "products": [{"sku": "FND", "name": "Foundation", "category": "foundation", "price": 2990}],
  "reviews": [{"id": "r-1", "sku": "FND", "customer_external_id": "c-1", "rating": 5, "language": "es", "skin_type": "oily", "verified": true}]
}`
	const part = `{"_note": "generated", "tenant_id": "glow",
  "promotions": [{"id": "gwp", "code": "SPONGE", "text": {"en": "a free sponge with any foundation"}, "categories": ["foundation"],
    "start": "2026-11-01"}],
  "customers": [{"external_id": "c-2", "name": "Bo"}],
  "products": [{"sku": "SPONGE", "name": "Sponge", "price": 690}],
  "reviews": [{"id": "r-2", "sku": "FND", "customer_external_id": "c-2", "rating": 3, "language": "zh"},
              {"id": "r-3", "sku": "SPONGE", "rating": 4, "language": "en"}]
}`
	st := MustOpen(t)
	sum, err := importer.LoadShopParts(ctx, st, strings.NewReader(main), []importer.ShopPart{{Name: "glow-generated.json", R: strings.NewReader(part)}}, fixedClock)
	if err != nil {
		t.Fatalf("LoadShopParts: %v (%+v)", err, sum)
	}
	if sum.Customers != 2 || sum.Products != 2 || sum.Reviews != 3 || sum.Promotions != 2 {
		t.Errorf("summary = %+v", sum)
	}
	s, err := st.ReviewSummary(ctx, "glow", "FND")
	if err != nil || s.Count != 2 || s.Verified != 1 || s.BySkinType["oily"].Count != 1 {
		t.Errorf("summary of FND = %+v, %v", s, err)
	}
	c2, _ := st.FindCustomerByExternalID(ctx, "glow", "c-2")
	if r, err := st.FindReviewByID(ctx, "glow", "r-2"); err != nil || c2 == nil || r.CustomerID != c2.ID {
		t.Errorf("r-2 = %+v, %v: a part's review names the part's customer", r, err)
	}
	if p, err := st.FindPromotionByID(ctx, "glow", "gwp"); err != nil || p.Categories[0] != "foundation" || p.Start.IsZero() {
		t.Errorf("promotion gwp = %+v, %v", p, err)
	}

	for _, tc := range []struct{ name, part, want string }{
		{"wrong tenant", `{"tenant_id": "other"}`, `line 1 (glow-generated.json): tenant_id "other" is not the shop's, "glow"`},
		{"no tenant_id", `{"products": []}`, `line 1 (glow-generated.json): the part has no tenant_id (want "glow")`},
		{"a tenant in a part", `{"tenant_id": "glow", "tenant": {}}`,
			`line 1 (glow-generated.json): unknown field "tenant" (want tenant_id, customers, products, orders, shipments, articles, reviews, promotions)`},
		{"sku in both documents", `{"tenant_id": "glow",
  "products": [{"sku": "FND", "name": "Foundation again", "price": 100}]}`, `line 2 (glow-generated.json: products[0]): sku "FND" repeats line 4`},
		{"review of an unknown product", `{"tenant_id": "glow",
  "reviews": [{"id": "r-9", "sku": "NOPE", "rating": 1, "language": "en"}]}`,
			`line 2 (glow-generated.json: reviews[0]): sku "NOPE" is not in the catalogue (import products first)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := MustOpen(t)
			sum, err := importer.LoadShopParts(ctx, st, strings.NewReader(main), []importer.ShopPart{{Name: "glow-generated.json", R: strings.NewReader(tc.part)}}, fixedClock)
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			if len(sum.Problems) == 0 || sum.Problems[0].String() != tc.want {
				t.Errorf("problems = %v\nwant %s", sum.Problems, tc.want)
			}
			if ts, _ := st.FindTenants(ctx); len(ts) != 0 {
				t.Errorf("tenants after a rejected document: %v", ts)
			}
		})
	}
}
