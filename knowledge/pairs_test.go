package knowledge_test

import (
	"encoding/json"
	"hash/fnv"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/nlu/normalize"
)

// bertAccuracy is the published BERT-base accuracy per source, from the
// dataset's SOURCE.md (ShannonAI/ChineseBert; Sun et al. 2021): LCQMC
// test 87.0 (dev about 89.4-89.8), BQ test 85.2. ATEC_CCKS has none.
var bertAccuracy = map[string]float64{"lcqmc": 0.870, "bq": 0.852}

// matchResult is one line of the question-matching report.
type matchResult struct {
	Dataset    string     `json:"dataset"`
	Split      string     `json:"split"`
	Protocol   string     `json:"protocol"`
	Variant    string     `json:"variant"`
	N          int        `json:"n"`
	Accuracy   float64    `json:"accuracy"`
	F1         float64    `json:"f1"`
	Precision  float64    `json:"precision"`
	Recall     float64    `json:"recall"`
	Majority   float64    `json:"majority_accuracy"`
	Thresholds [2]float64 `json:"thresholds"`
	BERT       float64    `json:"bert_accuracy,omitempty"`
	// P80 is the operating point a FAQ bot wants: the lowest threshold
	// with precision >= 0.8 on the fitting fold, scored on the other.
	P80 operatingPoint `json:"p80"`
}

// operatingPoint is precision and recall at thresholds fitted for a
// target precision.
type operatingPoint struct {
	Precision  float64    `json:"precision"`
	Recall     float64    `json:"recall"`
	Thresholds [2]float64 `json:"thresholds"`
}

// TestQuestionMatching measures Index.Similarity, the score behind
// Hit.Match, on the Chinese question-matching pairs in
// ../shared/datasets (skipped when absent). The dataset ships only its
// dev split, so a threshold cannot be fitted on a train split: the pairs
// of each source are cut in two folds by a hash of their text; IDF and
// threshold are fitted on one fold and the other is scored, both ways,
// and the counts are summed. Every pair is scored by a threshold that
// never saw it. Run with -v to see the report (one JSON line a row), the
// numbers in docs/knowledge.md.
func TestQuestionMatching(t *testing.T) {
	pairs := MustReadPairs(t, filepath.Join(datasetsDir(t), "chinese-question-matching", "dev.csv"))
	norm, err := normalize.New()
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct {
		name string
		prep func(string) string
	}{
		{"char-ngram-cosine", func(s string) string { return s }},
		{"char-ngram-cosine+normalize", func(s string) string { return norm.Normalize(s, "zh") }},
	}
	groups := []struct {
		name    string
		sources []string
		// floor is the accuracy below which the test fails: a guard
		// against regressions, a few points under the measured numbers.
		floor float64
	}{
		{"lcqmc", []string{"lcqmc"}, 0.66},
		{"bq", []string{"bq"}, 0.67},
		{"atec_ccks", []string{"atec_ccks"}, 0.66},
		{"customer-service (bq+atec_ccks)", []string{"bq", "atec_ccks"}, 0.62},
	}
	for _, v := range variants {
		prepped := make([]knowledge.Pair, len(pairs))
		for i, p := range pairs {
			prepped[i] = knowledge.Pair{A: v.prep(p.A), B: v.prep(p.B), Same: p.Same, Source: p.Source}
		}
		for _, g := range groups {
			t.Run(v.name+"/"+g.name, func(t *testing.T) {
				var folds [2][]knowledge.Pair
				for _, p := range prepped {
					if in(p.Source, g.sources) {
						folds[fold(p)] = append(folds[fold(p)], p)
					}
				}
				var (
					c, c80     knowledge.Confusion
					ths, ths80 [2]float64
					pos        int
				)
				for f := range 2 {
					fit, report := folds[1-f], folds[f]
					ix := knowledge.PairIndex(fit)
					fitScores := score(ix, fit)
					ths[f] = knowledge.FitThreshold(fitScores)
					ths80[f] = knowledge.FitPrecision(fitScores, 0.8, 50)
					for _, s := range score(ix, report) {
						c.Add(s.Score >= ths[f], s.Same)
						c80.Add(s.Score >= ths80[f], s.Same)
						if s.Same {
							pos++
						}
					}
				}
				r := matchResult{
					Dataset: "chinese-question-matching/" + g.name, Split: "dev", Protocol: "2-fold (fit IDF+threshold on one half, score the other)",
					Variant: v.name, N: c.N(), Accuracy: round(c.Accuracy()), F1: round(c.F1()), Precision: round(c.Precision()),
					Recall: round(c.Recall()), Majority: round(math.Max(float64(pos), float64(c.N()-pos)) / float64(c.N())),
					Thresholds: [2]float64{round(ths[0]), round(ths[1])}, BERT: bertAccuracy[g.name],
					P80: operatingPoint{Precision: round(c80.Precision()), Recall: round(c80.Recall()),
						Thresholds: [2]float64{round(ths80[0]), round(ths80[1])}},
				}
				b, _ := json.Marshal(r)
				t.Log(string(b))
				if r.Accuracy < g.floor {
					t.Errorf("accuracy %.4f under the floor %.2f", r.Accuracy, g.floor)
				}
			})
		}
	}
}

// score returns the similarity and label of every pair.
func score(ix *knowledge.Index, ps []knowledge.Pair) []knowledge.Scored {
	out := make([]knowledge.Scored, len(ps))
	for i, p := range ps {
		out[i] = knowledge.Scored{Score: ix.Similarity(p.A, p.B), Same: p.Same}
	}
	return out
}

// fold puts a pair in fold 0 or 1 by a hash of its text, so the folds do
// not depend on the file's order.
func fold(p knowledge.Pair) int {
	h := fnv.New32a()
	h.Write([]byte(p.A + "\x00" + p.B))
	return int(h.Sum32() % 2)
}

func in(s string, xs []string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func TestFitThreshold(t *testing.T) {
	tests := []struct {
		name string
		ss   []knowledge.Scored
		want float64
	}{
		{"separable", []knowledge.Scored{{0.9, true}, {0.8, true}, {0.3, false}, {0.1, false}}, 0.55},
		{"equally good: the lowest", []knowledge.Scored{{0.9, true}, {0.6, false}, {0.5, true}, {0.1, false}}, 0.3},
		{"ties stay together", []knowledge.Scored{{0.5, true}, {0.5, false}, {0.5, true}, {0.1, false}}, 0.3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := knowledge.FitThreshold(tt.ss); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("FitThreshold = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFitPrecision(t *testing.T) {
	ss := []knowledge.Scored{{0.9, true}, {0.8, true}, {0.7, false}, {0.6, true}, {0.5, false}, {0.4, false}}
	tests := []struct {
		target float64
		min    int
		want   float64
	}{
		{1, 1, 0.8},
		{0.75, 1, 0.6},
		{0.5, 1, 0.4},
		{1, 3, 0.9 + 1e-9}, // no cut of 3 or more is perfect: never
	}
	for _, tt := range tests {
		if got := knowledge.FitPrecision(ss, tt.target, tt.min); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("FitPrecision(%v, %d) = %v, want %v", tt.target, tt.min, got, tt.want)
		}
	}
}

func TestReadPairs(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
		err      string
	}{
		{"with source", "text_a,text_b,label,source\n我要退货,怎么退货,1,x\n在吗,发货了吗,0,x\n", 2, ""},
		{"without source", "text_a,text_b,label\na,b,1\n", 1, ""},
		{"bad label", "text_a,text_b,label\na,b,yes\n", 0, "label"},
		{"no label column", "text_a,text_b\na,b\n", 0, "label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := knowledge.ReadPairs(strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ReadPairs error %v, want one about %q", err, tt.err)
				}
				return
			}
			if err != nil || len(ps) != tt.want {
				t.Fatalf("ReadPairs = %d pairs, %v; want %d", len(ps), err, tt.want)
			}
		})
	}
}

// datasetsDir is the shared public datasets directory (skips without it).
func datasetsDir(tb testing.TB) string { return testenv.Datasets(tb) }
