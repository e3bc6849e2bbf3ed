package http_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

// TestDashboardPageAuth checks who gets the dashboard: owners and admins
// get the page (strict CSP, not framable, the CSRF token for the insight
// actions), an agent gets 403 and the refusal without the page's
// scripts, and a visitor without a valid session is sent to the admin
// sign-in with a next= back to the same view, filters included.
func TestDashboardPageAuth(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	admin := MustCreateAdmin(t, e, "olga@shop.example", "Olga", "en")
	owner := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "owen@shop.example", Name: "Owen", Role: kefu.RoleOwner, Languages: []string{"en"}})
	// The refusal is in the agent's language; their name is text.
	wei := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "wei@shop.example", Name: "Li <b>Wei</b>", Languages: []string{"zh"}})
	som := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "som@shop.example", Name: "Somchai", Languages: []string{"th"}})
	greta := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "greta@shop.example", Name: "Greta", Languages: []string{"de"}})
	sven := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "sven@shop.example", Name: "Sven", Languages: []string{"sv"}})
	luca := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "luca@shop.example", Name: "Luca", Languages: []string{"it"}})
	piotr := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "piotr@shop.example", Name: "Piotr", Languages: []string{"pl-PL"}})
	layla := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "layla@shop.example", Name: "Layla", Languages: []string{"ar"}})
	kawai := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "kawai@shop.example", Name: "Ka Wai", Languages: []string{"yue"}})
	olga := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "olga.r@shop.example", Name: "Olga R.", Languages: []string{"ru"}})
	rosa := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: "rosa@shop.example", Name: "Rosa", Languages: []string{"tl"}})
	const view = "/dashboard?from=2026-11-01&to=2026-11-30&intent=track_order"

	tests := []struct {
		name     string
		cookie   *http.Cookie
		status   int
		location string   // for redirects
		want     []string // in the body
		not      []string // not in the body
	}{
		{name: "anonymous", status: http.StatusSeeOther, location: "/admin?next=" + url.QueryEscape(view)},
		{name: "forged cookie", cookie: &http.Cookie{Name: "kefu_console", Value: "v1.e30.AAAA"}, status: http.StatusSeeOther, location: "/admin?next=" + url.QueryEscape(view)},
		{name: "agent", cookie: e.MustLogin(t, e.Ana).Cookie, status: http.StatusForbidden,
			want: []string{`data-testid="refused"`, "Only shop owners and admins can see the dashboard", "Ana (agent)", `href="/console"`},
			not:  []string{"dashboard.js", "chart.umd", "kefu-csrf"}},
		{name: "chinese agent", cookie: e.MustLogin(t, wei).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="zh" dir="ltr">`, "只有店主和管理员可以查看数据看板", "Li &lt;b&gt;Wei&lt;/b&gt;（客服）", "客服工作台"},
			not:  []string{"Only shop owners", "<b>Wei</b>", "dashboard.js"}},
		{name: "thai agent", cookie: e.MustLogin(t, som).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="th" dir="ltr">`, "เฉพาะเจ้าของร้านและผู้ดูแลเท่านั้นที่ดูแดชบอร์ดได้", "Somchai (พนักงาน)"}},
		{name: "german agent", cookie: e.MustLogin(t, greta).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="de" dir="ltr">`, "Nur Inhaber und Administratoren des Shops können das Dashboard sehen.", "Greta (Agent)"}},
		{name: "italian agent", cookie: e.MustLogin(t, luca).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="it" dir="ltr">`, "Solo i titolari e gli amministratori del negozio possono vedere la dashboard.", "Luca (operatore)", "Console operatori"}},
		{name: "polish agent", cookie: e.MustLogin(t, piotr).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="pl" dir="ltr">`, "Pulpit mogą oglądać tylko właściciele i administratorzy sklepu.", "Piotr (konsultant)"}},
		{name: "arabic agent", cookie: e.MustLogin(t, layla).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="ar" dir="rtl">`, "لا يمكن الاطلاع على لوحة المعلومات إلا لمالكي المتجر ومشرفيه.", "Layla (موظف دعم)"}},
		{name: "cantonese agent", cookie: e.MustLogin(t, kawai).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="zh-Hant" dir="ltr">`, "只有店主和管理員可以查看資料儀表板。", "Ka Wai（客服）"},
			not:  []string{"数据看板"}},
		{name: "russian agent", cookie: e.MustLogin(t, olga).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="ru" dir="ltr">`, "Панель аналитики доступна только владельцам и администраторам магазина.", "Olga R. (оператор)"}},
		{name: "tagalog agent reads filipino", cookie: e.MustLogin(t, rosa).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="fil" dir="ltr">`, "Ang mga may-ari at admin lang ng tindahan ang makakakita ng dashboard.", "Rosa (agent)"}},
		{name: "agent in a language the page lacks", cookie: e.MustLogin(t, sven).Cookie, status: http.StatusForbidden,
			want: []string{`<html lang="en" dir="ltr">`, "Only shop owners and admins can see the dashboard", "Sven (agent)"}},
		{name: "admin", cookie: e.MustLogin(t, admin).Cookie, status: http.StatusOK,
			want: []string{`src="/static/vendor/chart.umd.min.js"`, `src="/static/dashboard.js"`, `href="/static/dashboard.css"`, `name="kefu-csrf" content="`, "Olga · admin", `id="filters"`, `href="/admin"`},
			not:  []string{`data-testid="refused"`}},
		{name: "owner", cookie: e.MustLogin(t, owner).Cookie, status: http.StatusOK,
			want: []string{`src="/static/dashboard.js"`, "Owen · owner"}},
	}
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest("GET", e.HTTP.URL+view, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tt.cookie != nil {
				req.AddCookie(tt.cookie)
			}
			res, err := noFollow.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			body := string(b)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s: %d, want %d\n%s", view, res.StatusCode, tt.status, body)
			}
			if tt.location != "" {
				if got := res.Header.Get("Location"); got != tt.location {
					t.Errorf("Location %q, want %q", got, tt.location)
				}
				return
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type %q", ct)
			}
			csp := res.Header.Get("Content-Security-Policy")
			for _, w := range []string{"default-src 'none'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'"} {
				if !strings.Contains(csp, w) {
					t.Errorf("CSP %q lacks %q", csp, w)
				}
			}
			if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q, want no-store (the page carries the CSRF token)", cc)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}

	// The page is not part of the API: POST is refused.
	if r := e.ConsoleDo(t, "POST", "/dashboard", nil, "", nil); r.Status != http.StatusMethodNotAllowed {
		t.Errorf("POST /dashboard: %d, want 405", r.Status)
	}
	// Its assets, the vendored chart library among them, are served.
	for _, asset := range []string{"/static/dashboard.js", "/static/dashboard.css", "/static/vendor/chart.umd.min.js", "/static/vendor/chart.js-LICENSE.md"} {
		r := e.ConsoleDo(t, "GET", asset, nil, "", nil)
		if r.Status != http.StatusOK || len(r.Body) == 0 {
			t.Errorf("GET %s: %d, %d bytes", asset, r.Status, len(r.Body))
		}
	}
}
