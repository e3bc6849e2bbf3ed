package risk

import (
	"errors"
	"math"
)

// logreg is a fitted logistic regression on encoded features. Weights are
// per raw unit (the standardisation is folded in): the margin is bias +
// Σ w[j]·(x[j] − mean[j]), an unknown x[j] counting as the mean.
type logreg struct {
	bias float64
	mean Features
	w    Features
}

func (m *logreg) margin(x *Features) float64 {
	z := m.bias
	for j, w := range m.w {
		if v := x[j]; v == v {
			z += w * (v - m.mean[j])
		}
	}
	return z
}

// fitLogReg fits weights minimising Σ logloss + λ/2·|w|² over features
// standardised on X (the bias is not penalised), by Newton's method
// (iteratively reweighted least squares). Features constant on X get no
// weight.
func fitLogReg(X []Features, Y []float64, lambda float64) (*logreg, error) {
	n := len(X)
	var mean, std Features
	var used []int
	for j := range NumFeatures {
		var s, s2, c float64
		for i := range X {
			if v := X[i][j]; v == v {
				s += v
				s2 += v * v
				c++
			}
		}
		if c == 0 {
			continue
		}
		mean[j] = s / c
		std[j] = math.Sqrt(max(0, s2/c-mean[j]*mean[j]))
		if std[j] > 1e-12 {
			used = append(used, j)
		}
	}
	d := len(used) + 1 // the bias is the last coordinate
	Z := make([]float64, n*d)
	for i := range X {
		row := Z[i*d : i*d+d]
		for k, j := range used {
			if v := X[i][j]; v == v {
				row[k] = (v - mean[j]) / std[j]
			}
		}
		row[d-1] = 1
	}
	beta := make([]float64, d)
	pos := 0.0
	for _, y := range Y {
		pos += y
	}
	beta[d-1] = logit((pos + 1) / (float64(n) + 2))
	objective := func(beta []float64) float64 {
		var s float64
		for i := range n {
			row := Z[i*d : i*d+d]
			z := 0.0
			for k, v := range row {
				z += beta[k] * v
			}
			// log(1+e^z) − y·z, computed without overflow
			s += max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) - Y[i]*z
		}
		for a := 0; a < d-1; a++ {
			s += lambda / 2 * beta[a] * beta[a]
		}
		return s
	}
	H := make([]float64, d*d)
	g := make([]float64, d)
	for iter := 0; iter < 100; iter++ {
		clear(H)
		clear(g)
		for i := range n {
			row := Z[i*d : i*d+d]
			z := 0.0
			for k, v := range row {
				z += beta[k] * v
			}
			p := sigmoid(z)
			r := p - Y[i]
			w := max(p*(1-p), 1e-10)
			for a, va := range row {
				if va == 0 {
					continue
				}
				g[a] += r * va
				ha := H[a*d:]
				for b := 0; b <= a; b++ {
					ha[b] += w * va * row[b]
				}
			}
		}
		for a := 0; a < d-1; a++ {
			g[a] += lambda * beta[a]
			H[a*d+a] += lambda
		}
		H[(d-1)*d+d-1] += 1e-9
		step, err := cholSolve(H, g, d)
		if err != nil {
			return nil, err
		}
		// Damped Newton: halve the step until the objective does not grow
		// (needed on nearly separable data with little penalty).
		old := objective(beta)
		trial := make([]float64, d)
		t := 1.0
		for range 30 {
			for k := range beta {
				trial[k] = beta[k] - t*step[k]
			}
			if objective(trial) <= old+1e-12 {
				break
			}
			t /= 2
		}
		maxStep := 0.0
		for k := range beta {
			maxStep = max(maxStep, math.Abs(trial[k]-beta[k]))
		}
		copy(beta, trial)
		if maxStep < 1e-9 {
			break
		}
	}
	m := &logreg{bias: beta[d-1], mean: mean}
	for k, j := range used {
		m.w[j] = beta[k] / std[j]
	}
	return m, nil
}

// cholSolve solves A x = b for a symmetric positive-definite A given by
// its lower triangle (row-major, d×d); A is overwritten.
func cholSolve(A, b []float64, d int) ([]float64, error) {
	for j := range d {
		s := A[j*d+j]
		for k := range j {
			s -= A[j*d+k] * A[j*d+k]
		}
		if s <= 0 || math.IsNaN(s) {
			return nil, errors.New("risk: logistic regression: singular system")
		}
		A[j*d+j] = math.Sqrt(s)
		for i := j + 1; i < d; i++ {
			s := A[i*d+j]
			for k := range j {
				s -= A[i*d+k] * A[j*d+k]
			}
			A[i*d+j] = s / A[j*d+j]
		}
	}
	x := make([]float64, d)
	for i := range d {
		s := b[i]
		for k := range i {
			s -= A[i*d+k] * x[k]
		}
		x[i] = s / A[i*d+i]
	}
	for i := d - 1; i >= 0; i-- {
		s := x[i]
		for k := i + 1; k < d; k++ {
			s -= A[k*d+i] * x[k]
		}
		x[i] = s / A[i*d+i]
	}
	return x, nil
}
