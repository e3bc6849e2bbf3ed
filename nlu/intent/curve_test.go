package intent

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu/nlu/metrics"
)

// TestOOSCurve logs CLINC150 dev in-scope accuracy and OOS recall at a
// range of confidence thresholds (KEFU_DATASETS=1).
func TestOOSCurve(t *testing.T) {
	if os.Getenv("KEFU_DATASETS") == "" {
		t.Skip("set KEFU_DATASETS=1")
	}
	d := filepath.Join(datasetsDir(t), "clinc150")
	train := mustReadCSV(t, filepath.Join(d, "train.csv"))
	dev := mustReadCSV(t, filepath.Join(d, "dev.csv"))
	m, res := evaluate(t, train, dev, Options{Seed: 1, OOSLabel: "oos", WordWeight: 2})
	t.Logf("%v thr=%.3f cv=%v", res, m.Meta().OOSThreshold, m.Meta().Metrics)
	gold := make([]string, len(dev))
	preds := make([]Prediction, len(dev))
	for i, e := range dev {
		gold[i] = e.Label
		preds[i] = m.Predict(e.Text)
	}
	for _, thr := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		pred := make([]string, len(dev))
		for i, p := range preds {
			pred[i] = p.TopK[0].Intent
			if p.TopK[0].Score < thr {
				pred[i] = "oos"
			}
		}
		t.Logf("thr=%.2f in_scope=%.4f oos_recall=%.4f", thr, metrics.InScopeAccuracy(gold, pred, "oos"), metrics.OOSRecall(gold, pred, "oos"))
	}
}
