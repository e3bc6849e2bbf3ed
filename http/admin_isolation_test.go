package http_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// TestAdminIsolation runs every admin route with another shop's
// credentials (its admin API key, and its admin's console session) and
// this shop's ids, and checks that the other shop is denied everything of
// this shop: no answer shows any of its data, and writes either fail or
// land in the other shop's own namespace (ids are per shop), while this
// shop's data stays exactly as it was. Reads of this shop's ids before the
// other shop wrote its own are not_found.
func TestAdminIsolation(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	seedAdmin(t, e.Env, e.AdminKey)
	before := adminSnapshot(t, e.Env, e.AdminKey)

	var keys khttp.KeysResponse
	e.Do(t, "GET", "/v1/keys", e.AdminKey, "", nil).JSON(t, &keys)
	if len(keys.Items) == 0 {
		t.Fatal("the shop has no keys")
	}
	shopKeyID := keys.Items[0].ID

	otherAdmin := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: other, Email: "root@other.example", Name: "Root", Role: kefu.RoleAdmin})
	session := e.MustLogin(t, otherAdmin)

	// The shop's own ids: its key's id, its agent's email, its items' ids.
	ids := strings.NewReplacer("/v1/keys/{id}", "/v1/keys/"+shopKeyID, "{email}", e.Ana.Email, "{id}", "X-1",
		"{sku}", "P-1", "{external_id}", "c-1", "{number}", "O-1", "{tracking_number}", "S-1",
		"{key}", "returns", "{language}", "en", "{kind}", "skin_type", "{value}", "dry", "{name}", "catalogue")
	bodies := map[string]any{
		"products":       product("P-1", "Hijacked", 1),
		"customers":      map[string]any{"external_id": "c-1", "name": "Hijacked"},
		"orders":         map[string]any{"number": "O-1", "customer_external_id": "c-1", "lines": []map[string]any{{"sku": "P-1", "quantity": 1}}},
		"shipments":      map[string]any{"tracking_number": "S-1", "order_number": "O-1", "carrier": "X"},
		"articles":       map[string]any{"key": "returns", "language": "en", "title": "Hijacked", "body": "x", "status": "published"},
		"status":         map[string]any{"status": "draft"},
		"promotions":     map[string]any{"id": "X-1", "text": map[string]string{"en": "Hijacked"}},
		"canned-replies": map[string]any{"id": "X-1", "text": "Hijacked"},
		"reviews":        map[string]any{"id": "X-1", "sku": "P-1", "rating": 1, "language": "en", "text": "Hijacked"},
		"keys":           map[string]any{"name": "Hijacked", "scope": "admin"},
		"agents":         map[string]any{"email": "ana@shop.example", "name": "Hijacked", "disabled": true, "password": "hijacked-password"},
		"settings":       map[string]any{"settings": map[string]any{"default_language": "en", "confidence_threshold": 0.9}},
		"synonyms":       map[string]any{"synonyms": [][]string{{"hijacked", "taken"}}},
		"rules":          map[string]any{"id": "X-1", "when": "true", "grant": map[string]any{"kind": "none"}},
		"dry-run":        map[string]any{"since": "2020-01-01T00:00:00Z"},
		"compensations":  map[string]any{"reason": "Hijacked"},
		"trait":          map[string]any{"negated": true, "evidence": "Hijacked"},
		"profile":        map[string]any{"edits": map[string][]string{"efficacy": {"hijacked"}, "suits_skin": {"-dry"}}},
	}
	bodyFor := func(method, pattern string) any {
		parts := strings.Split(strings.TrimPrefix(pattern, "/v1/"), "/")
		kind := parts[0]
		switch {
		case method == "GET" || method == "DELETE":
			return nil
		case strings.HasSuffix(pattern, "/status"):
			return bodies["status"]
		case strings.HasSuffix(pattern, "/profile"):
			return bodies["profile"]
		case strings.HasSuffix(pattern, "/dry-run"):
			return bodies["dry-run"]
		case strings.HasSuffix(pattern, "/approve") || strings.HasSuffix(pattern, "/reject"):
			return map[string]any{"reason": "Hijacked"}
		case strings.Contains(pattern, "/profile/"):
			return bodies["trait"]
		case strings.HasSuffix(pattern, "/batch"):
			return map[string]any{"items": []any{bodies[kind]}}
		}
		return bodies[kind]
	}

	routes := khttp.AdminRoutes()
	if len(routes) < 25 {
		t.Fatalf("only %d admin routes", len(routes))
	}
	// First, while the other shop has nothing: this shop's ids do not exist for it.
	for _, rt := range routes {
		method, path := rt[0], ids.Replace(rt[1])
		if !strings.Contains(rt[1], "{") || method == "PUT" {
			continue
		}
		res := e.doIf(t, method, path, e.OtherAdminKey, "", bodyFor(method, rt[1]))
		if res.Status != http.StatusNotFound {
			t.Errorf("%s %s by another shop: %d, want 404: %s", method, rt[1], res.Status, res.Body)
		}
	}
	for _, rt := range routes {
		method, path := rt[0], ids.Replace(rt[1])
		body := bodyFor(method, rt[1])
		for _, cred := range []string{"key", "session"} {
			t.Run(cred+" "+method+" "+rt[1], func(t *testing.T) {
				var res Response
				if cred == "key" {
					res = e.doIf(t, method, path, e.OtherAdminKey, "", body)
				} else {
					csrf := ""
					if method != "GET" {
						csrf = session.CSRF
					}
					res = e.ConsoleDo(t, method, path, session.Cookie, csrf, body)
				}
				if res.Status >= 500 {
					t.Fatalf("%d %s", res.Status, res.Body)
				}
				for _, marker := range shopMarkers {
					if bytes.Contains(res.Body, []byte(marker)) {
						t.Fatalf("another shop saw %q of this shop's data: %s", marker, res.Body)
					}
				}
				if after := adminSnapshot(t, e.Env, e.AdminKey); after != before {
					t.Fatalf("this shop's data changed:\nbefore %s\nafter  %s", before, after)
				}
			})
		}
	}
}

// shopMarkers are values only this shop's seeded data holds.
var shopMarkers = []string{`"tenant_id":"shop"`, "Sencha", "Mei", "30 days", "DHL", "parcel", `"shop":"shop"`, "TEA10", "tea shop"}

// seedAdmin gives a shop one of everything through the admin API.
func seedAdmin(tb testing.TB, e *Env, key string) {
	tb.Helper()
	e.mustBatch(tb, "products", key, product("P-1", "Sencha", 900))
	e.mustBatch(tb, "customers", key, map[string]any{"external_id": "c-1", "name": "Mei"})
	e.mustBatch(tb, "orders", key, map[string]any{"number": "O-1", "customer_external_id": "c-1", "total": 900,
		"lines": []map[string]any{{"sku": "P-1", "quantity": 1, "unit_price": 900}}})
	e.mustBatch(tb, "shipments", key, map[string]any{"tracking_number": "S-1", "order_number": "O-1", "carrier": "DHL"})
	e.mustBatch(tb, "articles", key, map[string]any{"key": "returns", "language": "en", "title": "Returns", "body": "30 days", "status": "in_review"})
	e.mustBatch(tb, "promotions", key, map[string]any{"id": "X-1", "code": "TEA10", "text": map[string]string{"en": "10% off tea"}})
	e.mustBatch(tb, "canned-replies", key, map[string]any{"id": "X-1", "title": "Greeting", "language": "en", "text": "Hello from the tea shop"})
	e.mustBatch(tb, "reviews", key, map[string]any{"id": "X-1", "sku": "P-1", "customer_external_id": "c-1", "rating": 5,
		"language": "en", "text": "Sencha as it should be", "skin_type": "dry"})
	e.mustBatch(tb, "rules", key, map[string]any{"id": "X-1", "name": "Sencha late", "when": "delay_minutes > 30", "enabled": true,
		"grant": map[string]any{"kind": "coupon", "amount": 500, "currency": "SGD"}})
	if res := e.doIf(tb, "PUT", "/v1/products/P-1/profile", key, "", map[string]any{"edits": map[string][]string{"efficacy": {"calming"}}}); res.Status != 200 {
		tb.Fatalf("profile: %d %s", res.Status, res.Body)
	}
	if res := e.doIf(tb, "PUT", "/v1/synonyms", key, "", khttp.SynonymsBody{Synonyms: [][]string{{"parcel", "package"}}}); res.Status != 200 {
		tb.Fatalf("synonyms: %d %s", res.Status, res.Body)
	}
	if res := e.doIf(tb, "PUT", "/v1/customers/c-1/profile/skin_type/dry", key, "", map[string]any{"evidence": "Mei said so"}); res.Status != 200 {
		tb.Fatalf("customer trait: %d %s", res.Status, res.Body)
	}
	// A feed whose new product waits in the review queue.
	if res := e.doIf(tb, "PUT", "/v1/admin/feeds/catalogue", key, "", map[string]any{"format": "kefu", "currency": "SGD"}); res.Status != 200 {
		tb.Fatalf("feed source: %d %s", res.Status, res.Body)
	}
	if res := e.DoJSON(tb, "POST", "/v1/admin/feeds/catalogue", key, map[string]any{"products": []map[string]any{
		{"sku": "P-2", "names": map[string]string{"en": "Sencha gift box"}, "price": "19", "stock": 3}}}); res.Status != 200 {
		tb.Fatalf("feed: %d %s", res.Status, res.Body)
	}
}

// adminSnapshot is everything the admin API shows of a shop, as one string.
func adminSnapshot(tb testing.TB, e *Env, key string) string {
	tb.Helper()
	var b strings.Builder
	for _, path := range []string{"/v1/products", "/v1/customers", "/v1/orders", "/v1/shipments", "/v1/articles", "/v1/promotions", "/v1/canned-replies", "/v1/reviews",
		"/v1/products/P-1/profile", "/v1/product-profiles", "/v1/product-profiles?dimension=efficacy&value=calming",
		"/v1/rules", "/v1/compensations", "/v1/settings", "/v1/synonyms", "/v1/articles/returns/en/versions", "/v1/keys", "/v1/agents",
		"/v1/customers/c-1/profile", "/v1/admin/feeds", "/v1/admin/feeds/catalogue", "/v1/admin/review"} {
		res := e.Do(tb, "GET", path, key, "", nil)
		if res.Status != 200 {
			tb.Fatalf("%s: %d %s", path, res.Status, res.Body)
		}
		var v any
		if err := json.Unmarshal(res.Body, &v); err != nil {
			tb.Fatal(err)
		}
		out, _ := json.Marshal(v)
		b.Write(out)
		b.WriteByte('\n')
	}
	return b.String()
}
