package http_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// MustCreateAdmin stores an agent of the shop with the admin role.
func MustCreateAdmin(tb testing.TB, e *ConsoleEnv, email, name, language string) *kefu.Agent {
	tb.Helper()
	return MustCreateAgent(tb, e.Store, &kefu.Agent{TenantID: shop, Email: email, Name: name, Role: kefu.RoleAdmin, Languages: []string{language}})
}

// TestAdminPage checks that /admin is a page with the console's strict
// CSP, not framable, and that its assets are served.
func TestAdminPage(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	res, err := e.HTTP.Client().Get(e.HTTP.URL + "/admin")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /admin: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q allows unsafe sources", csp)
	}
	if xfo := res.Header.Get("X-Frame-Options"); xfo != "DENY" {
		t.Errorf("X-Frame-Options %q, want DENY", xfo)
	}
	if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q, want no-store", cc)
	}
	for _, want := range []string{`src="/static/admin.js"`, `href="/static/admin.css"`, `href="/static/console.css"`, `id="login-form"`, `href="/console"`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, asset := range []string{"/static/admin.js", "/static/admin.css"} {
		r, err := e.HTTP.Client().Get(e.HTTP.URL + asset)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", asset, r.StatusCode)
		}
	}
	// The page is not part of the API: POST is refused.
	if r := e.ConsoleDo(t, "POST", "/admin", nil, "", nil); r.Status != http.StatusMethodNotAllowed {
		t.Errorf("POST /admin: %d, want 405", r.Status)
	}
}

// TestAdminSessionReachesAPI signs in as a browser would (a cookie jar)
// and calls the admin API: the session cookie must reach /v1, reads need
// no CSRF token, writes do, and an agent without the admin role is
// refused.
func TestAdminSessionReachesAPI(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "owner@shop.example", "Olga", "en")

	client := func(a *kefu.Agent) (*http.Client, string) {
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar}
		b, _ := json.Marshal(khttp.LoginRequest{Tenant: shop, Email: a.Email, Password: AgentPassword})
		res, err := c.Post(e.HTTP.URL+"/console/login", "application/json", strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var sr khttp.SessionResponse
		if err := json.NewDecoder(res.Body).Decode(&sr); err != nil || res.StatusCode != 200 {
			t.Fatalf("login %s: %d %v", a.Email, res.StatusCode, err)
		}
		return c, sr.CSRFToken
	}
	do := func(c *http.Client, method, path, csrf, body string, hdr ...string) *http.Response {
		t.Helper()
		var rd io.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		req, _ := http.NewRequest(method, e.HTTP.URL+path, rd)
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		if csrf != "" {
			req.Header.Set(khttp.CSRFHeader, csrf)
		}
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res
	}

	c, csrf := client(admin)
	res := do(c, "GET", "/v1/settings", "", "")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /v1/settings with an admin's session: %d", res.StatusCode)
	}
	tag := res.Header.Get("ETag")
	if r := do(c, "PUT", "/v1/synonyms", "", `{"synonyms":[["parcel","package"]]}`); r.StatusCode != http.StatusForbidden {
		t.Errorf("PUT without the CSRF token: %d, want 403", r.StatusCode)
	}
	if r := do(c, "PUT", "/v1/synonyms", csrf, `{"synonyms":[["parcel","package"]]}`, "Origin", "http://evil.example"); r.StatusCode != http.StatusForbidden {
		t.Errorf("PUT from another origin: %d, want 403", r.StatusCode)
	}

	// If-Match on synonyms: the current ETag succeeds, a stale one fails.
	syn := do(c, "GET", "/v1/synonyms", "", "")
	cur := syn.Header.Get("ETag")
	ok := do(c, "PUT", "/v1/synonyms", csrf, `{"synonyms":[["parcel","package"]]}`, "If-Match", cur)
	if ok.StatusCode != http.StatusOK {
		t.Fatalf("PUT /v1/synonyms with the current ETag: %d", ok.StatusCode)
	}
	if r := do(c, "PUT", "/v1/synonyms", csrf, `{"synonyms":[["box","carton"]]}`, "If-Match", cur); r.StatusCode != http.StatusPreconditionFailed {
		t.Errorf("PUT /v1/synonyms with a stale ETag: %d, want 412", r.StatusCode)
	}
	// The synonyms are part of the settings, whose ETag changed too.
	if r := do(c, "PUT", "/v1/settings", csrf, `{"settings":{"default_language":"en"}}`, "If-Match", tag); r.StatusCode != http.StatusPreconditionFailed {
		t.Errorf("PUT /v1/settings with a stale ETag: %d, want 412", r.StatusCode)
	}

	ag, _ := client(e.Ana)
	if r := do(ag, "GET", "/v1/settings", "", ""); r.StatusCode != http.StatusForbidden {
		t.Errorf("GET /v1/settings as an agent: %d, want 403", r.StatusCode)
	}
}

// TestAdminPageLanguage checks the parts of /admin the server writes
// (<html lang>, the title, the no-script notice): in a signed-in agent's
// first language the page speaks, for an agent who speaks none of them
// and for anyone else in the browser's (Accept-Language), else English.
func TestAdminPageLanguage(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	signedIn := func(email string, languages ...string) *http.Client {
		t.Helper()
		MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: email, Name: email, Role: kefu.RoleAdmin, Languages: languages})
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar}
		b, _ := json.Marshal(khttp.LoginRequest{Tenant: shop, Email: email, Password: AgentPassword})
		res, err := c.Post(e.HTTP.URL+"/console/login", "application/json", strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("login %s: %d", email, res.StatusCode)
		}
		return c
	}
	anonymous := e.HTTP.Client()
	for _, tc := range []struct {
		name, accept, lang, title, noscript string
		client                              *http.Client
	}{
		{"no header", "", "en", "kefu · shop admin", "need JavaScript", anonymous},
		{"Spanish browser", "es-MX,es;q=0.9,en;q=0.8", "es", "kefu · administración de la tienda", "necesitan JavaScript", anonymous},
		{"Swedish then Thai", "sv-SE,sv;q=0.9,th;q=0.8", "th", "kefu · จัดการร้านค้า", "ต้องเปิดใช้ JavaScript", anonymous},
		{"preferred by q", "en;q=0.5,es;q=0.9", "es", "kefu · administración de la tienda", "necesitan JavaScript", anonymous},
		{"Cantonese", "yue-HK", "zh-Hant", "kefu · 商店管理", "需要啟用 JavaScript", anonymous},
		{"Taiwanese browser", "zh-TW,zh;q=0.9,en;q=0.5", "zh-Hant", "kefu · 商店管理", "需要啟用 JavaScript", anonymous},
		{"mainland browser", "zh-CN,zh;q=0.9", "zh", "kefu · 店铺管理", "需要启用 JavaScript", anonymous},
		{"Arabic browser", "ar-EG,ar;q=0.9,en;q=0.5", "ar", "kefu · إدارة المتجر", "تحتاج صفحات إدارة المتجر إلى JavaScript", anonymous},
		{"Japanese browser", "ja-JP,ja;q=0.9,en;q=0.5", "ja", "kefu · ショップ管理", "JavaScript を有効にしてください", anonymous},
		{"Vietnamese browser", "vi-VN", "vi", "kefu · quản lý cửa hàng", "cần bật JavaScript", anonymous},
		{"Indonesian browser", "id-ID,id;q=0.9", "id", "kefu · admin toko", "memerlukan JavaScript", anonymous},
		{"German browser", "de-DE,de;q=0.9", "de", "kefu · Shop-Verwaltung", "benötigen JavaScript", anonymous},
		{"French browser", "fr-CA", "fr", "kefu · administration de la boutique", "nécessitent JavaScript", anonymous},
		{"Italian browser", "it-IT,it;q=0.9", "it", "kefu · gestione negozio", "richiedono JavaScript", anonymous},
		{"Dutch browser", "nl-NL", "nl", "kefu · winkelbeheer", "hebben JavaScript nodig", anonymous},
		{"Polish browser", "pl", "pl", "kefu · zarządzanie sklepem", "wymagają JavaScriptu", anonymous},
		{"unknown only", "sv, fi", "en", "kefu · shop admin", "need JavaScript", anonymous},
		{"Thai admin, Spanish browser", "es", "th", "kefu · จัดการร้านค้า", "ต้องเปิดใช้ JavaScript", signedIn("somchai@shop.example", "th")},
		{"admin reads Swedish, then Spanish", "en", "es", "kefu · administración de la tienda", "necesitan JavaScript", signedIn("greta@shop.example", "sv", "es-ES")},
		{"Korean admin, English browser", "en", "ko", "kefu · 쇼핑몰 관리", "JavaScript를 켜야 합니다", signedIn("minji@shop.example", "ko-KR")},
		{"admin reads only Swedish", "th", "th", "kefu · จัดการร้านค้า", "ต้องเปิดใช้ JavaScript", signedIn("hans@shop.example", "sv")},
		{"Hong Kong admin, mainland browser", "zh-CN", "zh-Hant", "kefu · 商店管理", "需要啟用 JavaScript", signedIn("kawai@shop.example", "zh-HK")},
		{"Arabic admin, English browser", "en", "ar", "kefu · إدارة المتجر", "JavaScript", signedIn("layla@shop.example", "ar")},
		{"Russian browser", "ru-RU,ru;q=0.9,en;q=0.5", "ru", "kefu · управление магазином", "нужен JavaScript", anonymous},
		{"Turkish browser", "tr-TR", "tr", "kefu · mağaza yönetimi", "JavaScript gerekir", anonymous},
		{"Filipino browser", "fil-PH,fil;q=0.9", "fil", "kefu · admin ng tindahan", "Kailangan ng JavaScript", anonymous},
		{"Tagalog browser reads Filipino", "tl-PH,en;q=0.5", "fil", "kefu · admin ng tindahan", "Kailangan ng JavaScript", anonymous},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", e.HTTP.URL+"/admin", nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Language", tc.accept)
			}
			res, err := tc.client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			body := string(b)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET /admin: %d", res.StatusCode)
			}
			dir := "ltr" // Arabic is written right to left
			if tc.lang == "ar" {
				dir = "rtl"
			}
			for _, want := range []string{`<html lang="` + tc.lang + `" dir="` + dir + `">`, "<title>" + tc.title + "</title>", tc.noscript} {
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %q", want)
				}
			}
		})
	}
}
