package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeReviews writes n synthetic reviews in the Olist classified layout:
// three pain points with their own words, one word in four from a shared
// pool, late deliveries scored low.
func writeReviews(t *testing.T, path string, n int, seed uint64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	kinds := []struct {
		class, sub string
		words      []string
		late       string
		score      int
	}{
		{"problemas_de_entrega", "atrasado", []string{"atrasado", "demorou", "prazo", "chegou", "atraso"}, "1", 1},
		{"problemas_de_qualidade", "baixa_qualidade", []string{"quebrou", "defeito", "fraco", "qualidade", "ruim"}, "0", 2},
		{"satisfeito_com_pedido", "satisfeito", []string{"recomendo", "adorei", "ótimo", "perfeito", "excelente"}, "0", 5},
	}
	shared := []string{"produto", "loja", "muito", "compra", "pedido"}
	var b strings.Builder
	b.WriteString("id,review_score,review_comment_title,review_comment_message,delivered_late,most_voted_subclass,most_voted_class\n")
	for i := range n {
		k := kinds[i%3]
		var words []string
		for range 3 + rng.IntN(4) {
			if rng.IntN(4) == 0 {
				words = append(words, shared[rng.IntN(len(shared))])
			} else {
				words = append(words, k.words[rng.IntN(len(k.words))])
			}
		}
		sub, class := k.sub, k.class
		if i%17 == 0 {
			sub, class = "", "" // the analysts gave no label
		}
		fmt.Fprintf(&b, "%d,%d,,\"%s\",%s,%s,%s\n", i, k.score, strings.Join(words, " "), k.late, sub, class)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestInsightsEvalPainpoints runs the command on synthetic reviews: the
// report, the JSON last line, and errors that name the file and line.
func TestInsightsEvalPainpoints(t *testing.T) {
	dir := t.TempDir()
	train, data := filepath.Join(dir, "train.csv"), filepath.Join(dir, "dev.csv")
	writeReviews(t, train, 120, 1)
	writeReviews(t, data, 45, 2)
	noCol := filepath.Join(dir, "nocol.csv")
	os.WriteFile(noCol, []byte("review_score,review_comment_message,delivered_late\n5,ok,0\n"), 0o600)
	badScore := filepath.Join(dir, "badscore.csv")
	os.WriteFile(badScore, []byte("review_score,review_comment_message,delivered_late,most_voted_class\n5,ok,0,a\n0,ruim,1,b\n"), 0o600)

	tests := []struct {
		name    string
		args    []string
		code    int
		wantOut []string // in stdout; the last line must be JSON
		wantErr string   // in stderr
	}{
		{"class", []string{"insights", "eval-painpoints", "--train", train, "--data", data, "--folds", "2"}, 0,
			[]string{"Settings chosen by 2-fold cross-validation", "problemas_de_entrega     delivery problem", "Confusion of kefu",
				"Late deliveries and low scores in ", "late               40       1.00", "not delivered       0          -", `"label":"most_voted_class"`, `"rows":42`},
			"cross-validating 24 settings × 2 folds on 112 training rows"},
		{"subclass", []string{"insights", "eval-painpoints", "--train", train, "--data", data, "--label", "most_voted_subclass", "--folds", "2"}, 0,
			[]string{"atrasado", `"label":"most_voted_subclass"`, `"unlabelled":3`}, "chosen "},
		{"no data", []string{"insights", "eval-painpoints", "--train", train}, 2, nil, "give --train and --data"},
		{"bad folds", []string{"insights", "eval-painpoints", "--train", train, "--data", data, "--folds", "1"}, 2, nil, "--folds 1 is less than 2"},
		{"missing column", []string{"insights", "eval-painpoints", "--train", noCol, "--data", data}, 1, nil,
			`nocol.csv line 1: no column "most_voted_class"`},
		{"bad label column", []string{"insights", "eval-painpoints", "--train", train, "--data", data, "--label", "stars"}, 1, nil,
			`train.csv line 1: no column "stars"`},
		{"bad score names the line", []string{"insights", "eval-painpoints", "--train", train, "--data", badScore}, 1, nil,
			`badscore.csv line 3: review_score "0" is not 1–5`},
		{"missing file", []string{"insights", "eval-painpoints", "--train", filepath.Join(dir, "nope.csv"), "--data", data}, 1, nil, "nope.csv"},
		{"unknown subcommand", []string{"insights", "serve"}, 2, nil, `unknown command "serve"`},
		{"no subcommand", []string{"insights"}, 2, nil, "Usage: kefu insights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, out, errOut := testEnv("", nil)
			if code := Run(context.Background(), tt.args, env); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr %q: want %q", errOut, tt.wantErr)
			}
			if tt.code != 0 {
				return
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			var v struct {
				MacroF1  float64 `json:"macro_f1"`
				Accuracy float64 `json:"accuracy"`
				Label    string  `json:"label"`
				Rows     int     `json:"rows"`
				Baseline struct {
					MacroF1  float64 `json:"macro_f1"`
					Accuracy float64 `json:"accuracy"`
				} `json:"baseline"`
				LateData struct {
					MeanLate   float64 `json:"mean_score_late"`
					MeanOnTime float64 `json:"mean_score_on_time"`
					// null: no reviews to average
					MeanNotDelivered *float64 `json:"mean_score_not_delivered"`
				} `json:"late_data"`
			}
			if err := json.Unmarshal([]byte(lines[len(lines)-1]), &v); err != nil {
				t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
			}
			// The synthetic pain points are nearly separable by their words.
			if v.Rows != 42 || v.MacroF1 < 0.9 || v.Accuracy < 0.9 || v.Baseline.MacroF1 < 0.8 || v.Baseline.Accuracy <= 0 {
				t.Errorf("JSON %+v: want 42 rows, kefu ≥ 0.9, baseline ≥ 0.8", v)
			}
			if v.LateData.MeanLate != 1 || v.LateData.MeanOnTime != 3.5 || v.LateData.MeanNotDelivered != nil {
				t.Errorf("mean scores late %v on time %v not delivered %v, want 1, 3.5 and null (no such orders)",
					v.LateData.MeanLate, v.LateData.MeanOnTime, v.LateData.MeanNotDelivered)
			}
		})
	}
}
