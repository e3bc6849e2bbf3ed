package http_test

import (
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	khttp "github.com/kefu-ai/kefu/http"
)

func TestReviewSummary(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	e.mustBatch(t, "products", e.AdminKey, product("MATTE", "Matte foundation", 2990), product("NEW", "New serum", 1900))
	e.mustBatch(t, "customers", e.AdminKey, map[string]any{"external_id": "c-1", "name": "Mei"})
	long := strings.Repeat("Keeps my oily T-zone matte until the evening. ", 10)
	e.mustBatch(t, "reviews", e.AdminKey,
		map[string]any{"id": "r1", "sku": "MATTE", "customer_external_id": "c-1", "rating": 5, "title": "Matte all day",
			"text": long, "language": "en", "skin_type": "oily", "verified": true, "created_at": "2026-05-01T10:00:00Z"},
		map[string]any{"id": "r2", "sku": "MATTE", "rating": 2, "title": "Too drying", "text": "Left my dry skin tight.",
			"language": "en", "skin_type": "dry", "created_at": "2026-06-01T10:00:00Z"},
		map[string]any{"id": "r3", "sku": "MATTE", "rating": 4, "text": "Buen acabado mate.", "language": "es", "skin_type": "oily",
			"created_at": "2026-07-01T10:00:00Z"},
		map[string]any{"id": "r4", "sku": "MATTE", "rating": 4, "text": "Fine.", "language": "en", "created_at": "2026-08-01T10:00:00Z"},
		map[string]any{"id": "r5", "sku": "MATTE", "rating": 5, "language": "zh"}) // stars only: never a snippet

	get := func(t *testing.T, path, key string) (khttp.ReviewSummaryResponse, Response) {
		t.Helper()
		res := e.Do(t, "GET", path, key, "", nil)
		var s khttp.ReviewSummaryResponse
		if res.Status == http.StatusOK {
			res.JSON(t, &s)
		}
		return s, res
	}

	t.Run("chat key", func(t *testing.T) {
		s, res := get(t, "/v1/products/MATTE/reviews/summary", e.Key)
		if res.Status != http.StatusOK {
			t.Fatalf("%d %s", res.Status, res.Body)
		}
		if s.SKU != "MATTE" || s.Count != 5 || s.Mean != 4 || s.Stars != [5]int{0, 1, 0, 2, 2} || s.Verified != 1 ||
			s.BySkinType["oily"].Count != 2 || s.BySkinType["oily"].Mean != 4.5 || s.Language != "en" {
			t.Errorf("summary = %+v", s)
		}
		// The best praise, then the most recent criticism.
		if len(s.Snippets) != 2 || s.Snippets[0].ID != "r1" || s.Snippets[1].ID != "r2" {
			t.Fatalf("snippets = %+v", s.Snippets)
		}
		if n := utf8.RuneCountInString(s.Snippets[0].Text); n > 160 || !strings.HasSuffix(s.Snippets[0].Text, "…") {
			t.Errorf("long text cut to %d characters: %q", n, s.Snippets[0].Text)
		}
		if strings.Contains(string(res.Body), "c-1") || strings.Contains(string(res.Body), "Mei") {
			t.Errorf("the summary names a reviewer: %s", res.Body)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("Cache-Control %q", cc)
		}
	})

	t.Run("language, skin type and count", func(t *testing.T) {
		s, _ := get(t, "/v1/products/MATTE/reviews/summary?lang=es&snippets=5", e.AdminKey)
		if s.Language != "es" || len(s.Snippets) != 1 || s.Snippets[0].ID != "r3" || s.Count != 5 {
			t.Errorf("es: %+v", s)
		}
		s, _ = get(t, "/v1/products/MATTE/reviews/summary?snippets=5&skin_type=dry", e.Key)
		if len(s.Snippets) != 3 || s.Snippets[1].ID != "r2" {
			t.Errorf("en, dry first among criticism, all three: %+v", s.Snippets)
		}
		s, _ = get(t, "/v1/products/MATTE/reviews/summary?snippets=0", e.Key)
		if s.Snippets == nil || len(s.Snippets) != 0 || s.Count != 5 {
			t.Errorf("snippets=0: %+v", s)
		}
		s, _ = get(t, "/v1/products/MATTE/reviews/summary?lang=zh", e.Key)
		if len(s.Snippets) != 0 {
			t.Errorf("a stars-only review became a snippet: %+v", s.Snippets)
		}
	})

	t.Run("without reviews", func(t *testing.T) {
		s, res := get(t, "/v1/products/NEW/reviews/summary", e.Key)
		if res.Status != http.StatusOK || s.Count != 0 || s.SKU != "NEW" || len(s.Snippets) != 0 || !strings.Contains(string(res.Body), `"snippets":[]`) {
			t.Errorf("%d %s", res.Status, res.Body)
		}
	})

	t.Run("widget", func(t *testing.T) {
		s, res := get(t, "/v1/widget/shop/products/MATTE/reviews/summary?lang=es", "")
		if res.Status != http.StatusOK || s.Count != 5 || len(s.Snippets) != 1 || res.Header.Get("Cache-Control") != "public, max-age=300" {
			t.Errorf("%d %s %v", res.Status, res.Body, res.Header)
		}
	})

	t.Run("console session", func(t *testing.T) {
		ana := e.MustLogin(t, e.Ana)
		res := e.ConsoleDo(t, "GET", "/v1/products/MATTE/reviews/summary", ana.Cookie, "", nil)
		var s khttp.ReviewSummaryResponse
		res.JSON(t, &s)
		if res.Status != http.StatusOK || s.Count != 5 {
			t.Errorf("%d %s", res.Status, res.Body)
		}
	})

	for _, tc := range []struct {
		name, path, key string
		status          int
		want            string
	}{
		{"no credentials", "/v1/products/MATTE/reviews/summary", "", 401, "missing credentials"},
		{"bad key", "/v1/products/MATTE/reviews/summary", "kefu_nope", 401, "invalid API key"},
		{"another shop's key", "/v1/products/MATTE/reviews/summary", e.OtherKey, 404, "not found"},
		{"unknown product", "/v1/products/NOPE/reviews/summary", e.Key, 404, "not found"},
		{"bad language", "/v1/products/MATTE/reviews/summary?lang=english!", e.Key, 400, "lang"},
		{"bad snippets", "/v1/products/MATTE/reviews/summary?snippets=9", e.Key, 400, "snippets"},
		{"bad skin type", "/v1/products/MATTE/reviews/summary?skin_type=greasy", e.Key, 400, "skin_type"},
		{"widget disabled", "/v1/widget/other/products/MATTE/reviews/summary", "", 403, "widget is not enabled"},
		{"widget of no shop", "/v1/widget/nope/products/MATTE/reviews/summary", "", 404, "shop not found"},
		{"post", "/v1/products/MATTE/reviews/summary", e.Key, 405, "not allowed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			method := "GET"
			if tc.status == 405 {
				method = "POST"
			}
			res := e.Do(t, method, tc.path, tc.key, "", nil)
			if res.Status != tc.status || !strings.Contains(strings.ToLower(string(res.Body)), strings.ToLower(tc.want)) {
				t.Errorf("%d %s, want %d with %q", res.Status, res.Body, tc.status, tc.want)
			}
		})
	}
}
