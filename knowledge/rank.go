package knowledge

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/kefu-ai/kefu"
)

// Ranker names a way of ordering candidate passages for one question.
type Ranker string

// Rankers. RankKefu is what the Answerer does; RankBM25 is the baseline
// it is measured against (docs/knowledge.md, "Evidence ranking on real
// data").
const (
	// RankBM25 is plain Okapi BM25 (k1 1.2, b 0.75, the IDF of
	// Index.Find) over the candidates' Tokenize terms, each distinct
	// question term counted once: no title, no synonyms, no Match.
	RankBM25 Ranker = "bm25"
	// RankKefu orders the candidates the way the Answerer picks an
	// article: they are indexed as articles (see Titles), the best
	// `candidates` (10) BM25 hits are ordered by Hit.Match, equal matches
	// keeping their BM25 order, then come the other hits in BM25 order,
	// then the candidates that share no term with the question.
	RankKefu Ranker = "kefu"
	// RankBlend orders by Weight × BM25 score / the best BM25 score
	// among the candidates + (1 − Weight) × the IDF-weighted cosine of
	// question and candidate (Index.Similarity), both with the term
	// statistics of RankOptions.Stats when set.
	RankBlend Ranker = "blend"
)

// Valid reports whether r is one of the rankers.
func (r Ranker) Valid() bool {
	switch r {
	case RankBM25, RankKefu, RankBlend:
		return true
	}
	return false
}

// Titles says what title a candidate's article gets under RankKefu.
// Hit.Match compares the question with an article's title, the question
// the article answers; a candidate passage (a sentence of a product page,
// a reply) has no such question, so something must stand in for it.
type Titles string

// Title choices for RankKefu.
const (
	// TitlesNone gives no title: every Match is 0, so the order is BM25's.
	TitlesNone Titles = "none"
	// TitlesShared gives every candidate RankOptions.Title (e.g. the
	// product's name): every Match is equal, and the title's words count
	// in BM25.
	TitlesShared Titles = "shared"
	// TitlesCandidate makes the candidate its own title and body, as an
	// import of passages must (the importer requires both): Match is the
	// question's similarity to the candidate.
	TitlesCandidate Titles = "candidate"
)

// Valid reports whether t is one of the title choices.
func (t Titles) Valid() bool {
	switch t {
	case TitlesNone, TitlesShared, TitlesCandidate:
		return true
	}
	return false
}

// RankOptions configure Rank. The zero value is RankKefu with no title.
type RankOptions struct {
	// Ranker is the ordering; empty means RankKefu.
	Ranker Ranker
	// Titles is what title the candidates' articles get under RankKefu;
	// empty means TitlesNone.
	Titles Titles
	// Title is the shared title of TitlesShared.
	Title string
	// Synonyms of the tenant, used by RankKefu and RankBlend as the
	// Answerer uses them; nil for none.
	Synonyms *Synonyms
	// Weight is RankBlend's weight of the BM25 score, in [0,1].
	Weight float64
	// Stats, if set, supplies the IDF of RankBM25 and RankBlend from a
	// larger collection (see NewTextIndex) instead of the candidates
	// alone, where a term in 1 of 10 sentences says little about how
	// rare it is. Term frequencies and lengths stay the candidates'.
	Stats *Index
}

// Rank returns the indexes of candidates ordered for query, best first:
// a permutation of 0..len(candidates)-1. Candidates that score the same
// keep their input order, so an evaluation must present them in an order
// that carries no information (see EvaluateRanking). Rank panics on an
// unknown Ranker or Titles, a programming error; check Valid first when
// they come from a user.
func Rank(query string, candidates []string, opts RankOptions) []int {
	switch opts.Ranker {
	case RankBM25:
		return byScore(bm25Scores(Tokenize(query), candidates, opts.Stats))
	case RankKefu, "":
		return rankKefu(query, candidates, opts)
	case RankBlend:
		return byScore(blendScores(query, candidates, opts))
	}
	panic(fmt.Sprintf("knowledge.Rank: unknown ranker %q", opts.Ranker))
}

// rankKefu indexes the candidates as articles and orders them the way
// Answerer.choose picks among Index.Find's hits, through the same API.
func rankKefu(query string, texts []string, opts RankOptions) []int {
	arts := make([]*kefu.Article, len(texts))
	at := make(map[*kefu.Article]int, len(texts))
	for i, c := range texts {
		// Find breaks equal scores by ID: zero-padded input order.
		a := &kefu.Article{ID: fmt.Sprintf("%08d", i), Body: c}
		switch opts.Titles {
		case TitlesNone, "":
		case TitlesShared:
			a.Title = opts.Title
		case TitlesCandidate:
			a.Title = c
		default:
			panic(fmt.Sprintf("knowledge.Rank: unknown titles %q", opts.Titles))
		}
		arts[i], at[a] = a, i
	}
	hits := NewIndex(arts).Find(Query{Text: query, K: len(texts), Synonyms: opts.Synonyms})
	// choose takes the first hit with the highest Match among the best
	// `candidates`: a stable sort by Match puts it first, and what follows
	// is what it would take were that one withdrawn.
	slices.SortStableFunc(hits[:min(len(hits), candidates)], func(a, b Hit) int { return cmp.Compare(b.Match, a.Match) })
	order := make([]int, 0, len(texts))
	seen := make([]bool, len(texts))
	for _, h := range hits {
		i := at[h.Article]
		order, seen[i] = append(order, i), true
	}
	for i := range texts {
		if !seen[i] {
			order = append(order, i)
		}
	}
	return order
}

// bm25Scores returns the Okapi BM25 score of each text for the distinct
// query terms qterms, with document frequencies from stats, or from the
// texts when stats is nil.
func bm25Scores(qterms []string, texts []string, stats *Index) []float64 {
	scores := make([]float64, len(texts))
	uniq := dedup(qterms)
	if len(uniq) == 0 || len(texts) == 0 {
		return scores
	}
	tfs := make([]map[string]int, len(texts))
	lens := make([]float64, len(texts))
	df := map[string]int{}
	var total float64
	for i, t := range texts {
		terms := Tokenize(t)
		tf := make(map[string]int, len(terms))
		for _, term := range terms {
			if tf[term] == 0 {
				df[term]++
			}
			tf[term]++
		}
		tfs[i], lens[i] = tf, float64(len(terms))
		total += lens[i]
	}
	avg := total / float64(len(texts))
	if avg == 0 {
		return scores
	}
	for _, q := range uniq {
		var idf float64
		if stats != nil {
			idf = stats.idf(len(stats.postings[q]))
		} else {
			idf = bm25IDF(len(texts), df[q])
		}
		for i, tf := range tfs {
			n := float64(tf[q])
			if n == 0 {
				continue
			}
			scores[i] += idf * n * (bm25K1 + 1) / (n + bm25K1*(1-bm25B+bm25B*lens[i]/avg))
		}
	}
	return scores
}

// bm25IDF is Index.idf for a collection of n documents: never negative,
// unlike Robertson's original, so a term in most candidates still counts
// a little.
func bm25IDF(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// blendScores is RankBlend's score of each candidate.
func blendScores(query string, candidates []string, opts RankOptions) []float64 {
	text := query
	canon, groups := opts.Synonyms.rewrite(query)
	if len(groups) > 0 {
		text = opts.Synonyms.Expand(query)
	}
	bm := bm25Scores(Tokenize(text), candidates, opts.Stats)
	best := 0.0
	for _, s := range bm {
		best = max(best, s)
	}
	stats := opts.Stats
	if stats == nil {
		stats = NewTextIndex(candidates)
	}
	qv := stats.vector(canon)
	scores := make([]float64, len(candidates))
	for i, c := range candidates {
		if best > 0 {
			scores[i] = opts.Weight * bm[i] / best
		}
		cc, _ := opts.Synonyms.rewrite(c)
		scores[i] += (1 - opts.Weight) * cosine(qv, stats.vector(cc))
	}
	return scores
}

// byScore returns the indexes of scores, highest first, equal scores in
// index order.
func byScore(scores []float64) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	return order
}

// NewTextIndex returns an index whose articles are texts (as bodies),
// for its term statistics: RankOptions.Stats, Index.Similarity. Fitting
// IDF on a training collection is how an evaluation gives a ranker the
// statistics a real knowledge base would have.
func NewTextIndex(texts []string) *Index {
	arts := make([]*kefu.Article, len(texts))
	for i, t := range texts {
		arts[i] = &kefu.Article{ID: fmt.Sprintf("%08d", i), Body: t}
	}
	return NewIndex(arts)
}
