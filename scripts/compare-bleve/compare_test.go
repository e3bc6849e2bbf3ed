package main

import (
	"math"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/kefu-ai/kefu/knowledge"
)

// TestGenerate checks that the generated articles are distinct, so that a
// question has one right answer up to equal titles.
func TestGenerate(t *testing.T) {
	arts, err := generate(10000)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, a := range arts {
		text := a.Language + "\x00" + a.Title + "\x00" + a.Body
		if id, ok := seen[text]; ok {
			t.Fatalf("%s and %s have the same text", id, a.ID)
		}
		seen[text] = a.ID
	}
	if qs := queries(arts); len(qs) < 1000 {
		t.Errorf("%d questions, want at least 1000", len(qs))
	}
}

// TestRelScore checks that restricting a query to two documents with an
// ID query of boost 0 leaves bleve's scores as an unrestricted search
// gives them.
func TestRelScore(t *testing.T) {
	m, err := newMapping(map[string]string{"q": cjk.AnalyzerName}, true)
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := openIndex(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := map[string]string{"a": "花呗怎么还款", "b": "花呗还款方式", "c": "借呗额度怎么提升", "d": "怎么开通花呗"}
	for id, q := range docs {
		if err := ix.Index(id, map[string]any{"q": q}); err != nil {
			t.Fatal(err)
		}
	}
	mq := bleve.NewMatchQuery(docs["a"])
	mq.SetField("q")
	res, err := ix.Search(bleve.NewSearchRequest(mq))
	if err != nil {
		t.Fatal(err)
	}
	score := map[string]float64{}
	for _, h := range res.Hits {
		score[h.ID] = h.Score
	}
	got, err := relScore(ix, docs["a"], "a", "b")
	if err != nil {
		t.Fatal(err)
	}
	if want := score["b"] / score["a"]; math.Abs(got-want) > 1e-9 || want <= 0 || want >= 1 {
		t.Errorf("relScore = %v, want %v (unrestricted b/a) in (0,1)", got, want)
	}
	ps := []knowledge.Pair{{A: "花呗怎么还款", B: "花呗还款方式", Same: true}, {A: "借呗额度", B: "今天天气", Same: false}}
	ss, err := blevePairScores(t.TempDir(), cjk.AnalyzerName, true, ps)
	if err != nil {
		t.Fatal(err)
	}
	if !(ss[0].Score > 0 && ss[1].Score == 0) {
		t.Errorf("pair scores %v, want a positive and a zero", ss)
	}
}
