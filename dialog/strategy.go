package dialog

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu"
)

// Emotion strategies recorded in traces (Trace.Strategy).
const (
	// StrategyAnxiety shows a worried customer the shipment's whole
	// progress with the answer.
	StrategyAnxiety = "anxiety_progress"
	// StrategySatisfaction offers a pleased customer one of the shop's
	// current promotions, once per conversation.
	StrategySatisfaction = "satisfaction_offer"
)

// SatisfactionOffer is the satisfaction intensity from which a pleased
// customer is offered a promotion. A bare "thanks" scores about 0.8 in
// the English model and is politeness, not delight: it gets no offer.
const SatisfactionOffer = 0.85

// SlotOffered records the promotion already offered in the conversation,
// so that a customer is not offered one again at every "thanks".
const SlotOffered = "_offered"

// AgentJoinedTemplate is the composer key of the "agent joined" notice
// (shared with the agent desk).
const AgentJoinedTemplate = "desk_agent_joined"

// QueueWaitPerPosition is the assumed time an agent needs per
// conversation ahead in the queue, for the wait told at hand-off (the
// same rule as the widget's waiting banner).
const QueueWaitPerPosition = 2 * time.Minute

// satisfactionOffer sets res.Offer to a current promotion of the tenant
// with a text in lang when the customer is pleased and has not been
// offered one in this conversation, and remembers it in slots. It reports
// whether it did.
func (e *Engine) satisfactionOffer(t *kefu.Tenant, slots map[string]string, und kefu.Understanding, lang string, res *kefu.SkillResult) bool {
	if t.Settings.NoSatisfactionOffer || und.Emotion.Label != "satisfaction" ||
		und.Emotion.Intensity < SatisfactionOffer || slots[SlotOffered] != "" || res.Expecting != "" {
		return false
	}
	now := e.Now()
	for _, p := range t.Settings.Promotions {
		text := p.Text[lang]
		if text == "" || !p.Active(now) {
			continue
		}
		res.Offer = &kefu.OfferText{PromotionID: p.ID, Text: text, Code: p.Code}
		slots[SlotOffered] = p.ID
		return true
	}
	return false
}

// card returns the composer's card for res, when it draws cards.
func (e *Engine) card(ctx context.Context, lang string, res kefu.SkillResult) *kefu.Card {
	if cc, ok := e.Composer.(kefu.CardComposer); ok {
		return cc.Card(ctx, lang, res)
	}
	return nil
}

// queueScan bounds how many queued conversations a hand-off's position is
// counted from; beyond it the position is a lower bound.
const queueScan = 500

// queuePosition returns where a conversation queued now with priority
// prio stands: 1 + the queued conversations of the tenant at the same or
// a higher priority (they were queued earlier).
func (e *Engine) queuePosition(ctx context.Context, tenantID, convID string, prio int) (int, error) {
	queued, err := e.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: tenantID, Status: kefu.StatusQueued, Limit: queueScan})
	if err != nil {
		return 0, err
	}
	pos := 1
	for _, c := range queued {
		if c.ID != convID && c.Priority >= prio {
			pos++
		}
	}
	return pos, nil
}

// LanguageSwitch is the detection confidence from which a message can
// move the conversation's language (nlu.LanguageSwitch).
const LanguageSwitch = 0.6

// SlotLanguageSeen remembers a Latin-script language detected in one
// message of a conversation held in another Latin-script language; a
// second message in it switches the conversation.
const SlotLanguageSeen = "_lang_seen"

// SlotLanguageWritten is the conversation's language once a customer
// message was detected in it: a language the customer wrote in, not one
// taken from their profile or the shop's default.
const SlotLanguageWritten = "_lang_written"

// latinScript reports whether lang is written in the Latin script (the
// languages whose detection can confuse one another on short messages).
func latinScript(lang string) bool {
	switch lang {
	case "en", "es", "pt", "fr", "de", "it", "nl", "pl", "id", "ms", "fil", "tl", "vi", "tr", "ca", "ro", "sv", "da", "no", "fi", "cs", "hu":
		return true
	}
	return false
}
