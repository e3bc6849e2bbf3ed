package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainEval trains a model with the real commands on a small CSV and
// evaluates it; bad input gets a usage error or a message naming the line.
func TestTrainEval(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("text,label\n")
	for _, r := range []struct{ label, texts string }{
		{"track", "where is my order|track my parcel|when will my package arrive|has my order shipped|order status|where is my delivery"},
		{"refund", "i want a refund|give me my money back|refund my purchase|how do i get a refund|money back please|can i get reimbursed"},
		{"oos", "tell me a joke|what is the weather|play some music|who won the game|sing a song|how tall is everest"},
	} {
		for _, tx := range strings.Split(r.texts, "|") {
			b.WriteString(tx + "," + r.label + "\n")
		}
	}
	data := filepath.Join(dir, "train.csv")
	os.WriteFile(data, []byte(b.String()), 0o600)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("text,label\nwhere is my order,track\n\"unterminated,refund\n"), 0o600)
	model := filepath.Join(dir, "m.kmodel")
	chat := filepath.Join(dir, "chat.txt")
	os.WriteFile(chat, []byte("lol same\n\nwhat a game last night\nmy cat is asleep\n"), 0o600)
	noOOS := filepath.Join(dir, "no-oos.csv")
	os.WriteFile(noOOS, []byte(strings.Join(strings.Split(b.String(), "\n")[:13], "\n")+"\n"), 0o600)

	tests := []struct {
		name    string
		args    []string
		code    int
		wantOut string // in stdout's last line
		wantErr string // in stderr
	}{
		{"train", []string{"train", "--data", data, "--out", model, "--oos-recall", "0.5", "--cross-max", "5"}, 0, `"labels":3`, ""},
		{"eval", []string{"eval", "--model", model, "--data", data}, 0, `"oos_recall"`, ""},
		// 12 in-scope rows and 6 oos rows: a fifth is 3 of them, 0.6 is 18.
		{"eval at oos mixes", []string{"eval", "--model", model, "--data", data, "--oos-mix", "0.2,0.6", "--seed", "2"}, 0, `"oos_mix":[{"share":0.2,"n":15,"oos":3,`, ""},
		{"oos mix out of range", []string{"eval", "--model", model, "--data", data, "--oos-mix", "0.1,1"}, 2, "", `--oos-mix "1"`},
		{"outliers", []string{"train", "--data", data, "--out", filepath.Join(dir, "o.kmodel"), "--outliers", chat}, 0, `"outliers":3`, ""},
		{"outliers without out-of-scope rows", []string{"train", "--data", noOOS, "--out", filepath.Join(dir, "o.kmodel"), "--outliers", chat}, 1, "", "outliers need examples labelled"},
		{"missing outlier file", []string{"train", "--data", data, "--out", filepath.Join(dir, "o.kmodel"), "--outliers", filepath.Join(dir, "nope.txt")}, 1, "", "nope.txt"},
		{"no out", []string{"train", "--data", data}, 2, "", "give --out"},
		{"cross-max out of range", []string{"train", "--data", data, "--out", model, "--cross-max", "99"}, 2, "", "--cross-max 99 is not in 0..16"},
		{"recall out of range", []string{"train", "--data", data, "--out", model, "--oos-recall", "1.5"}, 2, "", "--oos-recall 1.5 is not in (0, 1)"},
		{"bad csv", []string{"train", "--data", bad, "--out", model}, 1, "", "line"},
		{"missing file", []string{"train", "--data", filepath.Join(dir, "nope.csv"), "--out", model}, 1, "", "nope.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
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
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr %q: want %q", errOut, tt.wantErr)
			}
		})
	}
	// The failed runs did not touch the model the first run wrote.
	env, out, errOut := testEnv("", nil)
	if code := Run(context.Background(), []string{"eval", "--model", model, "--data", data}, env); code != 0 || !strings.Contains(out.String(), `"n":18`) {
		t.Fatalf("eval after failed runs: exit %d, %s %s", code, out, errOut)
	}
}
