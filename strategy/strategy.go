// Package strategy holds kefu's emotion strategies (kefu.Strategy): anger
// gets a person first, anxiety the parcel's progress, satisfaction an
// offer. The dialog engine runs them on every bot turn and the agents'
// desk runs the same ones for its assist panel, so the bot and the
// console suggest the same thing for the same customer.
package strategy

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// AngerHandoff is the anger intensity from which a customer is handed to a
// person (unless the shop turns the strategy off).
const AngerHandoff = 0.6

// SatisfactionOffer is the satisfaction intensity from which a pleased
// customer is offered a promotion. A bare "thanks" scores about 0.8 in
// the English model and is politeness, not delight: it gets no offer.
const SatisfactionOffer = 0.85

// Default returns kefu's strategies in kefu's order: anger first (it
// decides), then the ones that add to a reply. The offer strategy reads
// the shop's promotions from promotions.
func Default(promotions kefu.PromotionService, now kefu.Clock) []kefu.Strategy {
	return []kefu.Strategy{AngerPriority{}, AnxietyProgress{}, &Offer{Promotions: promotions, Now: now}}
}

// For returns the strategies of all that the shop runs, in the shop's
// order when it lists them (TenantSettings.Strategies), else in all's.
func For(all []kefu.Strategy, s *kefu.TenantSettings) []kefu.Strategy {
	if s.Strategies == nil && !s.NoSatisfactionOffer {
		return all // the common case, without a copy
	}
	if s.Strategies == nil {
		out := make([]kefu.Strategy, 0, len(all))
		for _, st := range all {
			if s.StrategyEnabled(st.Name()) {
				out = append(out, st)
			}
		}
		return out
	}
	var out []kefu.Strategy
	for _, name := range s.Strategies {
		for _, st := range all {
			if st.Name() == name && s.StrategyEnabled(name) {
				out = append(out, st)
			}
		}
	}
	return out
}

// Interface guards.
var (
	_ kefu.DecisionStrategy = AngerPriority{}
	_ kefu.ReplyStrategy    = AnxietyProgress{}
	_ kefu.ReplyStrategy    = (*Offer)(nil)
)

// AngerPriority hands a strongly angry customer to a person with priority
// 2 (+1 for VIPs), and raises by one the priority of a hand-off decided
// for another reason (the customer asked, a sensitive topic).
type AngerPriority struct{}

// Name implements kefu.Strategy.
func (AngerPriority) Name() string { return kefu.StrategyAngerPriority }

// Applies implements kefu.Strategy.
func (AngerPriority) Applies(u kefu.Understanding) bool {
	return u.Emotion.Label == kefu.EmotionAnger && u.Emotion.Intensity >= AngerHandoff
}

// Decide implements kefu.DecisionStrategy.
func (AngerPriority) Decide(st *kefu.TurnState, d kefu.Decision) (kefu.Decision, bool) {
	switch {
	case d.Action == kefu.ActionSilent:
		return d, false
	case d.Action == kefu.ActionHandoff && (d.Reason == kefu.ReasonCustomerAsked || strings.HasPrefix(d.Reason, kefu.ReasonSensitive)):
		d.Priority++
		return d, true
	case st.Tenant.Settings.NoAngerHandoff:
		return d, false
	}
	prio := 2
	if st.Customer != nil && st.Customer.VIP {
		prio++
	}
	return kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonAnger, Priority: prio}, true
}

// AnxietyProgress shows a worried customer asking about a parcel its
// whole progress with the answer (a progress card, and the timeline in
// the text for clients without cards).
type AnxietyProgress struct{}

// Name implements kefu.Strategy.
func (AnxietyProgress) Name() string { return kefu.StrategyAnxietyProgress }

// Applies implements kefu.Strategy.
func (AnxietyProgress) Applies(u kefu.Understanding) bool {
	return u.Emotion.Label == kefu.EmotionAnxiety
}

// Enrich implements kefu.ReplyStrategy.
func (AnxietyProgress) Enrich(ctx context.Context, st *kefu.TurnState, lang string, res *kefu.SkillResult) bool {
	if len(res.Events) == 0 {
		return false
	}
	res.ShowProgress = true
	return true
}

// Offer offers a pleased customer one of the shop's running promotions
// written in the reply's language, once per conversation (kefu.SlotOffered),
// and never in a reply that asks the customer something. It reads the
// promotions only then: on turns it applies to (Applies), when no offer
// was made yet.
type Offer struct {
	// Promotions are the shops' promotions; nil means none.
	Promotions kefu.PromotionService
	Now        kefu.Clock
	// Logger logs promotions that could not be read (the reply then
	// goes without an offer); nil means slog.Default.
	Logger *slog.Logger
}

// Name implements kefu.Strategy.
func (*Offer) Name() string { return kefu.StrategySatisfactionOffer }

// Applies implements kefu.Strategy.
func (*Offer) Applies(u kefu.Understanding) bool {
	return u.Emotion.Label == kefu.EmotionSatisfaction && u.Emotion.Intensity >= SatisfactionOffer
}

// Enrich implements kefu.ReplyStrategy.
func (o *Offer) Enrich(ctx context.Context, st *kefu.TurnState, lang string, res *kefu.SkillResult) bool {
	if st.Conversation.Slots[kefu.SlotOffered] != "" || res.Expecting != "" || res.Offer != nil {
		return false
	}
	p, err := Promotion(ctx, o.Promotions, st.Tenant.ID, lang, o.now())
	if err != nil {
		logger := o.Logger
		if logger == nil {
			logger = slog.Default()
		}
		logger.WarnContext(ctx, "offer: promotions unavailable", slog.String("tenant", st.Tenant.ID), slog.Any("err", err))
		return false
	}
	if p == nil {
		return false
	}
	res.Offer = &kefu.OfferText{PromotionID: p.ID, Text: p.Text[lang], Code: p.Code}
	if res.SetSlots == nil {
		res.SetSlots = map[string]string{}
	}
	res.SetSlots[kefu.SlotOffered] = p.ID
	return true
}

func (o *Offer) now() time.Time { return o.Now.Time() }

// Promotion returns the shop's first promotion (by ID) running at now
// with a text in lang, or nil; nil too when ps is nil.
func Promotion(ctx context.Context, ps kefu.PromotionService, tenantID, lang string, now time.Time) (*kefu.Promotion, error) {
	if ps == nil {
		return nil, nil
	}
	// Promotions are few; a shop with more than a page of running ones
	// is paged through.
	f := kefu.PromotionFilter{TenantID: tenantID, ActiveAt: now, Limit: 100}
	for {
		page, err := ps.FindPromotions(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, p := range page {
			if p.Text[lang] != "" {
				return p, nil
			}
		}
		if len(page) < f.Limit {
			return nil, nil
		}
		f.After = page[len(page)-1].ID
	}
}
