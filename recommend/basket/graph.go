package basket

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// GraphSettings configure MethodGraph, a LightGCN model of the basket–item
// graph.
type GraphSettings struct {
	Dim          int     `json:"dim"`           // embedding size
	Layers       int     `json:"layers"`        // propagation layers, >= 1
	Epochs       int     `json:"epochs"`        // passes over the basket–item edges
	Batch        int     `json:"batch"`         // BPR triples a step; 0 means 2048
	LearningRate float64 `json:"learning_rate"` // of Adam
	L2           float64 `json:"l2"`            // penalty on the layer-0 embeddings of a step's triples
	Seed         uint64  `json:"seed"`
}

// graph scores with the item embeddings of a trained LightGCN: a basket is
// folded in as one more propagation step from its items, q = Σ F_i/√d_i,
// and item c scores q·F_c.
type graph struct {
	v    *vocab
	dim  int
	emb  []float64 // item c's final embedding at emb[c*dim:(c+1)*dim]
	w    []float64 // 1/√(degree) of each item in the training graph
	norm []float64 // |F_c|, for the reasons' cosines
}

func (g *graph) vec(c int) []float64 { return g.emb[c*g.dim : (c+1)*g.dim] }

func (g *graph) score(items []int, _ []bool, scores []float64) {
	q := make([]float64, g.dim)
	for _, it := range items {
		for k, x := range g.vec(it) {
			q[k] += g.w[it] * x
		}
	}
	for c := range scores {
		scores[c] = dot(q, g.vec(c))
	}
}

func (g *graph) cos(a, b int) float64 {
	if g.norm[a] == 0 || g.norm[b] == 0 {
		return 0
	}
	return dot(g.vec(a), g.vec(b)) / (g.norm[a] * g.norm[b])
}

func (g *graph) reason(items []int, _ []bool, c int, _ float64) Reason {
	near := slices.Clone(items)
	slices.SortStableFunc(near, func(a, b int) int { return -cmpFloat(g.cos(a, c), g.cos(b, c)) })
	near = near[:min(len(near), 2)]
	r := Reason{Method: MethodGraph}
	if len(near) == 0 {
		r.Share = g.v.share(c)
		r.Text = fmt.Sprintf("an empty basket: in %s of all baskets", percent(r.Share))
		return r
	}
	for _, it := range near {
		r.With = append(r.With, g.v.names[it])
	}
	r.Similarity = g.cos(near[0], c)
	r.Text = fmt.Sprintf("bought in the same kind of baskets as %s (purchase-graph similarity %.2f)", list(r.With), r.Similarity)
	return r
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

func dot(a, b []float64) float64 {
	s := 0.0
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// lightGCN trains the embeddings. Nodes are the baskets (0..nb-1), then
// the items (nb..nb+ni-1); e holds each node's layer-0 embedding, the only
// parameters.
type lightGCN struct {
	s      GraphSettings
	nb, ni int
	// adj is the symmetric normalised adjacency in CSR form: node n's
	// neighbours are nbr[off[n]:off[n+1]] with weights wt (1/√(d_u·d_i)).
	off  []int
	nbr  []int32
	wt   []float64
	bask [][]int // items of each basket, ascending
	e    []float64
	m, v []float64 // Adam moments
	step int
}

// trainGraph fits LightGCN on baskets with BPR: for a random basket–item
// edge (u, i) and an item j not in u, minimise −log σ(F_u·F_i − F_u·F_j)
// where F is the mean of the layer-0..L embeddings of the propagation
// F = 1/(L+1) Σ_k Â^k E. check, when not nil, sees the model after every
// epoch.
func trainGraph(v *vocab, baskets []Basket, s GraphSettings, check func(epoch int, g *graph)) (*graph, error) {
	if s.Dim < 1 || s.Layers < 1 || s.Epochs < 1 || !(s.LearningRate > 0) || s.L2 < 0 {
		return nil, fmt.Errorf("basket: graph settings %+v: want dim, layers, epochs >= 1, learning rate > 0, l2 >= 0", s)
	}
	if s.Batch <= 0 {
		s.Batch = 2048
	}
	t := &lightGCN{s: s, ni: len(v.names)}
	for _, b := range baskets {
		items := v.encode(b.Items)
		// A basket holding every item has no negative to sample.
		if len(items) > 0 && len(items) < t.ni {
			slices.Sort(items)
			t.bask = append(t.bask, items)
		}
	}
	t.nb = len(t.bask)
	if t.nb == 0 {
		return nil, errors.New("basket: no basket to train the graph on")
	}
	t.buildAdj()
	n := (t.nb + t.ni) * s.Dim
	rng := rand.New(rand.NewPCG(s.Seed, 0x6c69676874676e))
	t.e = make([]float64, n)
	for i := range t.e {
		// LightGCN's normal initialisation, σ = 0.1.
		t.e[i] = 0.1 * rng.NormFloat64()
	}
	t.m, t.v = make([]float64, n), make([]float64, n)
	// The edges, to sample positives from.
	var edges [][2]int32
	for u, items := range t.bask {
		for _, i := range items {
			edges = append(edges, [2]int32{int32(u), int32(i)})
		}
	}
	f := make([]float64, n)
	grad := make([]float64, n)
	tmp := [2][]float64{make([]float64, n), make([]float64, n)}
	steps := (len(edges) + s.Batch - 1) / s.Batch
	for epoch := 1; epoch <= s.Epochs; epoch++ {
		for range steps {
			t.propagate(t.e, f, tmp)
			clear(grad)
			used := make(map[int32]bool, 3*s.Batch)
			for range s.Batch {
				ed := edges[rng.IntN(len(edges))]
				u, i := ed[0], ed[1]
				j := int32(rng.IntN(t.ni))
				for contains(t.bask[u], int(j)) {
					j = int32(rng.IntN(t.ni))
				}
				fu, fi, fj := t.row(f, int(u)), t.row(f, t.nb+int(i)), t.row(f, t.nb+int(j))
				x := 0.0
				for k := range fu {
					x += fu[k] * (fi[k] - fj[k])
				}
				// d/dx −log σ(x) = −σ(−x).
				g := -1 / (1 + math.Exp(x)) / float64(s.Batch)
				gu, gi, gj := t.row(grad, int(u)), t.row(grad, t.nb+int(i)), t.row(grad, t.nb+int(j))
				for k := range fu {
					gu[k] += g * (fi[k] - fj[k])
					gi[k] += g * fu[k]
					gj[k] -= g * fu[k]
				}
				used[u], used[int32(t.nb)+i], used[int32(t.nb)+j] = true, true, true
			}
			// Â is symmetric, so the gradient of the layer-0
			// embeddings is the same propagation of the gradient of F.
			t.propagate(grad, grad, tmp)
			if s.L2 > 0 {
				for node := range used {
					ge, e := t.row(grad, int(node)), t.row(t.e, int(node))
					for k := range ge {
						ge[k] += s.L2 * e[k] / float64(s.Batch)
					}
				}
			}
			t.adam(grad)
		}
		if check != nil {
			check(epoch, t.model(v, f, tmp))
		}
	}
	return t.model(v, f, tmp), nil
}

func contains(sorted []int, x int) bool {
	_, ok := slices.BinarySearch(sorted, x)
	return ok
}

func (t *lightGCN) row(a []float64, node int) []float64 {
	return a[node*t.s.Dim : (node+1)*t.s.Dim]
}

func (t *lightGCN) buildAdj() {
	deg := make([]int, t.nb+t.ni)
	for u, items := range t.bask {
		deg[u] = len(items)
		for _, i := range items {
			deg[t.nb+i]++
		}
	}
	t.off = make([]int, t.nb+t.ni+1)
	for n, d := range deg {
		t.off[n+1] = t.off[n] + d
	}
	t.nbr = make([]int32, t.off[len(deg)])
	t.wt = make([]float64, len(t.nbr))
	fill := slices.Clone(t.off[:len(deg)])
	for u, items := range t.bask {
		for _, i := range items {
			w := 1 / math.Sqrt(float64(deg[u])*float64(deg[t.nb+i]))
			t.nbr[fill[u]], t.wt[fill[u]] = int32(t.nb+i), w
			fill[u]++
			t.nbr[fill[t.nb+i]], t.wt[fill[t.nb+i]] = int32(u), w
			fill[t.nb+i]++
		}
	}
}

// propagate sets out = 1/(L+1) Σ_{k=0..L} Â^k in; out may be in. tmp is
// scratch of the same size.
func (t *lightGCN) propagate(in, out []float64, tmp [2][]float64) {
	d := t.s.Dim
	cur, next := tmp[0], tmp[1]
	copy(cur, in)
	if &out[0] != &in[0] {
		copy(out, in)
	}
	for range t.s.Layers {
		clear(next)
		for n := range t.nb + t.ni {
			dst := next[n*d : (n+1)*d]
			for k := t.off[n]; k < t.off[n+1]; k++ {
				w, src := t.wt[k], cur[int(t.nbr[k])*d:int(t.nbr[k]+1)*d]
				for x := range dst {
					dst[x] += w * src[x]
				}
			}
		}
		for x := range out {
			out[x] += next[x]
		}
		cur, next = next, cur
	}
	inv := 1 / float64(t.s.Layers+1)
	for x := range out {
		out[x] *= inv
	}
}

// adam takes one Adam step (β1 0.9, β2 0.999) on the layer-0 embeddings.
func (t *lightGCN) adam(grad []float64) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	t.step++
	c1 := 1 - math.Pow(b1, float64(t.step))
	c2 := 1 - math.Pow(b2, float64(t.step))
	lr := t.s.LearningRate
	for x, g := range grad {
		t.m[x] = b1*t.m[x] + (1-b1)*g
		t.v[x] = b2*t.v[x] + (1-b2)*g*g
		t.e[x] -= lr * (t.m[x] / c1) / (math.Sqrt(t.v[x]/c2) + eps)
	}
}

// model returns the scorer of the current embeddings.
func (t *lightGCN) model(v *vocab, f []float64, tmp [2][]float64) *graph {
	t.propagate(t.e, f, tmp)
	d := t.s.Dim
	g := &graph{v: v, dim: d, emb: slices.Clone(f[t.nb*d:]), w: make([]float64, t.ni), norm: make([]float64, t.ni)}
	for i := range t.ni {
		if deg := t.off[t.nb+i+1] - t.off[t.nb+i]; deg > 0 {
			g.w[i] = 1 / math.Sqrt(float64(deg))
		}
		g.norm[i] = math.Sqrt(dot(g.vec(i), g.vec(i)))
	}
	return g
}
