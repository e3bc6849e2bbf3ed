package risk

import (
	"math"
	"math/rand/v2"
)

// SyntheticSeed and SyntheticOrders are the seed and size of the synthetic
// training set the shipped model (Default) is trained on.
const (
	SyntheticSeed   = 1
	SyntheticOrders = 20000
)

// syntheticCarriers are the made-up carriers of Synthetic and the
// log-odds each adds.
var syntheticCarriers = []struct {
	name   string
	effect float64
}{{"swiftpost", -0.3}, {"citycourier", 0}, {"bluevan", 0.2}, {"budgetfreight", 0.5}}

// Synthetic returns n made-up orders with the features FeaturesOf fills
// and a late label drawn from a known logistic model, SyntheticLogit. It
// is the training data of the shipped model and the test data of its
// sanity checks; the same n and seed give the same orders.
func Synthetic(n int, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 0x5717))
	ds := &Dataset{Format: FormatFeatures}
	pick := func(weights ...float64) int {
		u := rng.Float64()
		for i, w := range weights {
			if u < w {
				return i
			}
			u -= w
		}
		return len(weights) - 1
	}
	for i := range n {
		f := Unknown()
		f[WeatherSeverity] = float64(pick(0.6, 0.25, 0.1, 0.05))
		f[AmbientTempC] = math.Round(27 + 6*rng.NormFloat64())
		f[TempClass] = float64(pick(0.5, 0.15, 0.25, 0.1))
		if rng.Float64() < 0.15 {
			f[Fragile] = 1
		} else {
			f[Fragile] = 0
		}
		if rng.Float64() < 0.7 {
			f[DistanceKm] = math.Round(12*math.Exp(0.8*rng.NormFloat64())*10) / 10
		}
		if rng.Float64() < 0.8 {
			f[SlotHour] = []float64{10, 14, 18}[rng.IntN(3)]
		}
		f[PromisedHours] = math.Round([]float64{6, 24, 48}[rng.IntN(3)] * (0.5 + rng.Float64()))
		f[PlacedHour] = float64(rng.IntN(24))
		f[PlacedWeekday] = float64(rng.IntN(7))
		f[PlacedMonth] = float64(1 + rng.IntN(12))
		f[WeightG] = math.Round(1500 * math.Exp(0.7*rng.NormFloat64()))
		f[ItemCount] = float64(1 + poisson(rng, 2))
		f[OrderValue] = math.Round(60*math.Exp(0.6*rng.NormFloat64())*100) / 100
		c := syntheticCarriers[rng.IntN(len(syntheticCarriers))]
		f[Carrier] = Code(c.name)
		y := 0.0
		if rng.Float64() < sigmoid(SyntheticLogit(f)) {
			y = 1
		}
		ds.X = append(ds.X, f)
		ds.Y = append(ds.Y, y)
		ds.Line = append(ds.Line, i+2)
	}
	return ds
}

// SyntheticLogit is the log-odds of lateness Synthetic draws labels from:
// the shop's prior assumptions about what makes a delivery go wrong,
// written down (docs/risk.md). Storms dominate; fragile goods suffer more
// in bad weather; chilled and frozen goods in heat; long routes, evening
// slots, tight promises, heavy parcels, big orders and a cheap carrier
// add risk.
func SyntheticLogit(f Features) float64 {
	z := -2.4 + []float64{0, 0.4, 1.0, 1.9}[int(f[WeatherSeverity])]
	if f[Fragile] == 1 {
		z += 0.5
		if f[WeatherSeverity] >= 2 {
			z += 0.6
		}
	}
	if f[TempClass] >= 2 {
		z += 0.35 + 0.08*max(0, f[AmbientTempC]-30)
	}
	if d := f[DistanceKm]; d == d {
		z += 0.5 * math.Log(d/12)
	}
	if f[SlotHour] == 18 {
		z += 0.5
	}
	switch p := f[PromisedHours]; {
	case p < 8:
		z += 0.8
	case p > 36:
		z -= 0.2
	}
	z += 0.25*math.Log(f[WeightG]/1500) + 0.1*min(f[ItemCount]-3, 4)
	for _, c := range syntheticCarriers {
		if f[Carrier] == Code(c.name) {
			z += c.effect
		}
	}
	return z
}

// poisson draws from a Poisson distribution of small mean (Knuth).
func poisson(rng *rand.Rand, mean float64) int {
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}
