package http_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

const evil = `<script>alert("x")</script>`

func TestPagesEscapeReflectedValues(t *testing.T) {
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Demo = true })
	// A product name is shop data, untrusted too.
	if err := e.Store.UpsertProduct(context.Background(), &kefu.Product{TenantID: shop, SKU: "X1", Name: evil, Price: 129900, Currency: "USD"}); err != nil {
		t.Fatal(err)
	}
	q := url.QueryEscape(evil)
	tests := []struct {
		name   string
		path   string
		status int
	}{
		{"unknown tenant", "/?tenant=" + q, 404},
		{"customer", "/?tenant=" + shop + "&customer=" + q, 200},
		{"widget page customer", "/widget/" + shop + "?customer=" + q + "&signature=" + q + "&language=" + q, 200},
		{"widget page tenant", "/widget/" + q, 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, "GET", tt.path, "", "", nil)
			if res.Status != tt.status {
				t.Fatalf("status = %d, want %d: %s", res.Status, tt.status, res.Body)
			}
			body := string(res.Body)
			if strings.Contains(body, "<script>alert") || strings.Contains(body, `alert("x")`) {
				t.Errorf("unescaped value in page:\n%s", body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type = %q", ct)
			}
			csp := res.Header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
}

func TestDemoPage(t *testing.T) {
	tests := []struct {
		name          string
		demo          bool
		path          string
		wantContains  []string
		wantAbsent    []string
		frameAncestor string
	}{
		{
			name: "demo signs the default customer",
			demo: true, path: "/?tenant=" + shop,
			wantContains: []string{`data-tenant="shop"`, `data-customer="c-1001"`, `data-signature="` + khttp.SignCustomer(widgetKey, "c-1001") + `"`, `id="shop-customer"`, `<option value="other"`},
		},
		{
			name: "demo anonymous",
			demo: true, path: "/?tenant=" + shop + "&customer=",
			wantContains: []string{`data-customer=""`, `data-signature=""`},
		},
		{
			name: "demo, shop without a widget secret",
			demo: true, path: "/?tenant=" + nosecret,
			wantContains: []string{`data-customer=""`, "no widget secret"},
		},
		{
			name: "not demo: no sign-in, no signature",
			demo: false, path: "/?tenant=" + shop + "&customer=c-1001",
			wantContains: []string{`data-tenant="shop"`, `data-customer=""`},
			wantAbsent:   []string{`id="shop-customer"`, khttp.SignCustomer(widgetKey, "c-1001"), `<option value="other"`},
		},
		{
			name: "widget disabled: no widget",
			demo: true, path: "/?tenant=" + other,
			wantContains: []string{"not enabled"},
			wantAbsent:   []string{"widget.js"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := MustOpenEnv(t, func(s *khttp.Server) { s.Demo = tt.demo })
			res := e.Do(t, "GET", tt.path, "", "", nil)
			if res.Status != 200 {
				t.Fatalf("status %d: %s", res.Status, res.Body)
			}
			for _, s := range tt.wantContains {
				if !strings.Contains(string(res.Body), s) {
					t.Errorf("page lacks %q", s)
				}
			}
			for _, s := range tt.wantAbsent {
				if strings.Contains(string(res.Body), s) {
					t.Errorf("page has %q", s)
				}
			}
			if got := res.Header.Get("X-Frame-Options"); got != "DENY" {
				t.Errorf("X-Frame-Options = %q, want DENY", got)
			}
		})
	}
}

func TestWidgetPageMayBeFramed(t *testing.T) {
	e := MustOpenEnv(t, nil)
	res := e.Do(t, "GET", "/widget/"+shop+"?language=zh", "", "", nil)
	if res.Status != 200 {
		t.Fatalf("status %d", res.Status)
	}
	if got := res.Header.Get("X-Frame-Options"); got != "" {
		t.Errorf("X-Frame-Options = %q, want none", got)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors *") {
		t.Errorf("CSP = %q", csp)
	}
	if !strings.Contains(string(res.Body), `data-language="zh"`) || !strings.Contains(string(res.Body), `data-mode="page"`) {
		t.Errorf("body = %s", res.Body)
	}
	// A shop with the widget disabled has no widget page.
	if res := e.Do(t, "GET", "/widget/"+other, "", "", nil); res.Status != 404 {
		t.Errorf("disabled widget page: %d", res.Status)
	}
}

func TestStatic(t *testing.T) {
	e := MustOpenEnv(t, nil)
	tests := []struct {
		method string
		path   string
		header [2]string // one request header, if any
		status int
		ctype  string
		code   string // for errors: the JSON error code
	}{
		{"GET", "/static/widget.js", [2]string{}, 200, "text/javascript", ""},
		{"GET", "/static/widget.css", [2]string{}, 200, "text/css", ""},
		{"GET", "/static/shop.css", [2]string{}, 200, "text/css", ""},
		{"HEAD", "/static/widget.js", [2]string{}, 200, "text/javascript", ""},
		{"GET", "/static/widget.js", [2]string{"Range", "bytes=0-9"}, 206, "text/javascript", ""},
		// Every error under /static is JSON.
		{"GET", "/static/", [2]string{}, 404, "application/json", kefu.ENOTFOUND},
		{"GET", "/static", [2]string{}, 404, "application/json", kefu.ENOTFOUND},
		{"GET", "/static/nope.js", [2]string{}, 404, "application/json", kefu.ENOTFOUND},
		{"GET", "/static/nope/", [2]string{}, 404, "application/json", kefu.ENOTFOUND},
		{"GET", "/static/../web.go", [2]string{}, 404, "application/json", kefu.ENOTFOUND},
		{"GET", "/static/index.html", [2]string{}, 404, "application/json", kefu.ENOTFOUND},
		{"POST", "/static/widget.js", [2]string{}, 405, "application/json", kefu.EINVALID},
		{"DELETE", "/static/widget.js", [2]string{}, 405, "application/json", kefu.EINVALID},
		{"GET", "/static/widget.js", [2]string{"Range", "bytes=999999999-"}, 416, "application/json", kefu.EINVALID},
		{"GET", "/static/widget.js", [2]string{"If-Match", `"nope"`}, 412, "application/json", kefu.EPRECONDITION},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path+" "+tt.header[0], func(t *testing.T) {
			req, err := http.NewRequest(tt.method, e.HTTP.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tt.header[0] != "" {
				req.Header.Set(tt.header[0], tt.header[1])
			}
			resp, err := e.HTTP.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			res := Response{Status: resp.StatusCode, Header: resp.Header, Body: body}
			if tt.code != "" {
				CheckError(t, res, tt.status, tt.code)
				return
			}
			if res.Status != tt.status {
				t.Fatalf("status = %d, want %d", res.Status, tt.status)
			}
			if !strings.HasPrefix(res.Header.Get("Content-Type"), tt.ctype) {
				t.Errorf("Content-Type = %q", res.Header.Get("Content-Type"))
			}
			if res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no nosniff")
			}
		})
	}
}

func TestWidgetScriptUsesTextContentOnly(t *testing.T) {
	e := MustOpenEnv(t, nil)
	js := string(e.Do(t, "GET", "/static/widget.js", "", "", nil).Body)
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
		if strings.Contains(js, bad) {
			t.Errorf("widget.js uses %s", bad)
		}
	}
	for _, hook := range []string{"kefu-launcher", "kefu-input", "kefu-send", "data-author", "sessionStorage", "client_message_id"} {
		if !strings.Contains(js, hook) {
			t.Errorf("widget.js lacks %q", hook)
		}
	}
}

func TestMiddleware(t *testing.T) {
	e := MustOpenEnv(t, nil)
	t.Run("request ID", func(t *testing.T) {
		res := e.Do(t, "GET", "/healthz", "", "", nil)
		if id := res.Header.Get("X-Request-ID"); !strings.HasPrefix(id, "req_") {
			t.Errorf("X-Request-ID = %q", id)
		}
		req, _ := http.NewRequest("GET", e.HTTP.URL+"/healthz", nil)
		req.Header.Set("X-Request-ID", "abc-123")
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if got := r.Header.Get("X-Request-ID"); got != "abc-123" {
			t.Errorf("X-Request-ID = %q, want the caller's", got)
		}
		req.Header.Set("X-Request-ID", "bad id\twith spaces")
		r, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if got := r.Header.Get("X-Request-ID"); !strings.HasPrefix(got, "req_") {
			t.Errorf("X-Request-ID = %q, want a fresh one", got)
		}
	})
	t.Run("security headers", func(t *testing.T) {
		res := e.Do(t, "GET", "/v1/conversations/x", "", "", nil)
		for h, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"X-Frame-Options":        "DENY",
			"Cache-Control":          "no-store",
		} {
			if got := res.Header.Get(h); got != want {
				t.Errorf("%s = %q, want %q", h, got, want)
			}
		}
	})
	t.Run("unknown route is JSON 404", func(t *testing.T) {
		CheckError(t, e.Do(t, "GET", "/v1/nothing", "", "", nil), 404, kefu.ENOTFOUND)
	})
	t.Run("wrong method is JSON 405", func(t *testing.T) {
		res := e.Do(t, "DELETE", "/v1/conversations", e.Key, "", nil)
		CheckError(t, res, 405, kefu.EINVALID)
		if res.Header.Get("Allow") == "" {
			t.Error("no Allow header")
		}
	})
	t.Run("CORS preflight", func(t *testing.T) {
		req, _ := http.NewRequest("OPTIONS", e.HTTP.URL+"/v1/widget/shop/conversations", nil)
		req.Header.Set("Origin", "https://shop.example")
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != 204 || r.Header.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(r.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
			t.Errorf("preflight: %d %v", r.StatusCode, r.Header)
		}
	})
	t.Run("healthz", func(t *testing.T) {
		if res := e.Do(t, "GET", "/healthz", "", "", nil); res.Status != 200 || !strings.Contains(string(res.Body), `"ok"`) {
			t.Errorf("%d %s", res.Status, res.Body)
		}
	})
	t.Run("openapi served", func(t *testing.T) {
		res := e.Do(t, "GET", "/v1/openapi.json", "", "", nil)
		if res.Status != 200 || !strings.Contains(string(res.Body), `"openapi": "3.0`) {
			t.Errorf("%d %.100s", res.Status, res.Body)
		}
	})
}

func TestOpenClose(t *testing.T) {
	e := MustOpenEnv(t, nil)
	s := &khttp.Server{Addr: "127.0.0.1:0", Store: e.Store, Turns: e.Server.Turns, Events: e.Bus}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.URL(), "http://127.0.0.1:") || strings.HasSuffix(s.URL(), ":0") {
		t.Errorf("URL = %q", s.URL())
	}
	res, err := http.Get(s.URL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("healthz = %d", res.StatusCode)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get(s.URL() + "/healthz"); err == nil {
		t.Error("server still answers after Close")
	}
}
