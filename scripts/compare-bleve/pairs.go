package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/kefu-ai/kefu/knowledge"
)

// pairGroups are the sources evaluated, as in knowledge's
// TestQuestionMatching.
var pairGroups = []struct {
	name    string
	sources []string
}{
	{"lcqmc", []string{"lcqmc"}},
	{"bq", []string{"bq"}},
	{"atec_ccks", []string{"atec_ccks"}},
	{"bq+atec_ccks", []string{"bq", "atec_ccks"}},
}

// pairResult is one row of the question-matching comparison.
type pairResult struct {
	Group      string     `json:"group"`
	System     string     `json:"system"`
	N          int        `json:"n"`
	Accuracy   float64    `json:"accuracy"`
	F1         float64    `json:"f1"`
	Precision  float64    `json:"precision"`
	Recall     float64    `json:"recall"`
	Thresholds [2]float64 `json:"thresholds"`
}

// pairSystem scores the pairs of one fold. idf is the fold whose
// questions give the term statistics, scored the pairs to score.
type pairSystem struct {
	name  string
	score func(idf, scored []knowledge.Pair) ([]knowledge.Scored, error)
	// ownFold scores each fold with statistics from that fold (bleve can
	// only score a document it holds); otherwise with the other fold's,
	// exactly as TestQuestionMatching does.
	ownFold bool
}

func pairSystems(tmp string, bleveToo bool) []pairSystem {
	kefuScore := func(idf, scored []knowledge.Pair) ([]knowledge.Scored, error) {
		ix := knowledge.PairIndex(idf)
		out := make([]knowledge.Scored, len(scored))
		for i, p := range scored {
			out[i] = knowledge.Scored{Score: ix.Similarity(p.A, p.B), Same: p.Same}
		}
		return out, nil
	}
	ss := []pairSystem{
		{name: "kefu Similarity (IDF from fit fold, as TestQuestionMatching)", score: kefuScore},
		{name: "kefu Similarity (IDF from own fold, as bleve)", score: kefuScore, ownFold: true},
	}
	if !bleveToo {
		return ss
	}
	for _, b := range []struct {
		name, analyzer string
		bm25           bool
	}{
		{"bleve cjk analyzer, BM25", cjk.AnalyzerName, true},
		{"bleve cjk analyzer, TF-IDF", cjk.AnalyzerName, false},
		{"bleve cjk + unigrams, BM25", cjkUni, true},
		{"bleve standard analyzer, BM25", standard.Name, true},
	} {
		ss = append(ss, pairSystem{name: b.name, ownFold: true, score: func(idf, scored []knowledge.Pair) ([]knowledge.Scored, error) {
			return blevePairScores(tmp, b.analyzer, b.bm25, scored)
		}})
	}
	return ss
}

// blevePairScores indexes both questions of every pair in ps and scores
// each pair by bleve: the score of question B for the query A divided by
// the score of A for the query A (its self-score, so that a threshold
// transfers between questions), averaged with the same the other way.
func blevePairScores(tmp, analyzer string, bm25 bool, ps []knowledge.Pair) ([]knowledge.Scored, error) {
	m, err := newMapping(map[string]string{"q": analyzer}, bm25)
	if err != nil {
		return nil, err
	}
	ix, path, err := openIndex(tmp, m)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(path)
	defer ix.Close()
	b := ix.NewBatch()
	for i, p := range ps {
		b.Index(fmt.Sprintf("a%d", i), map[string]any{"q": p.A})
		b.Index(fmt.Sprintf("b%d", i), map[string]any{"q": p.B})
		if b.Size() >= 2000 {
			if err := ix.Batch(b); err != nil {
				return nil, err
			}
			b = ix.NewBatch()
		}
	}
	if err := ix.Batch(b); err != nil {
		return nil, err
	}
	out := make([]knowledge.Scored, len(ps))
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	const workers = 2
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(ps); i += workers {
				a, b := fmt.Sprintf("a%d", i), fmt.Sprintf("b%d", i)
				ab, err := relScore(ix, ps[i].A, a, b)
				if err == nil {
					var ba float64
					ba, err = relScore(ix, ps[i].B, b, a)
					out[i] = knowledge.Scored{Score: (ab + ba) / 2, Same: ps[i].Same}
				}
				if err != nil {
					mu.Lock()
					first = cmpErr(first, err)
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	return out, first
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// relScore returns bleve's score of document other for the query text,
// divided by the score of document self (the question text came from).
// The query is restricted to the two documents by an ID query of boost 0,
// which adds nothing to the score or to the query norm.
func relScore(ix bleve.Index, text, self, other string) (float64, error) {
	mq := bleve.NewMatchQuery(text)
	mq.SetField("q")
	ids := bleve.NewDocIDQuery([]string{self, other})
	ids.SetBoost(0)
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery([]query.Query{mq, ids}...), 2, 0, false)
	res, err := ix.SearchInContext(context.Background(), req)
	if err != nil {
		return 0, err
	}
	var s, o float64
	for _, h := range res.Hits {
		switch h.ID {
		case self:
			s = h.Score
		case other:
			o = h.Score
		}
	}
	if s <= 0 {
		return 0, nil
	}
	return o / s, nil
}

// comparePairs runs every system on every group with the 2-fold protocol
// of knowledge's TestQuestionMatching: pairs are cut in two folds by a
// hash of their text, the threshold that maximises accuracy is fitted on
// one fold and applied to the other, both ways, counts summed.
func comparePairs(pairs []knowledge.Pair, systems []pairSystem, logf func(string, ...any)) ([]pairResult, error) {
	var out []pairResult
	for _, g := range pairGroups {
		var folds [2][]knowledge.Pair
		for _, p := range pairs {
			if slices.Contains(g.sources, p.Source) {
				folds[fold(p)] = append(folds[fold(p)], p)
			}
		}
		for _, s := range systems {
			var scores [2][2][]knowledge.Scored // [scored fold][idf fold]
			for f := range 2 {
				var err error
				if s.ownFold {
					scores[f][f], err = s.score(folds[f], folds[f])
				} else {
					scores[f][1-f], err = s.score(folds[1-f], folds[f])
					if err == nil {
						scores[1-f][1-f], err = s.score(folds[1-f], folds[1-f])
					}
				}
				if err != nil {
					return nil, fmt.Errorf("%s on %s: %w", s.name, g.name, err)
				}
			}
			var (
				c   knowledge.Confusion
				ths [2]float64
			)
			for f := range 2 {
				fit := scores[1-f][1-f]
				report := scores[f][f]
				if !s.ownFold {
					report = scores[f][1-f]
				}
				ths[f] = knowledge.FitThreshold(fit)
				for _, r := range report {
					c.Add(r.Score >= ths[f], r.Same)
				}
			}
			r := pairResult{Group: g.name, System: s.name, N: c.N(), Accuracy: round(c.Accuracy()), F1: round(c.F1()),
				Precision: round(c.Precision()), Recall: round(c.Recall()), Thresholds: [2]float64{round(ths[0]), round(ths[1])}}
			logf("pairs %-13s %-62s acc %.4f F1 %.4f", r.Group, r.System, r.Accuracy, r.F1)
			out = append(out, r)
		}
	}
	return out, nil
}

// fold is TestQuestionMatching's: a pair's fold by a hash of its text.
func fold(p knowledge.Pair) int {
	h := fnv.New32a()
	h.Write([]byte(p.A + "\x00" + p.B))
	return int(h.Sum32() % 2)
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
