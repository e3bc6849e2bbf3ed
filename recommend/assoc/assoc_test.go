package assoc

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// bruteForce counts every subset of every transaction: exponential in
// the transaction size, so only for small random data.
func bruteForce(tx [][]int, minCount, maxLen int) []Itemset {
	counts := map[string]int{}
	sets := map[string][]int{}
	for _, t := range tx {
		t = slices.Compact(slices.Sorted(slices.Values(t)))
		for mask := 1; mask < 1<<len(t); mask++ {
			var s []int
			for i, it := range t {
				if mask&(1<<i) != 0 {
					s = append(s, it)
				}
			}
			if maxLen > 0 && len(s) > maxLen {
				continue
			}
			k := key(s)
			counts[k]++
			sets[k] = s
		}
	}
	var out []Itemset
	for k, c := range counts {
		if c >= minCount {
			out = append(out, Itemset{Items: sets[k], Count: c})
		}
	}
	return out
}

// apriori is the level-wise reference: candidates of k+1 items join two
// frequent k-itemsets sharing their first k-1 items, are pruned when a
// k-subset is infrequent, and are counted against item bitsets.
func apriori(tx [][]int, minCount, maxLen int) []Itemset {
	maxItem := 0
	for _, t := range tx {
		for _, it := range t {
			maxItem = max(maxItem, it)
		}
	}
	words := maxItem/64 + 1
	bits := make([][]uint64, len(tx))
	for i, t := range tx {
		bits[i] = make([]uint64, words)
		for _, it := range t {
			bits[i][it/64] |= 1 << (it % 64)
		}
	}
	count := func(s []int) int {
		want := make([]uint64, words)
		for _, it := range s {
			want[it/64] |= 1 << (it % 64)
		}
		c := 0
	next:
		for _, b := range bits {
			for w := range want {
				if b[w]&want[w] != want[w] {
					continue next
				}
			}
			c++
		}
		return c
	}
	var out, level []Itemset
	for it := 0; it <= maxItem; it++ {
		if c := count([]int{it}); c >= minCount {
			level = append(level, Itemset{Items: []int{it}, Count: c})
		}
	}
	for k := 1; len(level) > 0; k++ {
		out = append(out, level...)
		if maxLen > 0 && k >= maxLen {
			break
		}
		freq := map[string]bool{}
		for _, s := range level {
			freq[key(s.Items)] = true
		}
		var next []Itemset
		for i, a := range level {
			for _, b := range level[i+1:] {
				if !slices.Equal(a.Items[:k-1], b.Items[:k-1]) {
					continue
				}
				c := append(slices.Clone(a.Items), b.Items[k-1])
				slices.Sort(c)
				ok := true
				for drop := range c {
					sub := slices.Delete(slices.Clone(c), drop, drop+1)
					if !freq[key(sub)] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				if n := count(c); n >= minCount {
					next = append(next, Itemset{Items: c, Count: n})
				}
			}
		}
		slices.SortFunc(next, func(a, b Itemset) int { return slices.Compare(a.Items, b.Items) })
		level = next
	}
	return out
}

func sortSets(s []Itemset) []Itemset {
	s = slices.Clone(s)
	slices.SortFunc(s, func(a, b Itemset) int {
		return cmp.Or(len(a.Items)-len(b.Items), slices.Compare(a.Items, b.Items))
	})
	return s
}

func equalSets(a, b []Itemset) bool {
	return slices.EqualFunc(sortSets(a), sortSets(b), func(x, y Itemset) bool {
		return x.Count == y.Count && slices.Equal(x.Items, y.Items)
	})
}

// TestFrequentItemsetsReference compares FP-growth with the brute force
// and with Apriori on random data skewed like shopping baskets (a few
// items are common), over thresholds and length limits.
func TestFrequentItemsetsReference(t *testing.T) {
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 7))
		nItems := 4 + rng.IntN(14)
		tx := make([][]int, 10+rng.IntN(80))
		for i := range tx {
			for range 1 + rng.IntN(8) {
				// Squaring skews the draw to low items; repeats
				// must count once.
				f := rng.Float64()
				tx[i] = append(tx[i], int(f*f*float64(nItems)))
			}
		}
		for _, minCount := range []int{1, 2, 3, 5, 10} {
			for _, maxLen := range []int{0, 1, 2, 3} {
				t.Run(fmt.Sprintf("seed%d/min%d/len%d", seed, minCount, maxLen), func(t *testing.T) {
					got := FrequentItemsets(tx, minCount, maxLen)
					if want := bruteForce(tx, minCount, maxLen); !equalSets(got, want) {
						t.Fatalf("FP-growth found %d itemsets, brute force %d:\n%v\n%v", len(got), len(want), sortSets(got), sortSets(want))
					}
					if want := apriori(tx, minCount, maxLen); !equalSets(got, want) {
						t.Fatalf("FP-growth found %d itemsets, Apriori %d", len(got), len(want))
					}
				})
			}
		}
	}
}

// TestRulesHandComputed checks support, confidence and lift on five
// baskets worked out by hand: a, b and c are each in 4 of 5, every pair
// in 3, all three in 2, d once.
func TestRulesHandComputed(t *testing.T) {
	const a, b, c, d = 0, 1, 2, 3
	tx := [][]int{{a, b, c}, {a, b}, {a, c}, {b, c}, {a, b, c, d}}
	pair := func(x, y int) Rule {
		return Rule{If: []int{x}, Then: y, Count: 3, Support: 0.6, Confidence: 0.75, Lift: 0.75 / 0.8}
	}
	triple := func(x, y, z int) Rule {
		return Rule{If: []int{x, y}, Then: z, Count: 2, Support: 0.4, Confidence: 2.0 / 3, Lift: (2.0 / 3) / 0.8}
	}
	empty := func(x int) Rule {
		return Rule{If: []int{}, Then: x, Count: 4, Support: 0.8, Confidence: 0.8, Lift: 1}
	}
	pairs := []Rule{pair(a, b), pair(a, c), pair(b, a), pair(b, c), pair(c, a), pair(c, b)}
	tests := []struct {
		name string
		o    Options
		want []Rule
	}{
		{"pairs", Options{MinSupport: 0.4, MinConfidence: 0.7, MinLen: 2}, pairs},
		{"triples too", Options{MinSupport: 0.4, MinConfidence: 0.6, MinLen: 2},
			append(slices.Clone(pairs), triple(a, b, c), triple(a, c, b), triple(b, c, a))},
		{"empty left sides", Options{MinSupport: 0.4, MinConfidence: 0.75},
			append([]Rule{empty(a), empty(b), empty(c)}, pairs...)},
		{"max length", Options{MinSupport: 0.4, MinConfidence: 0.6, MinLen: 2, MaxLen: 2}, pairs},
		{"support floor", Options{MinSupport: 0.61, MinConfidence: 0, MinLen: 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Mine(tx, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rules) != len(tt.want) {
				t.Fatalf("%d rules %v, want %d", len(res.Rules), res.Rules, len(tt.want))
			}
			for _, w := range tt.want {
				i := slices.IndexFunc(res.Rules, func(r Rule) bool { return slices.Equal(r.If, w.If) && r.Then == w.Then })
				if i < 0 {
					t.Fatalf("no rule %v => %d in %v", w.If, w.Then, res.Rules)
				}
				r := res.Rules[i]
				if r.Count != w.Count || !near(r.Support, w.Support) || !near(r.Confidence, w.Confidence) || !near(r.Lift, w.Lift) {
					t.Errorf("rule %v => %d: %+v, want %+v", w.If, w.Then, r, w)
				}
			}
			for i := 1; i < len(res.Rules); i++ {
				if res.Rules[i].Confidence > res.Rules[i-1].Confidence {
					t.Fatalf("rules not by descending confidence: %v", res.Rules)
				}
			}
		})
	}
	res, _ := Mine(tx, Options{MinSupport: 0.2})
	if s, ok := res.Support(a, b, c); !ok || !near(s, 0.4) {
		t.Errorf("support(a, b, c) = %v, %v; want 0.4", s, ok)
	}
	if c, ok := res.Count(d); !ok || c != 1 {
		t.Errorf("count(d) = %v, %v; want 1", c, ok)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestMinCount(t *testing.T) {
	tests := []struct {
		supp float64
		n    int
		want int
	}{
		{0.006, 9835, 60}, // 59.01
		{0.001, 9835, 10}, // 9.835
		{0.001, 10000, 10},
		{0.1, 10, 1},
		{0.0001, 10, 1},
		{1, 7, 7},
	}
	for _, tt := range tests {
		if got := MinCount(tt.supp, tt.n); got != tt.want {
			t.Errorf("MinCount(%v, %d) = %d, want %d", tt.supp, tt.n, got, tt.want)
		}
	}
}

func TestMineBadOptions(t *testing.T) {
	tx := [][]int{{1, 2}}
	for _, o := range []Options{{MinSupport: 0}, {MinSupport: 1.5}, {MinSupport: 0.1, MinConfidence: -1}, {MinSupport: 0.1, MinLen: 5, MaxLen: 3}} {
		if _, err := Mine(tx, o); err == nil {
			t.Errorf("Mine(%+v): no error", o)
		}
	}
	res, err := Mine(nil, Options{MinSupport: 0.1})
	if err != nil || len(res.Rules) != 0 || res.N != 0 {
		t.Errorf("Mine(nil) = %+v, %v", res, err)
	}
}
