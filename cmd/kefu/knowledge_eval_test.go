package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKnowledgeEval runs "kefu knowledge eval" on small fixtures written
// for the test (testdata/knowledge_*.csv: invented product questions in
// the ePQA layout and invented Taobao-style dialogues in the ECD layout)
// and checks the JSON last line; bad input names the file, line and
// column.
func TestKnowledgeEval(t *testing.T) {
	td := func(name string) string { return filepath.Join("testdata", "knowledge_"+name+".csv") }
	dir := t.TempDir()
	noTitle := filepath.Join(dir, "no_title.csv")
	os.WriteFile(noTitle, []byte("qid,question,candidate,label\n1,q,c,2\n"), 0o600)
	badLabel := filepath.Join(dir, "bad_label.csv")
	os.WriteFile(badLabel, []byte("group_id,context_json,response,label\ng,\"[\"\"在 吗\"\"]\",在 的,1\ng,\"[\"\"在 吗\"\"]\",好,yes\n"), 0o600)

	tests := []struct {
		name     string
		args     []string
		code     int
		groups   int
		skipped  int
		metrics  []string // keys of each ranker's JSON object
		wantErr  string   // in stderr
		wantJSON string   // in the JSON line
	}{
		{"epqa", []string{"--format", "epqa", "--train", td("epqa_train"), "--data", td("epqa_dev")}, 0, 2, 1,
			[]string{"ndcg@3", "p@1", "mrr", "query", "train_ndcg@3"}, "chose kefu", `"titles":`},
		{"ecd", []string{"--format", "ecd", "--train", td("ecd_train"), "--data", td("ecd_dev"), "--seed", "3"}, 0, 2, 0,
			[]string{"r10@1", "r10@2", "r10@5", "mrr", "query", "train_mrr", "train_r2@1"}, "3 with 2 candidates", `"seed":3`},
		{"no format", []string{"--train", td("epqa_train"), "--data", td("epqa_dev")}, 2, 0, 0, nil, `--format "" is not epqa or ecd`, ""},
		{"no data", []string{"--format", "ecd", "--train", td("ecd_train")}, 2, 0, 0, nil, "give --train and --data", ""},
		{"missing column", []string{"--format", "epqa", "--train", noTitle, "--data", td("epqa_dev")}, 1, 0, 0, nil,
			`no_title.csv line 1: no column "title"`, ""},
		{"bad label", []string{"--format", "ecd", "--train", td("ecd_train"), "--data", badLabel}, 1, 0, 0, nil,
			`bad_label.csv line 3: column label: "yes" is not a grade from 0 to 1`, ""},
		{"wrong layout", []string{"--format", "ecd", "--train", td("epqa_train"), "--data", td("ecd_dev")}, 1, 0, 0, nil,
			`knowledge_epqa_train.csv line 1: no column "group_id"`, ""},
		{"missing file", []string{"--format", "ecd", "--train", filepath.Join(dir, "nope.csv"), "--data", td("ecd_dev")}, 1, 0, 0, nil, "nope.csv", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, out, errOut := testEnv("", nil)
			args := append([]string{"knowledge", "eval"}, tt.args...)
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
			last := lines[len(lines)-1]
			if !strings.Contains(last, tt.wantJSON) {
				t.Errorf("JSON lacks %s: %s", tt.wantJSON, last)
			}
			var res struct {
				Format  string                    `json:"format"`
				Groups  int                       `json:"groups"`
				Skipped int                       `json:"skipped"`
				Rankers map[string]map[string]any `json:"rankers"`
			}
			if err := json.Unmarshal([]byte(last), &res); err != nil {
				t.Fatalf("last line is not JSON: %v\n%s", err, last)
			}
			if res.Groups != tt.groups || res.Skipped != tt.skipped {
				t.Errorf("groups %d, skipped %d; want %d and %d", res.Groups, res.Skipped, tt.groups, tt.skipped)
			}
			for _, r := range []string{"bm25", "kefu", "blend"} {
				m, ok := res.Rankers[r]
				if !ok {
					t.Fatalf("no ranker %q: %s", r, last)
				}
				for _, k := range tt.metrics {
					if _, ok := m[k]; !ok {
						t.Errorf("%s lacks %q: %v", r, k, m)
					}
				}
				if v, _ := m["mrr"].(float64); v <= 0 || v > 1 {
					t.Errorf("%s mrr %v out of (0,1]", r, m["mrr"])
				}
			}
			if _, ok := res.Rankers["blend"]["vs_bm25"]; !ok {
				t.Errorf("blend lacks the comparison with bm25: %v", res.Rankers["blend"])
			}
		})
	}
}

func TestKnowledgeUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Usage: kefu knowledge <eval>"},
		{[]string{"help"}, 0, "Usage: kefu knowledge <eval>"},
		{[]string{"search"}, 2, `unknown command "search"`},
		{[]string{"eval", "-h"}, 0, "plain Okapi BM25"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			env, _, errOut := testEnv("", nil)
			if code := Run(context.Background(), append([]string{"knowledge"}, tt.args...), env); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut.String(), tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, errOut)
			}
		})
	}
}
