package risk

import "math"

// smoothing is the weight, in rows, of the base rate in a category's
// encoded rate: a category seen in few rows stays near the base rate.
const smoothing = 20

// encoder replaces each categorical Code by the smoothed log-odds of
// lateness of its category in the training rows. Unseen codes get the
// base rate's log-odds; unknown (NaN) stays unknown.
type encoder struct {
	prior  float64                                  // log-odds of the training base rate
	tables [len(categoricalsArr)]map[uint32]float64 // per categorical feature, in categoricals order
}

// categoricalsArr lists the categorical features in schema order.
var categoricalsArr = [...]Feature{Carrier, Origin, Destination, DestArea, Category}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// fitEncoder learns the tables from the rows idx of X, Y.
func fitEncoder(X []Features, Y []float64, idx []int) *encoder {
	pos := 0.0
	for _, i := range idx {
		pos += Y[i]
	}
	p0 := (pos + 1) / (float64(len(idx)) + 2)
	e := &encoder{prior: logit(p0)}
	for c, feat := range categoricalsArr {
		type stat struct{ n, pos float64 }
		st := map[uint32]*stat{}
		for _, i := range idx {
			code, ok := codeOf(X[i][feat])
			if !ok {
				continue
			}
			s := st[code]
			if s == nil {
				s = &stat{}
				st[code] = s
			}
			s.n++
			s.pos += Y[i]
		}
		t := make(map[uint32]float64, len(st))
		for code, s := range st {
			t[code] = logit((s.pos + smoothing*p0) / (s.n + smoothing))
		}
		e.tables[c] = t
	}
	return e
}

// codeOf returns the Code stored in v, if v holds one.
func codeOf(v float64) (uint32, bool) {
	if !(v >= 0 && v <= math.MaxUint32) || v != math.Trunc(v) {
		return 0, false
	}
	return uint32(v), true
}

// apply encodes x's categorical features in place.
func (e *encoder) apply(x *Features) {
	for c, feat := range categoricalsArr {
		v := x[feat]
		if v != v {
			continue
		}
		code, ok := codeOf(v)
		if !ok {
			x[feat] = e.prior
			continue
		}
		if enc, ok := e.tables[c][code]; ok {
			x[feat] = enc
		} else {
			x[feat] = e.prior
		}
	}
}

// encodeOutOfFold returns the rows idx of X encoded for training: each
// row's categories are encoded by tables learnt on the other folds, so a
// model cannot learn a row's own label through its category's rate. It
// also returns the encoder learnt on all of idx, for scoring new rows.
func encodeOutOfFold(X []Features, Y []float64, idx []int, folds int, seed uint64) ([]Features, *encoder) {
	full := fitEncoder(X, Y, idx)
	out := make([]Features, len(idx))
	fold := foldsOf(len(idx), folds, seed^0x9e3779b97f4a7c15)
	for k := range folds {
		var in []int
		for j, i := range idx {
			if fold[j] != k {
				in = append(in, i)
			}
		}
		e := fitEncoder(X, Y, in)
		for j, i := range idx {
			if fold[j] == k {
				out[j] = X[i]
				e.apply(&out[j])
			}
		}
	}
	return out, full
}
