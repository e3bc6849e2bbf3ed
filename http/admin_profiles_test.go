package http_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// serum is a cosmetics card with a full INCI list.
func serum(sku, name string, price int64) map[string]any {
	return map[string]any{"sku": sku, "name": name, "price": price, "currency": "EUR", "category": "serum",
		"attributes": map[string]string{"ingredients": "Aqua, Niacinamide, Pentylene Glycol, Zinc PCA, Xanthan Gum, Phenoxyethanol",
			"skin_types": "oily, combination"}}
}

// tagsOf returns the values of dim in p.
func tagsOf(p khttp.ProductProfileResponse, dim string) []string {
	var out []string
	for _, d := range p.Dimensions {
		if d.Dimension == dim {
			for _, t := range d.Tags {
				out = append(out, t.Value)
			}
		}
	}
	return out
}

func tagOf(p khttp.ProductProfileResponse, dim, value string) (khttp.ProfileTag, bool) {
	for _, d := range p.Dimensions {
		for _, t := range d.Tags {
			if d.Dimension == dim && t.Value == value {
				return t, true
			}
		}
	}
	return khttp.ProfileTag{}, false
}

func TestAdminProductProfile(t *testing.T) {
	e := MustOpenEnv(t, nil)
	e.mustBatch(t, "products", e.AdminKey, serum("NIA-1", "Niacinamide 10% + Zinc 1%", 900), serum("NIA-2", "Zinc serum", 1900),
		product("TEA-1", "Sencha", 900))

	var p khttp.ProductProfileResponse
	res := e.Do(t, "GET", "/v1/products/NIA-1/profile", e.AdminKey, "", nil)
	res.JSON(t, &p)
	if res.Status != 200 || p.SKU != "NIA-1" || p.Name != "Niacinamide 10% + Zinc 1%" || len(p.Dimensions) != 26 || p.DerivedAt.IsZero() {
		t.Fatalf("GET profile: %d %s", res.Status, res.Body)
	}
	nia, ok := tagOf(p, "actives", "niacinamide")
	if !ok || len(nia.Evidence) == 0 || nia.Evidence[0].Kind != "ingredient" || !strings.Contains(nia.Evidence[0].Text, "niacinamide") {
		t.Errorf("actives=niacinamide: %+v (%v)", nia, ok)
	}
	if got := tagsOf(p, "suits_skin"); !strings.Contains(strings.Join(got, ","), "oily") {
		t.Errorf("suits_skin = %v, want oily among them", got)
	}

	t.Run("edit", func(t *testing.T) {
		var got khttp.ProductProfileResponse
		res := e.doIf(t, "PUT", "/v1/products/NIA-1/profile", e.AdminKey, "",
			map[string]any{"edits": map[string][]string{"suits_skin": {"dry", "-oily"}, "efficacy": {"long-wear"}}})
		res.JSON(t, &got)
		if res.Status != 200 {
			t.Fatalf("PUT profile: %d %s", res.Status, res.Body)
		}
		if s := tagsOf(got, "suits_skin"); len(s) == 0 || s[0] != "dry" || strings.Contains(strings.Join(s, ","), "oily") {
			t.Errorf("suits_skin after the edit = %v, want dry first and no oily", s)
		}
		dry, _ := tagOf(got, "suits_skin", "dry")
		if !dry.Shop || dry.Evidence[0].Kind != "shop" || dry.Evidence[0].Text != "the shop set it (tags.suits_skin)" {
			t.Errorf("suits_skin=dry: %+v", dry)
		}
		if strings.Join(got.Edits["suits_skin"], ",") != "dry,-oily" || strings.Join(got.Edits["efficacy"], ",") != "long-wear" {
			t.Errorf("edits = %v", got.Edits)
		}
		// The edit is the product's attribute: it survives re-derivation.
		var pr kefu.Product
		e.Do(t, "GET", "/v1/products/NIA-1", e.AdminKey, "", nil).JSON(t, &pr)
		if pr.Attributes["tags.suits_skin"] != "dry, -oily" || pr.Attributes["ingredients"] == "" {
			t.Errorf("product attributes after the edit: %v", pr.Attributes)
		}
		// An empty list drops a dimension's edits; others stay.
		res = e.doIf(t, "PUT", "/v1/products/NIA-1/profile", e.AdminKey, "", map[string]any{"edits": map[string][]string{"efficacy": {}}})
		got = khttp.ProductProfileResponse{}
		res.JSON(t, &got)
		if _, ok := got.Edits["efficacy"]; ok || len(got.Edits["suits_skin"]) != 2 {
			t.Errorf("edits after dropping efficacy: %v", got.Edits)
		}
		if _, ok := tagOf(got, "efficacy", "long-wear"); ok {
			t.Errorf("efficacy=long-wear stays after its edit was dropped")
		}
	})

	t.Run("list by tag", func(t *testing.T) {
		// Outside cmd/kefu nothing derives profiles when products change:
		// a GET derives a missing one.
		e.Do(t, "GET", "/v1/products/NIA-2/profile", e.AdminKey, "", nil)
		for _, tc := range []struct{ query, want string }{
			{"dimension=suits_skin&value=dry", "NIA-1"},
			{"dimension=suits_skin&value=oily", "NIA-2"},
			{"dimension=suits_skin&value=combo", "NIA-1,NIA-2"}, // the shop's word for combination
			{"dimension=actives&value=niacinamide&limit=1", "NIA-1"},
			{"dimension=finish&value=matte", ""},
		} {
			var list khttp.ProductProfilesResponse
			res := e.Do(t, "GET", "/v1/product-profiles?"+tc.query, e.AdminKey, "", nil)
			res.JSON(t, &list)
			if res.Status != 200 || strings.Join(list.SKUs, ",") != tc.want {
				t.Errorf("%s: %d %s, want %q", tc.query, res.Status, res.Body, tc.want)
			}
		}
		var page khttp.ProductProfilesResponse
		e.Do(t, "GET", "/v1/product-profiles?dimension=actives&value=niacinamide&limit=1", e.AdminKey, "", nil).JSON(t, &page)
		if page.NextCursor == "" {
			t.Fatalf("first page has no next_cursor: %+v", page)
		}
		var next khttp.ProductProfilesResponse
		e.Do(t, "GET", "/v1/product-profiles?dimension=actives&value=niacinamide&limit=1&cursor="+page.NextCursor, e.AdminKey, "", nil).JSON(t, &next)
		if strings.Join(next.SKUs, ",") != "NIA-2" || next.NextCursor != "" {
			t.Errorf("second page: %+v", next)
		}
	})

	t.Run("errors name the field", func(t *testing.T) {
		for _, tc := range []struct {
			name, method, path string
			body               any
			status             int
			code, field        string
		}{
			{"unknown sku", "GET", "/v1/products/NOPE/profile", nil, 404, kefu.ENOTFOUND, ""},
			{"unknown sku put", "PUT", "/v1/products/NOPE/profile", map[string]any{"edits": map[string][]string{"suits_skin": {"dry"}}}, 404, kefu.ENOTFOUND, ""},
			{"unknown dimension", "PUT", "/v1/products/NIA-1/profile", map[string]any{"edits": map[string][]string{"colour": {"red"}}}, 400, kefu.EINVALID, "edits.colour"},
			{"not a skin type", "PUT", "/v1/products/NIA-1/profile", map[string]any{"edits": map[string][]string{"suits_skin": {"greasy"}}}, 400, kefu.EINVALID, "edits.suits_skin"},
			{"comma", "PUT", "/v1/products/NIA-1/profile", map[string]any{"edits": map[string][]string{"efficacy": {"a, b"}}}, 400, kefu.EINVALID, "edits.efficacy"},
			{"empty value", "PUT", "/v1/products/NIA-1/profile", map[string]any{"edits": map[string][]string{"efficacy": {"-"}}}, 400, kefu.EINVALID, "edits.efficacy"},
			{"no edits", "PUT", "/v1/products/NIA-1/profile", map[string]any{}, 400, kefu.EINVALID, "edits"},
			{"bad body", "PUT", "/v1/products/NIA-1/profile", map[string]any{"edits": map[string]string{"efficacy": "x"}}, 400, kefu.EINVALID, "edits"},
			{"list: unknown dimension", "GET", "/v1/product-profiles?dimension=colour&value=red", nil, 400, kefu.EINVALID, "dimension"},
			{"list: value alone", "GET", "/v1/product-profiles?value=red", nil, 400, kefu.EINVALID, "dimension"},
			{"list: limit", "GET", "/v1/product-profiles?limit=0", nil, 400, kefu.EINVALID, "limit"},
			{"list: unknown parameter", "GET", "/v1/product-profiles?sku=x", nil, 400, kefu.EINVALID, "sku"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				res := e.doIf(t, tc.method, tc.path, e.AdminKey, "", tc.body)
				CheckError(t, res, tc.status, tc.code)
				if got := res.ErrorField(); got != tc.field {
					t.Errorf("field %q, want %q: %s", got, tc.field, res.Body)
				}
			})
		}
		// A chat-scoped key may not edit.
		CheckError(t, e.doIf(t, "PUT", "/v1/products/NIA-1/profile", e.Key, "", map[string]any{"edits": map[string][]string{}}), http.StatusForbidden, kefu.EFORBIDDEN)
	})
}

// TestAdminProductProfileSession edits a profile with an admin's console
// session: a write needs the CSRF token, and an agent without the admin
// role may not even read.
func TestAdminProductProfileSession(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	e.mustBatch(t, "products", e.AdminKey, serum("NIA-1", "Niacinamide serum", 900))
	admin := e.MustLogin(t, MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en"))
	agent := e.MustLogin(t, e.Ana)
	edit := map[string]any{"edits": map[string][]string{"efficacy": {"calming"}}}

	CheckError(t, e.ConsoleDo(t, "PUT", "/v1/products/NIA-1/profile", admin.Cookie, "", edit), http.StatusForbidden, kefu.EFORBIDDEN)
	if res := e.ConsoleDo(t, "PUT", "/v1/products/NIA-1/profile", admin.Cookie, admin.CSRF, edit); res.Status != http.StatusOK {
		t.Fatalf("PUT with the CSRF token: %d %s", res.Status, res.Body)
	}
	if res := e.ConsoleDo(t, "GET", "/v1/products/NIA-1/profile", admin.Cookie, "", nil); res.Status != http.StatusOK || !strings.Contains(string(res.Body), `"calming"`) {
		t.Errorf("GET after the edit: %d %s", res.Status, res.Body)
	}
	CheckError(t, e.ConsoleDo(t, "GET", "/v1/products/NIA-1/profile", agent.Cookie, "", nil), http.StatusForbidden, kefu.EFORBIDDEN)
	CheckError(t, e.ConsoleDo(t, "PUT", "/v1/products/NIA-1/profile", agent.Cookie, agent.CSRF, edit), http.StatusForbidden, kefu.EFORBIDDEN)
}
