package compensation

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu"
)

// Window is how far back a customer's compensations count for the
// rules' per-customer limits (and compensations_last_30d).
const Window = 30 * 24 * time.Hour

// Issuer grants compensations for incidents: it records the incident,
// evaluates the shop's rules on it and writes the result to the ledger,
// at most once per incident however often and however concurrently it
// is asked. An Issuer is safe for concurrent use; keep one per process,
// so that compiled rules stay cached.
type Issuer struct {
	// Store keeps the rules, incidents and ledger.
	Store kefu.CompensationService
	// Now is the clock; nil means time.Now.
	Now kefu.Clock

	engine Engine
}

// Engine returns the issuer's engine, whose compiled programs are shared
// with Issue (for dry runs of the same rules).
func (is *Issuer) Engine() *Engine { return &is.engine }

func (is *Issuer) now() time.Time {
	if is.Now != nil {
		return is.Now()
	}
	return time.Now()
}

// Issue decides and records what the incident gets. When the ledger
// already has an entry for the incident, Issue returns it with created
// false and evaluates nothing (asking again grants nothing new). Otherwise
// it sets in.TenantID to tenantID, fills in in.CompensationsLast30d
// (the customer's granted entries of the last 30 days), records the
// incident (for dry runs), evaluates the tenant's enabled rules and, if
// one grants something, writes it to the ledger.
//
// comp is nil when no rule grants anything; rule is the rule version that
// decided, if any (nil for an agent's grant found in the ledger). A rule
// that fails on the incident grants nothing: Issue returns its
// *RuleError, which the caller logs with the incident.
func (is *Issuer) Issue(ctx context.Context, tenantID string, in *kefu.Incident) (comp *kefu.Compensation, created bool, rule *kefu.Rule, err error) {
	const op = "compensation.Issue"
	in.TenantID = tenantID
	if err := in.Validate(); err != nil {
		return nil, false, nil, kefu.E(op, err)
	}
	if c, err := is.existing(ctx, tenantID, in.ID); err != nil || c != nil {
		if err != nil {
			return nil, false, nil, kefu.E(op, err)
		}
		r, err := is.version(ctx, c)
		return c, false, r, err
	}
	now := is.now()
	if in.CustomerID != "" {
		n, err := is.Store.CountCompensations(ctx, tenantID, in.CustomerID, now.Add(-Window))
		if err != nil {
			return nil, false, nil, kefu.E(op, err)
		}
		in.CompensationsLast30d = int64(n)
	}
	if err := is.Store.UpsertIncident(ctx, in); err != nil {
		return nil, false, nil, kefu.E(op, err)
	}
	rules, err := is.Store.FindRules(ctx, kefu.RuleFilter{TenantID: tenantID, EnabledOnly: true})
	if err != nil {
		return nil, false, nil, kefu.E(op, err)
	}
	rule, err = is.engine.Evaluate(rules, in)
	var c *kefu.Compensation
	if err == nil && rule != nil {
		c, err = NewCompensation(rule, in, now)
		err = kefu.E(op, err)
	}
	if c == nil {
		// Nothing to grant, or a rule failed: unless a concurrent call
		// granted the incident meanwhile (and so, perhaps, used up the
		// customer's limit), which is then the answer.
		if prev, perr := is.existing(ctx, tenantID, in.ID); perr != nil || prev != nil {
			if perr != nil {
				return nil, false, nil, kefu.E(op, perr)
			}
			r, verr := is.version(ctx, prev)
			return prev, false, r, verr
		}
		return nil, false, rule, err
	}
	comp, created, err = is.Store.IssueCompensation(ctx, c)
	if err != nil {
		return nil, false, nil, kefu.E(op, err)
	}
	if !created && (comp.RuleID != rule.ID || comp.RuleVersion != rule.Version) {
		// A concurrent call won, with another rule or version.
		rule, err = is.version(ctx, comp)
	}
	return comp, created, rule, err
}

// existing returns the ledger's entry for the incident, or nil.
func (is *Issuer) existing(ctx context.Context, tenantID, incidentID string) (*kefu.Compensation, error) {
	cs, err := is.Store.FindCompensations(ctx, kefu.CompensationFilter{TenantID: tenantID, IncidentID: incidentID, Limit: 1})
	if err != nil || len(cs) == 0 {
		return nil, err
	}
	return cs[0], nil
}

// version returns the rule version that granted c; nil for an agent's
// grant.
func (is *Issuer) version(ctx context.Context, c *kefu.Compensation) (*kefu.Rule, error) {
	if c.RuleID == "" {
		return nil, nil
	}
	vs, err := is.Store.FindRuleVersions(ctx, c.TenantID, c.RuleID)
	if err != nil {
		return nil, kefu.E("compensation.Issue", err)
	}
	for _, v := range vs {
		if v.Version == c.RuleVersion {
			return v, nil
		}
	}
	return nil, kefu.Errorf(kefu.EINTERNAL, "rule %s has no version %d", c.RuleID, c.RuleVersion)
}
