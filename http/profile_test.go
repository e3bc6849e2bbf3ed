package http_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/dialog"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/recommend/profile"
)

// refresherFunc is a function-field fake of khttp.ProfileRefresher.
type refresherFunc func(ctx context.Context, tenantID, customerID string) error

func (f refresherFunc) Refresh(ctx context.Context, tenantID, customerID string) error {
	return f(ctx, tenantID, customerID)
}

func TestPostEvents(t *testing.T) {
	var (
		mu        sync.Mutex
		refreshed []string
	)
	e := MustOpenEnv(t, func(s *khttp.Server) {
		s.Profiles = refresherFunc(func(ctx context.Context, tenantID, customerID string) error {
			mu.Lock()
			defer mu.Unlock()
			refreshed = append(refreshed, tenantID+"/"+customerID)
			return nil
		})
	})
	e.mustBatch(t, "customers", e.AdminKey, map[string]any{"external_id": "c-1"}, map[string]any{"external_id": "c-2"})
	e.mustBatch(t, "customers", e.OtherAdminKey, map[string]any{"external_id": "c-9"})
	ev := func(id, customer, typ string) map[string]any {
		return map[string]any{"id": id, "customer_external_id": customer, "type": typ, "sku": "FD-1"}
	}
	big := make([]any, kefu.MaxBehaviourEvents+1)
	for i := range big {
		big[i] = ev(fmt.Sprint("e", i), "c-1", "view")
	}
	for _, tc := range []struct {
		name   string
		key    string
		body   any
		status int
		code   string
		items  string // index:field of each item error
	}{
		{"chat key", e.Key, map[string]any{"events": []any{ev("e1", "c-1", "view"), ev("e2", "c-1", "add_to_cart"),
			map[string]any{"id": "e3", "customer_external_id": "c-2", "type": "dwell", "sku": "FD-2", "dwell_ms": 40000, "at": "2026-06-01T10:00:00Z"}}}, 200, "", ""},
		{"the same again", e.AdminKey, map[string]any{"events": []any{ev("e1", "c-1", "view")}}, 200, "", ""},
		{"no key", "", map[string]any{"events": []any{ev("e4", "c-1", "view")}}, 401, kefu.EUNAUTHORIZED, ""},
		{"bad items", e.Key, map[string]any{"events": []any{ev("e5", "c-1", "view"), ev("e6", "nobody", "view"), ev("e7", "c-1", "purchase"),
			map[string]any{"id": "e8", "customer_external_id": "c-1", "type": "dwell", "sku": "X"}, ev("", "c-1", "view"),
			map[string]any{"id": "e9", "customer_external_id": "c-1", "type": "view", "sku": "X", "colour": "red"}}},
			400, kefu.EINVALID, "1:customer_external_id 2:type 3:dwell_ms 4:id 5:colour"},
		{"another shop's customer", e.Key, map[string]any{"events": []any{ev("e10", "c-9", "view")}}, 400, kefu.EINVALID, "0:customer_external_id"},
		{"empty", e.Key, map[string]any{"events": []any{}}, 400, kefu.EINVALID, ""},
		{"too many", e.Key, map[string]any{"events": big}, 413, kefu.ETOOLARGE, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := e.DoJSON(t, "POST", "/v1/events", tc.key, tc.body)
			if tc.code != "" {
				CheckError(t, res, tc.status, tc.code)
			} else if res.Status != tc.status {
				t.Fatalf("status %d, want %d: %s", res.Status, tc.status, res.Body)
			}
			if tc.items != "" {
				var er khttp.ErrorResponse
				res.JSON(t, &er)
				var got []string
				for _, it := range er.Error.Items {
					got = append(got, fmt.Sprintf("%d:%s", it.Index, it.Field))
				}
				if strings.Join(got, " ") != tc.items {
					t.Errorf("item errors %q, want %q: %s", strings.Join(got, " "), tc.items, res.Body)
				}
			}
		})
	}
	c1, err := e.Store.FindCustomerByExternalID(context.Background(), shop, "c-1")
	if err != nil {
		t.Fatal(err)
	}
	es, err := e.Store.FindBehaviourEvents(context.Background(), kefu.BehaviourEventFilter{TenantID: shop, CustomerID: c1.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 {
		t.Errorf("c-1 has %d events, want 2 (e1 once, e2; nothing of refused batches)", len(es))
	}
	if len(refreshed) != 3 || refreshed[0] != shop+"/"+c1.ID && refreshed[1] != shop+"/"+c1.ID {
		t.Errorf("refreshed %v, want c-1 and c-2, then c-1", refreshed)
	}
}

func TestCustomerProfileAPI(t *testing.T) {
	ctx := context.Background()
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "customers", e.AdminKey, map[string]any{"external_id": "c-1", "name": "Mei"})
	c1, err := e.Store.FindCustomerByExternalID(ctx, shop, "c-1")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Store.ObserveTraits(ctx, shop, c1.ID, []kefu.Trait{
		{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceChat, Confidence: 0.75, Evidence: "油皮"},
		{Kind: kefu.TraitConcern, Value: "acne", Source: kefu.SourceChat, Confidence: 0.75},
		{Kind: kefu.TraitBudget, Value: "low", Source: kefu.SourceOrder, Confidence: 0},
	}); err != nil {
		t.Fatal(err)
	}
	get := func(t *testing.T, key string) khttp.ProfileResponse {
		t.Helper()
		res := e.Do(t, "GET", "/v1/customers/c-1/profile", key, "", nil)
		if res.Status != 200 {
			t.Fatalf("GET profile: %d %s", res.Status, res.Body)
		}
		var p khttp.ProfileResponse
		res.JSON(t, &p)
		return p
	}
	p := get(t, e.AdminKey)
	if len(p.Traits) != 2 || p.CustomerExternalID != "c-1" || len(p.Beliefs["skin_type"]) != 1 || p.Beliefs["skin_type"][0].Value != "oily" {
		t.Errorf("profile = %+v, want oily and acne (the zero-confidence budget left out)", p)
	}

	t.Run("an agent's correction settles it", func(t *testing.T) {
		res := e.DoJSON(t, "PUT", "/v1/customers/c-1/profile/skin_type/oily", e.AdminKey, map[string]any{"negated": true, "evidence": "said on the phone"})
		if res.Status != 200 {
			t.Fatalf("PUT: %d %s", res.Status, res.Body)
		}
		var p khttp.ProfileResponse
		res.JSON(t, &p)
		if len(p.Beliefs["skin_type"]) != 0 {
			t.Errorf("skin types after the agent said not oily: %+v", p.Beliefs["skin_type"])
		}
		res = e.DoJSON(t, "PUT", "/v1/customers/c-1/profile/skin_type/dry", e.AdminKey, map[string]any{})
		res.JSON(t, &p)
		if b := p.Beliefs["skin_type"]; len(b) != 1 || b[0].Value != "dry" || b[0].Sources[0] != kefu.SourceAgent {
			t.Errorf("skin types after the agent said dry: %+v", b)
		}
	})

	for _, tc := range []struct {
		name, method, path, key string
		body                    any
		status                  int
		code                    string
	}{
		{"chat key", "GET", "/v1/customers/c-1/profile", e.Key, nil, 403, kefu.EFORBIDDEN},
		{"unknown customer", "GET", "/v1/customers/nobody/profile", e.AdminKey, nil, 404, kefu.ENOTFOUND},
		{"another shop", "GET", "/v1/customers/c-1/profile", e.OtherAdminKey, nil, 404, kefu.ENOTFOUND},
		{"unknown kind", "PUT", "/v1/customers/c-1/profile/mood/happy", e.AdminKey, map[string]any{}, 400, kefu.EINVALID},
		{"unknown skin type", "PUT", "/v1/customers/c-1/profile/skin_type/shiny", e.AdminKey, map[string]any{}, 400, kefu.EINVALID},
		{"unknown field", "PUT", "/v1/customers/c-1/profile/finish/matte", e.AdminKey, map[string]any{"confidence": 0.2}, 400, kefu.EINVALID},
		{"delete an unknown kind", "DELETE", "/v1/customers/c-1/profile/mood/happy", e.AdminKey, nil, 400, kefu.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			CheckError(t, e.DoJSON(t, tc.method, tc.path, tc.key, tc.body), tc.status, tc.code)
		})
	}

	t.Run("forget", func(t *testing.T) {
		if res := e.Do(t, "DELETE", "/v1/customers/c-1/profile/concern/acne", e.AdminKey, "", nil); res.Status != 204 {
			t.Fatalf("DELETE concern: %d %s", res.Status, res.Body)
		}
		if p := get(t, e.AdminKey); len(p.Beliefs["concern"]) != 0 || len(p.Beliefs["skin_type"]) != 1 {
			t.Errorf("after forgetting acne: %+v", p.Beliefs)
		}
		if res := e.Do(t, "DELETE", "/v1/customers/c-1/profile", e.AdminKey, "", nil); res.Status != 204 {
			t.Fatalf("DELETE profile: %d %s", res.Status, res.Body)
		}
		if p := get(t, e.AdminKey); len(p.Traits) != 0 {
			t.Errorf("after forgetting everything: %+v", p.Traits)
		}
	})
}

// TestWidgetProfile: the customer of a conversation reads what kefu
// remembers of them, corrects it by saying so, and clears it.
func TestWidgetProfile(t *testing.T) {
	e := MustOpenEnv(t, nil)
	// The real observer, as cmd/kefu wires it.
	e.Server.Turns.(*dialog.Engine).Observer = &profile.ChatObserver{Store: e.Store, Learner: &profile.Learner{}}
	conv, token := e.MustStartConversation(t, e.Key, "c-1")
	_, otherToken := e.MustStartConversation(t, e.Key, "c-2")
	get := func(t *testing.T, tok string) khttp.ProfileResponse {
		t.Helper()
		res := e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/profile", tok, "", nil)
		if res.Status != 200 {
			t.Fatalf("GET profile: %d %s", res.Status, res.Body)
		}
		var p khttp.ProfileResponse
		res.JSON(t, &p)
		return p
	}
	e.MustPost(t, token, conv.ID, "I have oily skin and pimples")
	p := get(t, token)
	if b := p.Beliefs["skin_type"]; len(b) != 1 || b[0].Value != "oily" || len(p.Beliefs["concern"]) != 1 {
		t.Fatalf("after I have oily skin and pimples: %+v", p.Beliefs)
	}
	e.MustPost(t, token, conv.ID, "I'm not oily any more")
	if p := get(t, token); len(p.Beliefs["skin_type"]) != 0 {
		t.Errorf("after I'm not oily any more: %+v", p.Beliefs["skin_type"])
	}
	// Another conversation's token and another shop's key see nothing.
	CheckError(t, e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/profile", otherToken, "", nil), 404, kefu.ENOTFOUND)
	CheckError(t, e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/profile", e.OtherKey, "", nil), 404, kefu.ENOTFOUND)
	CheckError(t, e.Do(t, "DELETE", "/v1/conversations/"+conv.ID+"/profile", e.OtherAdminKey, "", nil), 404, kefu.ENOTFOUND)
	CheckError(t, e.Do(t, "DELETE", "/v1/conversations/"+conv.ID+"/profile?kind=mood", token, "", nil), 400, kefu.EINVALID)
	if res := e.Do(t, "DELETE", "/v1/conversations/"+conv.ID+"/profile?kind=concern", token, "", nil); res.Status != 204 {
		t.Fatalf("DELETE concern: %d %s", res.Status, res.Body)
	}
	if p := get(t, token); len(p.Beliefs["concern"]) != 0 || len(p.Traits) != 2 {
		t.Errorf("after clearing concerns: %+v", p)
	}
	if res := e.Do(t, "DELETE", "/v1/conversations/"+conv.ID+"/profile", token, "", nil); res.Status != 204 {
		t.Fatalf("DELETE: %d %s", res.Status, res.Body)
	}
	if p := get(t, token); len(p.Traits) != 0 {
		t.Errorf("after clearing: %+v", p.Traits)
	}
	// An anonymous conversation has nothing to show.
	anon, _ := e.MustStartConversation(t, e.Key, "")
	res := e.Do(t, "GET", "/v1/conversations/"+anon.ID+"/profile", e.Key, "", nil)
	if res.Status != 200 || !strings.Contains(string(res.Body), `"traits":[]`) {
		t.Errorf("anonymous profile: %d %s", res.Status, res.Body)
	}
}

// TestOrdersRefreshProfiles: orders written through the admin API, and
// behaviour events, feed their customers' profiles.
func TestOrdersRefreshProfiles(t *testing.T) {
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Profiles = &profile.Builder{Store: s.Store} })
	e.mustBatch(t, "products", e.AdminKey,
		map[string]any{"sku": "FD-1", "name": "Matte foundation", "price": 1500, "category": "foundation", "attributes": map[string]string{"finish": "matte"}},
		map[string]any{"sku": "FD-2", "name": "Dewy foundation", "price": 3000, "category": "foundation"},
		map[string]any{"sku": "FD-3", "name": "Luxe foundation", "price": 6000, "category": "foundation"})
	e.mustBatch(t, "customers", e.AdminKey, map[string]any{"external_id": "c-1"})
	e.mustBatch(t, "orders", e.AdminKey, map[string]any{"number": "O-1", "customer_external_id": "c-1", "status": "delivered",
		"lines": []map[string]any{{"sku": "FD-1", "quantity": 1, "unit_price": 1500}}})
	var p khttp.ProfileResponse
	e.Do(t, "GET", "/v1/customers/c-1/profile", e.AdminKey, "", nil).JSON(t, &p)
	if b := p.Beliefs["category"]; len(b) != 1 || b[0].Value != "foundation" || b[0].Sources[0] != kefu.SourceOrder {
		t.Errorf("categories after an order: %+v", p.Beliefs)
	}
	if b := p.Beliefs["budget"]; len(b) != 1 || b[0].Value != "low" {
		t.Errorf("budget after an order of the cheapest foundation: %+v", b)
	}
	res := e.DoJSON(t, "POST", "/v1/events", e.Key, map[string]any{"events": []any{
		map[string]any{"id": "e1", "customer_external_id": "c-1", "type": "add_to_cart", "sku": "FD-1"},
		map[string]any{"id": "e2", "customer_external_id": "c-1", "type": "favourite", "sku": "FD-1"}}})
	if res.Status != 200 {
		t.Fatalf("events: %d %s", res.Status, res.Body)
	}
	e.Do(t, "GET", "/v1/customers/c-1/profile", e.AdminKey, "", nil).JSON(t, &p)
	if b := p.Beliefs["finish"]; len(b) != 1 || b[0].Value != "matte" {
		t.Errorf("finish after buying, favouriting and carting a matte foundation: %+v", p.Beliefs)
	}
}
