package compensation

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// env is the one CEL environment: the declarations never change, so it
// is built once, on first use, and shared (cel.Env is safe for
// concurrent use).
var env = sync.OnceValues(newEnv)

// Compile type-checks a rule's When expression, as a store of rules does
// before saving one: an EINVALID error about "when" says what is wrong and
// where ("line 1, column 15: undeclared reference to 'delay'"), and an
// expression that is not true or false is refused.
func Compile(expr string) (*Program, error) {
	e, err := env()
	if err != nil {
		return nil, fmt.Errorf("compensation: CEL environment: %w", err)
	}
	return compile(e, expr)
}

// CheckRule validates r (kefu.Rule.Validate) and compiles its When.
func CheckRule(r *kefu.Rule) error {
	if err := r.Validate(); err != nil {
		return err
	}
	_, err := Compile(r.When)
	return err
}

// maxCached is the most programs an Engine keeps; past it the cache
// starts over (dry runs of many drafts should not grow it for ever).
const maxCached = 10_000

// Engine evaluates rules, keeping each rule version's compiled program.
// The zero Engine is ready to use and safe for concurrent use; keep one
// per process.
type Engine struct {
	mu    sync.RWMutex // guards progs
	progs map[progKey]*Program
}

// progKey names a compiled rule version. A version's When never changes,
// but drafts (version 0, dry runs) do: the text is part of the key.
type progKey struct {
	tenant, rule string
	version      int
	when         string
}

// Program returns the compiled When of r, from the cache when that rule
// version was compiled before.
func (e *Engine) Program(r *kefu.Rule) (*Program, error) {
	k := progKey{r.TenantID, r.ID, r.Version, r.When}
	e.mu.RLock()
	p := e.progs[k]
	e.mu.RUnlock()
	if p != nil {
		return p, nil
	}
	p, err := Compile(r.When)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	if e.progs == nil || len(e.progs) >= maxCached {
		e.progs = make(map[progKey]*Program)
	}
	e.progs[k] = p
	e.mu.Unlock()
	return p, nil
}

// RuleError is a rule that could not be evaluated on an incident: its
// When does not compile any more, or failed at run time (an attribute the
// incident lacks, a division by zero, an overflow, the cost limit).
type RuleError struct {
	IncidentID  string
	RuleID      string
	RuleVersion int
	Err         error
}

// Error implements error.
func (e *RuleError) Error() string {
	return fmt.Sprintf("rule %s (version %d) on incident %s: %v", e.RuleID, e.RuleVersion, e.IncidentID, e.Err)
}

// Unwrap returns the cause.
func (e *RuleError) Unwrap() error { return e.Err }

// Evaluate returns the rule that decides what the incident gets: the
// first enabled rule, by Order then ID, whose per-customer limit allows
// a grant (in.CompensationsLast30d below MaxPerCustomer30d) and whose
// When is true. nil means no rule applies. A rule whose grant is "none"
// is returned too: it applies, and grants nothing.
//
// A rule that cannot be evaluated stops the search: Evaluate returns nil
// and a *RuleError, and nothing is to be granted (a later rule must not
// grant what the failed one might have decided otherwise). The caller
// logs it with the incident.
func (e *Engine) Evaluate(rules []*kefu.Rule, in *kefu.Incident) (*kefu.Rule, error) {
	for _, r := range sortedRules(rules) {
		if !r.Enabled || r.MaxPerCustomer30d > 0 && in.CompensationsLast30d >= int64(r.MaxPerCustomer30d) {
			continue
		}
		p, err := e.Program(r)
		if err == nil {
			var ok bool
			if ok, err = p.Eval(in); err == nil && ok {
				return r, nil
			}
		}
		if err != nil {
			return nil, &RuleError{IncidentID: in.ID, RuleID: r.ID, RuleVersion: r.Version, Err: err}
		}
	}
	return nil, nil
}

// sortedRules returns rules by Order then ID, copied only when they are
// not in that order already.
func sortedRules(rules []*kefu.Rule) []*kefu.Rule {
	if slices.IsSortedFunc(rules, byOrder) {
		return rules
	}
	return slices.SortedStableFunc(slices.Values(rules), byOrder)
}

// byOrder orders rules by Order, then ID.
func byOrder(a, b *kefu.Rule) int {
	return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
}

// NewCompensation is the ledger entry rule r grants for the incident at
// now: a coupon of the grant's amount (expiring ValidDays after now), or
// a refund of the incident's line or order value. nil for a grant of
// none. EINVALID when the incident lacks what a refund needs (a value
// and a currency).
func NewCompensation(r *kefu.Rule, in *kefu.Incident, now time.Time) (*kefu.Compensation, error) {
	c := &kefu.Compensation{TenantID: in.TenantID, IncidentID: in.ID, OrderID: in.OrderID, OrderNumber: in.OrderNumber,
		CustomerID: in.CustomerID, RuleID: r.ID, RuleVersion: r.Version, Kind: r.Grant.Kind, At: now}
	switch r.Grant.Kind {
	case kefu.GrantNone:
		return nil, nil
	case kefu.GrantCoupon:
		c.Amount, c.Currency, c.MinOrderValue = r.Grant.Amount, r.Grant.Currency, r.Grant.MinOrderValue
		if r.Grant.ValidDays > 0 {
			c.ExpiresAt = now.AddDate(0, 0, r.Grant.ValidDays)
		}
	case kefu.GrantRefundLine:
		c.Amount, c.Currency = in.LineValue, in.Currency
		if c.Amount <= 0 {
			return nil, kefu.Invalidf("line_value", "rule %s refunds the line, but incident %s has no line_value", r.ID, in.ID)
		}
	case kefu.GrantRefundOrder:
		c.Amount, c.Currency = in.OrderValue, in.Currency
		if c.Amount <= 0 {
			return nil, kefu.Invalidf("order_value", "rule %s refunds the order, but incident %s has no order_value", r.ID, in.ID)
		}
	default:
		return nil, kefu.Invalidf("grant.kind", "rule %s grants %q, which kefu does not know", r.ID, r.Grant.Kind)
	}
	if c.Currency == "" {
		return nil, kefu.Invalidf("currency", "rule %s refunds, but incident %s has no currency", r.ID, in.ID)
	}
	return c, nil
}
