// Package faq is the knowledge-answer skill: it answers from the tenant's
// published articles in the customer's language, chosen by the article's
// linked intents or, failing that, by BM25 retrieval.
package faq

import (
	"context"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
)

// Name is the skill's identifier in traces.
const Name = "knowledge"

// Outcomes.
const (
	OutcomeArticle   = "article"
	OutcomeNoArticle = "no_article"
)

// MinCoverage is the share of the question's terms an article must contain
// to be used when no intent links to it.
const MinCoverage = 0.5

var _ kefu.Skill = (*Skill)(nil)

// Skill answers from knowledge articles.
type Skill struct {
	Knowledge *knowledge.Service
	// KnownIntents are the intents it serves; every intent linked from an
	// article is served too.
	KnownIntents []string
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return s.KnownIntents }

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	ix, err := s.Knowledge.Index(ctx, st.Tenant.ID)
	if err != nil {
		return kefu.SkillResult{}, err
	}
	lang := st.Conversation.Language
	if lang == "" {
		lang = st.Understanding.Language
	}
	var art *kefu.Article
	if arts := ix.ByIntent(st.Understanding.Intent, lang); len(arts) > 0 {
		art = arts[0]
		// Several articles answer the intent: let the words decide among
		// those in the customer's language.
		if len(arts) > 1 && arts[1].Language == lang {
			for _, h := range ix.Search(st.Message.Text, lang, 10) {
				if hasIntent(h.Article, st.Understanding.Intent) {
					art = h.Article
					break
				}
			}
		}
	} else {
		hits := ix.Search(st.Message.Text, lang, 1)
		if len(hits) == 0 || hits[0].Coverage < MinCoverage {
			// Nothing in the customer's language: try all languages.
			hits = ix.Search(st.Message.Text, "", 1)
		}
		if len(hits) > 0 && hits[0].Coverage >= MinCoverage {
			art = hits[0].Article
		}
	}
	if art == nil {
		return kefu.SkillResult{Outcome: OutcomeNoArticle}, nil
	}
	if art.Language != lang {
		// Prefer the same article (same key) in the customer's language.
		if a := ix.ByKey(art.Key, lang); a != nil {
			art = a
		}
	}
	return kefu.SkillResult{
		Outcome:      OutcomeArticle,
		Text:         art.Body,
		TextLanguage: art.Language,
		ArticleID:    art.ID,
		Data:         map[string]string{"title": art.Title, "key": art.Key},
		Records:      []kefu.RecordRef{{Kind: "article", ID: art.ID}},
	}, nil
}

func hasIntent(a *kefu.Article, intent string) bool {
	for _, in := range a.Intents {
		if in == intent {
			return true
		}
	}
	return false
}
