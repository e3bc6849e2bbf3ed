package compensation

import (
	"time"

	"github.com/kefu-ai/kefu"
)

// MaxDryRunGrants is the most grants a DryRunResult lists one by one; the
// tallies count them all.
const MaxDryRunGrants = 1000

// DryRunResult is what a set of rules would have granted over incidents.
type DryRunResult struct {
	// Incidents is how many incidents were evaluated, Granted how many
	// would have got something.
	Incidents int `json:"incidents"`
	Granted   int `json:"granted"`
	// Rules tallies each rule, in the order they are tried.
	Rules []RuleTally `json:"rules"`
	// Cost is the total granted per currency, in minor units.
	Cost map[string]int64 `json:"cost"`
	// Grants lists the grants, at most MaxDryRunGrants; Truncated says
	// there were more.
	Grants    []DryRunGrant `json:"grants"`
	Truncated bool          `json:"truncated,omitempty"`
	// Errors lists the incidents a rule failed on (nothing was granted
	// for them), at most MaxDryRunGrants.
	Errors []DryRunError `json:"errors"`
}

// RuleTally is what one rule would have granted in a dry run.
type RuleTally struct {
	RuleID  string `json:"rule_id"`
	Version int    `json:"version"`
	// Matched counts the incidents the rule decided (its grant none
	// included), Granted those that got something, Errors those it
	// failed on.
	Matched int              `json:"matched"`
	Granted int              `json:"granted"`
	Errors  int              `json:"errors"`
	Cost    map[string]int64 `json:"cost"`
}

// DryRunGrant is one grant of a dry run.
type DryRunGrant struct {
	IncidentID  string         `json:"incident_id"`
	OrderNumber string         `json:"order_number,omitempty"`
	At          time.Time      `json:"at"`
	RuleID      string         `json:"rule_id"`
	Kind        kefu.GrantKind `json:"kind"`
	Amount      int64          `json:"amount"`
	Currency    string         `json:"currency"`
}

// DryRunError is an incident a rule could not be evaluated on.
type DryRunError struct {
	IncidentID string `json:"incident_id"`
	RuleID     string `json:"rule_id"`
	Message    string `json:"message"`
}

// DryRun evaluates the rules over past incidents as Evaluate would have,
// with the facts as they were recorded (CompensationsLast30d included),
// and tallies what each rule would have granted and at what cost. It
// grants nothing. Coupons are valued at their face amount.
func (e *Engine) DryRun(rules []*kefu.Rule, incidents []*kefu.Incident) *DryRunResult {
	res := &DryRunResult{Cost: map[string]int64{}, Rules: []RuleTally{}, Grants: []DryRunGrant{}, Errors: []DryRunError{}}
	tally := make(map[string]*RuleTally, len(rules))
	for _, r := range sortedRules(rules) {
		res.Rules = append(res.Rules, RuleTally{RuleID: r.ID, Version: r.Version, Cost: map[string]int64{}})
	}
	for i := range res.Rules {
		tally[res.Rules[i].RuleID] = &res.Rules[i]
	}
	for _, in := range incidents {
		res.Incidents++
		r, err := e.Evaluate(rules, in)
		if err != nil {
			re, _ := err.(*RuleError)
			if re != nil && tally[re.RuleID] != nil {
				tally[re.RuleID].Errors++
			}
			if len(res.Errors) < MaxDryRunGrants {
				de := DryRunError{IncidentID: in.ID, Message: err.Error()}
				if re != nil {
					de.RuleID, de.Message = re.RuleID, re.Err.Error()
				}
				res.Errors = append(res.Errors, de)
			}
			continue
		}
		if r == nil {
			continue
		}
		t := tally[r.ID]
		t.Matched++
		c, err := NewCompensation(r, in, in.At)
		if err != nil {
			t.Errors++
			if len(res.Errors) < MaxDryRunGrants {
				res.Errors = append(res.Errors, DryRunError{IncidentID: in.ID, RuleID: r.ID, Message: kefu.ErrorMessage(err)})
			}
			continue
		}
		if c == nil {
			continue
		}
		t.Granted++
		t.Cost[c.Currency] += c.Amount
		res.Granted++
		res.Cost[c.Currency] += c.Amount
		if len(res.Grants) < MaxDryRunGrants {
			res.Grants = append(res.Grants, DryRunGrant{IncidentID: in.ID, OrderNumber: in.OrderNumber, At: in.At,
				RuleID: r.ID, Kind: c.Kind, Amount: c.Amount, Currency: c.Currency})
		} else {
			res.Truncated = true
		}
	}
	return res
}
