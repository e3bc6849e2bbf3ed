package http

import (
	"net/http"

	"golang.org/x/text/language"

	"github.com/kefu-ai/kefu"
)

// The admin pages: one page (GET /admin) whose script, admin.js, signs in
// through the console's login (POST /console/login, the same session
// cookie) and then works only through the admin API under /v1 with the
// session's CSRF token on every change. Agents without the admin role
// see a refusal; the API refuses them too, so the page hides nothing the
// API would give. The page is documented in docs/admin.md, not in the
// OpenAPI document.

// adminPage is the data of admin.html.
type adminPage struct {
	Demo bool
	// Lang and Text are the page's language and the texts the server
	// writes (the rest is translated by admin.js, which chooses the same
	// language: docs/admin.md#languages).
	Lang string
	Text adminText
}

// Dir is the page's writing direction, "rtl" for Arabic.
func (p adminPage) Dir() string { return langDir(p.Lang) }

// adminText is what admin.html says before (or without) its script.
type adminText struct {
	Title, NoScript string
}

// adminTexts are adminText in the languages of admin.js's TEXT; Title
// is its "title".
var adminTexts = map[string]adminText{
	"en": {"kefu · shop admin", "The shop admin pages need JavaScript."},
	"zh": {"kefu · 店铺管理", "店铺管理页面需要启用 JavaScript。"},
	"es": {"kefu · administración de la tienda", "Las páginas de administración de la tienda necesitan JavaScript."},
	"th": {"kefu · จัดการร้านค้า", "หน้าจัดการร้านค้าต้องเปิดใช้ JavaScript"},
	"ja": {"kefu · ショップ管理", "ショップ管理ページを利用するには JavaScript を有効にしてください。"},
	"ko": {"kefu · 쇼핑몰 관리", "쇼핑몰 관리 페이지를 사용하려면 JavaScript를 켜야 합니다."},
	"vi": {"kefu · quản lý cửa hàng", "Các trang quản lý cửa hàng cần bật JavaScript."},
	"id": {"kefu · admin toko", "Halaman admin toko memerlukan JavaScript."},
	"ms": {"kefu · pentadbiran kedai", "Halaman pentadbiran kedai memerlukan JavaScript."},
	"pt": {"kefu · administração da loja", "As páginas de administração da loja precisam de JavaScript."},
	"fr": {"kefu · administration de la boutique", "Les pages d'administration de la boutique nécessitent JavaScript."},
	"de": {"kefu · Shop-Verwaltung", "Die Seiten der Shop-Verwaltung benötigen JavaScript."},

	// After German, a block of its own, so that the longer "zh-Hant"
	// does not realign the lines above.
	"ar":      {"kefu · إدارة المتجر", "تحتاج صفحات إدارة المتجر إلى JavaScript."},
	"zh-Hant": {"kefu · 商店管理", "商店管理頁面需要啟用 JavaScript。"},
	"ru":      {"kefu · управление магазином", "Для страниц управления магазином нужен JavaScript."},
	"tr":      {"kefu · mağaza yönetimi", "Mağaza yönetimi sayfaları için JavaScript gerekir."},

	// Filipino has a three-letter tag (adminLanguage reads Tagalog's tl as fil).
	"fil": {"kefu · admin ng tindahan", "Kailangan ng JavaScript ang mga page ng admin ng tindahan."},

	"it": {"kefu · gestione negozio", "Le pagine di gestione del negozio richiedono JavaScript."},
	"nl": {"kefu · winkelbeheer", "De pagina's van het winkelbeheer hebben JavaScript nodig."},
	"pl": {"kefu · zarządzanie sklepem", "Strony zarządzania sklepem wymagają JavaScriptu."},
}

// adminLanguage chooses the admin page's language as admin.js does: for
// a signed-in agent (a non-nil) the first of their languages the page
// speaks, or the shop's default language when they list none; then the
// browser's languages (Accept-Language, most preferred first); then
// English. Traditional Chinese and Cantonese read zh-Hant, Tagalog (tl)
// Filipino (fil) (pageLanguage).
func adminLanguage(a *kefu.Agent, t *kefu.Tenant, acceptLanguage string) string {
	var tags []string
	if a != nil {
		tags = a.Languages
		if len(tags) == 0 {
			tags = []string{agentLanguage(a, t)}
		}
	}
	browser, _, _ := language.ParseAcceptLanguage(acceptLanguage) // sorted by q; a bad header reads as none
	for _, b := range browser {
		tags = append(tags, b.String())
	}
	has := func(l string) bool { _, ok := adminTexts[l]; return ok }
	for _, tag := range tags {
		if l := pageLanguage(tag, has); l != "" {
			return l
		}
	}
	return "en"
}

// handleAdminPage serves the admin page; everything on it is loaded by
// admin.js through the API. It may not be framed. A signed-in agent gets
// it in their language, anyone else in the browser's.
func (s *Server) handleAdminPage(w http.ResponseWriter, r *http.Request) {
	var agent *kefu.Agent
	var tenant *kefu.Tenant
	if au, err := s.authAgent(r, false); err == nil {
		agent = au.agent
		// Without the shop (a store error) the agent's own languages
		// still count; the page works the same.
		tenant, _ = s.Store.FindTenantByID(r.Context(), au.agent.TenantID)
	}
	lang := adminLanguage(agent, tenant, r.Header.Get("Accept-Language"))
	s.renderPage(w, r, http.StatusOK, "admin.html", adminPage{Demo: s.Demo, Lang: lang, Text: adminTexts[lang]}, "'none'")
}
