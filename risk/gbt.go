package risk

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// maxBins bounds the histogram bins of a feature, bin 0 (unknown) included.
const maxBins = 64

// node is one node of a fitted tree. An inner node sends x left when
// x[feat] <= thr or x[feat] is unknown; a leaf (feat < 0) holds its
// contribution to the margin in thr, shrinkage included.
type node struct {
	feat        int32
	left, right int32
	thr         float64
}

// gbt is a fitted ensemble: margin = base + Σ trees. Trees are stored in
// one slice of nodes; roots index each tree's root.
type gbt struct {
	base  float64
	nodes []node
	roots []int32
}

func (m *gbt) margin(x *Features) float64 {
	z := m.base
	nodes := m.nodes
	for _, r := range m.roots {
		n := &nodes[r]
		for n.feat >= 0 {
			if v := x[n.feat]; v <= n.thr || v != v {
				n = &nodes[n.left]
			} else {
				n = &nodes[n.right]
			}
		}
		z += n.thr
	}
	return z
}

// GBTParams are the hyperparameters of gradient-boosted trees.
type GBTParams struct {
	Depth     int     `json:"depth"`     // maximum tree depth
	MinChild  float64 `json:"min_child"` // minimum hessian sum (≈ rows/4) in a leaf
	Lambda    float64 `json:"lambda"`    // L2 penalty on leaf values
	LR        float64 `json:"lr"`        // shrinkage
	Subsample float64 `json:"subsample"` // share of rows each tree is grown on
	Rounds    int     `json:"rounds"`    // trees; with a validation set, the most that are tried
	Patience  int     `json:"patience"`  // stop when validation loss has not improved for this many rounds
}

func (p GBTParams) String() string {
	return fmt.Sprintf("depth=%d min_child=%g lambda=%g lr=%g subsample=%g", p.Depth, p.MinChild, p.Lambda, p.LR, p.Subsample)
}

// DefaultGrid is the set of GBT hyperparameters Train cross-validates.
var DefaultGrid = func() []GBTParams {
	var g []GBTParams
	for _, depth := range []int{2, 3, 4, 6} {
		for _, mc := range []float64{1, 8} {
			g = append(g, GBTParams{Depth: depth, MinChild: mc, Lambda: 1, LR: 0.05, Subsample: 0.8, Rounds: 2000, Patience: 50})
		}
	}
	return g
}()

// binner maps raw (encoded) values to histogram bins: 0 for unknown, else
// 1 + the index of the first cut ≥ v.
type binner struct {
	cuts [NumFeatures][]float64
}

func newBinner(X []Features) *binner {
	b := &binner{}
	vals := make([]float64, 0, len(X))
	for j := range NumFeatures {
		vals = vals[:0]
		for i := range X {
			if v := X[i][j]; v == v {
				vals = append(vals, v)
			}
		}
		slices.Sort(vals)
		uniq := slices.Compact(slices.Clone(vals))
		var cuts []float64
		if len(uniq) <= maxBins-1 {
			if len(uniq) > 1 {
				cuts = uniq[:len(uniq)-1]
			}
		} else {
			for q := 1; q < maxBins-1; q++ {
				v := vals[q*len(vals)/(maxBins-1)]
				if len(cuts) == 0 || v > cuts[len(cuts)-1] {
					cuts = append(cuts, v)
				}
			}
			if cuts[len(cuts)-1] >= vals[len(vals)-1] {
				cuts = cuts[:len(cuts)-1]
			}
		}
		b.cuts[j] = cuts
	}
	return b
}

func (b *binner) bin(j int, v float64) uint8 {
	if v != v {
		return 0
	}
	i, _ := slices.BinarySearch(b.cuts[j], v)
	return uint8(1 + i)
}

// threshold returns the raw threshold of the split "bin ≤ k".
func (b *binner) threshold(j, k int) float64 {
	if k == 0 {
		return math.Inf(-1)
	}
	return b.cuts[j][k-1]
}

// fitGBT grows trees on X, Y. With a validation set it stops when the
// validation log-loss has not improved for p.Patience rounds and keeps the
// trees up to the best round, which it returns with that round's
// validation AUC; without one it grows p.Rounds trees.
func fitGBT(X []Features, Y []float64, valX []Features, valY []float64, p GBTParams, seed uint64) (*gbt, int, float64) {
	n := len(X)
	bn := newBinner(X)
	bins := make([]uint8, NumFeatures*n) // column-major
	for j := range NumFeatures {
		for i := range X {
			bins[j*n+i] = bn.bin(j, X[i][j])
		}
	}
	pos := 0.0
	for _, y := range Y {
		pos += y
	}
	m := &gbt{base: logit((pos + 1) / (float64(n) + 2))}
	F := make([]float64, n)
	for i := range F {
		F[i] = m.base
	}
	valF := make([]float64, len(valX))
	for i := range valF {
		valF[i] = m.base
	}
	g := make([]float64, n)
	h := make([]float64, n)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	rows := make([]int32, 0, n)
	var hist [NumFeatures][maxBins][2]float64
	best, bestRound, bestAUC := math.Inf(1), 0, math.NaN()
	valP := make([]float64, len(valX))

	type work struct {
		rows  []int32
		depth int
		at    int32 // index of the node in m.nodes
	}
	for round := 0; round < p.Rounds; round++ {
		for i := range n {
			pr := sigmoid(F[i])
			g[i] = pr - Y[i]
			h[i] = pr * (1 - pr)
		}
		rows = rows[:0]
		for i := range n {
			if p.Subsample >= 1 || rng.Float64() < p.Subsample {
				rows = append(rows, int32(i))
			}
		}
		root := int32(len(m.nodes))
		m.nodes = append(m.nodes, node{feat: -1})
		m.roots = append(m.roots, root)
		queue := []work{{rows: rows, depth: 0, at: root}}
		for len(queue) > 0 {
			w := queue[0]
			queue = queue[1:]
			var G, H float64
			for _, i := range w.rows {
				G += g[i]
				H += h[i]
			}
			leaf := -G / (H + p.Lambda) * p.LR
			m.nodes[w.at] = node{feat: -1, thr: leaf}
			if w.depth >= p.Depth || H < 2*p.MinChild {
				continue
			}
			for j := range NumFeatures {
				clear(hist[j][:len(bn.cuts[j])+2])
				col := bins[j*n : j*n+n]
				for _, i := range w.rows {
					b := &hist[j][col[i]]
					b[0] += g[i]
					b[1] += h[i]
				}
			}
			parent := G * G / (H + p.Lambda)
			bestGain, bestJ, bestK := 1e-9, -1, 0
			for j := range NumFeatures {
				nb := len(bn.cuts[j]) + 2
				var GL, HL float64
				for k := 0; k < nb-1; k++ {
					GL += hist[j][k][0]
					HL += hist[j][k][1]
					GR, HR := G-GL, H-HL
					if HL < p.MinChild || HR < p.MinChild {
						continue
					}
					if gain := GL*GL/(HL+p.Lambda) + GR*GR/(HR+p.Lambda) - parent; gain > bestGain {
						bestGain, bestJ, bestK = gain, j, k
					}
				}
			}
			if bestJ < 0 {
				continue
			}
			col := bins[bestJ*n : bestJ*n+n]
			var left, right []int32
			for _, i := range w.rows {
				if int(col[i]) <= bestK {
					left = append(left, i)
				} else {
					right = append(right, i)
				}
			}
			l := int32(len(m.nodes))
			m.nodes = append(m.nodes, node{feat: -1}, node{feat: -1})
			m.nodes[w.at] = node{feat: int32(bestJ), left: l, right: l + 1, thr: bn.threshold(bestJ, bestK)}
			queue = append(queue, work{left, w.depth + 1, l}, work{right, w.depth + 1, l + 1})
		}
		// Update every row's margin, sampled or not, through the new tree.
		for i := range n {
			nd := &m.nodes[root]
			for nd.feat >= 0 {
				if v := X[i][nd.feat]; v <= nd.thr || v != v {
					nd = &m.nodes[nd.left]
				} else {
					nd = &m.nodes[nd.right]
				}
			}
			F[i] += nd.thr
		}
		if len(valX) == 0 {
			continue
		}
		tree := gbt{nodes: m.nodes, roots: m.roots[len(m.roots)-1:]}
		for i := range valX {
			valF[i] += tree.margin(&valX[i])
			valP[i] = sigmoid(valF[i])
		}
		if loss := LogLoss(valP, valY); loss < best-1e-9 {
			best, bestRound = loss, round+1
			bestAUC = AUC(valF, valY)
		} else if round+1-bestRound >= p.Patience {
			break
		}
	}
	if len(valX) > 0 {
		m.truncate(bestRound)
		return m, bestRound, bestAUC
	}
	return m, len(m.roots), math.NaN()
}

// truncate keeps the first k trees. Trees are appended in order, so their
// nodes are a prefix of m.nodes.
func (m *gbt) truncate(k int) {
	if k >= len(m.roots) {
		return
	}
	end := m.roots[k]
	m.roots = m.roots[:k]
	m.nodes = m.nodes[:end]
}
