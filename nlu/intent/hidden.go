package intent

import (
	"math"
	"math/rand/v2"
	"slices"
)

// hidden is the second model of the ensemble: the same sparse TF-IDF
// vector x, an embedding bag e = E·x + b1 (E has one H-wide row per
// feature row, so a message costs one H-wide row per feature, as the
// linear model costs one C-wide row), ReLU, then a softmax layer
// z = W2·relu(e) + b2. Its logits are added to the linear model's with a
// weight fitted on out-of-fold predictions (Meta.HiddenWeight).
type hidden struct {
	H int
	// emb holds E feature-major: row r is emb[r*H : (r+1)*H]. A loaded
	// model keeps E int8 in embq instead (emb is nil; see Model.wq).
	emb      []float32
	embq     []byte
	embScale []float32 // per-row int8 scale
	b1       []float32
	// out holds W2 unit-major: hidden unit j's class weights are
	// out[j*C : (j+1)*C], so only the active (positive) units are walked.
	out      []float32
	outScale []float32
	b2       []float32
}

// forward writes the hidden model's logits for the vector rows/vals into
// z, using e (len H) and the act/actv buffers for the active units.
func (h *hidden) forward(C int, rows []int32, vals []float32, e []float32, act []int32, actv []float32, z []float32) ([]int32, []float32) {
	if h.embq != nil {
		logitsQ(h.embq, h.embScale, h.b1, h.H, rows, vals, e)
	} else {
		logits(h.emb, h.b1, h.H, rows, vals, e)
	}
	act, actv = act[:0], actv[:0]
	for j, v := range e[:h.H] {
		if v > 0 {
			act = append(act, int32(j))
			actv = append(actv, v)
		}
	}
	logits(h.out, h.b2, C, act, actv, z)
	return act, actv
}

// trainHidden fits the hidden model on the examples idx of ds by SGD
// with row-wise Adagrad (one accumulator per embedding row and per hidden
// unit's output row, as in sgd), from a seeded random start.
func trainHidden(ds *dataset, idx []int, nrows, C int, o Options, seed uint64) *hidden {
	H := o.Hidden
	rng := rand.New(rand.NewPCG(seed, seed^0x2545f4914f6cdd1d))
	h := &hidden{
		H:   H,
		emb: make([]float32, nrows*H),
		b1:  make([]float32, H),
		out: make([]float32, H*C),
		b2:  make([]float32, C),
	}
	// x is L2-normalised, so e_j = Σ x_k E_kj starts with standard
	// deviation σ(E) = initScale/√3. A small start (0.05) let the
	// embeddings be learnt: from uniform(±√3) (unit variance) the model
	// stayed near a random projection, 83% cross-validated on BANKING77
	// against 90% (0.01 and 0.05 within noise of each other).
	const initScale = 0.05
	for i := range h.emb {
		h.emb[i] = float32(initScale * (2*rng.Float64() - 1))
	}
	const acc0 = 0.1
	accE := make([]float32, nrows)
	for i := range accE {
		accE[i] = acc0
	}
	accO := make([]float32, H)
	for i := range accO {
		accO[i] = acc0
	}
	accB1, accB2 := float32(acc0), float32(acc0)
	e := make([]float32, H)
	de := make([]float32, H)
	z := make([]float32, C)
	g := make([]float32, C)
	var act []int32
	var actv []float32
	active := make([]int32, 0, C)
	const gradEps = 1e-4
	lr := float32(o.HiddenRate)
	order := slices.Clone(idx)
	for ep := 0; ep < o.HiddenEpochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			rows := ds.rows[ds.off[i]:ds.off[i+1]]
			vals := ds.vals[ds.off[i]:ds.off[i+1]]
			act, actv = h.forward(C, rows, vals, e, act, actv, z)
			softmax32(z, 1)
			copy(g, z)
			g[ds.y[i]] -= 1
			wt := ds.wt[i]
			gg := float32(0)
			active = active[:0]
			for c := range g {
				g[c] *= wt
				gg += g[c] * g[c]
				if g[c] > gradEps || g[c] < -gradEps {
					active = append(active, int32(c))
				}
			}
			gg /= float32(C)
			// Back through the output layer (before updating it).
			clear(de)
			dd := float32(0)
			for _, j := range act {
				row := h.out[int(j)*C : int(j)*C+C]
				s := float32(0)
				for _, c := range active {
					s += row[c] * g[c]
				}
				de[j] = s
				dd += s * s
			}
			dd /= float32(H)
			for k, j := range act {
				a := actv[k]
				accO[j] += a * a * gg
				st := lr / float32(math.Sqrt(float64(accO[j])))
				row := h.out[int(j)*C : int(j)*C+C]
				sa := st * a
				for _, c := range active {
					row[c] -= sa * g[c]
				}
			}
			accB2 += gg
			st := lr / float32(math.Sqrt(float64(accB2)))
			for _, c := range active {
				h.b2[c] -= st * g[c]
			}
			if dd == 0 {
				continue
			}
			for k, r := range rows {
				v := vals[k]
				accE[r] += v * v * dd
				st := lr / float32(math.Sqrt(float64(accE[r])))
				row := h.emb[int(r)*H : int(r)*H+H]
				sv := st * v
				// All H: de is 0 off the active units, and a contiguous
				// loop is faster than the gather over act.
				for j, d := range de[:len(row)] {
					row[j] -= sv * d
				}
			}
			accB1 += dd
			st = lr / float32(math.Sqrt(float64(accB1)))
			for _, j := range act {
				h.b1[j] -= st * de[j]
			}
		}
	}
	h.embScale = quantize(h.emb, H)
	h.outScale = quantize(h.out, C)
	return h
}

// fitBlend finds the weights a, b minimising the out-of-fold NLL of
// softmax(a·z1 + b·z2), which is convex in (a, b), by damped Newton
// steps.
func fitBlend(ds *dataset, z1, z2 [][]float32) (a, b float64) {
	a, b = 1, 1
	p := []float64{}
	nll := func(a, b float64) float64 {
		s := 0.0
		for i := range z1 {
			C := len(z1[i])
			if cap(p) < C {
				p = make([]float64, C)
			}
			p = p[:C]
			mx := math.Inf(-1)
			for c := range C {
				p[c] = a*float64(z1[i][c]) + b*float64(z2[i][c])
				mx = max(mx, p[c])
			}
			sum := 0.0
			for c := range C {
				sum += math.Exp(p[c] - mx)
			}
			s += mx + math.Log(sum) - p[ds.y[i]]
		}
		return s
	}
	cur := nll(a, b)
	for it := 0; it < 30; it++ {
		var ga, gb, haa, hab, hbb float64
		for i := range z1 {
			C := len(z1[i])
			if cap(p) < C {
				p = make([]float64, C)
			}
			p = p[:C]
			mx := math.Inf(-1)
			for c := range C {
				p[c] = a*float64(z1[i][c]) + b*float64(z2[i][c])
				mx = max(mx, p[c])
			}
			sum := 0.0
			for c := range C {
				p[c] = math.Exp(p[c] - mx)
				sum += p[c]
			}
			var m1, m2, s11, s12, s22 float64
			for c := range C {
				q := p[c] / sum
				x1, x2 := float64(z1[i][c]), float64(z2[i][c])
				m1 += q * x1
				m2 += q * x2
				s11 += q * x1 * x1
				s12 += q * x1 * x2
				s22 += q * x2 * x2
			}
			y := ds.y[i]
			ga += m1 - float64(z1[i][y])
			gb += m2 - float64(z2[i][y])
			haa += s11 - m1*m1
			hab += s12 - m1*m2
			hbb += s22 - m2*m2
		}
		det := haa*hbb - hab*hab
		if !(det > 0) {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		step := 1.0
		for ; step > 1e-4; step /= 2 {
			na, nb := a-step*da, b-step*db
			if v := nll(na, nb); v <= cur {
				a, b, cur = na, nb, v
				break
			}
		}
		if step <= 1e-4 || math.Abs(step*da)+math.Abs(step*db) < 1e-7 {
			break
		}
	}
	return a, b
}
