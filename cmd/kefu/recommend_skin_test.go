package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecommendEvalSkin runs "kefu recommend eval-skin" on a small
// fixture written for the test (testdata/skin_*.csv: made-up products in
// the Sephora layout, where mattifying and rich ingredients decide oily
// and dry, fragrance and alcohol sensitive) and checks the JSON last
// line; bad input names the file and line.
func TestRecommendEvalSkin(t *testing.T) {
	train, dev := filepath.Join("testdata", "skin_train.csv"), filepath.Join("testdata", "skin_dev.csv")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("label,brand,name,price,rank,ingredients,combination,dry,normal,oily,sensitive\n"+
		"Cleanser,B,N,10,4,Water,1,0,1,0,1\nCleanser,B,M,10,4,Water,1,maybe,1,0,1\n"), 0o600)
	cosing := filepath.Join(dir, "cosing.csv")
	os.WriteFile(cosing, []byte("inci_name,cas_number,einecs_number,function\nGLYCERIN,56-81-5,,Humectant\nZINC OXIDE,,,\"Uv Absorber, Skin Protecting\"\n"), 0o600)

	tests := []struct {
		name    string
		args    []string
		code    int
		want    []string // keys of the JSON last line
		wantErr string   // in stderr
	}{
		{"logreg", []string{"--train", train, "--data", dev}, 0, []string{"macro_auc", "auc", "n", "model", "lambda", "features", "chosen", "baseline_macro_auc", "cv_macro_auc"}, "cv logreg"},
		{"nb", []string{"--train", train, "--data", dev, "--model", "nb", "--folds", "3", "--seed", "2"}, 0, []string{"macro_auc", "alpha", "baseline_macro_auc"}, "cv nb"},
		{"cosing", []string{"--train", train, "--data", dev, "--cosing", cosing}, 0, []string{"macro_auc"}, "read 2 CosIng ingredients"},
		{"no data", []string{"--train", train}, 2, nil, "give --train and --data"},
		{"bad family", []string{"--train", train, "--data", dev, "--model", "forest"}, 2, nil, `--model "forest" is not logreg or nb`},
		{"bad folds", []string{"--train", train, "--data", dev, "--folds", "1"}, 2, nil, "--folds 1 is less than 2"},
		{"bad csv names file and line", []string{"--train", train, "--data", bad}, 1, nil, `bad.csv line 3: column dry: "maybe" is not 0 or 1`},
		{"missing file", []string{"--train", filepath.Join(dir, "nope.csv"), "--data", dev}, 1, nil, "nope.csv"},
		{"wrong layout", []string{"--train", cosing, "--data", dev}, 1, nil, `cosing.csv line 1: no column "ingredients"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, out, errOut := testEnv("", nil)
			args := append([]string{"recommend", "eval-skin"}, tt.args...)
			if code := Run(context.Background(), args, env); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if tt.wantErr != "" && !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, errOut)
			}
			if tt.code != 0 {
				return
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != 1 {
				t.Errorf("stdout has %d lines, want the JSON line only (progress goes to stderr)", len(lines))
			}
			var res map[string]any
			if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
				t.Fatalf("last line is not JSON: %v\n%s", err, lines[len(lines)-1])
			}
			for _, k := range tt.want {
				if _, ok := res[k]; !ok {
					t.Errorf("JSON lacks %q: %s", k, lines[len(lines)-1])
				}
			}
			if res["n"] != float64(30) || res["unlabelled"] != float64(1) {
				t.Errorf("n %v, unlabelled %v; want 30 and 1", res["n"], res["unlabelled"])
			}
			auc := res["auc"].(map[string]any)
			if len(auc) != 5 {
				t.Errorf("auc has %d types: %v", len(auc), auc)
			}
			// The planted rules: a model that learnt nothing would sit at 0.5.
			for _, k := range []string{"oily", "sensitive"} {
				if v, _ := auc[k].(float64); v < 0.7 {
					t.Errorf("%s auc %v, want ≥ 0.7 on the planted rule", k, auc[k])
				}
			}
		})
	}
}
