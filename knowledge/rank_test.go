package knowledge_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
)

// kettle is an invented product question with candidate sentences from
// its page, the way ePQA groups look.
var kettle = struct {
	question, title string
	candidates      []string
}{
	question: "does the kettle switch off by itself when the water boils",
	title:    "Brightwave 1.7 L glass electric kettle",
	candidates: []string{
		"the glass body lets you see the blue light while it heats",
		"it has a boil dry protection and switches off when empty",
		"yes it will switch off by itself once the water boils", // the answer
		"the kettle is loud but the water boils fast",
		"the lid opens with a button on the handle",
		"the kettle kettle kettle came with a spare filter for the kettle lid",
	},
}

func TestRank(t *testing.T) {
	syn := knowledge.NewSynonyms([][]string{{"parcel", "package"}})
	stats := knowledge.NewTextIndex([]string{
		// In this collection "battery" is everywhere and "warranty" rare.
		"battery lasts long", "battery charges fast", "the battery is small", "a battery case",
		"battery included", "two year warranty", "spare battery",
	})
	tests := []struct {
		name       string
		query      string
		candidates []string
		opts       knowledge.RankOptions
		want       []int // the whole order, or its head when shorter
	}{
		{"bm25: the answer shares the most rare terms", kettle.question, kettle.candidates,
			knowledge.RankOptions{Ranker: knowledge.RankBM25}, []int{2, 3}},
		{"bm25: ties and candidates sharing nothing keep input order", "filter",
			[]string{"no match here", "a filter", "nothing", "the filter"},
			knowledge.RankOptions{Ranker: knowledge.RankBM25}, []int{1, 3, 0, 2}},
		{"bm25: shorter of two equal matches first", "warranty",
			[]string{"the warranty is valid in every country of the union for two years", "warranty two years"},
			knowledge.RankOptions{Ranker: knowledge.RankBM25}, []int{1, 0}},
		{"bm25 ignores synonyms", "where is my parcel", []string{"the package left today", "the parcel left today"},
			knowledge.RankOptions{Ranker: knowledge.RankBM25, Synonyms: syn}, []int{1, 0}},
		{"bm25: collection IDF decides between equally rare terms", "battery warranty",
			[]string{"battery", "warranty"}, knowledge.RankOptions{Ranker: knowledge.RankBM25, Stats: stats}, []int{1, 0}},
		{"bm25: candidates' own IDF cannot", "battery warranty",
			[]string{"battery", "warranty"}, knowledge.RankOptions{Ranker: knowledge.RankBM25}, []int{0, 1}},
		{"kefu, no title: BM25's order", kettle.question, kettle.candidates,
			knowledge.RankOptions{}, []int{2, 3}},
		// "kettle lid" repeats the question's terms, so BM25 puts it
		// first; "kettle lid" alone is closer to the question.
		{"kefu, candidate titles: Match puts the closest sentence first", "kettle lid",
			[]string{"kettle lid lid lid kettle kettle spare", "kettle lid"},
			knowledge.RankOptions{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesCandidate}, []int{1, 0}},
		{"kefu, no title: BM25 prefers repeated terms", "kettle lid",
			[]string{"kettle lid lid lid kettle kettle spare", "kettle lid"},
			knowledge.RankOptions{Ranker: knowledge.RankKefu}, []int{0, 1}},
		{"kefu uses synonyms", "where is my parcel", []string{"the parcel left today", "my package is where"},
			knowledge.RankOptions{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesCandidate, Synonyms: syn}, []int{1, 0}},
		{"kefu: no shared term, input order", "zzz", []string{"a", "b", "c"},
			knowledge.RankOptions{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesCandidate}, []int{0, 1, 2}},
		{"blend, weight 1: BM25's order", "kettle lid", []string{"kettle lid lid lid kettle kettle spare", "kettle lid"},
			knowledge.RankOptions{Ranker: knowledge.RankBlend, Weight: 1}, []int{0, 1}},
		{"blend, weight 0: cosine's order", "kettle lid", []string{"kettle lid lid lid kettle kettle spare", "kettle lid"},
			knowledge.RankOptions{Ranker: knowledge.RankBlend}, []int{1, 0}},
		{"blend with collection IDF", "battery warranty", []string{"battery", "warranty"},
			knowledge.RankOptions{Ranker: knowledge.RankBlend, Weight: 0.5, Stats: stats}, []int{1, 0}},
		{"empty query: input order", "", []string{"a", "b"}, knowledge.RankOptions{Ranker: knowledge.RankBM25}, []int{0, 1}},
		{"no candidates", "kettle", nil, knowledge.RankOptions{}, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := knowledge.Rank(tt.query, tt.candidates, tt.opts)
			mustPermutation(t, got, len(tt.candidates))
			if !reflect.DeepEqual(got[:len(tt.want)], tt.want) {
				t.Errorf("Rank(%q) = %v, want %v first", tt.query, got, tt.want)
			}
		})
	}
}

// TestRankKefuIsTheAnswerersChoice checks RankKefu against the
// Answerer's rule applied by hand to Index.Find: the first candidate is
// the first of the highest Match among the best 10 BM25 hits, and a
// closer candidate outside those 10 does not jump ahead.
func TestRankKefuIsTheAnswerersChoice(t *testing.T) {
	const q, closest = "kettle lid", "kettle lid"
	// Each "kettle lid kettle lid modelN" has a higher BM25 score than
	// "kettle lid" (more of the question's terms) and a lower Match (an
	// extra rare word).
	var cands []string
	for i := range 10 {
		cands = append(cands, fmt.Sprintf("kettle lid kettle lid model%d", i))
	}
	cands = append(cands, closest, "descaler sold separately")
	opts := knowledge.RankOptions{Titles: knowledge.TitlesCandidate}
	tests := []struct {
		name       string
		candidates []string
		wantAt     int // where closest must be
	}{
		{"closest is the 11th BM25 hit", cands, 10},
		{"closest is among the 10", cands[1:], 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := knowledge.Rank(q, tt.candidates, opts)
			mustPermutation(t, got, len(tt.candidates))
			if at := slices.Index(got, slices.Index(tt.candidates, closest)); at != tt.wantAt {
				t.Errorf("%q ranked %d in %v, want %d", closest, at, got, tt.wantAt)
			}
			arts := make([]*kefu.Article, len(tt.candidates))
			for i, c := range tt.candidates {
				arts[i] = &kefu.Article{ID: fmt.Sprintf("%08d", i), Title: c, Body: c}
			}
			var best knowledge.Hit
			for _, h := range knowledge.NewIndex(arts).Find(knowledge.Query{Text: q, K: 10}) {
				if h.Match > best.Match {
					best = h
				}
			}
			if best.Article == nil || tt.candidates[got[0]] != best.Article.Body {
				t.Errorf("Rank first %q, the Answerer's rule %v", tt.candidates[got[0]], best.Article)
			}
		})
	}
}

// TestRankOrders checks on the kettle group that every ranker returns a
// permutation, that RankKefu with no title (every Match 0) and RankBlend
// at weight 1 keep BM25's order, and that RankBlend at weight 0 with the
// candidates' statistics orders like RankKefu with candidate titles.
func TestRankOrders(t *testing.T) {
	q, cands := kettle.question, kettle.candidates
	bm25 := knowledge.Rank(q, cands, knowledge.RankOptions{Ranker: knowledge.RankBM25})
	tests := []struct {
		name string
		opts knowledge.RankOptions
		want []int
	}{
		{"kefu none", knowledge.RankOptions{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesNone}, bm25},
		{"blend 1", knowledge.RankOptions{Ranker: knowledge.RankBlend, Weight: 1}, bm25},
		{"blend 0", knowledge.RankOptions{Ranker: knowledge.RankBlend},
			knowledge.Rank(q, cands, knowledge.RankOptions{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesCandidate})},
		{"kefu shared", knowledge.RankOptions{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesShared, Title: kettle.title}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := knowledge.Rank(q, cands, tt.opts)
			mustPermutation(t, got, len(cands))
			if tt.want != nil && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRankUnknown(t *testing.T) {
	for _, o := range []knowledge.RankOptions{{Ranker: "tfidf"}, {Titles: "tags"}} {
		t.Run(fmt.Sprint(o.Ranker, o.Titles), func(t *testing.T) {
			if o.Ranker.Valid() && o.Titles.Valid() {
				t.Fatal("Valid accepted an unknown value")
			}
			defer func() {
				if recover() == nil {
					t.Error("Rank did not panic")
				}
			}()
			knowledge.Rank("kettle", []string{"kettle"}, o)
		})
	}
}

func mustPermutation(tb testing.TB, order []int, n int) {
	tb.Helper()
	s := slices.Clone(order)
	slices.Sort(s)
	if len(s) != n {
		tb.Fatalf("order %v has %d indexes, want %d", order, len(s), n)
	}
	for i, v := range s {
		if v != i {
			tb.Fatalf("order %v is not a permutation of 0..%d", order, n-1)
		}
	}
}

// BenchmarkRank ranks one question's 10 candidates (ns/op is per
// question), as "kefu knowledge eval" does for each group.
func BenchmarkRank(b *testing.B) {
	cands := slices.Clone(kettle.candidates)
	cands = append(cands, "it is easy to clean with vinegar",
		"the base turns all the way round", "mine stopped working after a year", "it holds seven cups of water")
	stats := knowledge.NewTextIndex(append(slices.Clone(cands), kettle.question))
	for _, o := range []knowledge.RankOptions{
		{Ranker: knowledge.RankBM25},
		{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesNone},
		{Ranker: knowledge.RankKefu, Titles: knowledge.TitlesCandidate},
		{Ranker: knowledge.RankBlend, Weight: 0.5},
		{Ranker: knowledge.RankBlend, Weight: 0.5, Stats: stats},
	} {
		name := string(o.Ranker)
		switch {
		case o.Titles != "":
			name += "/titles=" + string(o.Titles)
		case o.Stats != nil:
			name += "/stats"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				knowledge.Rank(kettle.question, cands, o)
			}
		})
	}
}
