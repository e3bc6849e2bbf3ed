package risk

import (
	"math"
	"slices"

	"github.com/kefu-ai/kefu/internal/rankstat"
)

// AlertRate is the share of orders an alert goes out for by default: the
// top 10% by score. PrecisionAt reports how many of those are really late.
const AlertRate = 0.10

// AUC returns the area under the ROC curve of scores against labels (1
// positive): the probability that a random positive outscores a random
// negative, ties counting half. It is NaN when a class is absent.
func AUC(scores, labels []float64) float64 {
	return rankstat.AUC(scores, func(i int) bool { return labels[i] == 1 })
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// LogLoss returns the mean negative log-likelihood of the labels, with
// probabilities clipped to [1e-15, 1-1e-15].
func LogLoss(probs, labels []float64) float64 {
	var s float64
	for i, p := range probs {
		p = min(max(p, 1e-15), 1-1e-15)
		if labels[i] == 1 {
			s -= math.Log(p)
		} else {
			s -= math.Log(1 - p)
		}
	}
	return s / float64(len(probs))
}

// PrecisionAt returns the share of late orders among the ceil(rate·n)
// highest-scored ones (at least one); ties at the cut are broken by
// order in the input.
func PrecisionAt(scores, labels []float64, rate float64) float64 {
	n := len(scores)
	if n == 0 {
		return math.NaN()
	}
	k := max(1, min(n, int(math.Ceil(rate*float64(n)-1e-9))))
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(scores[b], scores[a]) })
	var hit float64
	for _, i := range idx[:k] {
		hit += labels[i]
	}
	return hit / float64(k)
}
