package http

import (
	"net/http"
	"time"

	"github.com/kefu-ai/kefu"
)

// The agents' at-risk list: the shop's deliveries the proactive scan
// found at risk of arriving late (docs/proactive.md), soonest first, with
// the customer's name, why, and whether kefu wrote to them.

// AtRiskLookback keeps deliveries whose slot passed this recently on the
// list, so that agents see the ones the customers may be asking about.
const AtRiskLookback = 6 * time.Hour

// MaxAtRisk is the most at-risk deliveries the console lists.
const MaxAtRisk = 200

// AtRiskItem is one at-risk delivery of the console's list.
type AtRiskItem struct {
	*kefu.RiskNotice
	CustomerName string `json:"customer_name,omitempty"`
}

// AtRiskResponse is the console's at-risk list.
type AtRiskResponse struct {
	Orders []AtRiskItem `json:"orders"`
	// Threshold is the probability from which the shop counts a delivery
	// at risk; Enabled says whether kefu writes first.
	Threshold float64 `json:"threshold"`
	Enabled   bool    `json:"enabled"`
	// Timezone is the shop's, in which the console shows the slots.
	Timezone string `json:"timezone,omitempty"`
}

func (s *Server) handleAtRisk(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	ctx := r.Context()
	t, err := s.Store.FindTenantByID(ctx, au.agent.TenantID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ns, err := s.Store.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: t.ID, SlotFrom: s.now().Add(-AtRiskLookback), Limit: MaxAtRisk})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp := AtRiskResponse{Orders: make([]AtRiskItem, 0, len(ns)), Threshold: t.Settings.Proactive.RiskThreshold(),
		Enabled: t.Settings.Proactive != nil && t.Settings.Proactive.Enabled, Timezone: t.Settings.Timezone}
	names := map[string]string{}
	for _, n := range ns {
		name, ok := names[n.CustomerID]
		if !ok && n.CustomerID != "" {
			if c, err := s.Store.FindCustomerByID(ctx, t.ID, n.CustomerID); err == nil {
				name = c.Name
			}
			names[n.CustomerID] = name
		}
		resp.Orders = append(resp.Orders, AtRiskItem{RiskNotice: n, CustomerName: name})
	}
	writeJSON(w, http.StatusOK, resp)
}
