package http

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/kefu-ai/kefu/desk"
)

// The customer's profile in the console: what kefu remembers of the
// conversation's customer (skin type, concerns, finish, budget…), each
// belief with its strength and sources, and the agent's corrections
// (desk.CorrectTrait). Every correction is logged here with the tenant,
// the agent, the customer and the value, like the console's grants.

// consoleProfileRoutes returns the console's customer profile routes.
func (s *Server) consoleProfileRoutes() []route {
	return []route{
		{"GET", "/console/api/conversations/{id}/profile", s.consoleGet(s.handleConsoleProfile)},
		{"POST", "/console/api/conversations/{id}/profile", s.consolePost(s.handleConsoleCorrectTrait)},
	}
}

func (s *Server) handleConsoleProfile(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	p, err := s.Desk.Profile(r.Context(), au.agent, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp := profileResponse(p, "", s.now())
	resp.Anonymous = p.CustomerID == ""
	writeJSON(w, http.StatusOK, resp)
}

// handleConsoleCorrectTrait takes a desk.TraitCorrection and answers
// with the profile after it.
func (s *Server) handleConsoleCorrectTrait(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req desk.TraitCorrection
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	p, err := s.Desk.CorrectTrait(r.Context(), au.agent, r.PathValue("id"), req)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	action := "set"
	switch {
	case req.Forget:
		action = "forgot"
	case req.Negated:
		action = "negated"
	}
	s.logger().LogAttrs(r.Context(), slog.LevelInfo, "customer trait corrected",
		slog.String("tenant", p.TenantID), slog.String("customer", p.CustomerID), slog.String("conversation", r.PathValue("id")),
		slog.String("kind", req.Kind), slog.String("value", req.Value), slog.String("action", action),
		slog.String("by", au.agent.ID), slog.Time("at", s.now().Truncate(time.Second)))
	writeJSON(w, http.StatusOK, profileResponse(p, "", s.now()))
}
