package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// batch sends items to POST /v1/<kind>/batch.
func (e *Env) batch(tb testing.TB, kind, key string, items ...any) Response {
	tb.Helper()
	return e.DoJSON(tb, "POST", "/v1/"+kind+"/batch", key, map[string]any{"items": items})
}

// mustBatch sends a batch that must be stored.
func (e *Env) mustBatch(tb testing.TB, kind, key string, items ...any) {
	tb.Helper()
	if res := e.batch(tb, kind, key, items...); res.Status != http.StatusOK {
		tb.Fatalf("batch %s: %d %s", kind, res.Status, res.Body)
	}
}

// doIf sends v with an If-Match header.
func (e *Env) doIf(tb testing.TB, method, path, key, ifMatch string, v any) Response {
	tb.Helper()
	var body []byte
	if v != nil {
		var err error
		if body, err = json.Marshal(v); err != nil {
			tb.Fatal(err)
		}
	}
	req, err := http.NewRequest(method, e.HTTP.URL+path, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+key)
	if v != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if ifMatch != "" {
		req.Header.Set("If-Match", ifMatch)
	}
	res, err := e.HTTP.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(res.Body)
	return Response{Status: res.StatusCode, Header: res.Header, Body: buf.Bytes()}
}

func product(sku, name string, price int64) map[string]any {
	return map[string]any{"sku": sku, "name": name, "price": price, "category": "tea", "stock": 5}
}

func TestAdminProducts(t *testing.T) {
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "products", e.AdminKey, product("T-3", "Oolong", 1200), product("T-1", "Sencha", 900), product("T-2", "Pu-erh", 2500))

	// Pages of two, in SKU order, joined by the cursor.
	var page khttp.ListResponse[kefu.Product]
	res := e.Do(t, "GET", "/v1/products?limit=2", e.AdminKey, "", nil)
	res.JSON(t, &page)
	if res.Status != 200 || len(page.Items) != 2 || page.Items[0].SKU != "T-1" || page.Items[1].SKU != "T-2" || page.NextCursor == "" {
		t.Fatalf("first page: %d %s", res.Status, res.Body)
	}
	var page2 khttp.ListResponse[kefu.Product]
	e.Do(t, "GET", "/v1/products?limit=2&cursor="+url.QueryEscape(page.NextCursor), e.AdminKey, "", nil).JSON(t, &page2)
	if len(page2.Items) != 1 || page2.Items[0].SKU != "T-3" || page2.NextCursor != "" {
		t.Fatalf("second page: %+v", page2)
	}
	if page.Items[0].Currency != "" && page.Items[0].Currency != "EUR" {
		t.Errorf("currency = %q", page.Items[0].Currency)
	}

	// GET gives an ETag; a PUT with a stale one is refused and changes nothing.
	res = e.Do(t, "GET", "/v1/products/T-1", e.AdminKey, "", nil)
	tag := res.Header.Get("ETag")
	if res.Status != 200 || tag == "" {
		t.Fatalf("get: %d %s %q", res.Status, res.Body, tag)
	}
	res = e.doIf(t, "PUT", "/v1/products/T-1", e.AdminKey, tag, product("T-1", "Sencha Superior", 1100))
	if res.Status != 200 || res.Header.Get("ETag") == tag {
		t.Fatalf("put: %d %s", res.Status, res.Body)
	}
	res = e.doIf(t, "PUT", "/v1/products/T-1", e.AdminKey, tag, product("T-1", "Lost update", 1))
	CheckError(t, res, http.StatusPreconditionFailed, kefu.EPRECONDITION)
	p, err := e.Store.FindProductBySKU(context.Background(), shop, "T-1")
	if err != nil || p.Name != "Sencha Superior" || p.Price != 1100 {
		t.Fatalf("stored after a stale PUT: %+v %v", p, err)
	}

	// PUT of a new SKU creates it; the body may leave the SKU out.
	res = e.doIf(t, "PUT", "/v1/products/T-9", e.AdminKey, "", map[string]any{"name": "Matcha", "price": 3000})
	if res.Status != http.StatusCreated {
		t.Fatalf("put new: %d %s", res.Status, res.Body)
	}
	// A body naming another SKU than the path is refused.
	res = e.doIf(t, "PUT", "/v1/products/T-9", e.AdminKey, "", product("T-8", "x", 1))
	CheckError(t, res, http.StatusBadRequest, kefu.EINVALID)

	// DELETE, then it is gone; a second DELETE is not_found.
	if res := e.doIf(t, "DELETE", "/v1/products/T-9", e.AdminKey, "", nil); res.Status != http.StatusNoContent {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.doIf(t, "DELETE", "/v1/products/T-9", e.AdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
	CheckError(t, e.Do(t, "GET", "/v1/products/T-9", e.AdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)

	// A batch is idempotent: sending it again changes nothing.
	e.mustBatch(t, "products", e.AdminKey, product("T-2", "Pu-erh", 2500))
	e.mustBatch(t, "products", e.AdminKey, product("T-2", "Pu-erh", 2500))
	ps, _ := e.Store.FindProducts(context.Background(), kefu.ProductFilter{TenantID: shop})
	if len(ps) != 3 {
		t.Errorf("%d products after re-sending a batch, want 3", len(ps))
	}
}

func TestAdminBatchBadInput(t *testing.T) {
	e := MustOpenEnv(t, nil)
	tooMany := make([]any, khttp.MaxBatchItems+1)
	for i := range tooMany {
		tooMany[i] = product(fmt.Sprintf("S-%d", i), "x", 1)
	}
	tests := []struct {
		name   string
		body   string
		status int
		index  int    // of the first item error; -1 for none
		field  string // of the first item error, or of the error
	}{
		{"negative price", `{"items":[{"sku":"A","price":1},{"sku":"B","price":2},{"sku":"C","price":-3}]}`, 400, 2, "price"},
		{"missing sku", `{"items":[{"name":"no sku"}]}`, 400, 0, "sku"},
		{"wrong type", `{"items":[{"sku":"A","price":"12.50"}]}`, 400, 0, "price"},
		{"unknown field", `{"items":[{"sku":"A","prise":1}]}`, 400, 0, "prise"},
		{"bad currency", `{"items":[{"sku":"A","currency":"euro"}]}`, 400, 0, "currency"},
		{"control character", `{"items":[{"sku":"A\u0007"}]}`, 400, 0, "sku"},
		{"duplicate sku", `{"items":[{"sku":"A"},{"sku":"A"}]}`, 400, 1, "sku"},
		{"item not an object", `{"items":[42]}`, 400, 0, ""},
		{"no items", `{"items":[]}`, 400, -1, "items"},
		{"null items", `{"items":null}`, 400, -1, "items"},
		{"null body", `null`, 400, -1, ""},
		{"array body", `[]`, 400, -1, ""},
		{"trailing data", `{"items":[{"sku":"A"}]} {}`, 400, -1, ""},
		{"unknown top-level field", `{"items":[{"sku":"A"}],"x":1}`, 400, -1, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, "POST", "/v1/products/batch", e.AdminKey, "application/json", []byte(tt.body))
			var body khttp.ErrorResponse
			res.JSON(t, &body)
			if res.Status != tt.status {
				t.Fatalf("status %d, want %d: %s", res.Status, tt.status, res.Body)
			}
			if tt.index >= 0 {
				if len(body.Error.Items) == 0 || body.Error.Items[0].Index != tt.index || body.Error.Items[0].Field != tt.field {
					t.Fatalf("item errors %+v, want index %d field %q", body.Error.Items, tt.index, tt.field)
				}
			} else if body.Error.Field != tt.field {
				t.Fatalf("field %q, want %q: %s", body.Error.Field, tt.field, res.Body)
			}
			if ps, _ := e.Store.FindProducts(context.Background(), kefu.ProductFilter{TenantID: shop}); len(ps) != 0 {
				t.Fatalf("a refused batch stored %d products", len(ps))
			}
		})
	}

	t.Run("too many items", func(t *testing.T) {
		CheckError(t, e.batch(t, "products", e.AdminKey, tooMany...), http.StatusRequestEntityTooLarge, kefu.ETOOLARGE)
	})
	t.Run("body over the limit is refused before it is read", func(t *testing.T) {
		big := `{"items":[{"sku":"A","description":"` + strings.Repeat("x", khttp.MaxBatchBytes) + `"}]}`
		CheckError(t, e.Do(t, "POST", "/v1/products/batch", e.AdminKey, "application/json", []byte(big)), http.StatusRequestEntityTooLarge, kefu.ETOOLARGE)
	})
	t.Run("wrong content type", func(t *testing.T) {
		CheckError(t, e.Do(t, "POST", "/v1/products/batch", e.AdminKey, "text/plain", []byte(`{"items":[{"sku":"A"}]}`)), http.StatusBadRequest, kefu.EINVALID)
	})
	t.Run("unknown list parameter", func(t *testing.T) {
		CheckError(t, e.Do(t, "GET", "/v1/products?categroy=tea", e.AdminKey, "", nil), http.StatusBadRequest, kefu.EINVALID)
	})
	t.Run("bad cursor", func(t *testing.T) {
		CheckError(t, e.Do(t, "GET", "/v1/products?cursor=%%%", e.AdminKey, "", nil), http.StatusBadRequest, kefu.EINVALID)
	})
	t.Run("bad limit", func(t *testing.T) {
		CheckError(t, e.Do(t, "GET", "/v1/products?limit=5000", e.AdminKey, "", nil), http.StatusBadRequest, kefu.EINVALID)
	})
}

func TestAdminOrdersAndShipments(t *testing.T) {
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "products", e.AdminKey, product("T-1", "Sencha", 900))

	// An order naming an unknown customer is refused, naming the field.
	order := map[string]any{"number": "A-100", "customer_external_id": "c-1", "status": "paid", "currency": "EUR", "total": 1800,
		"lines": []map[string]any{{"sku": "T-1", "quantity": 2, "unit_price": 900}}}
	res := e.batch(t, "orders", e.AdminKey, order)
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != 400 || len(body.Error.Items) != 1 || body.Error.Items[0].Field != "customer_external_id" {
		t.Fatalf("unknown customer: %d %s", res.Status, res.Body)
	}
	e.mustBatch(t, "customers", e.AdminKey, map[string]any{"external_id": "c-1", "name": "Mei", "language": "zh", "country": "CN"})
	// A batch whose third order fails in the store (after two were
	// written in its transaction) leaves nothing behind.
	res = e.batch(t, "orders", e.AdminKey,
		map[string]any{"number": "B-1", "customer_external_id": "c-1", "lines": []map[string]any{{"sku": "T-1", "quantity": 1}}},
		map[string]any{"number": "B-2", "customer_external_id": "c-1"},
		map[string]any{"number": "B-3", "customer_external_id": "c-404"})
	res.JSON(t, &body)
	if res.Status != 400 || len(body.Error.Items) != 1 || body.Error.Items[0].Index != 2 {
		t.Fatalf("failing third order: %d %s", res.Status, res.Body)
	}
	if os, _ := e.Store.FindOrders(context.Background(), kefu.OrderFilter{TenantID: shop}); len(os) != 0 {
		t.Fatalf("a refused batch left %d orders", len(os))
	}
	e.mustBatch(t, "orders", e.AdminKey, order)

	// The line's name came from the catalogue; the customer is named by its external id.
	var got khttp.OrderItem
	e.Do(t, "GET", "/v1/orders/A-100", e.AdminKey, "", nil).JSON(t, &got)
	if got.CustomerExternalID != "c-1" || len(got.Lines) != 1 || got.Lines[0].Name != "Sencha" {
		t.Fatalf("order: %+v", got)
	}
	// A bad line names the line and field.
	bad := map[string]any{"number": "A-101", "lines": []map[string]any{{"sku": "T-1", "quantity": 0}}}
	res = e.batch(t, "orders", e.AdminKey, bad)
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Items[0].Field != "lines[0].quantity" {
		t.Fatalf("bad line: %d %s", res.Status, res.Body)
	}

	ship := map[string]any{"tracking_number": "TRK1", "order_number": "A-100", "carrier": "DHL",
		"events": []map[string]any{{"at": "2026-12-01T10:00:00Z", "status": "in_transit", "location": "Leipzig"}}}
	e.mustBatch(t, "shipments", e.AdminKey, ship)
	var sh khttp.ShipmentItem
	e.Do(t, "GET", "/v1/shipments/TRK1", e.AdminKey, "", nil).JSON(t, &sh)
	if sh.OrderNumber != "A-100" || sh.Status != "in_transit" || len(sh.Events) != 1 {
		t.Fatalf("shipment: %+v", sh)
	}
	// Re-sending it with a newer event replaces the events.
	ship["events"] = []map[string]any{
		{"at": "2026-12-01T10:00:00Z", "status": "in_transit", "location": "Leipzig"},
		{"at": "2026-12-02T09:00:00Z", "status": "delivered", "location": "Berlin"},
	}
	e.mustBatch(t, "shipments", e.AdminKey, ship)
	var list khttp.ListResponse[khttp.ShipmentItem]
	e.Do(t, "GET", "/v1/shipments?order_number=A-100", e.AdminKey, "", nil).JSON(t, &list)
	if len(list.Items) != 1 || list.Items[0].Status != "delivered" || len(list.Items[0].Events) != 2 {
		t.Fatalf("shipments of A-100: %+v", list.Items)
	}
	// A shipment of an unknown order is refused.
	res = e.batch(t, "shipments", e.AdminKey, map[string]any{"tracking_number": "TRK2", "order_number": "nope"})
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Items[0].Field != "order_number" {
		t.Fatalf("unknown order: %d %s", res.Status, res.Body)
	}
	// A customer with an order cannot be deleted; the order can, with its shipments.
	CheckError(t, e.doIf(t, "DELETE", "/v1/customers/c-1", e.AdminKey, "", nil), http.StatusConflict, kefu.ECONFLICT)
	if res := e.doIf(t, "DELETE", "/v1/orders/A-100", e.AdminKey, "", nil); res.Status != 204 {
		t.Fatalf("delete order: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.Do(t, "GET", "/v1/shipments/TRK1", e.AdminKey, "", nil), http.StatusNotFound, kefu.ENOTFOUND)
	if res := e.doIf(t, "DELETE", "/v1/customers/c-1", e.AdminKey, "", nil); res.Status != 204 {
		t.Fatalf("delete customer: %d %s", res.Status, res.Body)
	}
}

func TestAdminArticles(t *testing.T) {
	e := MustOpenEnv(t, nil)
	art := map[string]any{"key": "returns", "language": "en", "title": "Returns", "body": "30 days.", "intents": []string{"return_policy"}}
	e.mustBatch(t, "articles", e.AdminKey, art, map[string]any{"key": "returns", "language": "es", "title": "Devoluciones", "body": "30 días."})

	var a kefu.Article
	res := e.Do(t, "GET", "/v1/articles/returns/en", e.AdminKey, "", nil)
	res.JSON(t, &a)
	if a.Status != kefu.ArticleDraft || a.Version != 1 {
		t.Fatalf("article: %+v", a)
	}
	// The workflow: draft -> published is refused, draft -> in_review -> published is not.
	CheckError(t, e.DoJSON(t, "POST", "/v1/articles/returns/en/status", e.AdminKey, map[string]string{"status": "published"}), http.StatusConflict, kefu.ECONFLICT)
	for _, st := range []string{"in_review", "published"} {
		if res := e.DoJSON(t, "POST", "/v1/articles/returns/en/status", e.AdminKey, map[string]string{"status": st}); res.Status != 200 {
			t.Fatalf("to %s: %d %s", st, res.Status, res.Body)
		}
	}
	// A new text is a new version; the versions list both.
	art["body"] = "30 days, free."
	art["status"] = "published"
	if res := e.doIf(t, "PUT", "/v1/articles/returns/en", e.AdminKey, "", art); res.Status != 200 {
		t.Fatalf("put: %d %s", res.Status, res.Body)
	}
	var vs khttp.ArticleVersionsResponse
	e.Do(t, "GET", "/v1/articles/returns/en/versions", e.AdminKey, "", nil).JSON(t, &vs)
	if len(vs.Versions) != 2 || vs.Versions[0].Body != "30 days, free." {
		t.Fatalf("versions: %+v", vs.Versions)
	}
	var list khttp.ListResponse[kefu.Article]
	e.Do(t, "GET", "/v1/articles?status=published", e.AdminKey, "", nil).JSON(t, &list)
	if len(list.Items) != 1 || list.Items[0].Language != "en" {
		t.Fatalf("published: %+v", list.Items)
	}
	// Pages by (key, language).
	e.Do(t, "GET", "/v1/articles?limit=1", e.AdminKey, "", nil).JSON(t, &list)
	if len(list.Items) != 1 || list.NextCursor == "" {
		t.Fatalf("page: %+v", list)
	}
	var list2 khttp.ListResponse[kefu.Article]
	e.Do(t, "GET", "/v1/articles?limit=1&cursor="+list.NextCursor, e.AdminKey, "", nil).JSON(t, &list2)
	if len(list2.Items) != 1 || list2.Items[0].Language != "es" || list2.NextCursor != "" {
		t.Fatalf("page 2: %+v", list2)
	}
	// A language tag not in canonical form names the field.
	res = e.doIf(t, "PUT", "/v1/articles/returns/EN", e.AdminKey, "", map[string]any{"title": "x"})
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Field != "language" {
		t.Fatalf("bad language: %d %s", res.Status, res.Body)
	}
}

func TestAdminSettings(t *testing.T) {
	e := MustOpenEnv(t, nil)
	res := e.Do(t, "GET", "/v1/settings", e.AdminKey, "", nil)
	var got khttp.SettingsResponse
	res.JSON(t, &got)
	if got.Settings.WidgetSecret != "" || !got.WidgetSecretSet || bytes.Contains(res.Body, []byte(widgetKey)) {
		t.Fatalf("settings leak the widget secret: %s", res.Body)
	}
	tag := res.Header.Get("ETag")
	got.Settings.ConfidenceThreshold = 0.5
	res = e.doIf(t, "PUT", "/v1/settings", e.AdminKey, tag, khttp.SettingsRequest{Settings: got.Settings})
	if res.Status != 200 {
		t.Fatalf("put: %d %s", res.Status, res.Body)
	}
	tn, _ := e.Store.FindTenantByID(context.Background(), shop)
	if tn.Settings.ConfidenceThreshold != 0.5 || tn.Settings.WidgetSecret != widgetKey {
		t.Fatalf("stored: threshold %v, secret kept %v", tn.Settings.ConfidenceThreshold, tn.Settings.WidgetSecret == widgetKey)
	}
	// The old ETag is stale now.
	CheckError(t, e.doIf(t, "PUT", "/v1/settings", e.AdminKey, tag, khttp.SettingsRequest{Settings: got.Settings}), http.StatusPreconditionFailed, kefu.EPRECONDITION)
	// Bad values name the field.
	got.Settings.ConfidenceThreshold = 2
	res = e.doIf(t, "PUT", "/v1/settings", e.AdminKey, "", khttp.SettingsRequest{Settings: got.Settings})
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Field != "confidence_threshold" {
		t.Fatalf("bad threshold: %d %s", res.Status, res.Body)
	}
	// ... and the rule they failed, for pages in other languages.
	if body.Error.Rule != kefu.RuleRange || body.Error.Params["min"] != "0" || body.Error.Params["max"] != "1" {
		t.Errorf("bad threshold's rule: %s", res.Body)
	}
	got.Settings.ConfidenceThreshold, got.Settings.Currency = 0.5, "eur"
	res = e.doIf(t, "PUT", "/v1/settings", e.AdminKey, "", khttp.SettingsRequest{Settings: got.Settings})
	body = khttp.ErrorResponse{}
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Field != "currency" || body.Error.Rule != kefu.RuleCurrency || body.Error.Params["value"] != "eur" {
		t.Errorf("bad currency: %d %s", res.Status, res.Body)
	}
	got.Settings.Currency = ""

	// Synonyms.
	res = e.doIf(t, "PUT", "/v1/synonyms", e.AdminKey, "", khttp.SynonymsBody{Synonyms: [][]string{{"parcel", "package"}}})
	if res.Status != 200 {
		t.Fatalf("synonyms: %d %s", res.Status, res.Body)
	}
	tn, _ = e.Store.FindTenantByID(context.Background(), shop)
	if len(tn.Settings.Synonyms) != 1 || tn.Settings.ConfidenceThreshold != 0.5 {
		t.Fatalf("synonyms stored: %+v", tn.Settings)
	}
	res = e.doIf(t, "PUT", "/v1/synonyms", e.AdminKey, "", khttp.SynonymsBody{Synonyms: [][]string{{"alone"}}})
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Field != "synonyms[0]" {
		t.Fatalf("one-word group: %d %s", res.Status, res.Body)
	}
}

func TestAdminNeedsAdminCredentials(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, tok := e.MustStartConversation(t, e.AdminKey, "")
	_ = conv
	tests := []struct {
		name, auth string
		status     int
	}{
		{"no credentials", "", http.StatusUnauthorized},
		{"conversation token", tok, http.StatusUnauthorized},
		{"unknown key", "kefu_0000", http.StatusUnauthorized},
		{"chat-scoped key of the shop", e.Key, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := e.Do(t, "GET", "/v1/products", tt.auth, "", nil); res.Status != tt.status {
				t.Fatalf("status %d, want %d: %s", res.Status, tt.status, res.Body)
			}
			if res := e.batch(t, "products", tt.auth, product("X", "x", 1)); res.Status != tt.status {
				t.Fatalf("batch: status %d, want %d: %s", res.Status, tt.status, res.Body)
			}
		})
	}
}

func TestAdminPromotionsAndCannedReplies(t *testing.T) {
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "promotions", e.AdminKey,
		map[string]any{"id": "summer", "code": "SUN10", "text": map[string]string{"en": "10% off sunscreen", "zh": "防晒霜九折"},
			"start": "2026-06-01T00:00:00Z", "end": "2026-09-01T00:00:00Z", "categories": []string{"sun"}},
		map[string]any{"id": "always", "text": map[string]string{"en": "Free samples"}})
	var list khttp.ListResponse[kefu.Promotion]
	e.Do(t, "GET", "/v1/promotions?active_at=2026-12-01T00:00:00Z", e.AdminKey, "", nil).JSON(t, &list)
	if len(list.Items) != 1 || list.Items[0].ID != "always" {
		t.Fatalf("active in December: %+v", list.Items)
	}
	// An end before the start names the field; a bad active_at too.
	res := e.batch(t, "promotions", e.AdminKey, map[string]any{"id": "bad", "text": map[string]string{"en": "x"},
		"start": "2026-06-01T00:00:00Z", "end": "2026-05-01T00:00:00Z"})
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Items[0].Field != "end" {
		t.Fatalf("end before start: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.Do(t, "GET", "/v1/promotions?active_at=tomorrow", e.AdminKey, "", nil), http.StatusBadRequest, kefu.EINVALID)

	e.mustBatch(t, "canned-replies", e.AdminKey,
		map[string]any{"id": "hello-en", "title": "Hello", "language": "en", "text": "Hi! How can I help?"},
		map[string]any{"id": "hello-es", "title": "Hola", "language": "es", "text": "¡Hola! ¿En qué puedo ayudarte?"})
	var canned khttp.ListResponse[kefu.CannedReply]
	e.Do(t, "GET", "/v1/canned-replies?language=es", e.AdminKey, "", nil).JSON(t, &canned)
	if len(canned.Items) != 1 || canned.Items[0].ID != "hello-es" {
		t.Fatalf("Spanish canned replies: %+v", canned.Items)
	}
	if res := e.doIf(t, "DELETE", "/v1/canned-replies/hello-es", e.AdminKey, "", nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
}

func TestAdminKeysAndAgents(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	// A new chat key is shown once, works for conversations, not for the admin API.
	res := e.DoJSON(t, "POST", "/v1/keys", e.AdminKey, map[string]string{"name": "widget backend"})
	var created khttp.CreateKeyResponse
	res.JSON(t, &created)
	if res.Status != 201 || created.Key.Scope != kefu.ScopeChat || !strings.HasPrefix(created.APIKey, created.Key.Prefix) {
		t.Fatalf("create key: %d %s", res.Status, res.Body)
	}
	e.MustStartConversation(t, created.APIKey, "")
	CheckError(t, e.Do(t, "GET", "/v1/products", created.APIKey, "", nil), http.StatusForbidden, kefu.EFORBIDDEN)
	var keys khttp.KeysResponse
	res = e.Do(t, "GET", "/v1/keys", e.AdminKey, "", nil)
	res.JSON(t, &keys)
	if len(keys.Items) < 2 || bytes.Contains(res.Body, []byte(created.APIKey)) {
		t.Fatalf("keys: %s", res.Body)
	}
	// Revoked, it stops working on this node at once.
	if res := e.doIf(t, "DELETE", "/v1/keys/"+created.Key.ID, e.AdminKey, "", nil); res.Status != 204 {
		t.Fatalf("revoke: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.DoJSON(t, "POST", "/v1/conversations", created.APIKey, map[string]any{}), http.StatusUnauthorized, kefu.EUNAUTHORIZED)
	CheckError(t, e.DoJSON(t, "POST", "/v1/keys", e.AdminKey, map[string]string{"scope": "root"}), http.StatusBadRequest, kefu.EINVALID)

	// Agents: a short password names the field; a new agent can log in.
	res = e.DoJSON(t, "POST", "/v1/agents", e.AdminKey, map[string]any{"email": "cy@shop.example", "name": "Cy", "password": "short"})
	var body khttp.ErrorResponse
	res.JSON(t, &body)
	if res.Status != 400 || body.Error.Field != "password" {
		t.Fatalf("short password: %d %s", res.Status, res.Body)
	}
	res = e.DoJSON(t, "POST", "/v1/agents", e.AdminKey, map[string]any{"email": "Cy@Shop.example", "name": "Cy", "role": "admin",
		"languages": []string{"zh", "en"}, "password": AgentPassword + "-long"})
	if res.Status != 201 {
		t.Fatalf("create agent: %d %s", res.Status, res.Body)
	}
	cy, err := e.Store.FindAgentByEmail(context.Background(), shop, "cy@shop.example")
	if err != nil || cy.Role != kefu.RoleAdmin {
		t.Fatalf("stored agent: %+v %v", cy, err)
	}
	// An admin's session may not make an owner, nor disable itself.
	admin := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "root@shop.example", Name: "Root", Role: kefu.RoleAdmin})
	sess := e.MustLogin(t, admin)
	owner := kefu.RoleOwner
	res = e.ConsoleDo(t, "PUT", "/v1/agents/cy@shop.example", sess.Cookie, sess.CSRF, khttp.AgentRequest{Role: &owner})
	CheckError(t, res, http.StatusForbidden, kefu.EFORBIDDEN)
	yes := true
	res = e.ConsoleDo(t, "PUT", "/v1/agents/root@shop.example", sess.Cookie, sess.CSRF, khttp.AgentRequest{Disabled: &yes})
	CheckError(t, res, http.StatusConflict, kefu.ECONFLICT)
	// It may disable another agent, who is then offline and cannot use the admin API.
	res = e.ConsoleDo(t, "PUT", "/v1/agents/cy@shop.example", sess.Cookie, sess.CSRF, khttp.AgentRequest{Disabled: &yes})
	if res.Status != 200 {
		t.Fatalf("disable: %d %s", res.Status, res.Body)
	}
	cy, _ = e.Store.FindAgentByEmail(context.Background(), shop, "cy@shop.example")
	if !cy.Disabled || cy.Presence != kefu.PresenceOffline {
		t.Fatalf("disabled agent: %+v", cy)
	}
	// An agent (not an admin) is refused.
	ana := e.MustLogin(t, e.Ana)
	CheckError(t, ana.Get(t, "/v1/agents"), http.StatusForbidden, kefu.EFORBIDDEN)
}
