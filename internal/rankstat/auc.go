// Package rankstat holds ranking statistics shared by kefu's models.
package rankstat

import (
	"cmp"
	"math"
	"slices"
)

// AUC returns the area under the ROC curve of scores, where positive(i)
// says whether item i is a positive: the probability that a random
// positive outscores a random negative, ties counting half (the
// Mann-Whitney statistic over mid-ranks). It is NaN when a class is
// absent.
func AUC(scores []float64, positive func(i int) bool) float64 {
	n := len(scores)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	var pos, rankSum float64
	for i := 0; i < n; {
		j := i
		for j < n && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // mean of the 1-based ranks i+1..j
		for k := i; k < j; k++ {
			if positive(idx[k]) {
				pos++
				rankSum += avg
			}
		}
		i = j
	}
	neg := float64(n) - pos
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}
