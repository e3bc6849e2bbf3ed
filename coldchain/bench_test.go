package coldchain_test

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

// benchInput is a week-long trace of 10,000 readings a minute apart, with
// noise, a few excursions, a gap, door openings and alarms.
func benchInput() coldchain.Input {
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	rs := make([]kefu.Reading, 0, 10000)
	for i := 0; len(rs) < 10000; i++ {
		if i >= 5000 && i < 5045 { // a 45-minute silence
			continue
		}
		r := kefu.NewReading("L1", start.Add(time.Duration(i)*time.Minute))
		r.TempC = 2 + 0.8*math.Sin(float64(i)/37)
		if i%1440 > 600 && i%1440 < 640 {
			r.TempC += 4 // a daily excursion
		}
		if i%720 == 100 {
			r.Door = kefu.DoorOpen
		}
		if i%720 == 110 {
			r.Door = kefu.DoorClosed
		}
		if i%2000 == 7 {
			r.Alarm = "power_fail"
		}
		rs = append(rs, r)
	}
	produced := start.Add(-24 * time.Hour)
	return coldchain.Input{
		Readings: rs, Range: &kefu.TempRange{MinC: 0, MaxC: 4},
		Batch:   &kefu.Batch{SKU: "S", Lot: "L", ProducedAt: produced, BestBefore: produced.Add(14 * 24 * time.Hour)},
		Custody: []*kefu.CustodyEvent{{Step: kefu.StepSorted, At: start, AmbientMinutes: 10, ChecksPassed: true, TempC: 2}},
	}
}

// BenchmarkAnalyze reports ns/op and the 99th percentile of the single
// calls (p99-ns).
func BenchmarkAnalyze(b *testing.B) {
	in := benchInput()
	var took []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		coldchain.Analyze(in)
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100]), "p99-ns")
}

// TestAnalyzeDoesNotModifyInput: Analyze sorts a copy of unsorted readings.
func TestAnalyzeDoesNotModifyInput(t *testing.T) {
	in := benchInput()
	in.Readings[0], in.Readings[1] = in.Readings[1], in.Readings[0]
	first := in.Readings[0].At
	sorted := benchInput()
	a, b := coldchain.Analyze(in), coldchain.Analyze(sorted)
	if !in.Readings[0].At.Equal(first) {
		t.Error("Analyze reordered the caller's readings")
	}
	if a.MinutesAbove != b.MinutesAbove || a.GapMinutes != b.GapMinutes || *a.MKTC != *b.MKTC {
		t.Errorf("unsorted input analysed differently: %+v vs %+v", a, b)
	}
}
