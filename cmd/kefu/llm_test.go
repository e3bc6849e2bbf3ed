package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/llm"
	"github.com/kefu-ai/kefu/llm/llmtest"
	"github.com/kefu-ai/kefu/skills/customs"
	"github.com/kefu-ai/kefu/skills/faq"
)

func TestLLMConfig(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		want    func(c *Config) string
		wantErr string
	}{
		{"off by default", nil, nil, func(c *Config) string {
			if c.LLMURL != "" || c.llmClient() != nil {
				return "an LLM is configured by default"
			}
			return ""
		}, ""},
		{"env", map[string]string{"KEFU_LLM_URL": "http://127.0.0.1:8081", "KEFU_LLM_MODEL": "qwen2.5", "KEFU_LLM_KEY_ENV": "MY_KEY", "MY_KEY": "sk-1", "KEFU_LLM_TIMEOUT": "3s"}, nil, func(c *Config) string {
			cl := c.llmClient()
			if cl == nil || cl.URL != "http://127.0.0.1:8081" || cl.Model != "qwen2.5" || cl.Key != "sk-1" || c.LLMTimeout != Duration(3*time.Second) {
				return "client " + c.LLMURL
			}
			return ""
		}, ""},
		{"flags win", map[string]string{"KEFU_LLM_URL": "http://a", "KEFU_LLM_MODEL": "m", "OTHER": "sk-2"}, []string{"--llm-url", "https://b.example", "--llm-model", "n", "--llm-key-env", "OTHER", "--llm-timeout", "2s"}, func(c *Config) string {
			if cl := c.llmClient(); cl.URL != "https://b.example" || cl.Model != "n" || cl.Key != "sk-2" || c.LLMTimeout != Duration(2*time.Second) {
				return "flags did not win"
			}
			return ""
		}, ""},
		{"model required", map[string]string{"KEFU_LLM_URL": "http://a"}, nil, nil, "llm_model is required"},
		{"not a URL", nil, []string{"--llm-url", "ftp://x", "--llm-model", "m"}, nil, "is not an http(s) URL"},
		{"key variable unset", nil, []string{"--llm-url", "http://a", "--llm-model", "m", "--llm-key-env", "NOPE"}, nil, "NOPE, which is not set"},
		{"key variable name", nil, []string{"--llm-url", "http://a", "--llm-model", "m", "--llm-key-env", "sk-123"}, nil, "not an environment variable name"},
		{"bad timeout", map[string]string{"KEFU_LLM_TIMEOUT": "soon"}, nil, nil, "KEFU_LLM_TIMEOUT"},
		{"timeout too long", nil, []string{"--llm-url", "http://a", "--llm-model", "m", "--llm-timeout", "1h"}, nil, "llm_timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _, _ := testEnv("", tt.env)
			fs := newFlagSet(env, "test", "")
			c, err := setupConfig(fs, env, tt.args)
			if err == nil {
				if perr := fs.Parse(tt.args); perr != nil {
					t.Fatal(perr)
				}
				err = c.Validate()
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if msg := tt.want(c); msg != "" {
				t.Fatal(msg)
			}
		})
	}
}

// TestLLMWiring: without configuration no skill has a model (nothing can
// call the network); with it, only the knowledge skill's answerer has
// one, and the customs skill, which falls back to articles too, does not.
func TestLLMWiring(t *testing.T) {
	var logs bytes.Buffer
	for _, configured := range []bool{false, true} {
		cfg := DefaultConfig()
		if configured {
			cfg.LLMURL, cfg.LLMModel, cfg.LLMKeyEnv = "http://127.0.0.1:1", "m", "K"
			cfg.getenv = func(string) string { return "sk-super-secret" }
			if err := cfg.validateLLM(); err != nil {
				t.Fatal(err)
			}
		}
		a := &App{Config: cfg, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
		g := a.grounder()
		if (g != nil) != configured {
			t.Fatalf("configured %v: grounder %v", configured, g)
		}
		skills, _ := registerSkills(skillDeps{Answerer: &knowledge.Answerer{}, LLM: g, TraceLinks: nil})
		for _, s := range skills {
			switch s := s.(type) {
			case *faq.Skill:
				if (s.Answerer.LLM != nil) != configured {
					t.Errorf("configured %v: knowledge skill's LLM %v", configured, s.Answerer.LLM)
				}
			case *customs.Skill:
				if a, ok := s.Knowledge.(*knowledge.Answerer); !ok || a.LLM != nil {
					t.Errorf("customs skill's answerer has a model: %+v", s.Knowledge)
				}
			}
		}
	}
	if strings.Contains(logs.String(), "sk-super-secret") || !strings.Contains(logs.String(), "key=true") {
		t.Errorf("log: %s", logs.String())
	}
}

// TestLLMParaphrase runs kefu llm paraphrase against the fake endpoint
// (which repeats each example and adds a "please, " variant of it), then
// kefu llm accept on the reviewed file.
func TestLLMParaphrase(t *testing.T) {
	srv := llmtest.New(t)
	srv.Key = "sk-para"
	srv.SetMode(llmtest.Paraphrase)
	dir := t.TempDir()
	out := filepath.Join(dir, "review.csv")
	env, stdout, stderr := testEnv("", map[string]string{"PARA_KEY": "sk-para"})
	code := Run(context.Background(), []string{"llm", "paraphrase", "--intent", "shipping_time", "--lang", "en", "--n", "5", "--seeds", "3",
		"--out", out, "--llm-url", srv.URL, "--llm-model", "fake-7b", "--llm-key-env", "PARA_KEY"}, env)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var res struct {
		Intent, Lang, Model, Out                 string
		Requested, Rounds, Suggested, Duplicates int
		Unused, Written                          int
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	// Two rounds of 3 examples: 6 suggestions each, the 3 copies of
	// corpus rows dropped; 5 kept, the sixth new one unused.
	if res.Intent != "shipping_time" || res.Model != "fake-7b" || res.Rounds != 2 || res.Suggested != 12 || res.Written != 5 || res.Duplicates != 6 || res.Unused != 1 || res.Out != out {
		t.Errorf("result %+v", res)
	}
	if !strings.Contains(stderr.String(), "round 1/4: 6 suggested, 3 new, 3/5 kept") || !strings.Contains(stderr.String(), "kefu llm accept") {
		t.Errorf("progress: %s", stderr.String())
	}
	rows := mustReadCSV(t, out)
	if strings.Join(rows[0], ",") != "text,label,lang,reviewed,source" || len(rows) != 6 {
		t.Fatalf("review file %q", rows)
	}
	all, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	inCorpus := map[string]bool{}
	for _, r := range all {
		inCorpus[strings.ToLower(r.Text)] = true
	}
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r[0], "please, ") || r[1] != "shipping_time" || r[2] != "en" || r[3] != "" || r[4] != "llm:fake-7b" || inCorpus[strings.ToLower(r[0])] {
			t.Errorf("row %q", r)
		}
		if corpus.IsDev(strings.TrimPrefix(r[0], "please, ")) {
			t.Errorf("row %q paraphrases a dev sentence", r)
		}
	}
	for _, req := range srv.Requests() {
		if req.Auth != "Bearer sk-para" {
			t.Errorf("auth %q", req.Auth)
		}
	}
	// A reviewer accepts two, rejects one and leaves two.
	marks := []string{"yes", "no", "Y", "", ""}
	for i := range marks {
		rows[i+1][3] = marks[i]
	}
	mustWriteCSV(t, out, rows)
	accepted := filepath.Join(dir, "accepted.csv")
	env, stdout, stderr = testEnv("", nil)
	if code := Run(context.Background(), []string{"llm", "accept", "--in", out, "--out", accepted}, env); code != 0 {
		t.Fatalf("accept: exit %d: %s", code, stderr.String())
	}
	if got := strings.TrimSpace(stdout.String()); got != `{"accepted":2,"out":"`+accepted+`","pending":2,"rejected":1}` {
		t.Errorf("accept: %s", got)
	}
	acc := mustReadCSV(t, accepted)
	if len(acc) != 3 || strings.Join(acc[0], ",") != "text,label,lang" || acc[1][0] != rows[1][0] || acc[2][0] != rows[3][0] {
		t.Errorf("accepted %q", acc)
	}
	// The accepted file is training data as kefu train reads it.
	f, _ := os.Open(accepted)
	defer f.Close()
	if got, err := corpus.Read("accepted.csv", f); err != nil || len(got) != 2 || got[0].Label != "shipping_time" {
		t.Errorf("corpus.Read: %v %v", got, err)
	}
}

func TestLLMParaphraseErrors(t *testing.T) {
	srv := llmtest.New(t)
	srv.SetMode(llmtest.Fail)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"llm", "paraphrase", "--intent", "shipping_time", "--lang", "en"}, 1, "no LLM endpoint configured"},
		{[]string{"llm", "paraphrase", "--lang", "en"}, 2, "give --intent and --lang"},
		{[]string{"llm", "paraphrase", "--intent", "x", "--lang", "en", "--n", "0"}, 2, "--n must be"},
		{[]string{"llm", "paraphrase", "--intent", "no_such_intent", "--lang", "en", "--llm-url", srv.URL, "--llm-model", "m"}, 1, "has no training rows"},
		{[]string{"llm", "paraphrase", "--intent", "shipping_time", "--lang", "en", "--llm-url", srv.URL, "--llm-model", "m", "--out", filepath.Join(t.TempDir(), "x.csv")}, 1, "HTTP 500"},
		{[]string{"llm", "nope"}, 2, `unknown command "nope"`},
		{[]string{"llm"}, 2, "paraphrase"},
		{[]string{"llm", "accept", "--in", "x"}, 2, "give --in and --out"},
	}
	for _, tt := range tests {
		env, _, stderr := testEnv("", nil)
		if code := Run(context.Background(), tt.args, env); code != tt.code || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.want)
		}
	}
}

func mustReadCSV(tb testing.TB, path string) [][]string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

func mustWriteCSV(tb testing.TB, path string, rows [][]string) {
	tb.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestLLMChatEndToEnd drives the real commands on one SQLite data
// directory: create a shop, import its articles, chat with a model
// configured but the shop not opted in (nothing is sent), opt in, chat
// again (a grounded answer with its source, the trace naming the model).
func TestLLMChatEndToEnd(t *testing.T) {
	srv := llmtest.New(t)
	srv.Key = "sk-e2e"
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles.csv")
	if err := os.WriteFile(arts, []byte("key,language,title,body,intents,status\n"+
		"returns,en,Return policy,\"You can return items within 14 days. Refunds take 5 working days.\",return_policy,published\n"+
		"payment,en,Payment methods,We accept cards and PayPal.,payment_methods,published\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"SHOP_LLM_KEY": "sk-e2e"}
	kefuCmd := func(stdin string, args ...string) string {
		t.Helper()
		env, stdout, stderr := testEnv(stdin, vars)
		if code := Run(context.Background(), args, env); code != 0 {
			t.Fatalf("kefu %q: exit %d: %s", args, code, stderr.String())
		}
		if strings.Contains(stderr.String(), "sk-e2e") {
			t.Errorf("kefu %q printed the key: %s", args, stderr.String())
		}
		return stdout.String()
	}
	kefuCmd("", "shop", "create", "--data", dir, "--id", "tea", "--name", "Tea")
	kefuCmd("", "import", "--data", dir, "--tenant", "tea", "--kind", "articles", arts)
	chat := func(text string) chatTurn {
		t.Helper()
		out := kefuCmd(text+"\n", "chat", "--data", dir, "--tenant", "tea", "--customer", "", "--lang", "en", "--json",
			"--llm-url", srv.URL, "--llm-model", "fake-7b", "--llm-key-env", "SHOP_LLM_KEY")
		var turn chatTurn
		if err := json.Unmarshal([]byte(lastLine(out)), &turn); err != nil || turn.Reply == nil || turn.Trace == nil {
			t.Fatalf("chat output %q: %v", out, err)
		}
		return turn
	}
	const q = "do you take paypal?"
	off := chat(q)
	if n := len(srv.Requests()); n != 0 || off.Trace.Extra != nil {
		t.Fatalf("not opted in: %d requests, trace extra %v, reply %q", n, off.Trace.Extra, *off.Reply)
	}
	kefuCmd("", "shop", "settings", "set", "--data", dir, "--shop", "tea", "llm_answers=true")
	on := chat(q)
	if want := "We accept cards and PayPal. [1]\n(Written by our assistant from these help articles: [1] Payment methods)"; *on.Reply != want {
		t.Errorf("opted in: reply %q, want %q", *on.Reply, want)
	}
	rec, _ := on.Trace.Extra["llm"].(map[string]any)
	if rec == nil || rec["verdict"] != llm.VerdictAnswered || rec["model"] != "fake-7b" {
		t.Errorf("trace extra %v", on.Trace.Extra)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Auth != "Bearer sk-e2e" || reqs[0].Model != "fake-7b" {
		t.Fatalf("requests %+v", reqs)
	}
	if _, cached := rec["cached"]; cached {
		t.Errorf("first answer marked cached: %v", rec)
	}
	// A data question in the same opted-in shop never reaches the model.
	srv.SetMode(llmtest.Fail)
	if turn := chat("where is my order 10023?"); turn.Trace.Extra != nil {
		t.Errorf("order question: trace extra %v", turn.Trace.Extra)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests after an order question, want still 1", n)
	}
}
