package http

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
)

// ProfileRefresher recomputes a customer's order- and event-derived
// profile traits (profile.Builder).
type ProfileRefresher interface {
	Refresh(ctx context.Context, tenantID, customerID string) error
}

// profileRoutes are the admin API's customer profile routes
// (docs/customer-profiles.md); POST /v1/events and the conversation's
// customer's own GET and DELETE /v1/conversations/{id}/profile are in
// the main route table.
func (s *Server) profileRoutes() []route {
	return []route{
		{"GET", "/v1/customers/{external_id}/profile", s.admin(false, handleGetProfile)},
		{"DELETE", "/v1/customers/{external_id}/profile", s.admin(true, handleForgetProfile)},
		{"PUT", "/v1/customers/{external_id}/profile/{kind}/{value}", s.admin(true, handlePutTrait)},
		{"DELETE", "/v1/customers/{external_id}/profile/{kind}/{value}", s.admin(true, handleForgetProfile)},
	}
}

// EventItem is one behaviour event of POST /v1/events.
type EventItem struct {
	// ID is the shop's event ID, unique in the shop: sending it again
	// changes nothing.
	ID                 string    `json:"id"`
	CustomerExternalID string    `json:"customer_external_id"`
	Type               string    `json:"type"`
	SKU                string    `json:"sku"`
	DwellMS            int64     `json:"dwell_ms,omitempty"`
	At                 time.Time `json:"at,omitzero"`
}

// EventsRequest is the body of POST /v1/events.
type EventsRequest struct {
	Events []json.RawMessage `json:"events"`
}

// EventsResponse answers POST /v1/events: how many events were taken
// (new and already known).
type EventsResponse struct {
	Accepted int `json:"accepted"`
}

// handlePostEvents records a batch of behaviour events, all or none. Any
// API key of the shop may send them (a chat key is what a shop's site
// backend holds): events only add weak evidence of taste, and nothing of
// a profile can be read back with that key.
func (s *Server) handlePostEvents(w http.ResponseWriter, r *http.Request) {
	tenantID, err := s.authTenant(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req EventsRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	switch {
	case req.Events == nil:
		s.Error(w, r, kefu.Invalidf("events", "events is required: send {\"events\":[...]}"))
		return
	case len(req.Events) == 0:
		s.Error(w, r, kefu.Invalidf("events", "events is empty"))
		return
	case len(req.Events) > kefu.MaxBehaviourEvents:
		s.Error(w, r, kefu.Errorf(kefu.ETOOLARGE, "a batch has at most %d events; this one has %d", kefu.MaxBehaviourEvents, len(req.Events)))
		return
	}
	ctx := r.Context()
	be := &batchError{}
	es := make([]*kefu.BehaviourEvent, 0, len(req.Events))
	customers := map[string]string{} // external ID -> ID, "" when unknown
	for i, raw := range req.Events {
		var it EventItem
		if err := strictJSON(raw, &it); err != nil {
			be.add(itemError(i, err))
			continue
		}
		if err := checkID("customer_external_id", it.CustomerExternalID); err != nil {
			be.add(itemError(i, err))
			continue
		}
		id, ok := customers[it.CustomerExternalID]
		if !ok {
			c, err := s.Store.FindCustomerByExternalID(ctx, tenantID, it.CustomerExternalID)
			switch {
			case kefu.ErrorCode(err) == kefu.ENOTFOUND:
			case err != nil:
				s.Error(w, r, err)
				return
			default:
				id = c.ID
			}
			customers[it.CustomerExternalID] = id
		}
		if id == "" {
			be.add(itemError(i, kefu.Invalidf("customer_external_id", "customer %q does not exist: send the customer first", it.CustomerExternalID)))
			continue
		}
		e := &kefu.BehaviourEvent{ID: it.ID, TenantID: tenantID, CustomerID: id, Type: it.Type, SKU: it.SKU, DwellMS: it.DwellMS, At: it.At}
		if err := e.Validate(); err != nil {
			be.add(itemError(i, err))
			continue
		}
		es = append(es, e)
	}
	if be.total > 0 {
		s.Error(w, r, be)
		return
	}
	if err := s.Store.RecordBehaviourEvents(ctx, es); err != nil {
		s.Error(w, r, err)
		return
	}
	ids := make([]string, 0, len(customers))
	for _, id := range customers {
		ids = append(ids, id)
	}
	s.refresh(ctx, tenantID, ids)
	writeJSON(w, http.StatusOK, EventsResponse{Accepted: len(es)})
}

// refreshProfiles refreshes the profiles of the customers with these
// external IDs ("" and unknown ones are skipped).
func (s *Server) refreshProfiles(ctx context.Context, tenantID string, externalIDs []string) {
	if s.Profiles == nil {
		return
	}
	var ids []string
	for _, ext := range externalIDs {
		if ext == "" {
			continue
		}
		if c, err := s.Store.FindCustomerByExternalID(ctx, tenantID, ext); err == nil {
			ids = append(ids, c.ID)
		}
	}
	s.refresh(ctx, tenantID, ids)
}

// refresh recomputes the customers' profiles once each, best effort: the
// data they come from is stored, and the next refresh catches up.
func (s *Server) refresh(ctx context.Context, tenantID string, customerIDs []string) {
	if s.Profiles == nil {
		return
	}
	slices.Sort(customerIDs)
	for _, id := range slices.Compact(customerIDs) {
		if err := s.Profiles.Refresh(ctx, tenantID, id); err != nil {
			s.logger().WarnContext(ctx, "customer profile not refreshed", slog.String("tenant", tenantID),
				slog.String("customer", id), slog.Any("err", err))
		}
	}
}

// ProfileResponse is what kefu remembers of a customer: for each trait
// kind, the values it believes now, strongest first (kefu.Belief), and
// the traits they come from. Traits recomputed to nothing (confidence
// 0) are left out.
type ProfileResponse struct {
	CustomerExternalID string                   `json:"customer_external_id,omitempty"`
	Beliefs            map[string][]kefu.Belief `json:"beliefs"`
	Traits             []kefu.Trait             `json:"traits"`
	// Anonymous says the conversation has no customer, so nothing is
	// remembered (conversation and console routes only).
	Anonymous bool `json:"anonymous,omitempty"`
}

// profileResponse resolves p at now.
func profileResponse(p *kefu.CustomerProfile, externalID string, now time.Time) *ProfileResponse {
	resp := &ProfileResponse{CustomerExternalID: externalID, Beliefs: map[string][]kefu.Belief{}, Traits: []kefu.Trait{}}
	for _, k := range kefu.TraitKinds {
		if bs := p.Resolve(k, now); len(bs) > 0 {
			resp.Beliefs[k] = bs
		}
	}
	for _, t := range p.Traits {
		if t.Confidence > 0 {
			resp.Traits = append(resp.Traits, t)
		}
	}
	return resp
}

// customerByPath loads the customer of the {external_id} path parameter.
func (s *Server) customerByPath(r *http.Request, t *kefu.Tenant) (*kefu.Customer, error) {
	ext := r.PathValue("external_id")
	if err := checkID("external_id", ext); err != nil {
		return nil, err
	}
	return s.Store.FindCustomerByExternalID(r.Context(), t.ID, ext)
}

func handleGetProfile(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	c, err := s.customerByPath(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p, err := s.Store.FindCustomerProfile(r.Context(), t.ID, c.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, profileResponse(p, c.ExternalID, s.now()))
}

// TraitRequest is the body of PUT /v1/customers/{external_id}/profile/{kind}/{value}:
// what an agent (or the shop) says of the customer. It settles the value
// (kefu.CustomerProfile.Resolve) until changed again.
type TraitRequest struct {
	// Negated says the value does not hold ("not oily").
	Negated bool `json:"negated"`
	// Evidence is a note for agents ("said on the phone"); empty means
	// the agent's name when an agent writes it.
	Evidence string `json:"evidence,omitempty"`
}

func handlePutTrait(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	c, err := s.customerByPath(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req TraitRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	tr := kefu.Trait{Kind: r.PathValue("kind"), Value: r.PathValue("value"), Source: kefu.SourceAgent, Confidence: 1,
		Negated: req.Negated, Evidence: req.Evidence, UpdatedAt: s.now()}
	if err := tr.Validate(); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.Store.ObserveTraits(r.Context(), t.ID, c.ID, []kefu.Trait{tr}); err != nil {
		s.Error(w, r, err)
		return
	}
	action := "set"
	if tr.Negated {
		action = "negated"
	}
	s.logger().LogAttrs(r.Context(), slog.LevelInfo, "customer trait corrected", slog.String("tenant", t.ID),
		slog.String("customer", c.ID), slog.String("kind", tr.Kind), slog.String("value", tr.Value), slog.String("action", action),
		slog.String("by", "admin API"))
	handleGetProfile(s, w, r, t)
}

// handleForgetProfile forgets the customer's traits of {kind} and
// {value}, or all of them without.
func handleForgetProfile(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	c, err := s.customerByPath(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	kind, value := r.PathValue("kind"), r.PathValue("value")
	if kind != "" && !slices.Contains(kefu.TraitKinds, kind) {
		s.Error(w, r, kefu.Invalidf("kind", "kind %q is not one of %v", kind, kefu.TraitKinds))
		return
	}
	if err := s.Store.ForgetTraits(r.Context(), t.ID, c.ID, kind, value); err != nil {
		s.Error(w, r, err)
		return
	}
	s.logger().LogAttrs(r.Context(), slog.LevelInfo, "customer trait corrected", slog.String("tenant", t.ID),
		slog.String("customer", c.ID), slog.String("kind", kind), slog.String("value", value), slog.String("action", "forgot"),
		slog.String("by", "admin API"))
	w.WriteHeader(http.StatusNoContent)
}

// handleConversationProfile shows the customer of a conversation what
// kefu remembers of them (GET) and forgets it (DELETE, all of it, or
// ?kind= and ?value=): the widget's "what we remember about you". A
// conversation without a customer has an empty profile.
func (s *Server) handleConversationProfile(w http.ResponseWriter, r *http.Request) {
	conv, _, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	if r.Method == http.MethodDelete {
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			s.Error(w, r, kefu.Errorf(kefu.EINVALID, "malformed query"))
			return
		}
		kind := q.Get("kind")
		if kind != "" && !slices.Contains(kefu.TraitKinds, kind) {
			s.Error(w, r, kefu.Invalidf("kind", "kind %q is not one of %v", kind, kefu.TraitKinds))
			return
		}
		if conv.CustomerID != "" {
			if err := s.Store.ForgetTraits(ctx, conv.TenantID, conv.CustomerID, kind, q.Get("value")); err != nil {
				s.Error(w, r, err)
				return
			}
		}
		w.WriteHeader(http.StatusNoContent)
		return
	}
	p := &kefu.CustomerProfile{TenantID: conv.TenantID}
	if conv.CustomerID != "" {
		if p, err = s.Store.FindCustomerProfile(ctx, conv.TenantID, conv.CustomerID); err != nil {
			s.Error(w, r, err)
			return
		}
	}
	resp := profileResponse(p, "", s.now())
	resp.Anonymous = conv.CustomerID == ""
	writeJSON(w, http.StatusOK, resp)
}
