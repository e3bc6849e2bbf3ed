package risk

import "testing"

// BenchmarkScore measures scoring one order with the shipped model (GBT)
// and its logistic-regression baseline; orders/s is per core.
func BenchmarkScore(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	xs := Synthetic(1024, 7).X
	for _, bm := range []struct {
		name string
		m    *Model
	}{{"gbt", m}, {"logreg", m.Baseline()}} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			var sink float64
			i := 0
			for b.Loop() {
				sink += bm.m.Score(xs[i&1023])
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "orders/s")
			_ = sink
		})
	}
}
