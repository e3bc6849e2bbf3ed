package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// reviewTests cover product reviews.
var reviewTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Reviews", testReviews},
	{"ReviewPaging", testReviewPaging},
	{"ReviewSummary", testReviewSummary},
	{"ReviewReferences", testReviewReferences},
	{"ReviewIsolation", testReviewIsolation},
	{"ReviewValidation", testReviewValidation},
}

// reviewShop creates tenant id with the products the review tests name.
func reviewShop(t *testing.T, s kefu.Store, id string) {
	t.Helper()
	MustCreateTenant(t, s, id)
	for _, sku := range []string{"SERUM-1", "TONER-1"} {
		MustUpsertProduct(t, s, &kefu.Product{TenantID: id, SKU: sku, Name: sku, Currency: "EUR"})
	}
}

func reviewIDs(rs []*kefu.Review) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ",")
}

func testReviews(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	reviewShop(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})
	wrote := time.Date(2026, 3, 4, 5, 6, 7, 8000, time.UTC)
	r := MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r1", SKU: "SERUM-1", CustomerID: cu.ID, Rating: 4,
		Title: "Gentle", Text: "混油皮用着不闷，夏天也清爽。", Language: "zh", SkinType: "combination", Verified: true, CreatedAt: wrote})
	if !r.CreatedAt.Equal(wrote) {
		t.Errorf("CreatedAt = %v, want the given %v", r.CreatedAt, wrote)
	}
	got, err := s.FindReviewByID(ctx, "shop", "r1")
	mustNil(t, "FindReviewByID", err)
	checkEqual(t, "FindReviewByID", got, r)

	t.Run("replace by ID", func(t *testing.T) {
		// Every field is replaced, the unset ones included, but a zero
		// CreatedAt keeps the stored one.
		repl := MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r1", SKU: "TONER-1", Rating: 2, Language: "es"})
		if !repl.CreatedAt.Equal(wrote) {
			t.Errorf("replacement without created_at: CreatedAt = %v, want the stored %v", repl.CreatedAt, wrote)
		}
		got, err := s.FindReviewByID(ctx, "shop", "r1")
		mustNil(t, "FindReviewByID", err)
		checkEqual(t, "replaced review", got, repl)
		all, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop"})
		mustNil(t, "FindReviews", err)
		if len(all) != 1 {
			t.Errorf("tenant has %d reviews after a replace, want 1", len(all))
		}
		// A new review without created_at takes the store's clock.
		fresh := MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r0", SKU: "SERUM-1", Rating: 5, Language: "en"})
		if fresh.CreatedAt.IsZero() || fresh.CreatedAt.Year() < 2000 {
			t.Errorf("new review without created_at: CreatedAt = %v", fresh.CreatedAt)
		}
		MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r1", SKU: "SERUM-1", Rating: 4, Language: "zh", CreatedAt: wrote})
	})

	t.Run("by SKU", func(t *testing.T) {
		MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r2", SKU: "TONER-1", Rating: 3, Language: "en"})
		MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r3", SKU: "SERUM-1", Rating: 5, Language: "en"})
		for _, tc := range []struct {
			name string
			f    kefu.ReviewFilter
			want string
		}{
			{"all", kefu.ReviewFilter{TenantID: "shop"}, "r0,r1,r2,r3"},
			{"sku", kefu.ReviewFilter{TenantID: "shop", SKU: "SERUM-1"}, "r0,r1,r3"},
			{"sku after a cursor", kefu.ReviewFilter{TenantID: "shop", SKU: "SERUM-1", After: "r0"}, "r1,r3"},
			{"sku with a limit", kefu.ReviewFilter{TenantID: "shop", SKU: "SERUM-1", Limit: 2}, "r0,r1"},
			{"other sku", kefu.ReviewFilter{TenantID: "shop", SKU: "TONER-1"}, "r2"},
			{"no such sku", kefu.ReviewFilter{TenantID: "shop", SKU: "NOPE"}, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				rs, err := s.FindReviews(ctx, tc.f)
				mustNil(t, "FindReviews", err)
				if got := reviewIDs(rs); got != tc.want {
					t.Errorf("IDs = %q, want %q", got, tc.want)
				}
			})
		}
	})

	t.Run("Delete", func(t *testing.T) {
		mustNil(t, "DeleteReview", s.DeleteReview(ctx, "shop", "r1"))
		_, err := s.FindReviewByID(ctx, "shop", "r1")
		wantCode(t, "FindReviewByID after delete", err, kefu.ENOTFOUND)
		wantCode(t, "DeleteReview again", s.DeleteReview(ctx, "shop", "r1"), kefu.ENOTFOUND)
	})

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindReviewByID(ctx, "shop", "nope")
		wantCode(t, "FindReviewByID(missing)", err, kefu.ENOTFOUND)
		wantCode(t, "UpsertReview(unknown tenant)", s.UpsertReview(ctx, &kefu.Review{TenantID: "ghost", ID: "x",
			SKU: "SERUM-1", Rating: 5, Language: "en"}), kefu.ENOTFOUND)
		_, err = s.FindReviews(ctx, kefu.ReviewFilter{})
		wantField(t, "FindReviews without tenant", err, kefu.EINVALID, "tenant_id")
		_, err = s.ReviewSummary(ctx, "", "SERUM-1")
		wantField(t, "ReviewSummary without tenant", err, kefu.EINVALID, "tenant_id")
		rs, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "ghost"})
		mustNil(t, "FindReviews(unknown tenant)", err)
		if len(rs) != 0 {
			t.Errorf("unknown tenant has %d reviews", len(rs))
		}
	})
}

// testReviewPaging walks the reviews with a cursor, a page at a time,
// with and without a SKU, and must see each once, in ID (byte) order.
func testReviewPaging(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	reviewShop(t, s, "shop")
	ids := []string{"10", "9", "B", "Z_", "_x", "a", "a-1", "a1", "b", "é"}
	for i := len(ids) - 1; i >= 0; i-- { // written out of order
		MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: ids[i], SKU: "SERUM-1", Rating: 1 + i%5, Language: "en"})
		MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "t-" + ids[i], SKU: "TONER-1", Rating: 3, Language: "en"})
	}
	want := strings.Join(ids, ",")
	for _, size := range []int{1, 3, 10, 0} {
		var got []string
		for _, page := range walkPages(t, func(after string) ([]string, error) {
			rs, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop", SKU: "SERUM-1", After: after, Limit: size})
			return strings.Split(reviewIDs(rs), ",")[:len(rs)], err
		}) {
			got = append(got, page...)
		}
		if g := strings.Join(got, ","); g != want {
			t.Errorf("reviews of SERUM-1 in pages of %d: %q, want %q", size, g, want)
		}
	}
	all, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop"})
	mustNil(t, "FindReviews", err)
	if len(all) != 2*len(ids) {
		t.Errorf("all reviews: %d, want %d", len(all), 2*len(ids))
	}
}

func testReviewSummary(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	reviewShop(t, s, "shop")
	empty, err := s.ReviewSummary(ctx, "shop", "SERUM-1")
	mustNil(t, "ReviewSummary(no reviews)", err)
	checkEqual(t, "summary without reviews", empty, &kefu.ReviewSummary{SKU: "SERUM-1"})

	for i, r := range []struct {
		rating   int
		skin     string
		verified bool
	}{
		{5, "oily", true}, {4, "oily", true}, {5, "oily", false},
		{2, "sensitive", true}, {1, "sensitive", false},
		{5, "", false}, {3, "", true},
	} {
		MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "r" + string(rune('a'+i)), SKU: "SERUM-1", Rating: r.rating,
			SkinType: r.skin, Verified: r.verified, Language: "en"})
	}
	MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "other", SKU: "TONER-1", Rating: 1, SkinType: "dry", Language: "en"})

	got, err := s.ReviewSummary(ctx, "shop", "SERUM-1")
	mustNil(t, "ReviewSummary", err)
	want := &kefu.ReviewSummary{SKU: "SERUM-1",
		RatingCount: kefu.RatingCount{Count: 7, Mean: 25.0 / 7, Stars: [5]int{1, 1, 1, 1, 3}},
		Verified:    4,
		BySkinType: map[string]kefu.RatingCount{
			"oily":      {Count: 3, Mean: 14.0 / 3, Stars: [5]int{0, 0, 0, 1, 2}},
			"sensitive": {Count: 2, Mean: 1.5, Stars: [5]int{1, 1, 0, 0, 0}},
		}}
	checkEqual(t, "summary", got, want)

	// A deleted review leaves the summary; so does a replaced one.
	mustNil(t, "DeleteReview", s.DeleteReview(ctx, "shop", "rd"))
	MustUpsertReview(t, s, &kefu.Review{TenantID: "shop", ID: "re", SKU: "TONER-1", Rating: 1, Language: "en"})
	got, err = s.ReviewSummary(ctx, "shop", "SERUM-1")
	mustNil(t, "ReviewSummary", err)
	if got.Count != 5 || got.BySkinType["sensitive"].Count != 0 || got.Verified != 3 {
		t.Errorf("summary after a delete and a move = %+v, want 5 reviews, none of sensitive skin, 3 verified", got)
	}
	none, err := s.ReviewSummary(ctx, "ghost", "SERUM-1")
	mustNil(t, "ReviewSummary(unknown tenant)", err)
	if none.Count != 0 {
		t.Errorf("unknown tenant's summary = %+v", none)
	}
}

// testReviewReferences checks what a review names: the product must be
// in the catalogue and the customer must exist when the review is
// written; deleting the product later keeps its reviews, deleting the
// customer unsigns them.
func testReviewReferences(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	reviewShop(t, s, "shop")
	cu := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c-1"})

	err := s.UpsertReview(ctx, &kefu.Review{TenantID: "shop", ID: "r1", SKU: "GHOST-1", Rating: 5, Language: "en"})
	wantField(t, "UpsertReview(unknown product)", err, kefu.EINVALID, "sku")
	err = s.UpsertReview(ctx, &kefu.Review{TenantID: "shop", ID: "r1", SKU: "SERUM-1", CustomerID: "cu_nope", Rating: 5, Language: "en"})
	wantField(t, "UpsertReview(unknown customer)", err, kefu.EINVALID, "customer_id")
	_, err = s.FindReviewByID(ctx, "shop", "r1")
	wantCode(t, "FindReviewByID after refused writes", err, kefu.ENOTFOUND)

	// A refused review inside a transaction leaves the transaction usable.
	err = s.InTx(ctx, func(tx kefu.Store) error {
		wantField(t, "UpsertReview(unknown product) in a transaction",
			tx.UpsertReview(ctx, &kefu.Review{TenantID: "shop", ID: "r0", SKU: "GHOST-1", Rating: 5, Language: "en"}), kefu.EINVALID, "sku")
		return tx.UpsertReview(ctx, &kefu.Review{TenantID: "shop", ID: "r1", SKU: "SERUM-1", CustomerID: cu.ID, Rating: 5, Language: "en"})
	})
	mustNil(t, "InTx", err)

	mustNil(t, "DeleteProduct", s.DeleteProduct(ctx, "shop", "SERUM-1"))
	r, err := s.FindReviewByID(ctx, "shop", "r1")
	mustNil(t, "FindReviewByID after the product was deleted", err)
	rs, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop", SKU: "SERUM-1"})
	mustNil(t, "FindReviews", err)
	if len(rs) != 1 {
		t.Errorf("reviews of the deleted product: %d, want 1", len(rs))
	}
	err = s.UpsertReview(ctx, &kefu.Review{TenantID: "shop", ID: "r2", SKU: "SERUM-1", Rating: 5, Language: "en"})
	wantField(t, "UpsertReview(deleted product)", err, kefu.EINVALID, "sku")

	mustNil(t, "DeleteCustomer", s.DeleteCustomer(ctx, "shop", "c-1"))
	got, err := s.FindReviewByID(ctx, "shop", "r1")
	mustNil(t, "FindReviewByID after the customer was deleted", err)
	r.CustomerID = ""
	checkEqual(t, "review of a deleted customer", got, r)
}

func testReviewIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	reviewShop(t, s, "a")
	MustCreateTenant(t, s, "b")
	cu := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "a", ExternalID: "c-1"})
	ra := MustUpsertReview(t, s, &kefu.Review{TenantID: "a", ID: "secret", SKU: "SERUM-1", CustomerID: cu.ID, Rating: 5,
		Text: "a's review", Language: "en"})

	_, err := s.FindReviewByID(ctx, "b", "secret")
	wantCode(t, "FindReviewByID from b", err, kefu.ENOTFOUND)
	wantCode(t, "DeleteReview from b", s.DeleteReview(ctx, "b", "secret"), kefu.ENOTFOUND)
	rs, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "b", SKU: "SERUM-1"})
	mustNil(t, "FindReviews", err)
	sum, err := s.ReviewSummary(ctx, "b", "SERUM-1")
	mustNil(t, "ReviewSummary", err)
	if len(rs) != 0 || sum.Count != 0 {
		t.Errorf("b sees %d reviews of a, and a summary of %d", len(rs), sum.Count)
	}
	// b cannot review a's product nor sign with a's customer.
	err = s.UpsertReview(ctx, &kefu.Review{TenantID: "b", ID: "secret", SKU: "SERUM-1", Rating: 1, Language: "en"})
	wantField(t, "UpsertReview of a's product from b", err, kefu.EINVALID, "sku")
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "b", SKU: "SERUM-1", Name: "b's serum"})
	err = s.UpsertReview(ctx, &kefu.Review{TenantID: "b", ID: "secret", SKU: "SERUM-1", CustomerID: cu.ID, Rating: 1, Language: "en"})
	wantField(t, "UpsertReview signed by a's customer from b", err, kefu.EINVALID, "customer_id")

	// b's own review with the same ID leaves a's alone.
	rb := MustUpsertReview(t, s, &kefu.Review{TenantID: "b", ID: "secret", SKU: "SERUM-1", Rating: 1, Language: "en"})
	for _, tc := range []struct {
		tenant string
		r      *kefu.Review
	}{{"a", ra}, {"b", rb}} {
		got, err := s.FindReviewByID(ctx, tc.tenant, "secret")
		mustNil(t, "FindReviewByID", err)
		checkEqual(t, "review of "+tc.tenant, got, tc.r)
		sum, err := s.ReviewSummary(ctx, tc.tenant, "SERUM-1")
		mustNil(t, "ReviewSummary", err)
		if sum.Count != 1 || sum.Mean != float64(tc.r.Rating) {
			t.Errorf("summary of %s = %+v, want its one review", tc.tenant, sum)
		}
	}
	mustNil(t, "DeleteReview", s.DeleteReview(ctx, "b", "secret"))
	if _, err := s.FindReviewByID(ctx, "a", "secret"); err != nil {
		t.Errorf("a's review after b deleted its own: %v", err)
	}
}

// testReviewValidation checks that UpsertReview refuses, naming the
// field, what Review.Validate refuses, and stores nothing.
func testReviewValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	reviewShop(t, s, "shop")
	valid := func(mod func(r *kefu.Review)) *kefu.Review {
		r := &kefu.Review{TenantID: "shop", ID: "r1", SKU: "SERUM-1", Rating: 5, Language: "en"}
		mod(r)
		return r
	}
	for _, tc := range []struct {
		name  string
		r     *kefu.Review
		field string
	}{
		{"no tenant", valid(func(r *kefu.Review) { r.TenantID = "" }), "tenant_id"},
		{"no id", valid(func(r *kefu.Review) { r.ID = "" }), "id"},
		{"long id", valid(func(r *kefu.Review) { r.ID = strings.Repeat("x", kefu.MaxExternalIDLen+1) }), "id"},
		{"no sku", valid(func(r *kefu.Review) { r.SKU = "" }), "sku"},
		{"rating 0", valid(func(r *kefu.Review) { r.Rating = 0 }), "rating"},
		{"rating 6", valid(func(r *kefu.Review) { r.Rating = 6 }), "rating"},
		{"long title", valid(func(r *kefu.Review) { r.Title = strings.Repeat("x", kefu.MaxReviewTitleLen+1) }), "title"},
		{"long text", valid(func(r *kefu.Review) { r.Text = strings.Repeat("好", kefu.MaxReviewTextLen/3+1) }), "text"},
		{"text not UTF-8", valid(func(r *kefu.Review) { r.Text = "ok \xff" }), "text"},
		{"no language", valid(func(r *kefu.Review) { r.Language = "" }), "language"},
		{"non-canonical language", valid(func(r *kefu.Review) { r.Language = "ZH" }), "language"},
		{"skin type", valid(func(r *kefu.Review) { r.SkinType = "greasy" }), "skin_type"},
		{"created_at", valid(func(r *kefu.Review) { r.CreatedAt = time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC) }), "created_at"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantField(t, "UpsertReview", s.UpsertReview(ctx, tc.r), kefu.EINVALID, tc.field)
		})
	}
	rs, err := s.FindReviews(ctx, kefu.ReviewFilter{TenantID: "shop"})
	mustNil(t, "FindReviews", err)
	if len(rs) != 0 {
		t.Errorf("refused reviews stored: %q", reviewIDs(rs))
	}
	// The limits are inclusive.
	MustUpsertReview(t, s, valid(func(r *kefu.Review) {
		r.Text, r.Title = strings.Repeat("x", kefu.MaxReviewTextLen), strings.Repeat("x", kefu.MaxReviewTitleLen)
	}))
}
