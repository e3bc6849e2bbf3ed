package intent

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/nlu/metrics"
)

// datasetsDir is the shared public datasets directory (skips without it).
func datasetsDir(tb testing.TB) string { return testenv.Datasets(tb) }

// mustReadCSV reads a dataset file, keeping rows whose lang column is one
// of langs (all rows when langs is empty).
func mustReadCSV(tb testing.TB, path string, langs ...string) []Example {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("dataset file absent: %v", err)
	}
	defer f.Close()
	ex, err := ReadCSV(f)
	if err != nil {
		tb.Fatal(err)
	}
	if len(langs) == 0 {
		return ex
	}
	// ReadCSV ignores extra columns; re-read the lang column for filtering.
	f2, _ := os.Open(path)
	defer f2.Close()
	lang := readColumn(tb, f2, "lang")
	var out []Example
	for i, e := range ex {
		for _, l := range langs {
			if lang[i] == l {
				out = append(out, e)
			}
		}
	}
	return out
}

// evalResult is what one dataset run measures on dev.
type evalResult struct {
	Acc, MacroF1, ECE, InScope, OOSRecall float64
	TrainTime                             time.Duration
}

func (r evalResult) String() string {
	s := fmt.Sprintf("acc=%.4f macroF1=%.4f ECE=%.4f train=%v", r.Acc, r.MacroF1, r.ECE, r.TrainTime.Round(time.Millisecond))
	if r.InScope > 0 || r.OOSRecall > 0 {
		s += fmt.Sprintf(" in_scope=%.4f oos_recall=%.4f", r.InScope, r.OOSRecall)
	}
	return s
}

func evaluate(tb testing.TB, train, dev []Example, o Options) (*Model, evalResult) {
	tb.Helper()
	start := time.Now()
	m, err := Train(train, o)
	if err != nil {
		tb.Fatal(err)
	}
	res := evalResult{TrainTime: time.Since(start)}
	conf := make([]float64, len(dev))
	correct := make([]bool, len(dev))
	if o.MultiLabel {
		gold := make([][]string, len(dev))
		pred := make([][]string, len(dev))
		for i, e := range dev {
			gold[i] = e.Labels
			for _, s := range m.PredictLabels(e.Text) {
				pred[i] = append(pred[i], s.Intent)
			}
			p := m.Predict(e.Text)
			conf[i] = p.Confidence
			for _, l := range e.Labels {
				if l == p.TopK[0].Intent {
					correct[i] = true
				}
			}
		}
		res.MacroF1 = metrics.MultiLabelMacroF1(gold, pred)
		res.ECE = metrics.ECE(conf, correct)
		res.Acc = accOf(correct)
		return m, res
	}
	gold := make([]string, len(dev))
	argmax := make([]string, len(dev))
	final := make([]string, len(dev))
	for i, e := range dev {
		p := m.Predict(e.Text)
		gold[i] = e.Label
		argmax[i] = p.TopK[0].Intent
		final[i] = p.Intent
		// The confidence in the decision, intent or out of scope, as kefu
		// eval measures it.
		conf[i] = p.Confidence
		correct[i] = final[i] == e.Label
	}
	res.Acc = metrics.Accuracy(gold, argmax)
	res.MacroF1 = metrics.MacroF1(gold, argmax)
	res.ECE = metrics.ECE(conf, correct)
	oos := m.meta.Options.OOSLabel
	for _, g := range gold {
		if g == oos {
			res.InScope = metrics.InScopeAccuracy(gold, final, oos)
			res.OOSRecall = metrics.OOSRecall(gold, final, oos)
			break
		}
	}
	return m, res
}

func accOf(b []bool) float64 {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return float64(n) / float64(max(1, len(b)))
}

// TestBanking77Quick is the one real-data test CI runs: BANKING77
// train → dev with an accuracy floor just under what we measured.
func TestBanking77Quick(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	d := filepath.Join(datasetsDir(t), "banking77")
	train := mustReadCSV(t, filepath.Join(d, "train.csv"))
	dev := mustReadCSV(t, filepath.Join(d, "dev.csv"))
	o, floor := Options{Seed: 1, Folds: 2}, 0.92 // measured 0.929 (0.922 before the concept features)
	if raceEnabled {
		// The race detector slows training about tenfold; two epochs (of
		// each model, against six) keep CI's -race run near 30 s. One
		// epoch gave 0.900 before the concept features and 0.888 with
		// them, which need more steps to settle.
		o.Epochs, o.HiddenEpochs, floor = 2, 2, 0.905 // measured 0.916
	}
	_, res := evaluate(t, train, dev, o)
	t.Logf("banking77 dev: %v", res)
	if res.Acc < floor {
		t.Errorf("banking77 dev accuracy %.4f < %.3f", res.Acc, floor)
	}
	if res.ECE > 0.04 {
		t.Errorf("banking77 dev ECE %.4f > 0.04", res.ECE)
	}
}

type datasetCase struct {
	name, dir, train, dev string
	trainLangs, devLangs  []string
	opts                  Options
}

func datasetCases() []datasetCase {
	return []datasetCase{
		{name: "banking77", dir: "banking77", train: "train.csv", dev: "dev.csv"},
		{name: "clinc150", dir: "clinc150", train: "train.csv", dev: "dev.csv", opts: Options{OOSLabel: "oos"}},
		{name: "bitext", dir: "bitext-customer-support", train: "train.csv", dev: "dev.csv"},
		{name: "fb-es", dir: "fb-multilingual-tod-en-es-th", train: "train.csv", dev: "dev.csv", trainLangs: []string{"es"}, devLangs: []string{"es"}},
		{name: "fb-th", dir: "fb-multilingual-tod-en-es-th", train: "train.csv", dev: "dev.csv", trainLangs: []string{"th"}, devLangs: []string{"th"}},
		// The Thai target: one model for Spanish and Thai, measured on Thai.
		{name: "fb-es+th", dir: "fb-multilingual-tod-en-es-th", train: "train.csv", dev: "dev.csv", trainLangs: []string{"es", "th"}, devLangs: []string{"th"}},
		{name: "goemotions-ekman", dir: "goemotions", train: "ekman-train.csv", dev: "ekman-dev.csv", opts: Options{MultiLabel: true}},
	}
}

// TestDatasets runs the full train → dev sweep. It is slow, so it runs
// only with KEFU_DATASETS=1; KEFU_DATASET=name picks one dataset.
func TestDatasets(t *testing.T) {
	if os.Getenv("KEFU_DATASETS") == "" {
		t.Skip("set KEFU_DATASETS=1 to run the dataset sweep")
	}
	root := datasetsDir(t)
	only := os.Getenv("KEFU_DATASET")
	for _, c := range datasetCases() {
		if only != "" && !strings.Contains(","+only+",", ","+c.name+",") {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			train := mustReadCSV(t, filepath.Join(root, c.dir, c.train), c.trainLangs...)
			dev := mustReadCSV(t, filepath.Join(root, c.dir, c.dev), c.devLangs...)
			o := c.opts
			o.Seed = 1
			m, res := evaluate(t, train, dev, o)
			meta := m.Meta()
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s dev (n=%d, train n=%d): %v T=%.3f oosThr=%.3f rows=%d file=%dB cv=%v", c.name, len(dev), len(train), res, meta.Temperature, meta.OOSThreshold, meta.Rows, buf.Len(), meta.Metrics)
		})
	}
}

// TestAblation logs, for BANKING77 and CLINC150, what each modelling step
// buys: cross-fitted accuracy on train (what we chose by) and dev accuracy
// and ECE (KEFU_DATASETS=1; it feeds the table in docs/nlu-classifier.md).
func TestAblation(t *testing.T) {
	if os.Getenv("KEFU_DATASETS") == "" {
		t.Skip("set KEFU_DATASETS=1 to run the ablation")
	}
	// The linear model's steps run without the hidden layer (Hidden −1);
	// the last rows add it.
	lin := func(o Options) Options { o.Hidden = -1; return o }
	steps := []struct {
		name string
		o    Options
	}{
		{"word unigrams, tf, L2-norm", lin(Options{NoChars: true, NoBigrams: true, NoIDF: true, WordWeight: 1, MinDF: 1})},
		{"+ word bigrams", lin(Options{NoChars: true, NoIDF: true, WordWeight: 1, MinDF: 1})},
		{"+ char 2-5-grams in words", lin(Options{NoIDF: true, WordWeight: 1, MinDF: 1})},
		{"+ IDF", lin(Options{WordWeight: 1, MinDF: 1})},
		{"+ word weight 2", lin(Options{MinDF: 1})},
		{"+ min_df 2 (linear default)", lin(Options{})},
		{"  uncalibrated (T=1)", lin(Options{Folds: 1})},
		{"  feature dropout 0.2", lin(Options{Dropout: 0.2})},
		{"  word pairs ≤4 apart", lin(Options{PairWindow: 5})},
		{"  fold digits", lin(Options{FoldDigits: true})},
		{"  20 epochs", lin(Options{Epochs: 20})},
		{"+ hidden layer of 64", Options{Hidden: 64}},
		{"+ hidden layer of 128 (default)", Options{}},
	}
	root := datasetsDir(t)
	for _, ds := range []struct{ dir, oos string }{{"banking77", ""}, {"clinc150", "oos"}} {
		train := mustReadCSV(t, filepath.Join(root, ds.dir, "train.csv"))
		dev := mustReadCSV(t, filepath.Join(root, ds.dir, "dev.csv"))
		for _, st := range steps {
			o := st.o
			o.Seed = 1
			o.OOSLabel = ds.oos
			m, res := evaluate(t, train, dev, o)
			t.Logf("| %s | %s | %.2f | %.2f | %.3f | %d |", ds.dir, st.name, 100*m.Meta().Metrics["cv_accuracy"], 100*res.Acc, res.ECE, m.Meta().Rows)
		}
	}
}
