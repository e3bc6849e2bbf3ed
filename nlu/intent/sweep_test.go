package intent

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestSweep trains one dataset under several option sets and logs the
// cross-fitted (train-only) metrics next to dev, for choosing
// hyperparameters by cross-validation. KEFU_SWEEP='{"dataset":"banking77",
// "options":[{...},{...}]}' turns it on.
func TestSweep(t *testing.T) {
	spec := os.Getenv("KEFU_SWEEP")
	if spec == "" {
		t.Skip("set KEFU_SWEEP to run a hyperparameter sweep")
	}
	var sw struct {
		Dataset string
		Options []Options
	}
	if err := json.Unmarshal([]byte(spec), &sw); err != nil {
		t.Fatal(err)
	}
	root := datasetsDir(t)
	for _, c := range datasetCases() {
		if c.name != sw.Dataset {
			continue
		}
		train := mustReadCSV(t, filepath.Join(root, c.dir, c.train), c.trainLangs...)
		dev := mustReadCSV(t, filepath.Join(root, c.dir, c.dev), c.devLangs...)
		for _, o := range sw.Options {
			o.MultiLabel = c.opts.MultiLabel
			if o.OOSLabel == "" {
				o.OOSLabel = c.opts.OOSLabel
			}
			m, res := evaluate(t, train, dev, o)
			b, _ := json.Marshal(o)
			t.Logf("%s %s\n  cv=%v\n  dev: %v T=%.3f thr=%.3f rows=%d", c.name, b, m.Meta().Metrics, res, m.Meta().Temperature, m.Meta().OOSThreshold, m.Meta().Rows)
		}
	}
}
