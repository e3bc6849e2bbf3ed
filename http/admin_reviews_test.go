package http_test

import (
	"net/http"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestAdminReviews(t *testing.T) {
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "products", e.AdminKey, product("SERUM-1", "Niacinamide serum", 2900), product("TONER-1", "Toner", 1900))
	e.mustBatch(t, "customers", e.AdminKey, map[string]any{"external_id": "c-1", "name": "Mei"})
	e.mustBatch(t, "reviews", e.AdminKey,
		map[string]any{"id": "r1", "sku": "SERUM-1", "customer_external_id": "c-1", "rating": 5, "title": "清爽",
			"text": "混油皮夏天用也不闷痘。", "language": "zh", "skin_type": "combination", "verified": true,
			"created_at": "2026-05-01T10:00:00Z"},
		map[string]any{"id": "r2", "sku": "TONER-1", "rating": 2, "text": "Stings a little.", "language": "en", "skin_type": "sensitive"},
		map[string]any{"id": "r3", "sku": "SERUM-1", "rating": 4, "language": "es"})

	t.Run("list by sku", func(t *testing.T) {
		var list khttp.ListResponse[khttp.ReviewItem]
		e.Do(t, "GET", "/v1/reviews?sku=SERUM-1&limit=1", e.AdminKey, "", nil).JSON(t, &list)
		if len(list.Items) != 1 || list.Items[0].ID != "r1" || list.Items[0].CustomerExternalID != "c-1" || list.NextCursor == "" {
			t.Fatalf("first page of SERUM-1: %+v", list)
		}
		cursor := list.NextCursor
		list = khttp.ListResponse[khttp.ReviewItem]{}
		e.Do(t, "GET", "/v1/reviews?sku=SERUM-1&cursor="+cursor, e.AdminKey, "", nil).JSON(t, &list)
		if len(list.Items) != 1 || list.Items[0].ID != "r3" || list.NextCursor != "" {
			t.Fatalf("second page of SERUM-1: %+v", list)
		}
		e.Do(t, "GET", "/v1/reviews", e.AdminKey, "", nil).JSON(t, &list)
		if len(list.Items) != 3 {
			t.Fatalf("all reviews: %+v", list.Items)
		}
	})

	t.Run("get and put with ETag", func(t *testing.T) {
		res := e.Do(t, "GET", "/v1/reviews/r1", e.AdminKey, "", nil)
		var r khttp.ReviewItem
		res.JSON(t, &r)
		tag := res.Header.Get("ETag")
		if res.Status != 200 || tag == "" || r.SkinType != "combination" || !r.Verified || r.CreatedAt.IsZero() {
			t.Fatalf("GET r1: %d %s (ETag %q)", res.Status, res.Body, tag)
		}
		// Without created_at the stored one is kept, so that a PUT of the
		// same body is idempotent.
		body := map[string]any{"sku": "SERUM-1", "customer_external_id": "c-1", "rating": 4, "language": "zh", "skin_type": "oily"}
		res = e.doIf(t, "PUT", "/v1/reviews/r1", e.AdminKey, tag, body)
		var put khttp.ReviewItem
		res.JSON(t, &put)
		if res.Status != 200 || put.Rating != 4 || put.Text != "" || !put.CreatedAt.Equal(r.CreatedAt) {
			t.Fatalf("PUT r1: %d %s", res.Status, res.Body)
		}
		again := e.doIf(t, "PUT", "/v1/reviews/r1", e.AdminKey, "", body)
		if again.Header.Get("ETag") != res.Header.Get("ETag") {
			t.Errorf("the same PUT twice changed the ETag: %s then %s", res.Header.Get("ETag"), again.Header.Get("ETag"))
		}
		CheckError(t, e.doIf(t, "PUT", "/v1/reviews/r1", e.AdminKey, tag, body), http.StatusPreconditionFailed, kefu.EPRECONDITION)
		if res := e.doIf(t, "PUT", "/v1/reviews/r9", e.AdminKey, "", map[string]any{"sku": "TONER-1", "rating": 1, "language": "en"}); res.Status != 201 {
			t.Fatalf("PUT a new review: %d %s", res.Status, res.Body)
		}
	})

	t.Run("bad input names the field", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			item  map[string]any
			field string
		}{
			{"rating", map[string]any{"id": "x", "sku": "SERUM-1", "rating": 6, "language": "en"}, "rating"},
			{"no rating", map[string]any{"id": "x", "sku": "SERUM-1", "language": "en"}, "rating"},
			{"unknown product", map[string]any{"id": "x", "sku": "GHOST-1", "rating": 5, "language": "en"}, "sku"},
			{"unknown customer", map[string]any{"id": "x", "sku": "SERUM-1", "customer_external_id": "c-404", "rating": 5, "language": "en"}, "customer_external_id"},
			{"skin type", map[string]any{"id": "x", "sku": "SERUM-1", "rating": 5, "language": "en", "skin_type": "greasy"}, "skin_type"},
			{"language", map[string]any{"id": "x", "sku": "SERUM-1", "rating": 5, "language": "EN"}, "language"},
			{"no language", map[string]any{"id": "x", "sku": "SERUM-1", "rating": 5}, "language"},
			{"unknown field", map[string]any{"id": "x", "sku": "SERUM-1", "rating": 5, "language": "en", "stars": 5}, "stars"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				res := e.batch(t, "reviews", e.AdminKey, tc.item)
				var body khttp.ErrorResponse
				res.JSON(t, &body)
				if res.Status != 400 || len(body.Error.Items) != 1 || body.Error.Items[0].Field != tc.field {
					t.Fatalf("batch: %d %s, want 400 naming %q", res.Status, res.Body, tc.field)
				}
				res = e.doIf(t, "PUT", "/v1/reviews/x", e.AdminKey, "", tc.item)
				res.JSON(t, &body)
				if res.Status != 400 || body.Error.Field != tc.field {
					t.Fatalf("PUT: %d %s, want 400 naming %q", res.Status, res.Body, tc.field)
				}
			})
		}
		CheckError(t, e.Do(t, "GET", "/v1/reviews?product=SERUM-1", e.AdminKey, "", nil), http.StatusBadRequest, kefu.EINVALID)
		CheckError(t, e.Do(t, "GET", "/v1/reviews/x", e.AdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
	})

	t.Run("chat key", func(t *testing.T) {
		CheckError(t, e.Do(t, "GET", "/v1/reviews", e.Key, "", nil), http.StatusForbidden, kefu.EFORBIDDEN)
		CheckError(t, e.Do(t, "GET", "/v1/reviews/r1", e.Key, "", nil), http.StatusForbidden, kefu.EFORBIDDEN)
		CheckError(t, e.batch(t, "reviews", e.Key, map[string]any{"id": "r1", "sku": "SERUM-1", "rating": 1, "language": "en"}),
			http.StatusForbidden, kefu.EFORBIDDEN)
		CheckError(t, e.doIf(t, "DELETE", "/v1/reviews/r1", e.Key, "", nil), http.StatusForbidden, kefu.EFORBIDDEN)
	})

	t.Run("other shop", func(t *testing.T) {
		CheckError(t, e.Do(t, "GET", "/v1/reviews/r1", e.OtherAdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
		CheckError(t, e.doIf(t, "DELETE", "/v1/reviews/r1", e.OtherAdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
		var list khttp.ListResponse[khttp.ReviewItem]
		e.Do(t, "GET", "/v1/reviews?sku=SERUM-1", e.OtherAdminKey, "", nil).JSON(t, &list)
		if len(list.Items) != 0 {
			t.Fatalf("the other shop lists %+v", list.Items)
		}
		// Its catalogue has no SERUM-1, so it cannot review this shop's product.
		res := e.batch(t, "reviews", e.OtherAdminKey, map[string]any{"id": "r1", "sku": "SERUM-1", "rating": 1, "language": "en"})
		var body khttp.ErrorResponse
		res.JSON(t, &body)
		if res.Status != 400 || body.Error.Items[0].Field != "sku" {
			t.Fatalf("other shop reviewing this shop's product: %d %s", res.Status, res.Body)
		}
	})

	t.Run("delete", func(t *testing.T) {
		if res := e.doIf(t, "DELETE", "/v1/reviews/r2", e.AdminKey, "", nil); res.Status != 204 {
			t.Fatalf("delete: %d %s", res.Status, res.Body)
		}
		CheckError(t, e.Do(t, "GET", "/v1/reviews/r2", e.AdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
	})
}
