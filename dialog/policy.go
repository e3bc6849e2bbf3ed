package dialog

import (
	"context"

	"github.com/kefu-ai/kefu"
)

// DefaultThreshold is the calibrated confidence below which the bot does
// not act on an intent but tries the knowledge base by the message's words
// or asks to clarify. Tenants override it (TenantSettings.ConfidenceThreshold).
const DefaultThreshold = 0.7

// Hand-off and decision reasons recorded in traces.
const (
	ReasonCustomerAsked = "customer_asked"
	ReasonAgentHas      = "agent_has_conversation"
	ReasonQueued        = "queued_for_agent"
	ReasonLowConfidence = "low_confidence"
	ReasonSlotAnswer    = "slot_answer"
	ReasonIntent        = "intent"
)

var _ kefu.Policy = (*Policy)(nil)

// Policy is the default dialog policy. Skills maps each intent to the
// skill serving it; FallbackSkill answers what no skill claims (the
// knowledge base); SlotSkills maps a slot the bot asked for to the skill
// that asked.
type Policy struct {
	Skills        map[string]string
	SlotSkills    map[string]string
	FallbackSkill string
}

// NewPolicy builds a policy from the skills' declared intents.
func NewPolicy(skills []kefu.Skill, fallback string, slotSkills map[string]string) *Policy {
	p := &Policy{Skills: map[string]string{}, SlotSkills: slotSkills, FallbackSkill: fallback}
	for _, s := range skills {
		for _, in := range s.Intents() {
			if _, taken := p.Skills[in]; !taken {
				p.Skills[in] = s.Name()
			}
		}
	}
	return p
}

// Decide implements kefu.Policy.
func (p *Policy) Decide(ctx context.Context, st *kefu.TurnState) kefu.Decision {
	u := st.Understanding
	switch st.Conversation.Status {
	case kefu.StatusAgent:
		return kefu.Decision{Action: kefu.ActionSilent, Reason: ReasonAgentHas}
	case kefu.StatusQueued:
		return kefu.Decision{Action: kefu.ActionSilent, Reason: ReasonQueued}
	}
	if u.Intent == kefu.IntentHuman {
		prio := 1
		if st.Customer != nil && st.Customer.VIP {
			prio++
		}
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: ReasonCustomerAsked, Priority: prio}
	}
	if exp := st.Conversation.Slots[SlotExpecting]; exp != "" && u.Intent == kefu.IntentProvideInfo {
		if s := p.SlotSkills[exp]; s != "" {
			return kefu.Decision{Action: kefu.ActionSkill, Skill: s, Reason: ReasonSlotAnswer}
		}
	}
	threshold := st.Tenant.Settings.ConfidenceThreshold
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	switch u.Intent {
	case kefu.IntentGreeting, kefu.IntentThanks, kefu.IntentGoodbye:
		if u.Confidence >= threshold {
			return kefu.Decision{Action: kefu.ActionSmalltalk, Reason: u.Intent}
		}
	}
	if s, ok := p.Skills[u.Intent]; ok && u.Confidence >= threshold {
		return kefu.Decision{Action: kefu.ActionSkill, Skill: s, Reason: ReasonIntent}
	}
	if p.FallbackSkill != "" {
		return kefu.Decision{Action: kefu.ActionSkill, Skill: p.FallbackSkill, Reason: ReasonLowConfidence}
	}
	return kefu.Decision{Action: kefu.ActionClarify, Reason: ReasonLowConfidence}
}
