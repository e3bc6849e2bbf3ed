package desk

import (
	"context"
	"log/slog"
	"slices"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/strategy"
)

// Assist limits.
const (
	MaxAssistArticles = 3
	// assistMessages is how many of the latest customer messages the
	// article search reads.
	assistMessages = 3
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
// agent's language. Code is the name of the kefu.Strategy the bot runs for
// the same customer (kefu.StrategyAngerPriority, ...).
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
// emotion of the last customer message and the strategy for it (the shop's
// strategies, as the bot runs them), articles matching the latest
// customer messages, and drafts from the skills (the order-tracking
// answer for the order in the conversation's order slot, the skill
// serving the last message's intent, each enriched by the strategies as
// the bot's reply would be, and a promotion for a pleased customer).
// Failures of optional parts are logged and leave them out.
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
	strategies := d.strategies(t, und)
	if len(strategies) > 0 {
		// The first that applies is the one to suggest (anger comes first).
		name := strategies[0].Name()
		out.Strategy = &Strategy{Code: name, Text: d.Composer.Compose(ctx, agentLang, kefu.SkillResult{Outcome: "desk_strategy_" + name})}
	}

	out.Articles = d.articles(ctx, t, und, joinTexts(recent), custLang, agentLang)
	if last == nil {
		last = &kefu.Message{TenantID: t.ID, ConversationID: conv.ID, Author: kefu.AuthorCustomer}
	}
	st := &kefu.TurnState{Tenant: t, Conversation: conv, Customer: cust, Message: last, Understanding: und}
	if len(recent) > 0 || conv.Slots[kefu.SlotOrderNumber] != "" {
		out.Drafts = d.skillDrafts(ctx, st, strategies, custLang, agentLang)
	}
	if dr, ok := d.offerDraft(ctx, st, strategies, custLang, agentLang); ok {
		out.Drafts = append(out.Drafts, dr)
	}
	return out, nil
}

// strategies returns the shop's strategies that apply to und, in the
// shop's order.
func (d *Desk) strategies(t *kefu.Tenant, und kefu.Understanding) []kefu.Strategy {
	var out []kefu.Strategy
	for _, s := range strategy.For(d.Strategies, &t.Settings) {
		if s.Applies(und) {
			out = append(out, s)
		}
	}
	return out
}

// enrich runs the reply strategies on a draft's result, as the bot's turn
// does.
func enrich(ctx context.Context, st *kefu.TurnState, strategies []kefu.Strategy, lang string, res *kefu.SkillResult) {
	for _, s := range strategies {
		if rs, ok := s.(kefu.ReplyStrategy); ok {
			rs.Enrich(ctx, st, lang, res)
		}
	}
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
func (d *Desk) skillDrafts(ctx context.Context, st *kefu.TurnState, strategies []kefu.Strategy, custLang, agentLang string) []Draft {
	out := []Draft{}
	und, conv := st.Understanding, st.Conversation
	seen := map[string]bool{}
	for _, s := range d.Skills {
		intents := s.Intents()
		u := und
		switch {
		case und.Intent != "" && slices.Contains(intents, und.Intent):
		case conv.Slots[kefu.SlotOrderNumber] != "" && slices.Contains(intents, kefu.IntentTrackOrder):
			u.Intent = kefu.IntentTrackOrder
		default:
			continue
		}
		sst := *st
		sst.Understanding = u
		res, err := s.Run(ctx, &sst)
		if err != nil {
			d.Logger.WarnContext(ctx, "assist: skill failed", slog.String("skill", s.Name()), slog.Any("err", err))
			continue
		}
		if res.Expecting != "" || res.Outcome == kefu.OutcomeNoArticle || res.Outcome == kefu.OutcomeError {
			continue
		}
		// Progress for a worried customer; an offer has a draft of its own.
		enrich(ctx, &sst, withoutOffer(strategies), custLang, &res)
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

// withoutOffer drops the strategies that add offers.
func withoutOffer(ss []kefu.Strategy) []kefu.Strategy {
	var out []kefu.Strategy
	for _, s := range ss {
		if s.Name() != kefu.StrategySatisfactionOffer {
			out = append(out, s)
		}
	}
	return out
}

// offerDraft is the promotion the satisfaction strategy offers a pleased
// customer, in the customer's language or else the shop's, with its code.
func (d *Desk) offerDraft(ctx context.Context, st *kefu.TurnState, strategies []kefu.Strategy, custLang, agentLang string) (Draft, bool) {
	for _, s := range strategies {
		rs, ok := s.(kefu.ReplyStrategy)
		if !ok || s.Name() != kefu.StrategySatisfactionOffer {
			continue
		}
		for _, lang := range []string{custLang, st.Tenant.Settings.DefaultLanguage} {
			var res kefu.SkillResult
			if !rs.Enrich(ctx, st, lang, &res) || res.Offer == nil {
				continue
			}
			text := res.Offer.Text
			if res.Offer.Code != "" {
				text += " (" + res.Offer.Code + ")"
			}
			dr := Draft{Source: "promotion", Title: res.Offer.PromotionID, Text: text, Language: lang}
			if agentLang != lang {
				p, err := d.Store.FindPromotionByID(ctx, st.Tenant.ID, res.Offer.PromotionID)
				if err != nil {
					// Deleted meanwhile, or unreadable: the draft goes without a preview.
					d.Logger.WarnContext(ctx, "assist: promotion preview", slog.String("promotion", res.Offer.PromotionID), slog.Any("err", err))
				} else if pv := p.Text[agentLang]; pv != "" {
					dr.Preview, dr.PreviewLanguage = pv, agentLang
				}
			}
			return dr, true
		}
	}
	return Draft{}, false
}
