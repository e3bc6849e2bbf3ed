package http

import (
	"net/http"
	"net/url"

	"github.com/kefu-ai/kefu"
)

// The dashboard: one page (GET /dashboard) for a shop's owners and admins
// that charts the analytics API (/v1/analytics/*) with the filters in its
// URL, so that a view can be shared. Unlike /admin, the server checks the
// session before it sends the page: an anonymous visitor (or an expired
// session) is sent to the admin sign-in with a next= back to the same
// view, and an agent without the admin role gets 403 and the page's
// refusal. Everything else is loaded by dashboard.js through the API,
// which checks the session again on every request. See docs/dashboard.md.

// dashboardPage is the data of dashboard.html.
type dashboardPage struct {
	// Refused is set for a signed-in agent who may not see the dashboard;
	// the page then shows only who they are.
	Refused bool
	Agent   string // the agent's name, else email
	Role    string // owner, admin or agent
	Shop    string // the shop's name
	ShopID  string
	// CSRF is the session's token, which the page sends with the
	// insight actions (POST) in X-CSRF-Token.
	CSRF string
}

// handleDashboardPage serves the dashboard to a signed-in owner or admin.
// It may not be framed.
func (s *Server) handleDashboardPage(w http.ResponseWriter, r *http.Request) {
	au, err := s.authAgent(r, false)
	if kefu.ErrorCode(err) == kefu.EUNAUTHORIZED {
		// The admin page's sign-in comes back here (admin.js accepts
		// only a next= under /dashboard).
		http.Redirect(w, r, "/admin?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	} else if err != nil {
		s.pageError(w, r, err)
		return
	}
	t, err := s.Store.FindTenantByID(r.Context(), au.agent.TenantID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := dashboardPage{Agent: au.agent.Name, Role: string(au.agent.Role), Shop: t.Name, ShopID: t.ID}
	if p.Agent == "" {
		p.Agent = au.agent.Email
	}
	if p.Shop == "" {
		p.Shop = t.ID
	}
	if !canAdminister(au.agent) {
		p.Refused = true
		s.renderPage(w, r, http.StatusForbidden, "dashboard.html", p, "'none'")
		return
	}
	p.CSRF = s.csrfToken(au.sess)
	s.renderPage(w, r, http.StatusOK, "dashboard.html", p, "'none'")
}
