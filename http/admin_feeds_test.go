package http_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
	khttp "github.com/kefu-ai/kefu/http"
)

const feedBody = `{"currency": "EUR", "products": [
  {"sku": "LUMI-C-30", "names": {"en": "Vitamin C serum"}, "price": "19.90", "stock": 12, "category": "skincare"}
]}`

// signed sends body to path with the headers.
func (e *Env) signed(tb testing.TB, path, auth string, body []byte, hdr ...string) Response {
	tb.Helper()
	req, err := http.NewRequest("POST", e.HTTP.URL+path, strings.NewReader(string(body)))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return e.send(tb, req)
}

func (e *Env) send(tb testing.TB, req *http.Request) Response {
	tb.Helper()
	res, err := e.HTTP.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return Response{Status: res.StatusCode, Header: res.Header, Body: b}
}

func hmacHex(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

func hmacBase64(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func TestAdminFeeds(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()

	t.Run("configure", func(t *testing.T) {
		tests := []struct {
			name   string
			body   map[string]any
			status int
			field  string
		}{
			{"kefu hook", map[string]any{"format": "kefu"}, 200, ""},
			{"shopify signed", map[string]any{"format": "shopify", "secret": "s3cret", "currency": "EUR", "language": "en"}, 200, ""},
			{"bad format", map[string]any{"format": "csv"}, 400, "format"},
			{"bad interval", map[string]any{"format": "kefu", "url": "https://x.example/f.json", "interval": "soon"}, 400, "interval"},
			{"short interval", map[string]any{"format": "kefu", "url": "https://x.example/f.json", "interval": "1s"}, 400, "interval"},
			{"bad url", map[string]any{"format": "kefu", "url": "file:///etc/passwd"}, 400, "url"},
			{"unknown field", map[string]any{"format": "kefu", "colour": "red"}, 400, "colour"},
		}
		for _, tt := range tests {
			name := strings.ReplaceAll(tt.name, " ", "-")
			if tt.status == 200 {
				name = strings.Fields(tt.name)[0]
			}
			res := e.DoJSON(t, "PUT", "/v1/admin/feeds/"+name, e.AdminKey, tt.body)
			if res.Status != tt.status || res.ErrorField() != tt.field {
				t.Errorf("%s: %d %s, want %d on field %q", tt.name, res.Status, res.Body, tt.status, tt.field)
			}
		}
		var list khttp.FeedSourcesResponse
		res := e.Do(t, "GET", "/v1/admin/feeds", e.AdminKey, "", nil)
		res.JSON(t, &list)
		if len(list.Items) != 2 || list.Items[1].Name != "shopify" || !list.Items[1].SecretSet || strings.Contains(string(res.Body), "s3cret") {
			t.Errorf("list: %s", res.Body)
		}
	})

	t.Run("auth", func(t *testing.T) {
		tests := []struct {
			name, method, path, key string
			status                  int
		}{
			{"no key", "GET", "/v1/admin/feeds", "", 401},
			{"chat key", "GET", "/v1/admin/feeds", e.Key, 403},
			{"other shop's feed", "GET", "/v1/admin/feeds/kefu", e.OtherAdminKey, 404},
			{"deliver without key", "POST", "/v1/admin/feeds/kefu", "", 401},
			{"deliver with chat key", "POST", "/v1/admin/feeds/kefu", e.Key, 403},
			{"queue without key", "GET", "/v1/admin/review", "", 401},
			{"queue with chat key", "GET", "/v1/admin/review", e.Key, 403},
			{"suggest with chat key", "POST", "/v1/admin/suggestions", e.Key, 403},
		}
		for _, tt := range tests {
			res := e.Do(t, tt.method, tt.path, tt.key, "application/json", []byte(feedBody))
			if res.Status != tt.status {
				t.Errorf("%s: %d %s, want %d", tt.name, res.Status, res.Body, tt.status)
			}
		}
		if _, err := e.Store.FindProductBySKU(ctx, shop, "LUMI-C-30"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("a refused delivery stored the product: %v", err)
		}
	})

	t.Run("deliver with a key", func(t *testing.T) {
		res := e.Do(t, "POST", "/v1/admin/feeds/kefu", e.AdminKey, "application/json", []byte(feedBody))
		var r freshness.Result
		res.JSON(t, &r)
		if res.Status != 200 || r.NewProducts != 1 || r.Drafts != 1 {
			t.Fatalf("delivery: %d %s", res.Status, res.Body)
		}
		res = e.Do(t, "POST", "/v1/admin/feeds/kefu", e.AdminKey, "application/json", []byte(feedBody))
		res.JSON(t, &r)
		if !r.Skipped {
			t.Errorf("re-delivery: %s", res.Body)
		}
		res = e.Do(t, "POST", "/v1/admin/feeds/kefu", e.AdminKey, "application/json", []byte(`{"products": [{"sku": "A", "names": {"en": "a"}, "price": "x", "stock": 1}]}`))
		if res.Status != 400 || res.ErrorField() != "products[0].price" {
			t.Errorf("bad feed: %d %s", res.Status, res.Body)
		}
	})

	t.Run("signatures", func(t *testing.T) {
		body := []byte(`{"products": [{"id": 1, "title": "Rose toner", "variants": [{"id": 2, "sku": "TONER", "price": "9.50", "inventory_quantity": 4}]}]}`)
		tests := []struct {
			name, path, key string
			hdr             []string
			status          int
		}{
			{"keyed, unsigned", "/v1/admin/feeds/shopify", e.AdminKey, nil, 401},
			{"keyed, wrong secret", "/v1/admin/feeds/shopify", e.AdminKey, []string{khttp.FeedSignatureHeader, hmacHex("guess", body)}, 401},
			{"unkeyed route, unsigned", "/v1/feeds/shop/shopify", "", nil, 401},
			{"unkeyed route, source without secret", "/v1/feeds/shop/kefu", "", []string{khttp.FeedSignatureHeader, hmacHex("", body)}, 401},
			{"unkeyed route, unknown feed", "/v1/feeds/shop/nope", "", []string{khttp.FeedSignatureHeader, hmacHex("s3cret", body)}, 401},
			{"unkeyed route, other shop", "/v1/feeds/other/shopify", "", []string{khttp.FeedSignatureHeader, hmacHex("s3cret", body)}, 401},
			{"keyed, kefu signature", "/v1/admin/feeds/shopify", e.AdminKey, []string{khttp.FeedSignatureHeader, hmacHex("s3cret", body)}, 200},
			{"unkeyed route, shopify signature", "/v1/feeds/shop/shopify", "", []string{khttp.ShopifySignatureHeader, hmacBase64("s3cret", body)}, 200},
		}
		for _, tt := range tests {
			res := e.signed(t, tt.path, tt.key, body, tt.hdr...)
			if res.Status != tt.status {
				t.Errorf("%s: %d %s, want %d", tt.name, res.Status, res.Body, tt.status)
			}
		}
		p, err := e.Store.FindProductBySKU(ctx, shop, "TONER")
		if err != nil || p.Price != 950 || p.Currency != "EUR" {
			t.Errorf("signed delivery stored %+v, %v", p, err)
		}
	})

	t.Run("poll", func(t *testing.T) {
		feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(strings.Replace(feedBody, "19.90", "17.00", 1)))
		}))
		defer feed.Close()
		res := e.DoJSON(t, "PUT", "/v1/admin/feeds/kefu", e.AdminKey, map[string]any{"format": "kefu", "url": feed.URL, "interval": "5m"})
		if res.Status != 200 {
			t.Fatalf("set url: %d %s", res.Status, res.Body)
		}
		res = e.Do(t, "POST", "/v1/admin/feeds/kefu/poll", e.AdminKey, "", nil)
		var r freshness.Result
		res.JSON(t, &r)
		if res.Status != 200 || r.PriceChanges != 1 {
			t.Errorf("poll: %d %s", res.Status, res.Body)
		}
	})
}

func TestAdminReviewQueue(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	ctx := context.Background()
	ana := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "ana.admin@shop.example", Name: "Ana", Role: kefu.RoleAdmin})
	admin := e.MustLogin(t, ana)
	bo := e.MustLogin(t, e.Bo) // an agent, not an admin

	ret := &kefu.Article{TenantID: shop, Key: "returns", Language: "en", Title: "Returns", Body: "30 days.", Status: kefu.ArticlePublished}
	if err := e.Store.UpsertArticle(ctx, ret); err != nil {
		t.Fatal(err)
	}
	draft := &kefu.Article{TenantID: shop, Key: "product-x", Language: "en", Title: "X", Body: "A new product."}
	if err := e.Store.UpsertArticle(ctx, draft); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: shop, ArticleID: draft.ID, Kind: kefu.FlagDraft, Source: "feed:x"}); err != nil {
		t.Fatal(err)
	}

	t.Run("an agent flags the article of an answer", func(t *testing.T) {
		tests := []struct {
			name   string
			who    *Agent
			path   string
			body   any
			status int
			field  string
		}{
			{"bad problem", bo, "/console/api/articles/" + ret.ID + "/flag", map[string]string{"problem": "meh"}, 400, "problem"},
			{"unknown article", bo, "/console/api/articles/ar_nope/flag", map[string]string{"problem": "wrong"}, 404, ""},
			{"flagged", bo, "/console/api/articles/" + ret.ID + "/flag", map[string]string{"problem": "outdated", "reason": "now 14 days"}, 200, ""},
		}
		for _, tt := range tests {
			res := tt.who.Post(t, tt.path, tt.body)
			if res.Status != tt.status || res.ErrorField() != tt.field {
				t.Errorf("%s: %d %s", tt.name, res.Status, res.Body)
			}
		}
		// Without the CSRF token the flag is refused.
		if res := e.ConsoleDo(t, "POST", "/console/api/articles/"+ret.ID+"/flag", bo.Cookie, "", map[string]string{"problem": "wrong"}); res.Status != 403 {
			t.Errorf("flag without CSRF: %d", res.Status)
		}
	})

	var q khttp.ReviewQueueResponse
	res := e.Do(t, "GET", "/v1/admin/review", e.AdminKey, "", nil)
	res.JSON(t, &q)
	if len(q.Items) != 2 || q.Items[0].Article.ID != ret.ID || q.Items[0].Kind != kefu.FlagFlagged || !q.Items[0].Withdrawn ||
		q.Items[0].Flags[0].By != "Bo" || q.Items[0].Flags[0].Reason != "outdated: now 14 days" || q.Counts["draft"] != 1 {
		t.Fatalf("queue: %s", res.Body)
	}
	res = e.Do(t, "GET", "/v1/admin/review?kind=draft", e.AdminKey, "", nil)
	res.JSON(t, &q)
	if len(q.Items) != 1 || q.Items[0].Article.ID != draft.ID {
		t.Errorf("draft queue: %s", res.Body)
	}
	if res := e.Do(t, "GET", "/v1/admin/review?kind=old", e.AdminKey, "", nil); res.Status != 400 || res.ErrorField() != "kind" {
		t.Errorf("bad kind: %d %s", res.Status, res.Body)
	}

	tests := []struct {
		name   string
		who    *Agent // nil: the admin key
		method string
		path   string
		body   any
		status int
		field  string
	}{
		{"agent may not approve", bo, "POST", "/v1/admin/review/" + draft.ID + "/approve", map[string]string{}, 403, ""},
		{"reject needs a reason", admin, "POST", "/v1/admin/review/" + draft.ID + "/reject", map[string]string{"reason": " "}, 400, "reason"},
		{"edit needs a title", admin, "PUT", "/v1/admin/review/" + ret.ID, map[string]string{"title": "", "body": "x"}, 400, "title"},
		{"edit", admin, "PUT", "/v1/admin/review/" + ret.ID, map[string]string{"title": "Returns", "body": "14 days."}, 200, ""},
		{"approve by session", admin, "POST", "/v1/admin/review/" + ret.ID + "/approve", map[string]string{"reason": "checked"}, 200, ""},
		{"approve again", admin, "POST", "/v1/admin/review/" + ret.ID + "/approve", map[string]string{}, 409, ""},
		{"reject by key", nil, "POST", "/v1/admin/review/" + draft.ID + "/reject", map[string]string{"reason": "we do not sell X"}, 200, ""},
		{"unknown article", nil, "POST", "/v1/admin/review/ar_nope/approve", map[string]string{}, 404, ""},
	}
	for _, tt := range tests {
		var res Response
		if tt.who == nil {
			res = e.DoJSON(t, tt.method, tt.path, e.AdminKey, tt.body)
		} else {
			res = e.ConsoleDo(t, tt.method, tt.path, tt.who.Cookie, tt.who.CSRF, tt.body)
		}
		if res.Status != tt.status || res.ErrorField() != tt.field {
			t.Errorf("%s: %d %s, want %d on %q", tt.name, res.Status, res.Body, tt.status, tt.field)
		}
	}
	got, _ := e.Store.FindArticleByID(ctx, shop, ret.ID)
	if got.Status != kefu.ArticlePublished || got.Body != "14 days." || got.Version != 2 {
		t.Errorf("approved article %+v", got)
	}
	flags, _ := e.Store.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: shop, ArticleID: ret.ID})
	if flags[0].ResolvedBy != "Ana" || flags[0].ResolutionReason != "checked" {
		t.Errorf("approval record %+v", flags[0])
	}
	flags, _ = e.Store.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: shop, ArticleID: draft.ID})
	if flags[0].ResolvedBy != "API key test" || flags[0].Resolution != kefu.FlagRejected || flags[0].ResolutionReason != "we do not sell X" {
		t.Errorf("rejection record %+v", flags[0])
	}
	res = e.Do(t, "GET", "/v1/admin/review", e.OtherAdminKey, "", nil)
	res.JSON(t, &q)
	if len(q.Items) != 0 {
		t.Errorf("another shop sees %d items", len(q.Items))
	}
}
