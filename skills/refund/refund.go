// Package refund is the refunds skill: "where is my refund?" and "I want
// a refund" are answered from the shop's compensation ledger. A
// signed-in customer whose order was refunded (by a rule, the fresh-food
// or after-sales skills, or an agent) is told how much was refunded, for
// which order and when: for "where is my refund?" the newest refund (of
// the order named or in view, if any), for "I want a refund" only one of
// the order in view ("the ice cream arrived melted" refunded it a turn
// ago). Otherwise, and for an anonymous visitor, a person takes over,
// as before the skill: refunds are theirs to decide.
package refund

import (
	"context"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	"github.com/kefu-ai/kefu/internal/money"
)

// Name is the skill's identifier in traces.
const Name = "refunds"

// Intents of kefu's model the skill serves.
const (
	IntentStatus  = "refund_status"
	IntentRequest = "refund_request"
)

// Outcomes of the skill, keys for composer templates.
const (
	// OutcomeIssued: the newest refunded order (of the one in view, if
	// any), its total refunded and the day ("amount", "order", "date").
	OutcomeIssued = "refund_issued"
	// OutcomeNone: no refund on the customer's orders; a person takes
	// over (SkillResult.Handoff). OutcomeNoneOrder: none of the order
	// named or in view ("order").
	OutcomeNone      = "refund_none"
	OutcomeNoneOrder = "refund_none_order"
)

// ReasonRefund is the hand-off reason, as the policy's default hand-off
// of the refund intents.
const ReasonRefund = "refund"

// Interface guards.
var _ kefu.Skill = (*Skill)(nil)

// Skill answers questions about refunds from the ledger.
type Skill struct {
	Compensations kefu.CompensationService
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return []string{IntentStatus, IntentRequest} }

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	none := kefu.SkillResult{Outcome: OutcomeNone, Handoff: ReasonRefund, Data: map[string]string{"sorry": "1"}}
	if st.Customer == nil {
		// An anonymous visitor's refunds cannot be looked up.
		none.Outcome = kefu.OutcomeHandoff
		return none, nil
	}
	number := st.OrderNumber()
	if number == "" && st.Understanding.Intent == IntentRequest {
		// "I want a refund" with no order in view is about something
		// not refunded yet, whatever else was: a person decides.
		none.Outcome = kefu.OutcomeHandoff
		return none, nil
	}
	ledger, err := s.Compensations.FindCompensations(ctx, kefu.CompensationFilter{TenantID: st.Tenant.ID, CustomerID: st.Customer.ID, OrderNumber: number})
	if err != nil {
		return kefu.SkillResult{}, kefu.E("refund.Run", err)
	}
	// The ledger is oldest first: the newest refund names the order,
	// and every refund of that order adds to the amount.
	var newest *kefu.Compensation
	for i := len(ledger) - 1; i >= 0; i-- {
		if c := ledger[i]; c.Status == kefu.CompensationGranted && c.Kind != kefu.GrantCoupon && c.Kind != kefu.GrantNone {
			newest = c
			break
		}
	}
	if newest == nil {
		if number != "" {
			none.Outcome = OutcomeNoneOrder
			none.Data["order"] = number
		}
		return none, nil
	}
	var total int64
	res := kefu.SkillResult{Outcome: OutcomeIssued}
	for _, c := range ledger {
		if c.Status == kefu.CompensationGranted && c.OrderNumber == newest.OrderNumber && c.Currency == newest.Currency &&
			c.Kind != kefu.GrantCoupon && c.Kind != kefu.GrantNone {
			total += c.Amount
			res.Records = append(res.Records, kefu.RecordRef{Kind: "compensation", ID: c.ID})
		}
	}
	lang := st.Tenant.Settings.DefaultLanguage
	if st.Conversation.Language != "" {
		lang = st.Conversation.Language
	}
	res.Data = map[string]string{
		"amount": money.New(total, money.Currency(newest.Currency)).Format(lang),
		"order":  newest.OrderNumber,
		"date":   compensation.Day(newest.At, st.Tenant.Settings.Timezone),
	}
	res.SetSlots = map[string]string{kefu.SlotOrderNumber: newest.OrderNumber}
	return res, nil
}
