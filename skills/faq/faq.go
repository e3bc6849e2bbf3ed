// Package faq is the knowledge-answer skill: it answers from the tenant's
// published articles in the customer's language, chosen by the article's
// linked intents when the intent is confident, else by retrieval (BM25
// over the articles, then Hit.Match against the article's question). It
// answers only when the match clears a fitted threshold; otherwise it
// reports no_article, which the dialog turns into a clarifying question
// (and, after a few in a row, a hand-off).
package faq

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/translate"
)

// Name is the skill's identifier in traces.
const Name = "knowledge"

// Outcomes.
const (
	OutcomeArticle   = "article"
	OutcomeNoArticle = "no_article"
)

// DefaultMinMatch is the Hit.Match from which an article found by its
// words answers the customer. It is the accuracy-optimal threshold of
// knowledge.Index.Similarity fitted on the two folds of the LCQMC
// question pairs (0.616 and 0.620; open-domain questions, the closest of
// the measured sets to a shop's many-topic FAQ), rounded down. On the
// held-out folds it decides "same question" with 67.8% accuracy (BERT:
// 87%); see docs/knowledge.md for all the numbers and why the BQ and
// ATEC thresholds differ.
const DefaultMinMatch = 0.6

// DefaultIntentConfidence is the intent confidence from which an article
// linked to the intent answers without a word match; the same default as
// the dialog policy's (dialog.DefaultThreshold), overridden like it by
// the tenant's ConfidenceThreshold.
const DefaultIntentConfidence = 0.7

// candidates is how many retrieved articles are compared by Match.
const candidates = 10

var _ kefu.Skill = (*Skill)(nil)

// Skill answers from knowledge articles.
type Skill struct {
	Knowledge *knowledge.Service
	// KnownIntents are the intents it serves; every intent linked from an
	// article is served too.
	KnownIntents []string
	// MinMatch overrides DefaultMinMatch when positive.
	MinMatch float64
	// Translator, if set, machine-translates an article that exists only
	// in another language into the customer's; the reply says it is a
	// machine translation.
	Translator translate.Translator
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
	art, match, via := s.choose(ix, st, lang)
	if art == nil {
		return kefu.SkillResult{Outcome: OutcomeNoArticle, Data: map[string]string{"match": fmtScore(match)}}, nil
	}
	if art.Language != lang {
		// Prefer the same article (same key) in the customer's language.
		if a := ix.ByKey(art.Key, lang); a != nil {
			art = a
		}
	}
	res := kefu.SkillResult{
		Outcome:      OutcomeArticle,
		Text:         art.Body,
		TextLanguage: art.Language,
		ArticleID:    art.ID,
		Data:         map[string]string{"title": art.Title, "key": art.Key, "match": fmtScore(match), "via": via},
		Records:      []kefu.RecordRef{{Kind: "article", ID: art.ID}},
	}
	if art.Language != lang && lang != "" {
		s.translate(ctx, st.Tenant.ID, art, lang, &res)
	}
	return res, nil
}

// TranslateTimeout bounds the machine translation of an article: past it
// the customer gets the article in its own language with a notice.
const TranslateTimeout = 3 * time.Second

// translate replaces res.Text with a machine translation of the article
// into lang when a provider covers the pair; otherwise, or on failure,
// the article stays in its language (the composer says which).
func (s *Skill) translate(ctx context.Context, tenantID string, art *kefu.Article, lang string, res *kefu.SkillResult) {
	if s.Translator == nil || !s.Translator.Supports(art.Language, lang) {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, TranslateTimeout)
	defer cancel()
	tr, err := s.Translator.Translate(ctx, translate.Request{Text: art.Body, From: art.Language, To: lang, TenantID: tenantID})
	if err != nil || !tr.Machine || strings.TrimSpace(tr.Text) == "" {
		return
	}
	res.Text, res.TextLanguage = tr.Text, lang
	res.Translated = &kefu.TextTranslation{From: art.Language, Provider: tr.Provider, Original: art.Body}
}

// choose picks the article to answer with, its match and how it was
// found ("intent" or "match"), or nil and the best match seen.
func (s *Skill) choose(ix *knowledge.Index, st *kefu.TurnState, lang string) (*kefu.Article, float64, string) {
	text := st.Understanding.Normalized
	if text == "" {
		text = st.Message.Text
	}
	syn := knowledge.NewSynonyms(st.Tenant.Settings.Synonyms)
	// A confident intent with linked articles: the intent decides, the
	// words only choose among several linked articles.
	if st.Understanding.Confidence >= intentThreshold(st.Tenant) {
		if arts := ix.ByIntent(st.Understanding.Intent, lang); len(arts) > 0 {
			best, bestMatch := arts[0], -1.0
			for _, h := range ix.Find(knowledge.Query{Text: text, Language: arts[0].Language, K: candidates, Synonyms: syn}) {
				if hasIntent(h.Article, st.Understanding.Intent) && h.Match > bestMatch {
					best, bestMatch = h.Article, h.Match
				}
			}
			return best, max(bestMatch, 0), "intent"
		}
	}
	// Otherwise the words decide: the closest question among the best
	// retrieved in the customer's language, then in any language.
	var best knowledge.Hit
	for _, l := range []string{lang, ""} {
		for _, h := range ix.Find(knowledge.Query{Text: text, Language: l, K: candidates, Synonyms: syn}) {
			if h.Match > best.Match {
				best = h
			}
		}
		if best.Match >= s.minMatch() {
			return best.Article, best.Match, "match"
		}
	}
	return nil, best.Match, ""
}

func (s *Skill) minMatch() float64 {
	if s.MinMatch > 0 {
		return s.MinMatch
	}
	return DefaultMinMatch
}

func intentThreshold(t *kefu.Tenant) float64 {
	if t.Settings.ConfidenceThreshold > 0 {
		return t.Settings.ConfidenceThreshold
	}
	return DefaultIntentConfidence
}

func fmtScore(x float64) string {
	return strconv.FormatFloat(x, 'f', 3, 64)
}

func hasIntent(a *kefu.Article, intent string) bool {
	for _, in := range a.Intents {
		if in == intent {
			return true
		}
	}
	return false
}
