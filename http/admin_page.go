package http

import "net/http"

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
}

// handleAdminPage serves the admin page; everything on it is loaded by
// admin.js through the API. It may not be framed.
func (s *Server) handleAdminPage(w http.ResponseWriter, r *http.Request) {
	s.renderPage(w, r, http.StatusOK, "admin.html", adminPage{Demo: s.Demo}, "'none'")
}
