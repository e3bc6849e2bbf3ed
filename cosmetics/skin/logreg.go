package skin

import "math"

// logreg is one L2-regularised logistic regression per skin type over
// the same sparse features: margin_t = b[t] + Σ w[j][t]·x[j].
type logreg struct {
	w [][NumTypes]float64
	b [NumTypes]float64
}

func (m *logreg) margins(x []entry) [NumTypes]float64 {
	z := m.b
	for _, e := range x {
		for t := range z {
			z[t] += m.w[e.j][t] * e.v
		}
	}
	return z
}

// fitLogReg minimises, for each type, the mean log loss plus λ/2·|w|²
// (the bias is not penalised) by Nesterov's accelerated gradient with
// adaptive restart, from zero weights: deterministic for the same data.
// It stops when every gradient coordinate is below tol or after maxIter
// steps.
func fitLogReg(X [][]entry, Y []Labels, dim int, lambda float64) *logreg {
	const maxIter, tol = 1000, 1e-4
	n := float64(len(X))
	// L bounds the gradient's Lipschitz constant: ¼·λmax(XᵀX)/n + λ, the
	// eigenvalue from power iteration on [X 1] (a few steps overestimate
	// little; the 1.1 covers the rest).
	L := 0.25*1.1*maxEigen(X, dim)/n + lambda
	step := 1 / L
	m := &logreg{w: make([][NumTypes]float64, dim)}
	// y holds the current point (momentum), g the gradient there.
	y := &logreg{w: make([][NumTypes]float64, dim)}
	prev := &logreg{w: make([][NumTypes]float64, dim)}
	g := &logreg{w: make([][NumTypes]float64, dim)}
	var pos [NumTypes]float64
	for _, l := range Y {
		for t := range l {
			if l[t] {
				pos[t]++
			}
		}
	}
	for t := range pos {
		m.b[t] = math.Log((pos[t] + 1) / (n - pos[t] + 1))
	}
	copyLR(y, m)
	theta := 1.0
	for range maxIter {
		// gradient at y
		clear(g.w)
		g.b = [NumTypes]float64{}
		for i, x := range X {
			z := y.margins(x)
			for t := range z {
				r := sigmoid(z[t])
				if Y[i][t] {
					r--
				}
				g.b[t] += r / n
				z[t] = r / n
			}
			for _, e := range x {
				for t := range z {
					g.w[e.j][t] += z[t] * e.v
				}
			}
		}
		gmax := 0.0
		for j := range g.w {
			for t := range g.w[j] {
				g.w[j][t] += lambda * y.w[j][t]
				gmax = max(gmax, math.Abs(g.w[j][t]))
			}
		}
		for t := range g.b {
			gmax = max(gmax, math.Abs(g.b[t]))
		}
		if gmax < tol {
			copyLR(m, y)
			break
		}
		// x_{k+1} = y − step·g; y = x_{k+1} + β(x_{k+1} − x_k)
		copyLR(prev, m)
		for j := range m.w {
			for t := range m.w[j] {
				m.w[j][t] = y.w[j][t] - step*g.w[j][t]
			}
		}
		for t := range m.b {
			m.b[t] = y.b[t] - step*g.b[t]
		}
		// Restart the momentum when it points against the gradient.
		var dot float64
		for j := range m.w {
			for t := range m.w[j] {
				dot += g.w[j][t] * (m.w[j][t] - prev.w[j][t])
			}
		}
		next := (1 + math.Sqrt(1+4*theta*theta)) / 2
		beta := (theta - 1) / next
		theta = next
		if dot > 0 {
			theta, beta = 1, 0
		}
		for j := range y.w {
			for t := range y.w[j] {
				y.w[j][t] = m.w[j][t] + beta*(m.w[j][t]-prev.w[j][t])
			}
		}
		for t := range y.b {
			y.b[t] = m.b[t] + beta*(m.b[t]-prev.b[t])
		}
	}
	return m
}

func copyLR(dst, src *logreg) {
	copy(dst.w, src.w)
	dst.b = src.b
}

// maxEigen estimates the largest eigenvalue of AᵀA, A = [X 1], by 30
// steps of power iteration from the all-ones vector.
func maxEigen(X [][]entry, dim int) float64 {
	v := make([]float64, dim+1)
	for j := range v {
		v[j] = 1
	}
	u := make([]float64, len(X))
	lam := 1.0
	for range 30 {
		for i, x := range X {
			s := v[dim]
			for _, e := range x {
				s += v[e.j] * e.v
			}
			u[i] = s
		}
		next := make([]float64, dim+1)
		for i, x := range X {
			for _, e := range x {
				next[e.j] += u[i] * e.v
			}
			next[dim] += u[i]
		}
		var norm float64
		for _, a := range next {
			norm += a * a
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			return 1
		}
		var vn float64
		for _, a := range v {
			vn += a * a
		}
		lam = norm / math.Sqrt(vn)
		for j := range v {
			v[j] = next[j] / norm
		}
	}
	return lam
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
