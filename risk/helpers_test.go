package risk

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// MustTrain trains a model or fails tb.
func MustTrain(tb testing.TB, ds *Dataset, o Options) *Model {
	tb.Helper()
	m, err := Train(ds, o)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// MustRoundTrip saves m and loads it back.
func MustRoundTrip(tb testing.TB, m *Model) (*Model, []byte) {
	tb.Helper()
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		tb.Fatal(err)
	}
	raw := bytes.Clone(b.Bytes())
	got, err := Load(&b)
	if err != nil {
		tb.Fatal(err)
	}
	return got, raw
}

// quick is a small grid that keeps unit tests fast.
var quick = Options{Folds: 3, Grid: []GBTParams{{Depth: 3, MinChild: 1, Lambda: 1, LR: 0.1, Subsample: 0.8, Rounds: 300, Patience: 20}}, Lambdas: []float64{0.1, 10}}

// toy returns n orders whose label is a function of their features (the
// rule) or, with rule nil, a coin flip independent of them.
func toy(n int, seed uint64, rule func(f Features) bool) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 1))
	ds := &Dataset{Format: FormatFeatures}
	carriers := []string{"a", "b", "c"}
	for i := range n {
		f := Unknown()
		f[WeatherSeverity] = float64(rng.IntN(4))
		f[DistanceKm] = rng.Float64() * 100
		f[WeightG] = 100 + rng.Float64()*5000
		if rng.IntN(5) > 0 {
			f[Discount] = float64(rng.IntN(60))
		}
		f[Carrier] = Code(carriers[rng.IntN(3)])
		var y float64
		if rule == nil {
			y = float64(rng.IntN(2))
		} else if rule(f) {
			y = 1
		}
		ds.X = append(ds.X, f)
		ds.Y = append(ds.Y, y)
		ds.Line = append(ds.Line, i+2)
	}
	return ds
}
