package dialog

import (
	"context"
	"slices"
	"strconv"

	"github.com/kefu-ai/kefu"
)

// DefaultThreshold is the calibrated confidence below which the bot does
// not act on an intent but tries the knowledge base by the message's words
// or asks to clarify (kefu.DefaultConfidenceThreshold). Tenants override it
// (TenantSettings.ConfidenceThreshold).
const DefaultThreshold = kefu.DefaultConfidenceThreshold

// DefaultClarifyLimit is how many unanswered turns in a row (clarification
// questions, or offers of a person for a question nothing answers) the bot
// allows before handing off.
const DefaultClarifyLimit = 2

// SmallTalk lists the intents the bot answers from its own templates
// (the composer key is the intent).
var SmallTalk = []string{kefu.IntentGreeting, kefu.IntentThanks, kefu.IntentGoodbye, kefu.IntentAcknowledge, IntentChitchat, kefu.IntentOutOfScope}

// IntentChitchat is small talk with the bot ("are you a robot?").
const IntentChitchat = "chitchat"

// Hand-off reasons of intents that only a person can act on. They are
// stored as the conversation's hand-off reason and shown in the console.
const (
	ReasonOrderChange = "order_change" // cancel or change an order, its address or slot
	ReasonPayment     = "payment_problem"
	ReasonRefund      = "refund"
	ReasonAccount     = "account"
	ReasonComplaint   = "complaint"
	ReasonAfterSales  = kefu.ReasonAfterSales // a problem with goods received
)

// DefaultHandoffs maps the intents of kefu's model that only a person can
// act on today to the hand-off reason. A skill that declares one of them,
// or an article of the shop linked to it, answers first (the hand-off is
// the intent's default, and claimable).
var DefaultHandoffs = map[string]string{
	"cancel_order":            ReasonOrderChange,
	"change_order":            ReasonOrderChange,
	"change_address":          ReasonOrderChange,
	"payment_problem":         ReasonPayment,
	"refund_request":          ReasonRefund,
	"refund_status":           ReasonRefund,
	"account_problem":         ReasonAccount,
	"complaint":               ReasonComplaint,
	"exchange_item":           ReasonAfterSales,
	"warranty":                ReasonAfterSales,
	"fresh_late_delivery":     ReasonAfterSales,
	"fresh_damaged_package":   ReasonAfterSales,
	"fresh_spoiled":           ReasonAfterSales,
	"fresh_not_fresh":         ReasonAfterSales,
	"fresh_wrong_temperature": ReasonAfterSales,
	"fresh_underweight":       ReasonAfterSales,
	"fresh_wrong_item":        ReasonAfterSales,
	"fresh_missing_item":      ReasonAfterSales,
	"fresh_leaking":           ReasonAfterSales,
	"fresh_expired":           ReasonAfterSales,
	"fresh_quality_complaint": ReasonAfterSales,
	"fresh_foreign_object":    ReasonAfterSales,
	"fresh_bad_smell":         ReasonAfterSales,
	"fresh_mold":              ReasonAfterSales,
	"fresh_crushed_produce":   ReasonAfterSales,
	"fresh_dead_seafood":      ReasonAfterSales,
	"fresh_size_mismatch":     ReasonAfterSales,
	"fresh_left_outside":      ReasonAfterSales,
	"fresh_compensation":      ReasonAfterSales,
}

var _ kefu.Policy = (*Policy)(nil)

// Policy is the default dialog policy, built by NewPolicy from what the
// registered skills declare. It decides by the conversation's state and
// the understanding alone; content claims and strategies come after it
// (see Decider). It is immutable after NewPolicy and safe for concurrent
// use.
type Policy struct {
	// Skills maps each intent to the first registered skill serving it.
	Skills map[string]string
	// SlotSkills maps a slot the bot asked for to the first skill that
	// asks for it; Asks lists the slots of each skill.
	SlotSkills map[string]string
	Asks       map[string][]string
	// Fallback answers by the message's words what no skill claims (the
	// knowledge skill); empty means a clarification instead.
	Fallback string
	// Handoffs maps intents to the reason of their default hand-off.
	Handoffs map[string]string
	// SmallTalk is the set of small-talk intents.
	SmallTalk map[string]bool
}

// NewPolicy builds a policy from the skills in registration order (the
// first skill declaring an intent or a slot gets it), the fallback
// skill's name and the intents' default hand-offs (nil: DefaultHandoffs).
func NewPolicy(skills []kefu.Skill, fallback string, handoffs map[string]string) *Policy {
	if handoffs == nil {
		handoffs = DefaultHandoffs
	}
	p := &Policy{Skills: map[string]string{}, SlotSkills: map[string]string{}, Asks: map[string][]string{}, Fallback: fallback, Handoffs: handoffs, SmallTalk: map[string]bool{}}
	for _, s := range skills {
		for _, in := range s.Intents() {
			if _, taken := p.Skills[in]; !taken {
				p.Skills[in] = s.Name()
			}
		}
		if a, ok := s.(kefu.SlotAsker); ok {
			p.Asks[s.Name()] = a.Asks()
			for _, slot := range a.Asks() {
				if _, taken := p.SlotSkills[slot]; !taken {
					p.SlotSkills[slot] = s.Name()
				}
			}
		}
	}
	for _, in := range SmallTalk {
		p.SmallTalk[in] = true
	}
	return p
}

// handled reports whether something other than the fallback answers
// intent when it is understood with confidence.
func (p *Policy) handled(intent string) bool {
	_, skill := p.Skills[intent]
	_, handoff := p.Handoffs[intent]
	return skill || handoff || p.SmallTalk[intent] || intent == kefu.IntentHuman
}

// Decide implements kefu.Policy.
func (p *Policy) Decide(ctx context.Context, st *kefu.TurnState) kefu.Decision {
	u := st.Understanding
	switch st.Conversation.Status {
	case kefu.StatusAgent:
		return kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonAgentHas}
	case kefu.StatusQueued:
		return kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonQueued}
	}
	vip := 0
	if st.Customer != nil && st.Customer.VIP {
		vip = 1
	}
	switch {
	case len(u.Sensitive) > 0 && !st.Tenant.Settings.NoSensitiveHandoff:
		// Legal threats, health or safety and fraud or payment disputes
		// go to a person whatever the intent; health is the most urgent.
		prio := 2
		if u.Sensitive[0] == "health" {
			prio = 3
		}
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonSensitive + u.Sensitive[0], Priority: prio + vip}
	case u.Intent == kefu.IntentHuman:
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonCustomerAsked, Priority: 1 + vip}
	}
	if st.Message != nil && st.Message.Kind == kefu.MessageAttachment {
		return p.decideAttachment(st)
	}
	threshold := st.Tenant.ConfidenceThreshold()
	confident := u.Confidence >= threshold || corroborated(u, threshold)
	limit := st.Tenant.Settings.ClarifyLimit
	if limit <= 0 {
		limit = DefaultClarifyLimit
	}
	if n, _ := strconv.Atoi(st.Conversation.Slots[kefu.SlotClarified]); n >= limit && (!confident || !p.handled(u.Intent)) {
		// Left unanswered too often: a person takes over.
		reason := kefu.ReasonNotUnderstood
		if confident {
			reason = kefu.ReasonNoHandler
		}
		return kefu.Decision{Action: kefu.ActionHandoff, Reason: reason, Priority: 1 + vip}
	}
	if exp := st.Conversation.Slots[kefu.SlotExpecting]; exp != "" && u.Intent == kefu.IntentProvideInfo {
		// The answer goes back to the skill that asked; conversations
		// stored before the asker was recorded go to the slot's first
		// asker.
		s := st.Conversation.Slots[kefu.SlotExpectingSkill]
		if !slices.Contains(p.Asks[s], exp) {
			s = p.SlotSkills[exp]
		}
		if s != "" {
			return kefu.Decision{Action: kefu.ActionSkill, Skill: s, Reason: kefu.ReasonSlotAnswer}
		}
	}
	if confident {
		if p.SmallTalk[u.Intent] {
			return kefu.Decision{Action: kefu.ActionSmalltalk, Reason: kefu.ReasonSmalltalk}
		}
		if s, ok := p.Skills[u.Intent]; ok {
			// The shop's articles are the fallback even for the intents
			// they serve: a skill that answers from data may claim them.
			return kefu.Decision{Action: kefu.ActionSkill, Skill: s, Reason: kefu.ReasonIntent, Claimable: s == p.Fallback}
		}
		if reason, ok := p.Handoffs[u.Intent]; ok {
			return kefu.Decision{Action: kefu.ActionHandoff, Reason: reason, Priority: 1 + vip, Claimable: true}
		}
	}
	reason := kefu.ReasonLowConfidence
	if confident && u.Intent != kefu.IntentProvideInfo {
		reason = kefu.ReasonNoHandler
	}
	if p.Fallback != "" {
		return kefu.Decision{Action: kefu.ActionSkill, Skill: p.Fallback, Reason: reason, Claimable: true}
	}
	return kefu.Decision{Action: kefu.ActionClarify, Reason: reason, Claimable: true}
}

// Corroboration: a complaint the classifier is nearly sure of, said in
// anger or frustration, is a complaint. The emotion detector reads the
// message independently of the intent classifier ("你们配送太慢了！":
// complaint 0.67, anger 0.53), so the two together are more certain than
// either; answering "I did not understand" to an angry complaint is the
// worst reply there is.
const (
	// CorroborationMargin is how far under the shop's threshold a
	// corroborated complaint may be.
	CorroborationMargin = 0.15
	// CorroborationEmotion is the least intensity of anger or sadness
	// that corroborates.
	CorroborationEmotion = 0.4
)

// complaintIntents are the intents a negative emotion corroborates.
var complaintIntents = map[string]bool{"complaint": true, "fresh_quality_complaint": true, "fresh_late_delivery": true}

// corroborated reports whether u is a complaint the customer's emotion
// confirms (see CorroborationMargin).
func corroborated(u kefu.Understanding, threshold float64) bool {
	if !complaintIntents[u.Intent] || u.Confidence < threshold-CorroborationMargin {
		return false
	}
	e := u.Emotion
	return (e.Label == kefu.EmotionAnger || e.Label == kefu.EmotionSadness) && e.Intensity >= CorroborationEmotion
}

// decideAttachment decides on a photo: the skill that asked for evidence
// (kefu.SlotEvidence) gets it; otherwise the bot stays silent, since the
// photo is evidence for the person who takes the case. A skill may still
// claim a photo by its caption ("my strawberries arrived crushed"), so
// the silence is claimable when there is one.
func (p *Policy) decideAttachment(st *kefu.TurnState) kefu.Decision {
	slots := st.Conversation.Slots
	if slots[kefu.SlotExpecting] == kefu.SlotEvidence || slots[kefu.SlotEvidence] != "" {
		s := slots[kefu.SlotExpectingSkill]
		if !slices.Contains(p.Asks[s], kefu.SlotEvidence) {
			s = p.SlotSkills[kefu.SlotEvidence]
		}
		if s != "" {
			return kefu.Decision{Action: kefu.ActionSkill, Skill: s, Reason: kefu.ReasonEvidence}
		}
	}
	return kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonAttachment, Claimable: st.Message.Text != ""}
}
