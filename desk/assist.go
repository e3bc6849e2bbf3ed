package desk

import (
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
)

// SlotOrderNumber is the conversation slot the order skill remembers the
// order under discussion in (skills/order.SlotOrderNumber); when it is
// set, the assist panel drafts the tracking answer for that order.
const SlotOrderNumber = "order_number"

// Assist limits.
const (
	MaxAssistArticles = 3
	// assistMessages is how many of the latest customer messages the
	// article search reads.
	assistMessages = 3
)

// Strategies suggested for the customer's emotion (Strategy.Code).
const (
	StrategyCalm     = "acknowledge_and_fix" // anger
	StrategyProgress = "show_progress"       // anxiety
	StrategyOffer    = "offer_promotion"     // satisfaction
)

// Assist is the assist panel: what may help the agent answer.
type Assist struct {
	// Emotion of the last customer message, and Intent as understood.
	Emotion  *kefu.Emotion `json:"emotion,omitempty"`
	Intent   string        `json:"intent,omitempty"`
	Strategy *Strategy     `json:"strategy,omitempty"`
	// Articles relevant to the latest customer messages, in the agent's
	// language where the shop has a version in it.
	Articles []AssistArticle `json:"articles"`
	// Drafts are ready replies in the customer's language.
	Drafts []Draft `json:"drafts"`
}

// Strategy is a suggested way to answer, with a short explanation in the
// agent's language.
type Strategy struct {
	Code string `json:"code"`
	Text string `json:"text"`
}

// AssistArticle is a knowledge article shown to the agent.
type AssistArticle struct {
	ID       string `json:"id"`
	Key      string `json:"key"`
	Title    string `json:"title"`
	Body     string `json:"body"`
	Language string `json:"language"`
}

// Draft is a reply an agent may send as is or edit. Text is in Language,
// the customer's, so the console sends it untranslated; Preview is the
// same answer in the agent's language when one could be made.
type Draft struct {
	Source          string `json:"source"` // a skill name, "article" or "promotion"
	Title           string `json:"title,omitempty"`
	Text            string `json:"text"`
	Language        string `json:"language"`
	Preview         string `json:"preview,omitempty"`
	PreviewLanguage string `json:"preview_language,omitempty"`
}

// Assist gathers the assist panel of a conversation of a's tenant: the
// emotion of the last customer message and the strategy for it, articles
// matching the latest customer messages, and drafts from the skills (the
// order-tracking answer for the order in the conversation's order slot,
// the skill serving the last message's intent, a promotion for a pleased
// customer). Failures of optional parts are logged and leave them out.
func (d *Desk) Assist(ctx context.Context, a *kefu.Agent, conversationID string) (*Assist, error) {
	const op = "desk.Assist"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	out := &Assist{Articles: []AssistArticle{}, Drafts: []Draft{}}
	agentLang, custLang := AgentLanguage(a, t), customerLanguage(conv, t)
	msgs, err := d.latestMessages(ctx, t.ID, conv.ID, 50)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	recent := lastCustomerMessages(msgs, assistMessages)
	var cust *kefu.Customer
	if conv.CustomerID != "" {
		if cust, err = d.Store.FindCustomerByID(ctx, t.ID, conv.CustomerID); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return nil, kefu.E(op, err)
		}
	}

	var und kefu.Understanding
	var last *kefu.Message
	if len(recent) > 0 {
		last = recent[len(recent)-1]
		if d.Understander != nil {
			und, err = d.Understander.Understand(ctx, kefu.UnderstandRequest{Tenant: t, Text: last.Text, Language: custLang})
			if err != nil {
				d.Logger.WarnContext(ctx, "assist: understanding failed", slog.String("conversation", conv.ID), slog.Any("err", err))
				und = kefu.Understanding{}
			}
		}
	}
	if und.Emotion.Label == "" {
		// No understander: the bot's last trace knows the emotion.
		for i := len(msgs) - 1; i >= 0; i-- {
			if tr := msgs[i].Trace; tr != nil && tr.Emotion != nil {
				und.Emotion = *tr.Emotion
				if und.Intent == "" {
					und.Intent, und.Confidence = tr.Intent, tr.Confidence
				}
				break
			}
		}
	}
	if und.Emotion.Label != "" {
		em := und.Emotion
		out.Emotion = &em
	}
	out.Intent = und.Intent
	out.Strategy = d.strategy(ctx, agentLang, und.Emotion)

	out.Articles = d.articles(ctx, t, und, joinTexts(recent), custLang, agentLang)
	if last != nil || conv.Slots[SlotOrderNumber] != "" {
		out.Drafts = d.skillDrafts(ctx, t, conv, cust, last, und, custLang, agentLang)
	}
	if out.Strategy != nil && out.Strategy.Code == StrategyOffer {
		if dr, ok := promotionDraft(t, custLang, agentLang, d.Now()); ok {
			out.Drafts = append(out.Drafts, dr)
		}
	}
	return out, nil
}

// strategy maps an emotion to the suggested strategy; nil for a calm
// customer.
func (d *Desk) strategy(ctx context.Context, lang string, em kefu.Emotion) *Strategy {
	var code, key string
	switch em.Label {
	case "anger":
		code, key = StrategyCalm, "desk_strategy_anger"
	case "anxiety":
		code, key = StrategyProgress, "desk_strategy_anxiety"
	case "satisfaction":
		code, key = StrategyOffer, "desk_strategy_satisfaction"
	default:
		return nil
	}
	return &Strategy{Code: code, Text: d.Composer.Compose(ctx, lang, kefu.SkillResult{Outcome: key})}
}

// articles finds up to MaxAssistArticles articles for the customer's
// latest words (and their intent, when understood with confidence), in
// the agent's language when the shop has that version.
func (d *Desk) articles(ctx context.Context, t *kefu.Tenant, und kefu.Understanding, query, custLang, agentLang string) []AssistArticle {
	out := []AssistArticle{}
	if d.Knowledge == nil || query == "" {
		return out
	}
	ix, err := d.Knowledge.Index(ctx, t.ID)
	if err != nil {
		d.Logger.WarnContext(ctx, "assist: knowledge index", slog.String("tenant", t.ID), slog.Any("err", err))
		return out
	}
	var found []*kefu.Article
	if und.Intent != "" && und.Confidence >= 0.5 {
		found = append(found, ix.ByIntent(und.Intent, custLang)...)
	}
	hits := ix.Search(query, custLang, MaxAssistArticles)
	if len(hits) == 0 {
		hits = ix.Search(query, "", MaxAssistArticles)
	}
	for _, h := range hits {
		found = append(found, h.Article)
	}
	seen := map[string]bool{}
	for _, art := range found {
		if len(out) == MaxAssistArticles {
			break
		}
		if seen[art.Key] {
			continue
		}
		seen[art.Key] = true
		if v := ix.ByKey(art.Key, agentLang); v != nil {
			art = v
		}
		out = append(out, AssistArticle{ID: art.ID, Key: art.Key, Title: art.Title, Body: art.Body, Language: art.Language})
	}
	return out
}

// skillDrafts runs the skills that serve the last message's intent, and
// the order-tracking skill when the conversation remembers an order, and
// composes each result in the customer's language (and the agent's, as a
// preview). Results that need more from the customer are left out.
func (d *Desk) skillDrafts(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation, cust *kefu.Customer, last *kefu.Message, und kefu.Understanding, custLang, agentLang string) []Draft {
	out := []Draft{}
	if last == nil {
		last = &kefu.Message{TenantID: t.ID, ConversationID: conv.ID, Author: kefu.AuthorCustomer}
	}
	seen := map[string]bool{}
	for _, s := range d.Skills {
		intents := s.Intents()
		u := und
		switch {
		case und.Intent != "" && slices.Contains(intents, und.Intent):
		case conv.Slots[SlotOrderNumber] != "" && slices.Contains(intents, kefu.IntentTrackOrder):
			u.Intent = kefu.IntentTrackOrder
		default:
			continue
		}
		st := &kefu.TurnState{Tenant: t, Conversation: conv, Customer: cust, Message: last, Understanding: u}
		res, err := s.Run(ctx, st)
		if err != nil {
			d.Logger.WarnContext(ctx, "assist: skill failed", slog.String("skill", s.Name()), slog.Any("err", err))
			continue
		}
		if res.Expecting != "" || res.Outcome == "no_article" || res.Outcome == "error" {
			continue
		}
		if und.Emotion.Label == "anxiety" && len(res.Events) > 0 {
			res.ShowProgress = true
		}
		dr := Draft{Source: s.Name(), Title: res.Outcome, Text: d.Composer.Compose(ctx, custLang, res), Language: custLang}
		if res.Text == "" && agentLang != custLang {
			dr.Preview, dr.PreviewLanguage = d.Composer.Compose(ctx, agentLang, res), agentLang
		} else if title := res.Data["title"]; title != "" {
			dr.Title = title
		}
		if dr.Text == "" || seen[dr.Text] {
			continue
		}
		seen[dr.Text] = true
		out = append(out, dr)
	}
	return out
}

// promotionDraft offers the first running promotion written in the
// customer's language (or else the shop's working language).
func promotionDraft(t *kefu.Tenant, custLang, agentLang string, now time.Time) (Draft, bool) {
	for _, p := range t.Settings.Promotions {
		if !p.Active(now) {
			continue
		}
		lang := custLang
		text := p.Text[lang]
		if text == "" {
			lang = t.Settings.DefaultLanguage
			text = p.Text[lang]
		}
		if text == "" {
			continue
		}
		if p.Code != "" {
			text += " (" + p.Code + ")"
		}
		dr := Draft{Source: "promotion", Title: p.ID, Text: text, Language: lang}
		if pv := p.Text[agentLang]; pv != "" && agentLang != lang {
			dr.Preview, dr.PreviewLanguage = pv, agentLang
		}
		return dr, true
	}
	return Draft{}, false
}
