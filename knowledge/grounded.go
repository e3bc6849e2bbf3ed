package knowledge

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/redact"
	"github.com/kefu-ai/kefu/llm"
)

// Grounder writes an answer from retrieved articles and judges it
// (*llm.Grounder, docs/llm.md).
type Grounder interface {
	Ground(ctx context.Context, req llm.GroundRequest) llm.Answer
}

// GroundMinMatch is the Hit.Match from which a retrieved article is
// offered to the language model. It is below DefaultMinMatch on purpose:
// the model may find the answer in an article whose title is worded
// unlike the question, and it refuses when the article does not answer.
// It was set by hand, not fitted (docs/llm.md).
const GroundMinMatch = 0.25

// ViaLLM is the "via" of an answer the language model wrote.
const ViaLLM = "llm"

// TraceLLM is the key of the language model's record in Trace.Extra.
const TraceLLM = "llm"

// personal are the entity types removed from a question before it leaves
// kefu, with their placeholders.
var personal = map[string]string{
	"order_number":    "[order number]",
	"tracking_number": "[tracking number]",
	"phone":           redact.PhoneMark,
	"email":           redact.EmailMark,
}

// ground asks the language model for an answer from the articles that
// retrieval finds for the turn (chosen, the article kefu would answer
// with, first). ok is false when it wrote none that passed its checks;
// trace is then what to record of the attempt (nil when the model was not
// asked: no article came close enough).
func (a *Answerer) ground(ctx context.Context, ix *Index, st *kefu.TurnState, lang string, chosen *kefu.Article, match float64) (res kefu.SkillResult, trace map[string]any, ok bool) {
	if strings.TrimSpace(st.Message.Text) == "" {
		return res, nil, false
	}
	if lang == "" {
		lang = st.Tenant.Settings.DefaultLanguage
	}
	arts := groundArticles(ix, st, lang, chosen)
	if len(arts) == 0 {
		return res, nil, false
	}
	req := llm.GroundRequest{Question: Redact(st.Message.Text, st.Understanding.Entities), Language: lang}
	offered := make([]string, len(arts))
	for i, art := range arts {
		req.Articles = append(req.Articles, llm.Article{ID: art.ID, Title: art.Title, Body: art.Body, Language: art.Language})
		offered[i] = art.ID
	}
	ans := a.LLM.Ground(ctx, req)
	rec := map[string]any{
		"model":      ans.Model,
		"verdict":    ans.Verdict,
		"latency_ms": math.Round(float64(ans.Latency.Microseconds())/10) / 100,
		"offered":    offered,
	}
	if ans.Cached {
		rec["cached"] = true
	}
	trace = map[string]any{TraceLLM: rec}
	if !ans.OK() {
		return res, trace, false
	}
	cited := make([]string, len(ans.Cited))
	sources := make([]string, len(ans.Cited))
	res = kefu.SkillResult{
		Outcome:      kefu.OutcomeArticle,
		Text:         ans.Text,
		TextLanguage: lang,
		ArticleID:    arts[ans.Cited[0]].ID,
		TraceExtra:   trace,
	}
	for i, n := range ans.Cited {
		art := arts[n]
		cited[i] = art.ID
		sources[i] = fmt.Sprintf("[%d] %s", n+1, art.Title)
		res.Records = append(res.Records, kefu.RecordRef{Kind: "article", ID: art.ID})
	}
	rec["cited"] = cited
	first := arts[ans.Cited[0]]
	res.Data = map[string]string{"title": first.Title, "key": first.Key, "match": fmtScore(match), "via": ViaLLM, "sources": strings.Join(sources, "; ")}
	return res, trace, true
}

// groundArticles returns up to llm.MaxArticles published articles for the
// turn: chosen first, then the retrieved ones whose question is close
// (Hit.Match at least GroundMinMatch, closest first), then the best
// ranked by BM25 in the customer's language (a question worded unlike
// any title, "do you take PayPal?", finds its answer in a body); each
// once (by key) and in the customer's language when the shop has it in
// it. No hit at all, no article: the model is not asked.
func groundArticles(ix *Index, st *kefu.TurnState, lang string, chosen *kefu.Article) []*kefu.Article {
	text := st.Understanding.Normalized
	if text == "" {
		text = st.Message.Text
	}
	var out []*kefu.Article
	seen := map[string]bool{}
	add := func(art *kefu.Article) {
		if v := ix.ByKey(art.Key, lang); art.Key != "" && v != nil {
			art = v
		}
		id := art.Key
		if id == "" {
			id = "#" + art.ID
		}
		if !seen[id] && len(out) < llm.MaxArticles {
			seen[id] = true
			out = append(out, art)
		}
	}
	if chosen != nil {
		add(chosen)
	}
	syn := NewSynonyms(st.Tenant.Settings.Synonyms)
	var close, ranked []Hit
	for _, l := range []string{lang, ""} {
		for i, h := range ix.Find(Query{Text: text, Language: l, K: candidates, Synonyms: syn}) {
			switch {
			case h.Match >= GroundMinMatch:
				close = append(close, h)
			case l == lang && i < llm.MaxArticles:
				ranked = append(ranked, h)
			}
		}
	}
	slices.SortStableFunc(close, func(x, y Hit) int {
		switch {
		case x.Match > y.Match:
			return -1
		case x.Match < y.Match:
			return 1
		}
		return 0
	})
	for _, h := range append(close, ranked...) {
		add(h.Article)
	}
	return out
}

// Redact returns a customer's message without personal data, for the
// language model: the order and tracking numbers, phones and e-mails the
// entity extractor found (in the shop's own formats) and, as a net under
// it, what redact.Personal recognises.
func Redact(text string, entities []kefu.Entity) string {
	var spans []redact.Span
	for _, e := range entities {
		if mark, ok := personal[e.Type]; ok {
			spans = append(spans, redact.Span{Start: e.Start, End: e.End, Mark: mark})
		}
	}
	return redact.Spans(text, spans)
}
