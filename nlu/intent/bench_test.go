package intent

import (
	"path/filepath"
	"testing"
)

// BenchmarkPredict classifies a short message with a BANKING77 model
// (77 classes). Reports predictions per second per core.
func BenchmarkPredict(b *testing.B) { benchPredict(b, Options{Seed: 1, Folds: 1}) }

// BenchmarkPredictNoConcepts is BenchmarkPredict without the concept
// table: the cost of the WordNet lookups.
func BenchmarkPredictNoConcepts(b *testing.B) {
	benchPredict(b, Options{Seed: 1, Folds: 1, NoConcepts: true})
}

func benchPredict(b *testing.B, o Options) {
	d := filepath.Join(datasetsDir(b), "banking77")
	m := mustTrain(b, mustReadCSV(b, filepath.Join(d, "train.csv")), o)
	msgs := []string{"where is my card?", "i want a refund", "why was i charged twice", "top up failed"}
	m.Predict(msgs[0])
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Predict(msgs[i%len(msgs)])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pred/s")
}

// BenchmarkPredictOOS classifies short messages with a CLINC150 model (151
// classes with an OOS class), with the out-of-scope score and calibration
// of format 4 and with those of format 3 (the margin, no calibration).
func BenchmarkPredictOOS(b *testing.B) {
	d := filepath.Join(datasetsDir(b), "clinc150")
	train := mustReadCSV(b, filepath.Join(d, "train.csv"))
	msgs := []string{"what is my bank balance", "how do i unclog a drain", "set an alarm for 7am", "do ducks sleep"}
	for _, bc := range []struct {
		name string
		o    Options
	}{
		{"log-ratio-calibrated", Options{Seed: 1, OOSLabel: "oos"}},
		{"margin", Options{Seed: 1, OOSLabel: "oos", OOSScore: OOSScoreMargin, OOSShare: -1}},
	} {
		m := mustTrain(b, train, bc.o)
		b.Run(bc.name, func(b *testing.B) {
			m.Predict(msgs[0])
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Predict(msgs[i%len(msgs)])
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pred/s")
		})
	}
}

// BenchmarkPredictParallel is BenchmarkPredict from GOMAXPROCS goroutines.
func BenchmarkPredictParallel(b *testing.B) {
	d := filepath.Join(datasetsDir(b), "banking77")
	m := mustTrain(b, mustReadCSV(b, filepath.Join(d, "train.csv")), Options{Seed: 1, Folds: 1})
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			m.Predict("where is my card?")
		}
	})
}

// BenchmarkTrain15k trains on CLINC150's 15,100 training messages (151
// classes) with default options: cross-fitting, calibration and the final
// model.
func BenchmarkTrain15k(b *testing.B) {
	d := filepath.Join(datasetsDir(b), "clinc150")
	train := mustReadCSV(b, filepath.Join(d, "train.csv"))
	for b.Loop() {
		if _, err := Train(train, Options{Seed: 1, OOSLabel: "oos"}); err != nil {
			b.Fatal(err)
		}
	}
}
