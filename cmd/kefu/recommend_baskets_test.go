package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecommendEvalBaskets runs "kefu recommend eval-baskets" on the
// synthetic shop baskets in testdata/baskets: the last stdout line is JSON
// with every method's numbers; bad input is a usage error or names the
// file and line.
func TestRecommendEvalBaskets(t *testing.T) {
	train := filepath.Join("testdata", "baskets", "train.csv")
	dev := filepath.Join("testdata", "baskets", "dev.csv")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("basket_id,n_items,items,counts\n1,2,tofu;bok choy,1;1\n2,3,kaya,1\n"), 0o600)
	single := filepath.Join(dir, "single.csv")
	os.WriteFile(single, []byte("basket_id,items\n1,tofu\n2,kaya\n"), 0o600)

	tests := []struct {
		name    string
		args    []string
		code    int
		wantOut []string // in stdout's last line, which must be JSON
		wantErr string   // in stderr
	}{
		{"default method", []string{"--train", train, "--data", dev}, 0,
			[]string{`"method":"graph"`, `"methods":{"graph":{`, `"popularity":{`, `"rules":{`, `"validation_choice":`, `"settings":{"graph":{"dim":32`}, "graph: hit@5"},
		{"rules", []string{"--train", train, "--data", dev, "--method", "rules", "--seed", "2"}, 0, []string{`"method":"rules"`, `"seed":2`}, "read 120 training baskets"},
		{"no data", []string{"--train", train}, 2, nil, "give --train and --data"},
		{"bad method", []string{"--train", train, "--data", dev, "--method", "forest"}, 2, nil, `--method "forest" is not popularity, rules or graph`},
		{"bad csv names file and line", []string{"--train", bad, "--data", dev}, 1, nil, `bad.csv line 3: basket 2: n_items "3", but 1 items are listed`},
		{"missing file", []string{"--train", train, "--data", filepath.Join(dir, "nope.csv")}, 1, nil, "nope.csv"},
		{"nothing to hold out", []string{"--train", train, "--data", single}, 1, nil, "single.csv: no basket with two or more items"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, out, errOut := testEnv("", nil)
			args := append([]string{"recommend", "eval-baskets"}, tt.args...)
			if code := Run(context.Background(), args, env); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr %q: want %q", errOut, tt.wantErr)
			}
			if tt.code != 0 {
				return
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			last := lines[len(lines)-1]
			var v struct {
				HitAt5  float64                       `json:"hit_at_5"`
				N       int                           `json:"n"`
				Methods map[string]map[string]float64 `json:"methods"`
			}
			if err := json.Unmarshal([]byte(last), &v); err != nil {
				t.Fatalf("last line %q: %v", last, err)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(last, want) {
					t.Errorf("last line %s: want %s", last, want)
				}
			}
			if v.N < 40 || len(v.Methods) != 3 {
				t.Errorf("n %d, %d methods: %s", v.N, len(v.Methods), last)
			}
			// The pairs make the held-out half of a pair easy for the
			// pair-aware methods.
			if v.Methods["rules"]["hit_at_5"] <= v.Methods["popularity"]["hit_at_5"] {
				t.Errorf("rules do not beat popularity on paired baskets: %s", last)
			}
		})
	}
}
