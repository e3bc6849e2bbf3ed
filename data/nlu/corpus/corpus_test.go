package corpus_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/data/nlu/corpus"
)

// labels reads the label set from ../intents.tsv.
func labels(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open("../intents.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out[strings.SplitN(l, "\t", 2)[0]] = true
	}
	return out
}

// TestCorpus checks every row: a known label, and the same text never
// under two labels in one language ("ciao" may greet in Italian and take
// leave in French).
func TestCorpus(t *testing.T) {
	rows, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	known := labels(t)
	seen := map[string]corpus.Row{}
	for _, r := range rows {
		if !known[r.Label] {
			t.Errorf("%s line %d: unknown label %q", r.File, r.Line, r.Label)
		}
		key := r.Lang + "\x00" + strings.ToLower(r.Text)
		if prev, ok := seen[key]; ok && prev.Label != r.Label {
			t.Errorf("%s line %d: %q labelled %q here and %q at %s line %d", r.File, r.Line, r.Text, r.Label, prev.Label, prev.File, prev.Line)
		}
		seen[key] = r
	}
	train, dev := corpus.Split(rows)
	if len(rows) > 0 && (len(dev) == 0 || len(train) == 0) {
		t.Fatalf("split: %d train, %d dev", len(train), len(dev))
	}
	share := float64(len(dev)) / float64(len(rows))
	if share < 0.15 || share > 0.25 {
		t.Errorf("dev share %.2f, want about %d%%", share, corpus.DevPercent)
	}
	for _, r := range dev {
		if !corpus.IsDev(r.Text) {
			t.Fatal("split is not deterministic")
		}
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, in, err string
		n             int
	}{
		{"ok", "text,label,lang\nhola,greeting,es\n\"hi, there\",greeting,en\n", "", 2},
		{"missing column", "text,label\nhola,greeting\n", "header", 0},
		{"empty label", "text,label,lang\nhola,,es\n", "line 2", 0},
		{"bad quote", "text,label,lang\n\"hola,greeting,es\n", "x.csv", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := corpus.Read("x.csv", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || len(rows) != tt.n {
				t.Fatalf("rows %d err %v", len(rows), err)
			}
		})
	}
}
