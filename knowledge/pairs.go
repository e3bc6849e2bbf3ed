package knowledge

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"

	"github.com/kefu-ai/kefu"
)

// Pair is a labelled question pair, as in sentence-pair paraphrase
// datasets (LCQMC, BQ, ATEC): Same reports whether A and B ask the same
// thing.
type Pair struct {
	A, B   string
	Same   bool
	Source string
}

// ReadPairs reads pairs from CSV with the header text_a,text_b,label and
// an optional source column; label is 1 (same) or 0.
func ReadPairs(r io.Reader) ([]Pair, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read pairs header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, need := range []string{"text_a", "text_b", "label"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("read pairs: no %q column", need)
		}
	}
	src, hasSrc := col["source"]
	var ps []Pair
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return ps, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read pairs: %w", err)
		}
		if len(rec) < len(head) {
			return nil, fmt.Errorf("read pairs: line %d has %d fields, want %d", line, len(rec), len(head))
		}
		p := Pair{A: rec[col["text_a"]], B: rec[col["text_b"]]}
		switch rec[col["label"]] {
		case "1":
			p.Same = true
		case "0":
		default:
			return nil, fmt.Errorf("read pairs: line %d: label %q is not 0 or 1", line, rec[col["label"]])
		}
		if hasSrc {
			p.Source = rec[src]
		}
		ps = append(ps, p)
	}
}

// PairIndex returns an index whose documents are the questions of ps, so
// that its Similarity weighs terms by how rare they are among them. It is
// how an evaluation fits IDF weights on the pairs it fits a threshold on.
func PairIndex(ps []Pair) *Index {
	arts := make([]*kefu.Article, 0, 2*len(ps))
	for i, p := range ps {
		arts = append(arts,
			&kefu.Article{ID: fmt.Sprintf("a%d", i), Title: p.A},
			&kefu.Article{ID: fmt.Sprintf("b%d", i), Title: p.B})
	}
	return NewIndex(arts)
}

// Scored is a pair's similarity and label.
type Scored struct {
	Score float64
	Same  bool
}

// FitThreshold returns the threshold t that maximises the accuracy of
// "same when Score >= t" on ss, half-way between two adjacent distinct
// scores; among equally accurate thresholds it returns the lowest.
func FitThreshold(ss []Scored) float64 {
	v := append([]Scored(nil), ss...)
	sort.Slice(v, func(i, j int) bool { return v[i].Score > v[j].Score })
	neg := 0
	for _, s := range v {
		if !s.Same {
			neg++
		}
	}
	// Predicting nothing as same: every negative is right.
	best, bestT := neg, v[0].Score+1e-9
	correct := neg
	for k := 0; k < len(v); k++ {
		if v[k].Same {
			correct++
		} else {
			correct--
		}
		if k+1 < len(v) && v[k+1].Score == v[k].Score {
			continue
		}
		if correct >= best {
			best = correct
			if k+1 < len(v) {
				bestT = (v[k].Score + v[k+1].Score) / 2
			} else {
				bestT = v[k].Score
			}
		}
	}
	return bestT
}

// Confusion counts binary decisions against labels.
type Confusion struct {
	TP, FP, TN, FN int
}

// Add counts one decision.
func (c *Confusion) Add(predicted, actual bool) {
	switch {
	case predicted && actual:
		c.TP++
	case predicted:
		c.FP++
	case actual:
		c.FN++
	default:
		c.TN++
	}
}

// N is the number of decisions counted.
func (c Confusion) N() int { return c.TP + c.FP + c.TN + c.FN }

// Accuracy is the share of right decisions.
func (c Confusion) Accuracy() float64 { return ratio(c.TP+c.TN, c.N()) }

// Precision is the share of "same" decisions that were right.
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is the share of same pairs found.
func (c Confusion) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall of the "same" class.
func (c Confusion) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// FitPrecision returns the lowest threshold t at which "same when
// Score >= t" has at least the target precision on ss, counting only cuts
// that accept at least minAccepted pairs (so that a few lucky pairs at
// the top do not decide). Without such a cut it returns a threshold
// above every score: never answer.
func FitPrecision(ss []Scored, target float64, minAccepted int) float64 {
	v := append([]Scored(nil), ss...)
	sort.Slice(v, func(i, j int) bool { return v[i].Score > v[j].Score })
	t := v[0].Score + 1e-9
	tp := 0
	for k := 0; k < len(v); k++ {
		if v[k].Same {
			tp++
		}
		if k+1 < len(v) && v[k+1].Score == v[k].Score {
			continue
		}
		if k+1 >= minAccepted && float64(tp) >= target*float64(k+1) {
			t = v[k].Score
		}
	}
	return t
}
