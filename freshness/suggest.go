package freshness

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/kefu-ai/kefu"
)

// Mining suggestions: the questions customers asked in conversations an
// agent resolved, with the agent's answer, clustered by the words of the
// question; a cluster asked in at least MinSupport conversations becomes
// a draft article in the review queue, its flag saying how many
// conversations back it (docs/feeds.md).

// Suggestion mining defaults.
const (
	DefaultMinSupport   = 2
	DefaultSuggestSince = 90 * 24 * time.Hour
	// maxSuggestConversations bounds one run.
	maxSuggestConversations = 5000
	// clusterSimilarity is the least Jaccard similarity of a question's
	// terms to a cluster's first question to join it.
	clusterSimilarity = 0.5
)

// SuggestOptions tune a run of Suggest.
type SuggestOptions struct {
	// Since: conversations updated (closed) after it; zero means
	// DefaultSuggestSince ago.
	Since time.Time
	// MinSupport: how many conversations a cluster needs; 0 means
	// DefaultMinSupport.
	MinSupport int
}

// Suggestion is one draft article mined from conversations.
type Suggestion struct {
	ArticleID string `json:"article_id"`
	Key       string `json:"key"`
	Language  string `json:"language"`
	Question  string `json:"question"`
	Answer    string `json:"answer"`
	Support   int    `json:"support"` // conversations that asked it
	New       bool   `json:"new"`     // false when an earlier run made it already
}

// SuggestResult reports a run of Suggest.
type SuggestResult struct {
	Conversations int           `json:"conversations"` // closed conversations with an agent's answer
	Pairs         int           `json:"pairs"`         // question and answer pairs found
	Clusters      int           `json:"clusters"`
	Suggestions   []*Suggestion `json:"suggestions"` // most supported first
}

// qaPair is a customer's question and the agent's answer to it.
type qaPair struct {
	conv, lang, question, answer string
	terms                        map[string]bool
}

type cluster struct {
	lang  string
	terms map[string]bool // the first question's terms, for its key
	pairs []*qaPair
	convs map[string]bool
}

// Suggest mines the tenant's closed conversations that agents answered
// and writes a draft article (key "suggested-<hash>") for each cluster of
// questions with enough support, unless the shop already has that key.
func (s *Service) Suggest(ctx context.Context, tenantID string, o SuggestOptions) (*SuggestResult, error) {
	const op = "freshness.Suggest"
	if o.MinSupport <= 0 {
		o.MinSupport = DefaultMinSupport
	}
	if o.Since.IsZero() {
		o.Since = s.now().Add(-DefaultSuggestSince)
	}
	convs, err := s.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: tenantID, Status: kefu.StatusClosed,
		Limit: maxSuggestConversations})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	res := &SuggestResult{Suggestions: []*Suggestion{}}
	var pairs []*qaPair
	slices.Reverse(convs) // oldest first, so that runs cluster alike
	for _, c := range convs {
		if c.UpdatedAt.Before(o.Since) {
			continue
		}
		msgs, err := s.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: tenantID, ConversationID: c.ID})
		if err != nil {
			return nil, kefu.E(op, err)
		}
		ps := conversationPairs(c, msgs)
		if len(ps) > 0 {
			res.Conversations++
			pairs = append(pairs, ps...)
		}
	}
	res.Pairs = len(pairs)
	clusters := clusterPairs(pairs)
	res.Clusters = len(clusters)
	for _, cl := range clusters {
		if len(cl.convs) < o.MinSupport {
			continue
		}
		sg, err := s.writeSuggestion(ctx, tenantID, cl)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		res.Suggestions = append(res.Suggestions, sg)
	}
	sort.SliceStable(res.Suggestions, func(i, j int) bool { return res.Suggestions[i].Support > res.Suggestions[j].Support })
	if len(res.Suggestions) > 0 {
		s.changed(tenantID)
	}
	return res, nil
}

// conversationPairs finds the questions an agent answered in one
// conversation: each agent message answers the customer messages since
// the previous agent message (joined). Greetings and one-word messages
// are skipped.
func conversationPairs(c *kefu.Conversation, msgs []*kefu.Message) []*qaPair {
	var (
		out     []*qaPair
		pending []string
		lang    = c.Language
	)
	for _, m := range msgs {
		switch m.Author {
		case kefu.AuthorCustomer:
			pending = append(pending, strings.TrimSpace(m.Text))
			if m.Language != "" {
				lang = m.Language
			}
		case kefu.AuthorAgent:
			if len(pending) == 0 {
				continue
			}
			q := strings.Join(pending, " ")
			pending = nil
			terms := termsOf(q)
			if len(terms) < 2 {
				continue
			}
			out = append(out, &qaPair{conv: c.ID, lang: lang, question: q, answer: strings.TrimSpace(m.Text), terms: terms})
		case kefu.AuthorBot:
			pending = nil // the bot answered these
		}
	}
	return out
}

// termsOf is the set of terms of a question: lower-case words, and
// character bigrams of Han, Hiragana, Katakana, Hangul and Thai runs,
// which do not separate words with spaces.
func termsOf(s string) map[string]bool {
	terms := map[string]bool{}
	var word, cjk []rune
	flush := func() {
		if len(word) > 0 {
			terms[string(word)] = true
			word = word[:0]
		}
		switch {
		case len(cjk) == 1:
			terms[string(cjk)] = true
		case len(cjk) > 1:
			for i := 0; i+1 < len(cjk); i++ {
				terms[string(cjk[i:i+2])] = true
			}
		}
		cjk = cjk[:0]
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai):
			if len(word) > 0 {
				terms[string(word)] = true
				word = word[:0]
			}
			cjk = append(cjk, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if len(cjk) > 0 {
				flush()
			}
			word = append(word, r)
		default:
			flush()
		}
	}
	flush()
	return terms
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// clusterPairs groups pairs of one language greedily (single linkage):
// a pair joins the cluster holding the question most similar to it, if
// similar enough, or starts one. Only the first clusterCompare questions
// of a cluster are compared, which bounds a run's time.
func clusterPairs(pairs []*qaPair) []*cluster {
	const clusterCompare = 50
	var cs []*cluster
	for _, p := range pairs {
		var best *cluster
		bestSim := clusterSimilarity
		for _, c := range cs {
			if c.lang != p.lang {
				continue
			}
			for _, q := range c.pairs[:min(len(c.pairs), clusterCompare)] {
				if sim := jaccard(p.terms, q.terms); sim >= bestSim {
					best, bestSim = c, sim
				}
			}
		}
		if best == nil {
			best = &cluster{lang: p.lang, terms: p.terms, convs: map[string]bool{}}
			cs = append(cs, best)
		}
		best.pairs = append(best.pairs, p)
		best.convs[p.conv] = true
	}
	return cs
}

// writeSuggestion writes a cluster's draft: the shortest question asked
// as its title and the longest answer an agent gave (the most complete)
// as its body.
func (s *Service) writeSuggestion(ctx context.Context, tenantID string, cl *cluster) (*Suggestion, error) {
	q, a := cl.pairs[0].question, cl.pairs[0].answer
	for _, p := range cl.pairs[1:] {
		if len(p.question) < len(q) {
			q = p.question
		}
		if len(p.answer) > len(a) {
			a = p.answer
		}
	}
	lang := cl.lang
	if lang == "" {
		lang = "en"
	}
	keyTerms := make([]string, 0, len(cl.terms))
	for t := range cl.terms {
		keyTerms = append(keyTerms, t)
	}
	sort.Strings(keyTerms)
	h := sha256.Sum256([]byte(lang + "\x00" + strings.Join(keyTerms, " ")))
	key := "suggested-" + hex.EncodeToString(h[:6])
	sg := &Suggestion{Key: key, Language: lang, Question: truncate(q, 200), Answer: a, Support: len(cl.convs)}
	err := s.Store.InTx(ctx, func(tx kefu.Store) error {
		if cur, err := tx.FindArticleByKey(ctx, tenantID, key, lang); err == nil {
			sg.ArticleID = cur.ID
			return nil
		} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return err
		}
		art := &kefu.Article{TenantID: tenantID, Key: key, Language: lang, Title: sg.Question, Body: a,
			Tags: []string{"suggested"}, Status: kefu.ArticleDraft}
		if err := tx.UpsertArticle(ctx, art); err != nil {
			return err
		}
		sg.ArticleID, sg.New = art.ID, true
		return tx.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: tenantID, ArticleID: art.ID, Kind: kefu.FlagDraft,
			Source: SourceSuggestions, By: "suggestions", Support: sg.Support,
			Reason: fmt.Sprintf("asked in %d conversations that agents resolved", sg.Support)})
	})
	if err != nil {
		return nil, err
	}
	return sg, nil
}

// truncate cuts s to at most n bytes at a rune boundary, with "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
