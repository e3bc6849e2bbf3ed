package emotion

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/nlu/intent"
)

var update = flag.Bool("update", false, "retrain data/nlu/emotion/"+ModelFile+" from GoEmotions")

// datasets returns the shared datasets directory.
func datasets() string {
	if d := os.Getenv("KEFU_DATASETS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "datasets")
}

// ekmanMap maps GoEmotions Ekman labels to kefu's; surprise is dropped.
var ekmanMap = map[string]string{
	"anger": Anger, "disgust": Anger, "fear": Anxiety, "joy": Satisfaction,
	"sadness": Sadness, "neutral": Neutral,
}

// trainPriority picks one label for a row with several: emotions before
// neutral, the rarer negative ones first.
var trainPriority = []string{Anger, Sadness, Anxiety, Satisfaction, Neutral}

// goEmotion is one GoEmotions row with its mapped labels.
type goEmotion struct {
	text   string
	labels map[string]bool
}

func readGoEmotions(tb testing.TB, name string) []goEmotion {
	tb.Helper()
	f, err := os.Open(filepath.Join(datasets(), "goemotions", name))
	if err != nil {
		tb.Skipf("GoEmotions not available: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	if _, err := r.Read(); err != nil {
		tb.Fatal(err)
	}
	var out []goEmotion
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		g := goEmotion{text: rec[0], labels: map[string]bool{}}
		for _, l := range strings.Split(rec[1], ";") {
			if m, ok := ekmanMap[l]; ok {
				g.labels[m] = true
			}
		}
		if len(g.labels) > 0 { // rows labelled only surprise are dropped
			out = append(out, g)
		}
	}
	return out
}

// modelOptions are the training options of the shipped model; with the
// fixed seed and clock, training is deterministic.
func modelOptions() intent.Options {
	return intent.Options{
		Buckets: 1 << 15, CharMin: 4, CharMax: 4, MinDF: 8, Epochs: 6, NoBigrams: true,
		ClassBalanced: true, Seed: 1, Folds: 1, TopK: 5, Workers: 2,
		Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) },
	}
}

// TestModelFile rebuilds the shipped model with -update (about a minute)
// and otherwise checks that the committed file loads.
func TestModelFile(t *testing.T) {
	dst := filepath.Join("..", "..", "data", "nlu", "emotion", ModelFile)
	if *update {
		rows := readGoEmotions(t, "ekman-train.csv")
		var ex []intent.Example
		for _, r := range rows {
			for _, l := range trainPriority {
				if r.labels[l] {
					ex = append(ex, intent.Example{Text: strings.ToLower(r.text), Label: l})
					break
				}
			}
		}
		m, err := intent.Train(ex, modelOptions())
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes, %d examples)", dst, b.Len(), len(ex))
	}
	b, err := os.ReadFile(dst)
	if err != nil {
		t.Skipf("no model file: %v", err)
	}
	if _, err := intent.Load(bytes.NewReader(b)); err != nil {
		t.Fatal(err)
	}
}

// TestEvaluate measures the detector on GoEmotions Ekman dev (mapped
// labels) and on the Chinese review sentiment dev set (evaluation only).
// It runs with KEFU_EVAL=1 and logs the numbers in docs/nlu-entities.md.
func TestEvaluate(t *testing.T) {
	if os.Getenv("KEFU_EVAL") == "" {
		t.Skip("set KEFU_EVAL=1 to evaluate on the shared datasets")
	}
	d := MustDetector(t)
	t.Run("goemotions", func(t *testing.T) {
		rows := readGoEmotions(t, "ekman-dev.csv")
		for _, mode := range []string{"full", "cues"} {
			dd := d
			if mode == "cues" {
				cp := *d
				cp.model = nil
				dd = &cp
			}
			tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
			for _, r := range rows {
				got := dd.Detect(r.text, "en").Label
				if r.labels[got] {
					tp[got]++
				} else {
					fp[got]++
				}
				for l := range r.labels {
					if l != got {
						fn[l]++
					}
				}
			}
			macro := 0.0
			var per []string
			for _, l := range Labels() {
				p := float64(tp[l]) / float64(max(1, tp[l]+fp[l]))
				rc := float64(tp[l]) / float64(max(1, tp[l]+fn[l]))
				f1 := 0.0
				if p+rc > 0 {
					f1 = 2 * p * rc / (p + rc)
				}
				macro += f1
				per = append(per, fmt.Sprintf("%s %.3f", l, f1))
			}
			t.Logf("GoEmotions Ekman dev (%d rows, %s): macro-F1 %.3f; %s", len(rows), mode, macro/5, strings.Join(per, ", "))
		}
	})
	t.Run("chinese", func(t *testing.T) {
		f, err := os.Open(filepath.Join(datasets(), "chinese-sentiment-sophonplus", "dev.csv"))
		if err != nil {
			t.Skip(err)
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.Read()
		n, decided, correct := 0, 0, 0
		for {
			rec, err := r.Read()
			if err != nil {
				break
			}
			n++
			e := d.Detect(rec[0], "zh")
			pol := ""
			switch e.Label {
			case Satisfaction:
				pol = "positive"
			case Anger, Anxiety, Sadness:
				pol = "negative"
			}
			if pol == "" {
				continue
			}
			decided++
			if pol == rec[1] {
				correct++
			}
		}
		t.Logf("Chinese sentiment dev: %d rows, coverage %.3f, accuracy on decided %.3f", n, float64(decided)/float64(n), float64(correct)/float64(max(1, decided)))
	})
}
