package skin

import (
	"math"

	"github.com/kefu-ai/kefu/internal/rankstat"
)

// AUC returns the area under the ROC curve of scores against labels: the
// probability that a random positive outscores a random negative, ties
// counting half. It is NaN when a class is absent.
func AUC(scores []float64, labels []bool) float64 {
	return rankstat.AUC(scores, func(i int) bool { return labels[i] })
}

// Report is how well predictions rank products per skin type.
type Report struct {
	N int // products measured (each with at least one flag)
	// Positives counts the products flagged as suiting each type.
	Positives [NumTypes]int
	// AUC per type; NaN where a type has only one class.
	AUC [NumTypes]float64
	// Macro is the mean of the AUCs that are defined.
	Macro float64
}

// Score measures predictions probs[i][t] of the products with labels.
func Score(probs [][NumTypes]float64, labels []Labels) Report {
	r := Report{N: len(probs)}
	s := make([]float64, len(probs))
	y := make([]bool, len(probs))
	var sum float64
	var k int
	for t := range Type(NumTypes) {
		for i := range probs {
			s[i], y[i] = probs[i][t], labels[i][t]
			if y[i] {
				r.Positives[t]++
			}
		}
		r.AUC[t] = AUC(s, y)
		if !math.IsNaN(r.AUC[t]) {
			sum += r.AUC[t]
			k++
		}
	}
	r.Macro = math.NaN()
	if k > 0 {
		r.Macro = sum / float64(k)
	}
	return r
}
