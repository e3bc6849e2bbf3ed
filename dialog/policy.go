package dialog

import (
	"context"
	"strconv"

	"github.com/kefu-ai/kefu"
)

// DefaultThreshold is the calibrated confidence below which the bot does
// not act on an intent but tries the knowledge base by the message's words
// or asks to clarify. Tenants override it (TenantSettings.ConfidenceThreshold).
const DefaultThreshold = 0.7

// DefaultClarifyLimit is how many clarifications in a row the bot asks
// before handing off.
const DefaultClarifyLimit = 2

// AngerHandoff is the anger intensity from which a customer is handed to a
// person (unless the tenant disables it).
const AngerHandoff = 0.6

// SlotClarified counts the bot's clarification questions in a row.
const SlotClarified = "_clarified"

// Hand-off and decision reasons recorded in traces.
const (
	ReasonCustomerAsked = "customer_asked"
	ReasonAnger         = "anger"
	ReasonNotUnderstood = "repeated_misunderstanding"
	// ReasonSensitive prefixes the topic of a sensitive message:
	// "sensitive_health", "sensitive_legal", "sensitive_fraud".
	ReasonSensitive     = "sensitive_"
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

// threshold is the tenant's confidence threshold.
func threshold(t *kefu.Tenant) float64 {
	if t.Settings.ConfidenceThreshold > 0 {
		return t.Settings.ConfidenceThreshold
	}
	return DefaultThreshold
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
	vip := 0
	if st.Customer != nil && st.Customer.VIP {
		vip = 1
	}
	angry := u.Emotion.Label == "anger" && u.Emotion.Intensity >= AngerHandoff
	anger := 0
	if angry {
		anger = 1
	}
	switch {
	case len(u.Sensitive) > 0 && !st.Tenant.Settings.NoSensitiveHandoff:
		// Legal threats, health or safety and fraud or payment disputes
		// go to a person whatever the intent; health is the most urgent.
		prio := 2
		if u.Sensitive[0] == "health" {
			prio = 3
		}
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: ReasonSensitive + u.Sensitive[0], Priority: prio + vip + anger}
	case u.Intent == kefu.IntentHuman:
		prio := 1 + vip
		if angry {
			prio++
		}
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: ReasonCustomerAsked, Priority: prio}
	case angry && !st.Tenant.Settings.NoAngerHandoff:
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: ReasonAnger, Priority: 2 + vip}
	}
	limit := st.Tenant.Settings.ClarifyLimit
	if limit <= 0 {
		limit = DefaultClarifyLimit
	}
	if n, _ := strconv.Atoi(st.Conversation.Slots[SlotClarified]); n >= limit && u.Confidence < threshold(st.Tenant) {
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: ReasonNotUnderstood, Priority: 1 + vip}
	}
	if exp := st.Conversation.Slots[SlotExpecting]; exp != "" && u.Intent == kefu.IntentProvideInfo {
		if s := p.SlotSkills[exp]; s != "" {
			return kefu.Decision{Action: kefu.ActionSkill, Skill: s, Reason: ReasonSlotAnswer}
		}
	}
	threshold := threshold(st.Tenant)
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
