package assoc

import (
	"math"
	"slices"
)

// Itemset is a set of items, in ascending order, and the number of
// transactions that contain all of them.
type Itemset struct {
	Items []int
	Count int
}

// MinCount is the smallest count whose support count/n reaches minSupport.
// The tolerance keeps 0.006·9835 = 59.01 at 60 but 0.001·10000 at 10,
// not 11 through rounding.
func MinCount(minSupport float64, n int) int {
	c := int(math.Ceil(minSupport*float64(n) - 1e-9))
	return max(c, 1)
}

// FrequentItemsets returns every itemset of 1 to maxLen items (no limit when maxLen <=
// 0) contained in at least minCount of the transactions, by FP-growth.
// Transactions are sets of non-negative items; repeated items count once.
// The result is in no particular order; it does not modify tx.
func FrequentItemsets(tx [][]int, minCount, maxLen int) []Itemset {
	minCount = max(minCount, 1)
	if maxLen <= 0 {
		maxLen = math.MaxInt
	}
	// Count items, once per transaction.
	counts := map[int]int{}
	seen := map[int]bool{}
	for _, t := range tx {
		clear(seen)
		for _, it := range t {
			if it < 0 {
				panic("assoc: negative item")
			}
			if !seen[it] {
				seen[it] = true
				counts[it]++
			}
		}
	}
	// Rank the frequent items: 0 is the most frequent (ties by item), so
	// that transactions share long prefixes in the tree.
	var freq []int
	for it, c := range counts {
		if c >= minCount {
			freq = append(freq, it)
		}
	}
	slices.SortFunc(freq, func(a, b int) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return a - b
	})
	rank := make(map[int]int32, len(freq))
	for r, it := range freq {
		rank[it] = int32(r)
	}
	t := newTree(len(freq))
	path := make([]int32, 0, 64)
	for _, tr := range tx {
		path = path[:0]
		for _, it := range tr {
			if r, ok := rank[it]; ok && !slices.Contains(path, r) {
				path = append(path, r)
			}
		}
		slices.Sort(path)
		t.insert(path, 1)
	}
	m := miner{min: minCount, maxLen: maxLen, freq: freq}
	m.mine(t, nil)
	return m.out
}

// tree is an FP-tree over item ranks. Node 0 is the root. Children are a
// first-child/next-sibling list: with at most a few hundred distinct
// items a scan is cheaper than a map per node.
type tree struct {
	item   []int32 // rank of the node's item; -1 at the root
	count  []int
	parent []int32
	child  []int32 // first child, -1 if none
	sib    []int32 // next sibling, -1 if none
	link   []int32 // next node with the same item, -1 if none
	head   []int32 // per rank: first node with that item, -1 if none
	total  []int   // per rank: sum of its nodes' counts
}

func newTree(nItems int) *tree {
	t := &tree{
		item: []int32{-1}, count: []int{0}, parent: []int32{-1},
		child: []int32{-1}, sib: []int32{-1}, link: []int32{-1},
		head: make([]int32, nItems), total: make([]int, nItems),
	}
	for i := range t.head {
		t.head[i] = -1
	}
	return t
}

// insert adds a path of ascending ranks with the given count.
func (t *tree) insert(path []int32, count int) {
	n := int32(0)
	for _, r := range path {
		c := t.child[n]
		for c >= 0 && t.item[c] != r {
			c = t.sib[c]
		}
		if c < 0 {
			c = int32(len(t.item))
			t.item = append(t.item, r)
			t.count = append(t.count, 0)
			t.parent = append(t.parent, n)
			t.child = append(t.child, -1)
			t.sib = append(t.sib, t.child[n])
			t.link = append(t.link, t.head[r])
			t.child[n] = c
			t.head[r] = c
		}
		t.count[c] += count
		t.total[r] += count
		n = c
	}
}

type miner struct {
	min, maxLen int
	freq        []int // rank -> item
	out         []Itemset
}

// mine emits every frequent itemset of t extended by suffix (ranks).
func (m *miner) mine(t *tree, suffix []int32) {
	var path []int32
	cond := make([]int, len(t.head))
	for r := len(t.head) - 1; r >= 0; r-- {
		if t.total[r] < m.min {
			continue
		}
		set := append(slices.Clone(suffix), int32(r))
		items := make([]int, len(set))
		for i, s := range set {
			items[i] = m.freq[s]
		}
		slices.Sort(items)
		m.out = append(m.out, Itemset{Items: items, Count: t.total[r]})
		if len(set) >= m.maxLen || r == 0 {
			continue
		}
		// The conditional pattern base of r: the prefix paths above its
		// nodes, each weighted by the node's count. Count the items first
		// and keep only the frequent ones in the conditional tree.
		clear(cond[:r])
		for n := t.head[r]; n >= 0; n = t.link[n] {
			for p := t.parent[n]; p > 0; p = t.parent[p] {
				cond[t.item[p]] += t.count[n]
			}
		}
		any := false
		for _, c := range cond[:r] {
			if c >= m.min {
				any = true
				break
			}
		}
		if !any {
			continue
		}
		ct := newTree(r)
		for n := t.head[r]; n >= 0; n = t.link[n] {
			path = path[:0]
			for p := t.parent[n]; p > 0; p = t.parent[p] {
				if cond[t.item[p]] >= m.min {
					path = append(path, t.item[p])
				}
			}
			slices.Reverse(path)
			ct.insert(path, t.count[n])
		}
		m.mine(ct, set)
	}
}
