package http

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes fails when a /v1 route is missing from the
// OpenAPI document or the document lists an operation that is not served.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal([]byte(openAPI), &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0") {
		t.Errorf("openapi = %q, want 3.0.x", doc.OpenAPI)
	}
	var documented []string
	for path, item := range doc.Paths {
		for method := range item {
			switch method {
			case "get", "put", "post", "delete", "options", "head", "patch", "trace":
				documented = append(documented, strings.ToUpper(method)+" "+path)
			}
		}
	}
	var served []string
	for _, rt := range (&Server{}).routes() {
		if strings.HasPrefix(rt.pattern, "/v1/") {
			served = append(served, rt.method+" "+rt.pattern)
		}
	}
	slices.Sort(documented)
	slices.Sort(served)
	for _, r := range served {
		if !slices.Contains(documented, r) {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for _, d := range documented {
		if !slices.Contains(served, d) {
			t.Errorf("openapi.json lists %s, which is not served", d)
		}
	}
}

// TestOpenAPIRefsResolve checks that every $ref points at a component.
func TestOpenAPIRefsResolve(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(openAPI), &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if k == "$ref" {
					ref, _ := x.(string)
					var node any = doc
					for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
						m, ok := node.(map[string]any)
						if !ok {
							node = nil
							break
						}
						node = m[part]
					}
					if node == nil {
						t.Errorf("$ref %q does not resolve", ref)
					}
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
}

func TestPanicRecovery(t *testing.T) {
	s := &Server{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h := s.observe(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic("boom")
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/x", nil))
	if rec.Code != 500 {
		t.Fatalf("status = %d", rec.Code)
	}
	var e ErrorResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code != "internal" || strings.Contains(rec.Body.String(), "boom") {
		t.Errorf("body = %s", rec.Body)
	}
}

func TestFormatPrice(t *testing.T) {
	tests := []struct {
		minor    int64
		currency string
		want     string
	}{
		{129900, "USD", "1,299.00 USD"},
		{5, "EUR", "0.05 EUR"},
		{-1050, "EUR", "-10.50 EUR"},
		{1200000, "JPY", "1,200,000 JPY"},
		{100, "", "1.00"},
	}
	for _, tt := range tests {
		if got := formatPrice(tt.minor, tt.currency); got != tt.want {
			t.Errorf("formatPrice(%d, %q) = %q, want %q", tt.minor, tt.currency, got, tt.want)
		}
	}
}

func TestConversationToken(t *testing.T) {
	tests := []struct {
		tok            string
		tenant, secret string
		ok             bool
	}{
		{"shop.abc", "shop", "abc", true},
		{"shop.a.b", "shop", "a.b", true},
		{"shop.", "", "", false},
		{".abc", "", "", false},
		{"Shop.abc", "", "", false},
		{"noseparator", "", "", false},
	}
	for _, tt := range tests {
		tenant, secret, ok := splitConversationToken(tt.tok)
		if tenant != tt.tenant || secret != tt.secret || ok != tt.ok {
			t.Errorf("split(%q) = %q, %q, %v", tt.tok, tenant, secret, ok)
		}
	}
}

func TestTextDirection(t *testing.T) {
	for lang, want := range map[string]string{"ar": "rtl", "ar-EG": "rtl", "he": "rtl", "en": "ltr", "zh-Hant": "ltr", "": "ltr"} {
		if got := textDirection(lang); got != want {
			t.Errorf("textDirection(%q) = %q, want %q", lang, got, want)
		}
	}
}
