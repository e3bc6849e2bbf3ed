package painpoint

import (
	"context"
	"fmt"
	"slices"

	"github.com/kefu-ai/kefu/nlu/intent"
)

// ClassScore is one label's precision, recall and F1.
type ClassScore struct {
	Label     string  `json:"label"`
	Support   int     `json:"support"` // gold rows with the label
	Predicted int     `json:"predicted"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Scores are a classifier's measures on labelled rows.
type Scores struct {
	N        int          `json:"rows"`
	Accuracy float64      `json:"accuracy"`
	MacroF1  float64      `json:"macro_f1"`
	PerClass []ClassScore `json:"per_class"`
	// Labels orders the rows and columns of Confusion: the gold labels,
	// sorted, then any label only predicted.
	Labels []string `json:"labels"`
	// Confusion[g][p] counts rows with gold Labels[g] predicted Labels[p].
	Confusion [][]int `json:"confusion"`
}

// Measure measures pred against gold. Macro-F1 averages over every label
// that is gold or predicted (the scikit-learn convention, as in package
// nlu/metrics), so predicting a label that never occurs costs.
func Measure(gold, pred []string) Scores {
	if len(gold) != len(pred) {
		panic(fmt.Sprintf("painpoint: %d gold labels, %d predictions", len(gold), len(pred)))
	}
	var labels []string
	for _, g := range gold {
		if !slices.Contains(labels, g) {
			labels = append(labels, g)
		}
	}
	slices.Sort(labels)
	var extra []string
	for _, p := range pred {
		if !slices.Contains(labels, p) && !slices.Contains(extra, p) {
			extra = append(extra, p)
		}
	}
	slices.Sort(extra)
	labels = append(labels, extra...)
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	s := Scores{N: len(gold), Labels: labels, Confusion: make([][]int, len(labels))}
	for i := range s.Confusion {
		s.Confusion[i] = make([]int, len(labels))
	}
	ok := 0
	for i := range gold {
		s.Confusion[idx[gold[i]]][idx[pred[i]]]++
		if gold[i] == pred[i] {
			ok++
		}
	}
	if s.N > 0 {
		s.Accuracy = float64(ok) / float64(s.N)
	}
	for i, l := range labels {
		cs := ClassScore{Label: l}
		for j := range labels {
			cs.Support += s.Confusion[i][j]
			cs.Predicted += s.Confusion[j][i]
		}
		tp := s.Confusion[i][i]
		if cs.Predicted > 0 {
			cs.Precision = float64(tp) / float64(cs.Predicted)
		}
		if cs.Support > 0 {
			cs.Recall = float64(tp) / float64(cs.Support)
		}
		if d := cs.Support + cs.Predicted; d > 0 {
			cs.F1 = 2 * float64(tp) / float64(d)
		}
		s.MacroF1 += cs.F1
		s.PerClass = append(s.PerClass, cs)
	}
	if len(labels) > 0 {
		s.MacroF1 /= float64(len(labels))
	}
	return s
}

// Predictor is anything that labels a review: *Classifier, *NaiveBayes.
type Predictor interface {
	Predict(Review) string
}

// Evaluate scores p on examples.
func Evaluate(p Predictor, examples []Example) Scores {
	gold := make([]string, len(examples))
	pred := make([]string, len(examples))
	for i, e := range examples {
		gold[i], pred[i] = e.Label, p.Predict(e.Review)
	}
	return Measure(gold, pred)
}

// Setting is one point of the cross-validation grid.
type Setting struct {
	// Name says what the setting is, e.g. "words+chars2-5 balanced linear".
	Name    string  `json:"name"`
	Options Options `json:"-"`
}

// Grid returns the settings CrossValidate tries for the classifier:
// features (words and word bigrams alone, or with character n-grams of
// 2–5 or 3–5 letters), class weights (none, or balanced so each label
// weighs as much as the most frequent), and the model (linear softmax, or
// with the intent package's hidden-layer model added), and inputs (the
// text with the score and delivery signal tokens, or the text alone).
func Grid() []Setting {
	var g []Setting
	for _, feat := range []struct {
		name           string
		noChars        bool
		charMin, charM int
	}{{"words", true, 0, 0}, {"words+chars2-5", false, 2, 5}, {"words+chars3-5", false, 3, 5}} {
		for _, balanced := range []bool{false, true} {
			for _, hidden := range []int{-1, 128} {
				for _, noSignals := range []bool{false, true} {
					o := Options{NoSignals: noSignals, Text: intent.Options{NoChars: feat.noChars, CharMin: feat.charMin,
						CharMax: feat.charM, ClassBalanced: balanced, Hidden: hidden}}
					name := feat.name
					if balanced {
						name += " balanced"
					}
					if hidden > 0 {
						name += " +hidden"
					} else {
						name += " linear"
					}
					if noSignals {
						name += " text-only"
					} else {
						name += " +signals"
					}
					g = append(g, Setting{Name: name, Options: o})
				}
			}
		}
	}
	return g
}

// NBGrid is the smoothing the baseline's cross-validation tries.
var NBGrid = []float64{0.1, 0.3, 1}

// CVResult is one setting's cross-validated measures.
type CVResult struct {
	Setting  Setting `json:"setting"`
	MacroF1  float64 `json:"macro_f1"`
	Accuracy float64 `json:"accuracy"`
}

// Folds assigns each example to one of k folds, stratified by label and
// deterministic: the i-th example of a label (in order) goes to fold
// (i + offset(label)) mod k.
func Folds(examples []Example, k int) []int {
	seen := map[string]int{}
	f := make([]int, len(examples))
	for i, e := range examples {
		n := seen[e.Label]
		seen[e.Label] = n + 1
		f[i] = (n + len(e.Label)) % k
	}
	return f
}

// CrossValidate scores every setting by k-fold cross-validation on
// examples (out-of-fold predictions pooled, then scored) and returns the
// results in grid order and the index of the best by macro-F1 (ties: the
// earlier, simpler setting). The text models train without their own
// calibration folds here (it does not change the argmax label much and
// triples the time). progress, if set, receives a line per setting.
func CrossValidate(ctx context.Context, examples []Example, grid []Setting, k int, progress func(string)) ([]CVResult, int, error) {
	folds := Folds(examples, k)
	gold := make([]string, len(examples))
	for i, e := range examples {
		gold[i] = e.Label
	}
	res := make([]CVResult, len(grid))
	best := 0
	for si, s := range grid {
		pred := make([]string, len(examples))
		for f := range k {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			var tr []Example
			for i, e := range examples {
				if folds[i] != f {
					tr = append(tr, e)
				}
			}
			o := s.Options
			o.Text.Folds = 1
			c, err := Train(tr, o)
			if err != nil {
				return nil, 0, fmt.Errorf("%s: %w", s.Name, err)
			}
			for i, e := range examples {
				if folds[i] == f {
					pred[i] = c.Predict(e.Review)
				}
			}
		}
		sc := Measure(gold, pred)
		res[si] = CVResult{Setting: s, MacroF1: sc.MacroF1, Accuracy: sc.Accuracy}
		if sc.MacroF1 > res[best].MacroF1 {
			best = si
		}
		if progress != nil {
			progress(fmt.Sprintf("cv %2d/%d %-44s macro-F1 %.4f accuracy %.4f", si+1, len(grid), s.Name, sc.MacroF1, sc.Accuracy))
		}
	}
	return res, best, nil
}

// CrossValidateNB chooses the baseline's smoothing among alphas the same
// way and returns the results and the index of the best.
func CrossValidateNB(examples []Example, alphas []float64, k int, lang string) ([]CVResult, int, error) {
	folds := Folds(examples, k)
	gold := make([]string, len(examples))
	for i, e := range examples {
		gold[i] = e.Label
	}
	res := make([]CVResult, len(alphas))
	best := 0
	for ai, a := range alphas {
		pred := make([]string, len(examples))
		for f := range k {
			var tr []Example
			for i, e := range examples {
				if folds[i] != f {
					tr = append(tr, e)
				}
			}
			nb, err := TrainNaiveBayes(tr, a, lang)
			if err != nil {
				return nil, 0, err
			}
			for i, e := range examples {
				if folds[i] == f {
					pred[i] = nb.Predict(e.Review)
				}
			}
		}
		sc := Measure(gold, pred)
		res[ai] = CVResult{Setting: Setting{Name: fmt.Sprintf("alpha %g", a)}, MacroF1: sc.MacroF1, Accuracy: sc.Accuracy}
		if sc.MacroF1 > res[best].MacroF1 {
			best = ai
		}
	}
	return res, best, nil
}
