package dialog

import (
	"context"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/strategy"
)

// Decider makes a turn's decision in three steps: the policy decides by
// the conversation's state and the understanding; skills that recognise
// the turn by its content may claim it (kefu.Claimer, in registration
// order); then the shop's decision strategies may change it (strong anger:
// a person, first). It is immutable after NewDecider and safe for
// concurrent use.
type Decider struct {
	Policy     kefu.Policy
	Skills     []kefu.Skill
	Strategies []kefu.Strategy
}

// Decide returns the decision and the names of the strategies that
// changed it.
func (d *Decider) Decide(ctx context.Context, st *kefu.TurnState) (kefu.Decision, []string) {
	dec := d.Policy.Decide(ctx, st)
	if dec.Claimable || dec.Action == kefu.ActionSkill {
		for _, s := range d.Skills {
			c, ok := s.(kefu.Claimer)
			if !ok || dec.Action == kefu.ActionSkill && dec.Skill == s.Name() && !dec.Claimable {
				continue
			}
			if reason, ok := c.Claim(ctx, st, dec); ok {
				dec = kefu.Decision{Action: kefu.ActionSkill, Skill: s.Name(), Reason: reason}
				break
			}
		}
	}
	var applied []string
	for _, s := range strategy.For(d.Strategies, &st.Tenant.Settings) {
		ds, ok := s.(kefu.DecisionStrategy)
		if !ok || !s.Applies(st.Understanding) {
			continue
		}
		if nd, changed := ds.Decide(st, dec); changed {
			dec = nd
			applied = append(applied, s.Name())
		}
	}
	return dec, applied
}

// Decide runs the decide stage of a turn on st: the policy, the claims of
// the skills and the shop's decision strategies.
func (e *Engine) Decide(ctx context.Context, st *kefu.TurnState) kefu.Decision {
	d, _ := e.decider.Decide(ctx, st)
	return d
}

// Handling is how the bot answers an intent understood with confidence.
type Handling struct {
	// Kind is "skill", "articles" (the knowledge skill's linked
	// articles), "smalltalk", "handoff" or "slot_answer"; empty when
	// nothing handles the intent.
	Kind string `json:"kind"`
	// Name is the skill, or the hand-off reason.
	Name string `json:"name,omitempty"`
}

// Handler returns how a confident intent is answered when no skill claims
// the turn by its content.
func (e *Engine) Handler(intent string) Handling {
	p, ok := e.Policy.(*Policy)
	if !ok {
		return Handling{}
	}
	switch {
	case intent == kefu.IntentHuman:
		return Handling{Kind: "handoff", Name: kefu.ReasonCustomerAsked}
	case intent == kefu.IntentProvideInfo:
		return Handling{Kind: "slot_answer"}
	case p.SmallTalk[intent]:
		return Handling{Kind: "smalltalk", Name: intent}
	}
	if s, ok := p.Skills[intent]; ok {
		if s == p.Fallback {
			return Handling{Kind: "articles", Name: s}
		}
		return Handling{Kind: "skill", Name: s}
	}
	if r, ok := p.Handoffs[intent]; ok {
		return Handling{Kind: "handoff", Name: r}
	}
	return Handling{}
}

// joinStrategies records the applied strategies in a trace.
func joinStrategies(names []string) string {
	return strings.Join(slices.Compact(names), ",")
}
