// Package faq is the knowledge-answer skill: it answers from the tenant's
// published articles in the customer's language (through an injected
// kefu.ArticleAnswerer, knowledge.Answerer). It serves the intents whose
// answer is the shop's own text (delivery times, returns, payment
// methods, ...), claims any confident intent the shop has linked an
// article to, and is the engine's fallback: what nothing else serves it
// answers by the message's words, or reports no_article, which the engine
// turns into a clarifying question (not understood) or an offer of a
// person (understood, but nothing answers it).
package faq

import (
	"context"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
)

// Name is the skill's identifier in traces.
const Name = "knowledge"

// DefaultIntents are the intents of kefu's model whose answer is the
// shop's own text: an article linked to the intent answers them, and a
// shop without one gets an offer of a person.
var DefaultIntents = []string{
	"shipping_time", "shipping_cost", "return_policy", "customs_duty", "payment_methods", "contact",
	"place_order", "invoice", "certification", "skin_advice", "recommendation",
	"fresh_allergen",
}

// Interface guards.
var (
	_ kefu.Skill   = (*Skill)(nil)
	_ kefu.Claimer = (*Skill)(nil)
)

// Skill answers from knowledge articles.
type Skill struct {
	Answerer *knowledge.Answerer
	// KnownIntents are the intents it serves; every confident intent
	// linked from one of the shop's articles is claimed too.
	KnownIntents []string
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return s.KnownIntents }

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	return s.Answerer.AnswerFromArticles(ctx, st)
}

// Claim implements kefu.Claimer: a fallback decision (an intent's default
// hand-off, no handler) for an intent understood with confidence is
// answered by an article the shop linked to that intent.
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	u := st.Understanding
	if !d.Claimable || d.Skill == Name && d.Reason == kefu.ReasonIntent || u.Confidence < st.Tenant.ConfidenceThreshold() || u.Intent == "" {
		return "", false
	}
	ok, err := s.Answerer.HasArticleFor(ctx, st.Tenant.ID, u.Intent)
	if err != nil || !ok {
		return "", false
	}
	return kefu.ReasonArticle, true
}
