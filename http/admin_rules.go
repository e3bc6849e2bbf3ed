package http

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
)

// Compensation in the admin API: the shop's rules as an admin kind (a
// rule that does not compile is refused, with its position, and the
// stored version stays), a dry run of rules over the recorded incidents,
// and the ledger, whose entries an admin may revoke.

// Dry-run limits.
const (
	// MaxDryRunIncidents is the most incidents one dry run evaluates.
	MaxDryRunIncidents = 10_000
	// MaxDryRunRules is the most draft rules a dry run takes.
	MaxDryRunRules = 100
)

// ruleRoutes returns the rules kind's routes and the compensation routes.
func (s *Server) ruleRoutes() []route {
	return append(s.ruleKind().routes(s),
		route{"POST", "/v1/rules/dry-run", s.admin(true, handleDryRun)},
		route{"GET", "/v1/compensations", s.admin(false, handleCompensations)},
		route{"POST", "/v1/compensations/{id}/revoke", s.admin(true, handleRevoke)},
	)
}

// checkRuleItem validates a rule as the admin API takes it: its fields,
// and its When compiled (EINVALID about "when" with line and column).
func checkRuleItem(t *kefu.Tenant, r *kefu.Rule) error {
	r.TenantID, r.Version, r.UpdatedAt = t.ID, 0, time.Time{}
	if r.Grant.Kind == kefu.GrantCoupon && r.Grant.Currency == "" {
		r.Grant.Currency = t.Settings.Currency
	}
	if err := firstError(checkID("id", r.ID), checkField("name", r.Name, maxNameBytes)); err != nil {
		return err
	}
	return compensation.CheckRule(r)
}

// Rules are named by the shop's own rule id. Every change makes a new
// version (the ledger names the version that granted); the list is by
// id, and GET gives the current version.
func (s *Server) ruleKind() *adminKind[kefu.Rule] {
	return &adminKind[kefu.Rule]{
		name: "rules", noun: "rule", idNames: []string{"id"}, filters: []string{"enabled"},
		id:    func(r *kefu.Rule) []string { return []string{r.ID} },
		setID: func(r *kefu.Rule, id []string) { r.ID = id[0] },
		check: checkRuleItem,
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, r *kefu.Rule) error {
			cp := *r
			return tx.UpsertRule(ctx, &cp)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*kefu.Rule, error) {
			return st.FindRuleByID(ctx, t.ID, id[0])
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*kefu.Rule, error) {
			f := kefu.RuleFilter{TenantID: t.ID, ByID: true, Limit: q.limit}
			switch q.filters["enabled"] {
			case "", "false":
			case "true":
				f.EnabledOnly = true
			default:
				return nil, kefu.Invalidf("enabled", "enabled must be true or false")
			}
			if q.after != nil {
				f.After = q.after[0]
			}
			return st.FindRules(ctx, f)
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteRule(ctx, t.ID, id[0])
		},
		changed: s.changed("rules"),
	}
}

// DryRunRequest is the body of POST /v1/rules/dry-run. Rules are drafts,
// which need not be saved: they replace the shop's rules of the same id
// and join the others, or, with OnlyDrafts, are evaluated alone. Without
// drafts the shop's rules are evaluated as they are. Since (included) and
// Until (excluded, default now) bound the incidents' times.
type DryRunRequest struct {
	Rules      []kefu.Rule `json:"rules,omitempty"`
	OnlyDrafts bool        `json:"only_drafts,omitempty"`
	Since      time.Time   `json:"since"`
	Until      time.Time   `json:"until,omitzero"`
}

// DryRunResponse answers a dry run. Source says what was replayed: the
// incidents kefu recorded when it handled them ("incidents"), with their
// facts as they were then; Limited says there were more than
// MaxDryRunIncidents and only the first were evaluated.
type DryRunResponse struct {
	Source  string    `json:"source"`
	Since   time.Time `json:"since"`
	Until   time.Time `json:"until"`
	Limited bool      `json:"limited,omitempty"`
	*compensation.DryRunResult
}

// handleDryRun replays rules over the shop's recorded incidents and says
// what each would have granted and at what cost. It grants nothing.
func handleDryRun(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	data, err := readJSONBody(w, r, MaxBatchBytes)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req DryRunRequest
	if err := strictJSON(data, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Until.IsZero() {
		req.Until = s.now()
	}
	switch {
	case req.Since.IsZero():
		s.Error(w, r, kefu.Invalidf("since", "since is required: an RFC 3339 time like 2026-05-01T00:00:00Z"))
		return
	case !req.Until.After(req.Since):
		s.Error(w, r, kefu.Invalidf("until", "until is not after since"))
		return
	case len(req.Rules) > MaxDryRunRules:
		s.Error(w, r, kefu.Errorf(kefu.ETOOLARGE, "a dry run takes at most %d draft rules", MaxDryRunRules))
		return
	case req.OnlyDrafts && len(req.Rules) == 0:
		s.Error(w, r, kefu.Invalidf("rules", "only_drafts needs rules"))
		return
	}
	drafts := map[string]bool{}
	var rules []*kefu.Rule
	for i := range req.Rules {
		d := &req.Rules[i]
		if err := checkRuleItem(t, d); err != nil {
			s.Error(w, r, kefu.InList("rules", i, err))
			return
		}
		if drafts[d.ID] {
			s.Error(w, r, kefu.InList("rules", i, kefu.Invalidf("id", "another draft has the id %q", d.ID)))
			return
		}
		drafts[d.ID] = true
		rules = append(rules, d)
	}
	ctx := r.Context()
	if !req.OnlyDrafts {
		stored, err := s.Store.FindRules(ctx, kefu.RuleFilter{TenantID: t.ID})
		if err != nil {
			s.Error(w, r, err)
			return
		}
		for _, st := range stored {
			if !drafts[st.ID] {
				rules = append(rules, st)
			}
		}
	}
	ins, err := s.Store.FindIncidents(ctx, kefu.IncidentFilter{TenantID: t.ID, Since: req.Since, Until: req.Until,
		Limit: MaxDryRunIncidents + 1})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp := DryRunResponse{Source: "incidents", Since: req.Since, Until: req.Until}
	if len(ins) > MaxDryRunIncidents {
		ins, resp.Limited = ins[:MaxDryRunIncidents], true
	}
	var e compensation.Engine
	resp.DryRunResult = e.DryRun(rules, ins)
	writeJSON(w, http.StatusOK, resp)
}

// CompensationList is the answer of GET /v1/compensations. Customers
// and Agents name the customers and agents the items refer to (by
// internal id), so that a list can show who got what and who granted or
// revoked it without a request per row.
type CompensationList struct {
	Items     []*kefu.Compensation      `json:"items"`
	Customers map[string]LedgerCustomer `json:"customers"`
	Agents    map[string]string         `json:"agents"`
}

// LedgerCustomer names a customer of the ledger.
type LedgerCustomer struct {
	ExternalID string `json:"external_id"`
	Name       string `json:"name,omitempty"`
}

// handleCompensations lists the ledger, oldest first: of a customer (by
// the shop's external id), of an order (by number), since and until a
// time.
func handleCompensations(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	ctx := r.Context()
	f := kefu.CompensationFilter{TenantID: t.ID, Limit: DefaultListLimit}
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "malformed query string: escape %%, & and = in values"))
		return
	}
	customer := ""
	for name, vs := range values {
		v := vs[len(vs)-1]
		switch name {
		case "customer_external_id":
			customer = v
		case "order_number":
			f.OrderNumber = v
		case "since", "until":
			at, err := time.Parse(time.RFC3339, v)
			if err != nil {
				s.Error(w, r, kefu.Invalidf(name, "%s %q is not an RFC 3339 time like 2026-06-18T00:00:00Z", name, truncate(v, 40)))
				return
			}
			if name == "since" {
				f.Since = at
			} else {
				f.Until = at
			}
		case "limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > MaxListLimit {
				s.Error(w, r, kefu.Invalidf("limit", "limit must be a whole number from 1 to %d", MaxListLimit))
				return
			}
			f.Limit = n
		default:
			s.Error(w, r, kefu.Invalidf(name, "unknown query parameter %q; this list takes customer_external_id, order_number, since, until, limit",
				truncate(name, 40)))
			return
		}
		if err := checkText(name, v, maxIDBytes); err != nil {
			s.Error(w, r, kefu.InField(name, err))
			return
		}
	}
	resp := CompensationList{Items: []*kefu.Compensation{}, Customers: map[string]LedgerCustomer{}, Agents: map[string]string{}}
	if customer != "" {
		c, err := s.Store.FindCustomerByExternalID(ctx, t.ID, customer)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			writeJSON(w, http.StatusOK, resp)
			return
		} else if err != nil {
			s.Error(w, r, err)
			return
		}
		f.CustomerID = c.ID
	}
	cs, err := s.Store.FindCompensations(ctx, f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if cs != nil {
		resp.Items = cs
	}
	if err := s.nameLedger(ctx, t.ID, &resp); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// nameLedger fills in the names of the customers and agents of a ledger
// list: one read per distinct customer, one for the shop's agents.
func (s *Server) nameLedger(ctx context.Context, tenantID string, l *CompensationList) error {
	agents := false
	for _, c := range l.Items {
		if id := c.CustomerID; id != "" {
			if _, ok := l.Customers[id]; !ok {
				cu, err := s.Store.FindCustomerByID(ctx, tenantID, id)
				if err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
					return err
				}
				if err == nil {
					l.Customers[id] = LedgerCustomer{ExternalID: cu.ExternalID, Name: cu.Name}
				}
			}
		}
		agents = agents || c.GrantedBy != "" || c.RevokedBy != ""
	}
	if !agents {
		return nil
	}
	as, err := s.Store.FindAgents(ctx, kefu.AgentFilter{TenantID: tenantID, Limit: 1000})
	if err != nil {
		return err
	}
	for _, a := range as {
		l.Agents[a.ID] = a.Name
	}
	return nil
}

// RevokeRequest is the body of POST /v1/compensations/{id}/revoke.
type RevokeRequest struct {
	Reason string `json:"reason"`
}

// handleRevoke revokes a ledger entry with a reason. The entry keeps who
// revoked it (the agent, or "key:" and the API key's id), when and why,
// and the revocation is logged: that is its audit trail.
func handleRevoke(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req RevokeRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := checkLong("reason", req.Reason); err != nil {
		s.Error(w, r, err)
		return
	}
	by, err := s.adminActor(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	id := r.PathValue("id")
	if id == "" || len(id) > maxIDBytes {
		s.Error(w, r, kefu.Errorf(kefu.ENOTFOUND, "compensation not found"))
		return
	}
	c, err := s.Store.RevokeCompensation(r.Context(), t.ID, id, req.Reason, by)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.logger().LogAttrs(r.Context(), slog.LevelInfo, "compensation revoked",
		slog.String("tenant", t.ID), slog.String("compensation", c.ID), slog.String("incident", c.IncidentID),
		slog.String("kind", string(c.Kind)), slog.Int64("amount", c.Amount), slog.String("currency", c.Currency),
		slog.String("by", by), slog.String("reason", c.RevokeReason))
	writeJSON(w, http.StatusOK, c)
}

// adminActor names who makes an admin request that s.admin let through:
// the agent of a console session, or "key:" and the API key's id.
func (s *Server) adminActor(r *http.Request) (string, error) {
	if tok := bearer(r); tok != "" {
		k, err := s.apiKey(r.Context(), tok)
		if err != nil {
			return "", err
		}
		return "key:" + k.ID, nil
	}
	au, err := s.authAgent(r, false)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(au.agent.ID), nil
}
