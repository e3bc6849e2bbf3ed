package assoc

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Options are the thresholds of a mining run, as arules' apriori takes
// them.
type Options struct {
	MinSupport    float64 // share of transactions, in (0, 1]
	MinConfidence float64 // in [0, 1]
	// MinLen and MaxLen bound the items of a rule, both sides together.
	// MinLen 0 means 1 (arules' default, which allows {} => y when
	// support(y) reaches MinConfidence); MaxLen 0 means 10 (arules').
	MinLen, MaxLen int
}

// Rule is an association rule If => Then over items.
type Rule struct {
	If         []int // ascending; empty for {} => Then
	Then       int
	Count      int     // transactions containing If and Then
	Support    float64 // Count / n
	Confidence float64 // Count / count(If)
	Lift       float64 // Confidence / support(Then)
}

// Result is what Mine found in n transactions.
type Result struct {
	N        int
	Itemsets []Itemset // frequent itemsets, by descending count then items
	Rules    []Rule    // by descending confidence, then lift, count, items
	counts   map[string]int
}

// Mine mines tx with the thresholds of o: the frequent itemsets of up to
// MaxLen items, then the rules with one item on the right.
func Mine(tx [][]int, o Options) (*Result, error) {
	if !(o.MinSupport > 0 && o.MinSupport <= 1) {
		return nil, fmt.Errorf("assoc: minimum support %v is not in (0, 1]", o.MinSupport)
	}
	if !(o.MinConfidence >= 0 && o.MinConfidence <= 1) {
		return nil, fmt.Errorf("assoc: minimum confidence %v is not in [0, 1]", o.MinConfidence)
	}
	minLen, maxLen := max(o.MinLen, 1), o.MaxLen
	if maxLen <= 0 {
		maxLen = 10
	}
	if minLen > maxLen {
		return nil, fmt.Errorf("assoc: minimum length %d is above the maximum %d", minLen, maxLen)
	}
	res := &Result{N: len(tx)}
	if len(tx) == 0 {
		return res, nil
	}
	res.Itemsets = FrequentItemsets(tx, MinCount(o.MinSupport, len(tx)), maxLen)
	slices.SortFunc(res.Itemsets, func(a, b Itemset) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return slices.Compare(a.Items, b.Items)
	})
	res.counts = make(map[string]int, len(res.Itemsets))
	for _, s := range res.Itemsets {
		res.counts[key(s.Items)] = s.Count
	}
	n := float64(len(tx))
	// Every subset of a frequent itemset is frequent, so count(If) is
	// in the table.
	var lhs []int
	for _, s := range res.Itemsets {
		if len(s.Items) < minLen {
			continue
		}
		for i, then := range s.Items {
			lhs = append(lhs[:0], s.Items[:i]...)
			lhs = append(lhs, s.Items[i+1:]...)
			cif := len(tx)
			if len(lhs) > 0 {
				cif = res.counts[key(lhs)]
			}
			conf := float64(s.Count) / float64(cif)
			if conf < o.MinConfidence-1e-12 {
				continue
			}
			res.Rules = append(res.Rules, Rule{
				If: slices.Clone(lhs), Then: then, Count: s.Count,
				Support: float64(s.Count) / n, Confidence: conf,
				Lift: conf / (float64(res.counts[key([]int{then})]) / n),
			})
		}
	}
	slices.SortFunc(res.Rules, func(a, b Rule) int {
		return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(b.Lift, a.Lift),
			b.Count-a.Count, slices.Compare(a.If, b.If), a.Then-b.Then)
	})
	return res, nil
}

// Count returns how many transactions contain all of items (ascending),
// if the itemset was frequent.
func (r *Result) Count(items ...int) (int, bool) {
	c, ok := r.counts[key(items)]
	return c, ok
}

// Support returns the support of a frequent itemset (ascending items).
func (r *Result) Support(items ...int) (float64, bool) {
	c, ok := r.Count(items...)
	if !ok || r.N == 0 {
		return 0, false
	}
	return float64(c) / float64(r.N), true
}

func key(items []int) string {
	var b strings.Builder
	for _, it := range items {
		// Items are small: base-128 varint bytes, terminated by the
		// high bit clear.
		for it >= 0x80 {
			b.WriteByte(byte(it) | 0x80)
			it >>= 7
		}
		b.WriteByte(byte(it))
	}
	return b.String()
}
