package metrics

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// ECEBins is the number of equal-width confidence bins ECE uses.
const ECEBins = 15

// Accuracy is the fraction of positions where pred equals gold. The slices
// must have equal length; the shorter length is used otherwise.
func Accuracy(gold, pred []string) float64 {
	n := min(len(gold), len(pred))
	if n == 0 {
		return 0
	}
	ok := 0
	for i := 0; i < n; i++ {
		if gold[i] == pred[i] {
			ok++
		}
	}
	return float64(ok) / float64(n)
}

// MacroF1 is the unweighted mean of per-label F1 over every label that
// occurs in gold or pred (the scikit-learn convention). A label that is
// predicted but never gold has F1 0 and pulls the mean down.
func MacroF1(gold, pred []string) float64 {
	n := min(len(gold), len(pred))
	g := make([][]string, n)
	p := make([][]string, n)
	for i := 0; i < n; i++ {
		g[i] = []string{gold[i]}
		p[i] = []string{pred[i]}
	}
	return MultiLabelMacroF1(g, p)
}

// MultiLabelMacroF1 is the unweighted mean over labels of per-label F1,
// where gold[i] and pred[i] are the label sets of row i. Labels are those
// that occur anywhere in gold or pred; duplicates within a row count once.
// A label's F1 is 2·tp / (2·tp + fp + fn).
func MultiLabelMacroF1(gold, pred [][]string) float64 {
	type counts struct{ tp, fp, fn int }
	per := map[string]*counts{}
	get := func(l string) *counts {
		c := per[l]
		if c == nil {
			c = &counts{}
			per[l] = c
		}
		return c
	}
	n := min(len(gold), len(pred))
	for i := 0; i < n; i++ {
		gs := map[string]bool{}
		for _, l := range gold[i] {
			gs[l] = true
			get(l)
		}
		ps := map[string]bool{}
		for _, l := range pred[i] {
			ps[l] = true
		}
		for l := range ps {
			if gs[l] {
				get(l).tp++
			} else {
				get(l).fp++
			}
		}
		for l := range gs {
			if !ps[l] {
				get(l).fn++
			}
		}
	}
	if len(per) == 0 {
		return 0
	}
	labels := make([]string, 0, len(per))
	for l := range per {
		labels = append(labels, l)
	}
	sort.Strings(labels) // fixed summation order: reproducible to the last bit
	sum := 0.0
	for _, l := range labels {
		c := per[l]
		if d := 2*c.tp + c.fp + c.fn; d > 0 {
			sum += 2 * float64(c.tp) / float64(d)
		}
	}
	return sum / float64(len(labels))
}

// ECE is the top-label expected calibration error with ECEBins equal-width
// bins: Σ_b (n_b/n)·|accuracy_b − mean confidence_b|. conf[i] is the
// probability the model gave its chosen label and correct[i] whether that
// label was right. A confidence c falls in bin ⌈c·B⌉−1 (bins are closed on
// the right), clamped to [0, B−1], so 0 joins the first bin.
func ECE(conf []float64, correct []bool) float64 {
	return ECEWithBins(conf, correct, ECEBins)
}

// ECEWithBins is ECE with a chosen number of bins (at least 1).
func ECEWithBins(conf []float64, correct []bool, bins int) float64 {
	n := min(len(conf), len(correct))
	if n == 0 || bins < 1 {
		return 0
	}
	cnt := make([]int, bins)
	sumConf := make([]float64, bins)
	sumOK := make([]float64, bins)
	for i := 0; i < n; i++ {
		c := conf[i]
		b := int(math.Ceil(c*float64(bins))) - 1
		b = max(0, min(bins-1, b))
		cnt[b]++
		sumConf[b] += c
		if correct[i] {
			sumOK[b]++
		}
	}
	ece := 0.0
	for b := range cnt {
		if cnt[b] == 0 {
			continue
		}
		ece += math.Abs(sumOK[b]-sumConf[b]) / float64(n)
	}
	return ece
}

// InScopeAccuracy is the accuracy over rows whose gold label is not oos.
// Predicting oos for such a row counts as wrong.
func InScopeAccuracy(gold, pred []string, oos string) float64 {
	n := min(len(gold), len(pred))
	tot, ok := 0, 0
	for i := 0; i < n; i++ {
		if gold[i] == oos {
			continue
		}
		tot++
		if pred[i] == gold[i] {
			ok++
		}
	}
	if tot == 0 {
		return 0
	}
	return float64(ok) / float64(tot)
}

// OOSRecall is the fraction of rows with gold label oos that were
// predicted oos.
func OOSRecall(gold, pred []string, oos string) float64 {
	n := min(len(gold), len(pred))
	tot, ok := 0, 0
	for i := 0; i < n; i++ {
		if gold[i] != oos {
			continue
		}
		tot++
		if pred[i] == oos {
			ok++
		}
	}
	if tot == 0 {
		return 0
	}
	return float64(ok) / float64(tot)
}

// OOSMix returns the row indices of a resampled evaluation set in which
// the rows whose gold label is oos make up share of the rows: every other
// row once, in order, then round(share/(1−share)·n_in) oos rows. Each oos
// row is taken ⌊target/n_oos⌋ times and a seeded sample of the others,
// without replacement, once more, so the mix is as close to the original
// rows as the share allows and the same seed gives the same indices. A
// share outside (0, 1), or data with no oos or no other rows, gives nil.
//
// It exists because a test split's out-of-scope share need not be the
// dev split's (CLINC150: 3% in dev, 18% in test), and accuracy and
// calibration depend on it.
func OOSMix(gold []string, oos string, share float64, seed uint64) []int {
	if !(share > 0 && share < 1) {
		return nil
	}
	var in, out []int
	for i, g := range gold {
		if g == oos {
			out = append(out, i)
		} else {
			in = append(in, i)
		}
	}
	if len(in) == 0 || len(out) == 0 {
		return nil
	}
	target := int(math.Round(share / (1 - share) * float64(len(in))))
	idx := slices.Clone(in)
	for range target / len(out) {
		idx = append(idx, out...)
	}
	rest := slices.Clone(out)
	rng := rand.New(rand.NewPCG(seed, 0x6d6978)) // "mix"
	rng.Shuffle(len(rest), func(a, b int) { rest[a], rest[b] = rest[b], rest[a] })
	rest = rest[:target%len(out)]
	slices.Sort(rest)
	return append(idx, rest...)
}
