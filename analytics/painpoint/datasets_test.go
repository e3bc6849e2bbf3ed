package painpoint

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu/internal/testenv"
)

const olist = "olist-classified-reviews"

// The settings cross-validation on train chose when this was written
// (docs/painpoints.md).
const (
	classChoice    = "words+chars2-5 balanced linear +signals"
	subclassChoice = "words+chars3-5 balanced +hidden +signals"
)

// gridSetting returns the setting of Grid with the name.
func gridSetting(tb testing.TB, name string) Setting {
	tb.Helper()
	for _, s := range Grid() {
		if s.Name == name {
			return s
		}
	}
	tb.Fatalf("no setting %q in Grid()", name)
	return Setting{}
}

// mustReadDataset reads a split of the Olist classified reviews in place
// (skipping the test when the datasets are absent, failing it under
// KEFU_REQUIRE_SERVICES=1).
func mustReadDataset(tb testing.TB, split, label string) []Row {
	tb.Helper()
	path := filepath.Join(testenv.Datasets(tb), olist, split)
	f, err := os.Open(path)
	if err != nil {
		testenv.Unavailable(tb, "dataset file absent: "+err.Error())
	}
	defer f.Close()
	rows, err := ReadCSV(f, label)
	if err != nil {
		tb.Fatalf("%s %v", path, err)
	}
	return rows
}

// TestDataset runs Eval as `kefu insights eval-painpoints` does: settings
// chosen by 5-fold cross-validation on train only, measured on dev. The
// floors are the dev numbers measured when this test was written
// (docs/painpoints.md) minus about three points; the margins over the
// naive Bayes baseline are about half of those measured. Nothing was
// tuned on dev.
func TestDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	tests := []struct {
		label                string
		kefuF1, kefuAcc      float64 // floors
		baseF1               float64 // floor of the baseline: it is measured, not broken
		margin               float64 // kefu's dev macro-F1 minus the baseline's, at least
		lateMean, onTimeMean float64 // dev mean scores: late at most, on time at least
	}{
		// measured: kefu 0.9185 / 0.9530, NB 0.8762 / 0.9154 (dev, 319 labelled rows)
		{ClassColumn, 0.89, 0.92, 0.84, 0.02, 2.2, 3.4},
		// measured: kefu 0.8183 / 0.8934, NB 0.7312 / 0.8495
		{SubclassColumn, 0.78, 0.86, 0.69, 0.04, 2.2, 3.4},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			train := mustReadDataset(t, "train.csv", tt.label)
			dev := mustReadDataset(t, "dev.csv", tt.label)
			cfg := EvalConfig{Label: tt.label}
			if raceEnabled {
				// The race detector slows training about tenfold: one
				// setting (the one CV chose for the class), two folds.
				cfg.Folds, cfg.Grid = 2, []Setting{gridSetting(t, classChoice)}
			}
			rep, err := Eval(context.Background(), train, dev, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !raceEnabled {
				want := map[string]string{ClassColumn: classChoice, SubclassColumn: subclassChoice}[tt.label]
				if got := rep.CV[rep.Chosen].Setting.Name; got != want {
					// Not an error: the choice is CV's; the numbers in
					// docs/painpoints.md were measured with the old one.
					t.Logf("CV now chooses %q, docs/painpoints.md reports %q: update it", got, want)
				}
			}
			t.Logf("chosen %s (cv macro-F1 %.4f); dev macro-F1 %.4f accuracy %.4f; baseline %s macro-F1 %.4f accuracy %.4f; ECE %.4f, margin CI %.4f..%.4f; train %v, %v a review",
				rep.CV[rep.Chosen].Setting.Name, rep.CV[rep.Chosen].MacroF1, rep.Kefu.MacroF1, rep.Kefu.Accuracy,
				rep.BaselineCV[rep.BaselineChosen].Setting.Name, rep.Baseline.MacroF1, rep.Baseline.Accuracy, rep.ECE, rep.MarginCI[0], rep.MarginCI[1], rep.TrainTime, rep.ClassifyTime)
			if rep.Rows != 319 || rep.Unlabelled != 11 || rep.TrainRows != 2449 {
				t.Errorf("rows: %d dev (%d unlabelled), %d train; want 319 (11), 2449", rep.Rows, rep.Unlabelled, rep.TrainRows)
			}
			if rep.Kefu.MacroF1 < tt.kefuF1 || rep.Kefu.Accuracy < tt.kefuAcc {
				t.Errorf("kefu dev macro-F1 %.4f accuracy %.4f below the floors %.2f %.2f", rep.Kefu.MacroF1, rep.Kefu.Accuracy, tt.kefuF1, tt.kefuAcc)
			}
			// measured: 0.027 (class), 0.031 (subclass)
			if rep.ECE > 0.08 {
				t.Errorf("confidence ECE %.4f on dev above 0.08: Classify's probabilities are not calibrated", rep.ECE)
			}
			if rep.Baseline.MacroF1 < tt.baseF1 {
				t.Errorf("baseline dev macro-F1 %.4f below %.2f", rep.Baseline.MacroF1, tt.baseF1)
			}
			if d := rep.Kefu.MacroF1 - rep.Baseline.MacroF1; d < tt.margin {
				t.Errorf("kefu beats the baseline by %.4f macro-F1 on dev, want ≥ %.2f", d, tt.margin)
			}
			// Every review in this sample has text: the textless subset
			// is empty, and the probe with text removed must still beat
			// the baseline, which can only answer the majority label.
			if s := rep.Subsets[1]; s.Rows != 0 {
				t.Errorf("%d dev rows without text, want 0", s.Rows)
			}
			if s := rep.Subsets[2]; s.Kefu.MacroF1 <= s.Baseline.MacroF1 {
				t.Errorf("text removed: kefu macro-F1 %.4f not above the baseline's %.4f", s.Kefu.MacroF1, s.Baseline.MacroF1)
			}
			for _, l := range []LateReport{rep.LateTrain, rep.LateData} {
				onTime, late := l.Groups[0], l.Groups[1]
				if late.MeanScore > tt.lateMean || onTime.MeanScore < tt.onTimeMean {
					t.Errorf("mean score late %.2f, on time %.2f; want ≤ %.1f and ≥ %.1f", late.MeanScore, onTime.MeanScore, tt.lateMean, tt.onTimeMean)
				}
				// Low scores concentrate in late deliveries: their share
				// among 1–2 star reviews is at least twice their share of
				// all reviews, and most late orders were voted delivery
				// problems.
				if l.LowLateShare < 2*l.LateShare {
					t.Errorf("late share of 1-2 star reviews %.3f, of all %.3f: want at least double", l.LowLateShare, l.LateShare)
				}
				if late.Classes["problemas_de_entrega"]*2 < late.Rows {
					t.Errorf("late orders voted delivery problems: %d of %d", late.Classes["problemas_de_entrega"], late.Rows)
				}
			}
		})
	}
}

// BenchmarkTrain trains the classifier as Eval's final step does (the
// setting cross-validation chose for most_voted_class, with calibration
// folds) on the 2,449 labelled training reviews.
func BenchmarkTrain(b *testing.B) {
	ex, _ := Labelled(mustReadDataset(b, "train.csv", ClassColumn))
	o := gridSetting(b, classChoice).Options
	b.ResetTimer()
	for range b.N {
		if _, err := Train(ex, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(ex)), "reviews")
}

// BenchmarkClassify classifies dev reviews one at a time with scores
// (Classify), as analytics would a stream of complaints.
func BenchmarkClassify(b *testing.B) {
	for _, s := range []struct {
		name, setting string
	}{{"linear", classChoice}, {"hidden", subclassChoice}} {
		b.Run(s.name, func(b *testing.B) {
			ex, _ := Labelled(mustReadDataset(b, "train.csv", ClassColumn))
			dev, _ := Labelled(mustReadDataset(b, "dev.csv", ClassColumn))
			c, err := Train(ex, gridSetting(b, s.setting).Options)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := range b.N {
				c.Classify(dev[i%len(dev)].Review)
			}
		})
	}
}

// BenchmarkNaiveBayes is the baseline's time a review, for comparison.
func BenchmarkNaiveBayes(b *testing.B) {
	ex, _ := Labelled(mustReadDataset(b, "train.csv", ClassColumn))
	dev, _ := Labelled(mustReadDataset(b, "dev.csv", ClassColumn))
	nb, err := TrainNaiveBayes(ex, 0.3, "")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		nb.Predict(dev[i%len(dev)].Review)
	}
}
