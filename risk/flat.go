package risk

import "math"

// maxFlatDepth bounds the depth of trees a model may hold: a flat tree of
// depth d takes 2^(d+1) − 1 slots.
const maxFlatDepth = 12

// flatTrees is the scoring layout of a gbt: every tree padded to the same
// depth d and stored as a complete binary tree, so that scoring walks d
// levels with no data-dependent branch (random features mispredict the
// branches of a pointer-chasing walk, which was 5 to 10 times slower).
// Internal node k of a tree has children 2k+1 and 2k+2; x goes right when
// x[feat] > thr, so an unknown (NaN) value goes left, as in training. A
// padding node has thr = +Inf (always left) and its leaves repeat the
// value of the leaf it pads.
type flatTrees struct {
	depth int
	feat  []int32   // trees × (2^d − 1)
	thr   []float64 // trees × (2^d − 1)
	leaf  []float64 // trees × 2^d
}

// depthOf returns the depth of the tree rooted at r (a lone leaf is 0).
func (m *gbt) depthOf(r int32) int {
	n := m.nodes[r]
	if n.feat < 0 {
		return 0
	}
	return 1 + max(m.depthOf(n.left), m.depthOf(n.right))
}

func (m *gbt) flatten() *flatTrees {
	d := 0
	for _, r := range m.roots {
		d = max(d, m.depthOf(r))
	}
	ni, nl := 1<<d-1, 1<<d
	f := &flatTrees{depth: d, feat: make([]int32, len(m.roots)*ni), thr: make([]float64, len(m.roots)*ni), leaf: make([]float64, len(m.roots)*nl)}
	var fill func(t int, at int32, k, level int)
	fill = func(t int, at int32, k, level int) {
		n := m.nodes[at]
		if level == d {
			f.leaf[t*nl+k-ni] = n.thr
			return
		}
		j := t*ni + k
		if n.feat < 0 {
			f.feat[j], f.thr[j] = 0, math.Inf(1)
			fill(t, at, 2*k+1, level+1)
			fill(t, at, 2*k+2, level+1)
			return
		}
		f.feat[j], f.thr[j] = n.feat, n.thr
		fill(t, n.left, 2*k+1, level+1)
		fill(t, n.right, 2*k+2, level+1)
	}
	for t, r := range m.roots {
		fill(t, r, 0, 0)
	}
	return f
}

func (f *flatTrees) margin(x *Features) float64 {
	ni, nl := 1<<f.depth-1, 1<<f.depth
	var z float64
	for t := 0; t < len(f.leaf)/nl; t++ {
		feat, thr := f.feat[t*ni:t*ni+ni], f.thr[t*ni:t*ni+ni]
		k := 0
		for range f.depth {
			right := 0
			if x[feat[k]] > thr[k] {
				right = 1
			}
			k = 2*k + 1 + right
		}
		z += f.leaf[t*nl+k-ni]
	}
	return z
}
