package desk

import (
	"context"

	"github.com/kefu-ai/kefu"
)

// Profile returns what kefu remembers of the conversation's customer
// (their skin type, concerns, taste: docs/customer-profiles.md); an
// anonymous conversation has an empty profile. Any agent of the tenant
// may read it.
func (d *Desk) Profile(ctx context.Context, a *kefu.Agent, conversationID string) (*kefu.CustomerProfile, error) {
	const op = "desk.Profile"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if conv.CustomerID == "" {
		return &kefu.CustomerProfile{TenantID: t.ID, Traits: []kefu.Trait{}}, nil
	}
	p, err := d.Store.FindCustomerProfile(ctx, t.ID, conv.CustomerID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return p, nil
}

// TraitCorrection is an agent's word on one value of a customer's
// profile: it holds (the default), it does not (Negated), or kefu should
// forget what it remembers of it from every source (Forget).
type TraitCorrection struct {
	Kind    string `json:"kind"`
	Value   string `json:"value"`
	Negated bool   `json:"negated,omitempty"`
	Forget  bool   `json:"forget,omitempty"`
}

// CorrectTrait applies an agent's correction to the profile of the
// conversation's customer and returns the profile after it. A set or
// negated value is stored with source agent and the agent's name as
// evidence, and settles the value until changed again. Any agent of the
// tenant may correct, as they may write notes. EINVALID naming the field
// for an unknown kind or value, or a conversation without a customer.
func (d *Desk) CorrectTrait(ctx context.Context, a *kefu.Agent, conversationID string, c TraitCorrection) (*kefu.CustomerProfile, error) {
	const op = "desk.CorrectTrait"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if conv.CustomerID == "" {
		return nil, kefu.E(op, kefu.Invalidf("customer", "the conversation has no customer to remember anything of"))
	}
	tr := kefu.Trait{Kind: c.Kind, Value: c.Value, Source: kefu.SourceAgent, Confidence: 1, Negated: c.Negated,
		Evidence: a.Name, UpdatedAt: d.Now()}
	if len(tr.Evidence) > kefu.MaxTraitValueLen {
		tr.Evidence = ""
	}
	if err := tr.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	if c.Forget {
		err = d.Store.ForgetTraits(ctx, t.ID, conv.CustomerID, c.Kind, c.Value)
	} else {
		err = d.Store.ObserveTraits(ctx, t.ID, conv.CustomerID, []kefu.Trait{tr})
	}
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return d.Store.FindCustomerProfile(ctx, t.ID, conv.CustomerID)
}
