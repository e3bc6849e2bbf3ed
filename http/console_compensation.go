package http

import (
	"log/slog"
	"net/http"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
)

// Compensation in the console: an agent reads the ledger of the
// conversation's customer, grants a coupon or a refund with a reason, and
// revokes a grant with a reason (desk.Grant, desk.Revoke say who may).
// Every grant and revocation is logged here, with the tenant, the agent,
// the amount and the reason, like the admin API's revocations.

// consoleCompensationRoutes returns the console's compensation routes.
func (s *Server) consoleCompensationRoutes() []route {
	return []route{
		{"GET", "/console/api/conversations/{id}/compensations", s.consoleGet(s.handleConsoleCompensations)},
		{"POST", "/console/api/conversations/{id}/compensations", s.consolePost(s.handleConsoleGrant)},
		{"POST", "/console/api/compensations/{cid}/revoke", s.consolePost(s.handleConsoleRevoke)},
	}
}

func (s *Server) handleConsoleCompensations(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	out, err := s.Desk.Compensations(r.Context(), au.agent, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// GrantRequest is the body of POST .../conversations/{id}/compensations.
// Amount is in minor units of the order's currency (500 for 5.00); a
// refund without one is of the whole line or of what is left of the
// order. ClientID makes retries safe.
type GrantRequest struct {
	Order     string         `json:"order"`
	Kind      kefu.GrantKind `json:"kind"`
	Amount    int64          `json:"amount,omitempty"`
	SKU       string         `json:"sku,omitempty"`
	Reason    string         `json:"reason"`
	ClientID  string         `json:"client_id,omitempty"`
	ValidDays int            `json:"valid_days,omitempty"`
}

// handleConsoleGrant grants with a reason: 201 with the new entry, or
// 200 with the first one when the client_id granted before.
func (s *Server) handleConsoleGrant(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req GrantRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := firstError(checkField("order", req.Order, maxIDBytes), checkField("sku", req.SKU, maxIDBytes),
		checkLong("reason", req.Reason)); err != nil {
		s.Error(w, r, err)
		return
	}
	res, err := s.Desk.Grant(r.Context(), au.agent, r.PathValue("id"), desk.GrantRequest{Order: req.Order, Kind: req.Kind,
		Amount: req.Amount, SKU: req.SKU, Reason: req.Reason, ClientID: req.ClientID, ValidDays: req.ValidDays})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	status := http.StatusOK
	if res.Created {
		status = http.StatusCreated
		c := res.Entry.Compensation
		s.logger().LogAttrs(r.Context(), slog.LevelInfo, "compensation granted",
			slog.String("tenant", c.TenantID), slog.String("compensation", c.ID), slog.String("incident", c.IncidentID),
			slog.String("conversation", r.PathValue("id")), slog.String("order", c.OrderNumber),
			slog.String("kind", string(c.Kind)), slog.Int64("amount", c.Amount), slog.String("currency", c.Currency),
			slog.String("by", au.agent.ID), slog.String("reason", c.Reason))
	}
	writeJSON(w, status, res)
}

// ConsoleRevokeRequest is the body of POST
// /console/api/compensations/{cid}/revoke. ConversationID, when set,
// names the conversation (of the entry's customer) that gets a note.
type ConsoleRevokeRequest struct {
	Reason         string `json:"reason"`
	ConversationID string `json:"conversation_id,omitempty"`
}

// handleConsoleRevoke revokes a ledger entry with a reason.
func (s *Server) handleConsoleRevoke(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req ConsoleRevokeRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := checkLong("reason", req.Reason); err != nil {
		s.Error(w, r, err)
		return
	}
	e, err := s.Desk.Revoke(r.Context(), au.agent, r.PathValue("cid"), req.Reason, req.ConversationID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c := e.Compensation
	s.logger().LogAttrs(r.Context(), slog.LevelInfo, "compensation revoked",
		slog.String("tenant", c.TenantID), slog.String("compensation", c.ID), slog.String("incident", c.IncidentID),
		slog.String("kind", string(c.Kind)), slog.Int64("amount", c.Amount), slog.String("currency", c.Currency),
		slog.String("by", au.agent.ID), slog.String("reason", c.RevokeReason))
	writeJSON(w, http.StatusOK, e)
}
