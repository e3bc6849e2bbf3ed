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

// TestRiskTrainEval trains risk models with the real commands on a small
// CSV in the features format and evaluates them; bad input gets a usage
// error or a message naming the CSV line.
func TestRiskTrainEval(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.WriteString("id,weather_severity,fragile,distance_km,carrier,late\n")
	for i := range 400 {
		sev, fragile, dist := rng.IntN(4), rng.IntN(2), rng.Float64()*50
		carrier := []string{"swift", "slow"}[rng.IntN(2)]
		late := 0
		if float64(sev)+float64(fragile)+dist/25+rng.Float64()*2 > 3.5 || (carrier == "slow" && rng.IntN(3) == 0) {
			late = 1
		}
		fmt.Fprintf(&b, "%d,%d,%d,%.1f,%s,%d\n", i, sev, fragile, dist, carrier, late)
	}
	data := filepath.Join(dir, "orders.csv")
	os.WriteFile(data, []byte(b.String()), 0o600)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("weather_severity,distance_km,late\n1,3,0\n2,far,1\n"), 0o600)
	model := filepath.Join(dir, "m.krisk")
	lrModel := filepath.Join(dir, "lr.krisk")
	broken := filepath.Join(dir, "broken.krisk")

	tests := []struct {
		name    string
		args    []string
		code    int
		wantOut string // in stdout's last line, which must be JSON
		wantErr string // in stderr
	}{
		{"train gbt", []string{"risk", "train", "--data", data, "--out", model}, 0, `"model":"gbt"`, ""},
		{"train logreg", []string{"risk", "train", "--data", data, "--format", "features", "--model", "logreg", "--out", lrModel}, 0, `"model":"logreg"`, ""},
		{"eval", []string{"risk", "eval", "--model", model, "--data", data}, 0, `"precision_at_alert_rate"`, ""},
		{"eval compare", []string{"risk", "eval", "--model", model, "--data", data, "--compare", "logreg"}, 0, `"baseline":{"n":400`, ""},
		{"eval logreg compare", []string{"risk", "eval", "--model", lrModel, "--data", data, "--compare", "logreg"}, 0, `"model":"logreg"`, ""},
		{"eval shipped model", []string{"risk", "eval", "--data", data, "--alert-rate", "0.2"}, 0, `"alert_rate":0.2`, ""},
		{"no out", []string{"risk", "train", "--data", data}, 2, "", "give --data and --out"},
		{"bad family", []string{"risk", "train", "--data", data, "--out", model, "--model", "forest"}, 2, "", `--model "forest" is not gbt or logreg`},
		{"bad format", []string{"risk", "train", "--data", data, "--out", model, "--format", "xml"}, 1, "", `--format "xml"`},
		{"wrong format", []string{"risk", "train", "--data", data, "--out", model, "--format", "olist"}, 1, "", `orders.csv line 1: no column "delivered_late"`},
		{"bad csv names the line", []string{"risk", "train", "--data", bad, "--out", model}, 1, "", `bad.csv line 3: column distance_km: "far" is not a number`},
		{"missing file", []string{"risk", "train", "--data", filepath.Join(dir, "nope.csv"), "--out", model}, 1, "", "nope.csv"},
		{"bad alert rate", []string{"risk", "eval", "--data", data, "--alert-rate", "0"}, 2, "", "--alert-rate 0 is not in (0, 1]"},
		{"bad compare", []string{"risk", "eval", "--data", data, "--compare", "gbt"}, 2, "", "only logreg"},
		{"corrupt model", []string{"risk", "eval", "--model", broken, "--data", data}, 1, "", "corrupt model file"},
		{"unknown subcommand", []string{"risk", "serve"}, 2, "", `unknown command "serve"`},
		{"no subcommand", []string{"risk"}, 2, "", "Usage: kefu risk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "corrupt model" {
				raw, err := os.ReadFile(model)
				if err != nil {
					t.Fatal(err)
				}
				raw[len(raw)/2] ^= 1
				os.WriteFile(broken, raw, 0o600)
			}
			env, out, errOut := testEnv("", nil)
			if code := Run(context.Background(), tt.args, env); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			last := lines[len(lines)-1]
			if tt.wantOut != "" {
				var v map[string]any
				if err := json.Unmarshal([]byte(last), &v); err != nil || !strings.Contains(last, tt.wantOut) {
					t.Errorf("last line %q: want JSON with %s (%v)", last, tt.wantOut, err)
				}
				if strings.Contains(tt.name, "eval") {
					if auc, _ := v["auc"].(float64); auc < 0.8 && tt.name != "eval shipped model" {
						t.Errorf("auc %v on the training data", v["auc"])
					}
				}
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr %q: want %q", errOut, tt.wantErr)
			}
		})
	}
	// The failed runs did not touch the model the first run wrote.
	env, out, errOut := testEnv("", nil)
	if code := Run(context.Background(), []string{"risk", "eval", "--model", model, "--data", data}, env); code != 0 || !strings.Contains(out.String(), `"n":400`) {
		t.Fatalf("eval after failed runs: exit %d, %s %s", code, out, errOut)
	}
}
