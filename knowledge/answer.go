package knowledge

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/translate"
)

// DefaultMinMatch is the Hit.Match from which an article found by its
// words answers the customer. It is the accuracy-optimal threshold of
// Index.Similarity fitted on the two folds of the LCQMC question pairs
// (0.616 and 0.620; open-domain questions, the closest of the measured
// sets to a shop's many-topic FAQ), rounded down. On the held-out folds it
// decides "same question" with 67.8% accuracy (BERT: 87%); see
// docs/knowledge.md for all the numbers and why the BQ and ATEC
// thresholds differ.
const DefaultMinMatch = 0.6

// TranslateTimeout bounds the machine translation of an article: past it
// the customer gets the article in its own language with a notice.
const TranslateTimeout = 3 * time.Second

// candidates is how many retrieved articles are compared by Match.
const candidates = 10

var _ kefu.ArticleAnswerer = (*Answerer)(nil)

// Answerer answers a turn from the tenant's published articles in the
// customer's language: by the articles linked to the intent when the
// intent is confident, else by retrieval (BM25 over the articles, then
// Hit.Match against the article's question), answering only when the
// match clears MinMatch. It is the knowledge search that the knowledge
// skill, other skills and the agents' desk share; safe for concurrent use.
type Answerer struct {
	Knowledge *Service
	// MinMatch overrides DefaultMinMatch when positive.
	MinMatch float64
	// Translator, if set, machine-translates an article that exists only
	// in another language into the customer's; the reply says it is a
	// machine translation.
	Translator translate.Translator
	// LLM, if set, writes the answer from the retrieved articles for the
	// shops that opted in (TenantSettings.LLMAnswers); an answer it
	// writes that fails its checks falls back to the answer without it.
	// Only the knowledge skill's Answerer has one: skills answering from
	// the shop's data never go through a language model (docs/llm.md).
	LLM Grounder
}

// AnswerFromArticles implements kefu.ArticleAnswerer.
func (a *Answerer) AnswerFromArticles(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	ix, err := a.Knowledge.Index(ctx, st.Tenant.ID)
	if err != nil {
		return kefu.SkillResult{}, err
	}
	lang := st.Conversation.Language
	if lang == "" {
		lang = st.Understanding.Language
	}
	art, match, via := a.choose(ix, st, lang)
	var trace map[string]any
	if a.LLM != nil && st.Tenant.Settings.LLMAnswers {
		res, tr, ok := a.ground(ctx, ix, st, lang, art, match)
		if ok {
			return res, nil
		}
		// Refused or failed: kefu's own answer, with the attempt traced.
		trace = tr
	}
	if art == nil {
		return kefu.SkillResult{Outcome: kefu.OutcomeNoArticle, Data: map[string]string{"match": fmtScore(match)}, TraceExtra: trace}, nil
	}
	if art.Language != lang {
		// Prefer the same article (same key) in the customer's language.
		if v := ix.ByKey(art.Key, lang); v != nil {
			art = v
		}
	}
	res := kefu.SkillResult{
		Outcome:      kefu.OutcomeArticle,
		Text:         art.Body,
		TextLanguage: art.Language,
		ArticleID:    art.ID,
		Data:         map[string]string{"title": art.Title, "key": art.Key, "match": fmtScore(match), "via": via},
		Records:      []kefu.RecordRef{{Kind: "article", ID: art.ID}},
		TraceExtra:   trace,
	}
	if art.Language != lang && lang != "" {
		a.translate(ctx, st.Tenant.ID, art, lang, &res)
	}
	return res, nil
}

// HasArticleFor reports whether the tenant has a published article linked
// to intent.
func (a *Answerer) HasArticleFor(ctx context.Context, tenantID, intent string) (bool, error) {
	ix, err := a.Knowledge.Index(ctx, tenantID)
	if err != nil {
		return false, err
	}
	return len(ix.ByIntent(intent, "")) > 0, nil
}

// translate replaces res.Text with a machine translation of the article
// into lang when a provider covers the pair; otherwise, or on failure,
// the article stays in its language (the composer says which).
func (a *Answerer) translate(ctx context.Context, tenantID string, art *kefu.Article, lang string, res *kefu.SkillResult) {
	if a.Translator == nil || !a.Translator.Supports(art.Language, lang) {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, TranslateTimeout)
	defer cancel()
	tr, err := a.Translator.Translate(ctx, translate.Request{Text: art.Body, From: art.Language, To: lang, TenantID: tenantID})
	if err != nil || !tr.Machine || strings.TrimSpace(tr.Text) == "" {
		return
	}
	res.Text, res.TextLanguage = tr.Text, lang
	res.Translated = &kefu.TextTranslation{From: art.Language, Provider: tr.Provider, Original: art.Body}
}

// choose picks the article to answer with, its match and how it was
// found ("intent" or "match"), or nil and the best match seen.
func (a *Answerer) choose(ix *Index, st *kefu.TurnState, lang string) (*kefu.Article, float64, string) {
	text := st.Understanding.Normalized
	if text == "" {
		text = st.Message.Text
	}
	syn := NewSynonyms(st.Tenant.Settings.Synonyms)
	// A confident intent with linked articles: the intent decides, the
	// words only choose among several linked articles.
	if st.Understanding.Confidence >= st.Tenant.ConfidenceThreshold() {
		if arts := ix.ByIntent(st.Understanding.Intent, lang); len(arts) > 0 {
			best, bestMatch := arts[0], -1.0
			for _, h := range ix.Find(Query{Text: text, Language: arts[0].Language, K: candidates, Synonyms: syn}) {
				if hasIntent(h.Article, st.Understanding.Intent) && h.Match > bestMatch {
					best, bestMatch = h.Article, h.Match
				}
			}
			return best, max(bestMatch, 0), "intent"
		}
	}
	// Otherwise the words decide: the closest question among the best
	// retrieved in the customer's language, then in any language.
	var best Hit
	for _, l := range []string{lang, ""} {
		for _, h := range ix.Find(Query{Text: text, Language: l, K: candidates, Synonyms: syn}) {
			if h.Match > best.Match {
				best = h
			}
		}
		if best.Match >= a.minMatch() {
			return best.Article, best.Match, "match"
		}
	}
	return nil, best.Match, ""
}

func (a *Answerer) minMatch() float64 {
	if a.MinMatch > 0 {
		return a.MinMatch
	}
	return DefaultMinMatch
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
