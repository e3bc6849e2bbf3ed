package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/internal/redact"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/llm"
	"github.com/kefu-ai/kefu/nlu"
)

// LLMConfig configures the optional language model (docs/llm.md). It is
// embedded in Config, so its JSON names sit at the top level of the
// config file. Empty LLMURL: no model, nothing is ever sent.
type LLMConfig struct {
	// LLMURL is the base URL of an OpenAI-compatible chat completions
	// endpoint the shop runs (POST {url}/v1/chat/completions).
	LLMURL string `json:"llm_url"`
	// LLMModel is the model name the endpoint expects; required with
	// LLMURL.
	LLMModel string `json:"llm_model"`
	// LLMKeyEnv names the environment variable that holds the endpoint's
	// bearer key, if it needs one. The key itself is never in the config
	// file, the flags or the logs.
	LLMKeyEnv string `json:"llm_key_env"`
	// LLMTimeout bounds one grounded answer (the customer waits for it);
	// 0 means llm.DefaultGroundTimeout (8s).
	LLMTimeout Duration `json:"llm_timeout"`

	// llmKey is the key read from LLMKeyEnv when the config was loaded.
	llmKey string
	// getenv reads LLMKeyEnv again after flags changed it.
	getenv func(string) string
}

// llmFlags registers the language model's flags on fs, bound to c.
func llmFlags(fs *flag.FlagSet, c *LLMConfig) {
	fs.StringVar(&c.LLMURL, "llm-url", c.LLMURL, "base `URL` of an OpenAI-compatible chat endpoint for grounded answers and paraphrases; empty: none (env KEFU_LLM_URL)")
	fs.StringVar(&c.LLMModel, "llm-model", c.LLMModel, "model `name` the LLM endpoint serves (env KEFU_LLM_MODEL)")
	fs.StringVar(&c.LLMKeyEnv, "llm-key-env", c.LLMKeyEnv, "name of the environment `variable` holding the LLM endpoint's bearer key (env KEFU_LLM_KEY_ENV)")
	fs.Func("llm-timeout", "bound one grounded answer to this `long` (env KEFU_LLM_TIMEOUT; default 8s)", func(s string) error {
		d, err := time.ParseDuration(s)
		c.LLMTimeout = Duration(d)
		return err
	})
}

// llmEnv applies the KEFU_LLM_* variables.
func (c *LLMConfig) llmEnv(getenv func(string) string) error {
	c.getenv = getenv
	for k, p := range map[string]*string{
		"KEFU_LLM_URL":     &c.LLMURL,
		"KEFU_LLM_MODEL":   &c.LLMModel,
		"KEFU_LLM_KEY_ENV": &c.LLMKeyEnv,
	} {
		if v := getenv(k); v != "" {
			*p = v
		}
	}
	if v := getenv("KEFU_LLM_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("KEFU_LLM_TIMEOUT: %w", err)
		}
		c.LLMTimeout = Duration(d)
	}
	return nil
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// validateLLM checks the language model's settings and reads its key.
func (c *LLMConfig) validateLLM() error {
	if c.LLMURL == "" {
		return nil
	}
	u, err := url.Parse(c.LLMURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("config: llm_url %q is not an http(s) URL", redact.URL(c.LLMURL))
	}
	if c.LLMModel == "" {
		return fmt.Errorf("config: llm_model is required with llm_url")
	}
	if c.LLMTimeout < 0 || c.LLMTimeout > Duration(time.Minute) {
		return fmt.Errorf("config: llm_timeout must be between 0 (the default, 8s) and 1m: a customer waits for it")
	}
	c.llmKey = ""
	if c.LLMKeyEnv != "" {
		if !envName.MatchString(c.LLMKeyEnv) {
			return fmt.Errorf("config: llm_key_env %q is not an environment variable name", c.LLMKeyEnv)
		}
		getenv := c.getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		if c.llmKey = getenv(c.LLMKeyEnv); c.llmKey == "" {
			return fmt.Errorf("config: llm_key_env names %s, which is not set", c.LLMKeyEnv)
		}
	}
	return nil
}

// llmClient returns the configured endpoint's client, or nil when none is
// configured. Call after validateLLM.
func (c *LLMConfig) llmClient() *llm.Client {
	if c.LLMURL == "" {
		return nil
	}
	return &llm.Client{URL: c.LLMURL, Model: c.LLMModel, Key: c.llmKey}
}

// The grounded answers' cache (per node): the same question over the same
// articles is answered from it for llmCacheTTL.
const (
	llmCacheSize = 4096
	llmCacheTTL  = 10 * time.Minute
)

// grounder returns the knowledge skill's language model, or nil (no
// interface value) when none is configured: then nothing is ever sent.
func (a *App) grounder() knowledge.Grounder {
	cl := a.Config.llmClient()
	if cl == nil {
		return nil
	}
	a.Logger.Info("LLM answers for the shops that opt in (settings llm_answers)", "url", redact.URL(a.Config.LLMURL), "model", a.Config.LLMModel, "key", a.Config.llmKey != "")
	return &llm.Grounder{LLM: cl, Model: a.Config.LLMModel, Timeout: time.Duration(a.Config.LLMTimeout),
		Cache: llm.NewCache(llmCacheSize, llmCacheTTL, a.Now)}
}

func runLLM(ctx context.Context, args []string, env *Env) error {
	usage := func() {
		fmt.Fprint(env.Stderr, `Usage: kefu llm <command> [flags]

Commands:
  paraphrase  ask the configured LLM endpoint for paraphrases of an intent's corpus examples and
              write them to a review file (CSV, "reviewed" column empty); never into the corpus
  accept      turn a reviewed file's accepted rows (reviewed = yes) into a text,label,lang CSV
              for kefu train

The endpoint is --llm-url and --llm-model (env KEFU_LLM_URL, KEFU_LLM_MODEL; docs/llm.md).
`)
	}
	if len(args) == 0 {
		usage()
		return errUsage
	}
	switch args[0] {
	case "paraphrase":
		return runParaphrase(ctx, args[1:], env)
	case "accept":
		return runAccept(args[1:], env)
	case "-h", "--help", "help":
		usage()
		return flag.ErrHelp
	}
	fmt.Fprintf(env.Stderr, "kefu llm: unknown command %q\n", args[0])
	usage()
	return errUsage
}

// reviewHeader is the header of a paraphrase review file. kefu train
// reads text, label and lang and ignores the rest, so run the file
// through "kefu llm accept" first: only rows a person accepted count.
var reviewHeader = []string{"text", "label", "lang", "reviewed", "source"}

func runParaphrase(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "llm paraphrase", "\n\nAsks the LLM endpoint for new ways customers say an intent, from the intent's training\nexamples in data/nlu/corpus (train split only: the dev split stays unseen), removes what the\ncorpus already has (after normalisation) and repeats, and writes a review file with an empty\n\"reviewed\" column. Progress goes to stderr; the last line is JSON.")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	intentName := fs.String("intent", "", "intent `label` to paraphrase (required)")
	lang := fs.String("lang", "", "language `code` of the paraphrases, as in the corpus's lang column (required)")
	n := fs.Int("n", 20, "how many new paraphrases to aim `for` (1 to 500)")
	out := fs.String("out", "", "review `file` to write (default: paraphrases-<intent>-<lang>.csv)")
	examples := fs.String("examples", "", "text `file` of extra example messages, one a line (for an intent with few or no corpus rows)")
	description := fs.String("description", "", "what customers `mean` by the intent, given to the model")
	seeds := fs.Int("seeds", 12, "corpus examples per request (`count`)")
	rounds := fs.Int("rounds", 4, "most requests to make (`count`)")
	timeout := fs.Duration("timeout", 2*time.Minute, "bound each request to this `long`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *intentName == "" || *lang == "":
		fmt.Fprintln(env.Stderr, "kefu llm paraphrase: give --intent and --lang")
		return errUsage
	case *n < 1 || *n > 500:
		fmt.Fprintln(env.Stderr, "kefu llm paraphrase: --n must be 1 to 500")
		return errUsage
	case *seeds < 1 || *rounds < 1 || *timeout <= 0:
		fmt.Fprintln(env.Stderr, "kefu llm paraphrase: --seeds, --rounds and --timeout must be positive")
		return errUsage
	}
	if err := cfg.validateLLM(); err != nil {
		return err
	}
	client := cfg.llmClient()
	if client == nil {
		return fmt.Errorf("kefu llm paraphrase: no LLM endpoint configured (--llm-url and --llm-model, or KEFU_LLM_URL and KEFU_LLM_MODEL)")
	}
	// A batch of suggestions from a local model takes a while, and no
	// customer waits on it: llm_timeout (for answers) does not apply.
	client.Timeout = *timeout
	if *out == "" {
		*out = fmt.Sprintf("paraphrases-%s-%s.csv", *intentName, *lang)
	}
	rows, err := corpus.Load()
	if err != nil {
		return err
	}
	prep, err := nlu.NewPrep()
	if err != nil {
		return err
	}
	key := func(s string) string {
		t, _, _ := prep.Normalize(s, *lang)
		return strings.Join(strings.Fields(t), " ")
	}
	// Everything the corpus has in the language, any label, either split,
	// counts as a duplicate: a paraphrase of a dev sentence that equals
	// it would leak the dev split into training.
	seen := map[string]bool{}
	var pool, other []string
	for _, r := range rows {
		if r.Lang == *lang {
			seen[key(r.Text)] = true
		}
		if r.Label != *intentName || r.Dev() {
			continue
		}
		switch {
		case r.Lang == *lang:
			pool = append(pool, r.Text)
		case r.Lang == "en":
			other = append(other, r.Text)
		}
	}
	if *examples != "" {
		lines, err := readLines([]string{*examples})
		if err != nil {
			return err
		}
		pool = append(pool, lines...)
	}
	if len(pool) == 0 {
		if len(other) == 0 {
			return fmt.Errorf("kefu llm paraphrase: intent %q has no training rows in %s or en; give --examples", *intentName, *lang)
		}
		fmt.Fprintf(env.Stderr, "no %s examples of %s: using its %d English ones\n", *lang, *intentName, len(other))
		pool = other
	}
	p := &llm.Paraphraser{LLM: client}
	var kept []string
	suggested, dups, unused, done := 0, 0, 0, 0
	for round := 0; round < *rounds && len(kept) < *n; round++ {
		// Each round shows the model the next examples of the pool.
		ex := make([]string, 0, *seeds)
		for i := 0; i < *seeds && i < len(pool); i++ {
			ex = append(ex, pool[(round**seeds+i)%len(pool)])
		}
		want := *n - len(kept)
		got, err := p.Paraphrase(ctx, llm.ParaphraseRequest{Intent: *intentName, Description: *description, Language: *lang, Examples: ex, N: want})
		if err != nil {
			if len(kept) == 0 {
				return err
			}
			fmt.Fprintf(env.Stderr, "round %d: %v; keeping the %d found so far\n", round+1, err, len(kept))
			break
		}
		done++
		fresh := 0
		for _, s := range got {
			suggested++
			k := key(s)
			switch {
			case k == "" || seen[k]:
				dups++
				continue
			case len(kept) >= *n:
				unused++
				continue
			}
			seen[k] = true
			kept = append(kept, s)
			fresh++
		}
		fmt.Fprintf(env.Stderr, "round %d/%d: %d suggested, %d new, %d/%d kept\n", round+1, *rounds, len(got), fresh, len(kept), *n)
	}
	if err := writeReview(*out, *intentName, *lang, "llm:"+cfg.LLMModel, kept); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "wrote %d suggestions to %s for review: set reviewed to yes or no, then kefu llm accept --in %s\n", len(kept), *out, *out)
	b, _ := json.Marshal(map[string]any{"intent": *intentName, "lang": *lang, "model": cfg.LLMModel, "requested": *n, "rounds": done,
		"suggested": suggested, "duplicates": dups, "unused": unused, "written": len(kept), "out": *out})
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}

// writeReview writes the suggestions as a review file, beside the target
// and renamed over it.
func writeReview(path, label, lang, source string, texts []string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write(reviewHeader)
	for _, t := range texts {
		w.Write([]string{t, label, lang, "", source})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

func runAccept(args []string, env *Env) error {
	fs := newFlagSet(env, "llm accept", "\n\nReads a review file written by kefu llm paraphrase and writes the rows a person accepted\n(reviewed: yes, y, true, 1, ok or accepted) as a text,label,lang CSV, for kefu train --data or\nfor adding to the corpus. Rows marked otherwise are rejected; empty ones are still pending.\nThe last line is JSON.")
	in := fs.String("in", "", "review `file` (required)")
	out := fs.String("out", "", "accepted rows `file` (required)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *in == "" || *out == "" {
		fmt.Fprintln(env.Stderr, "kefu llm accept: give --in and --out")
		return errUsage
	}
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	defer f.Close()
	accepted, rejected, pending, err := readReview(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *in, err)
	}
	o, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := corpus.WriteCSV(o, accepted); err != nil {
		o.Close()
		return err
	}
	if err := o.Close(); err != nil {
		return err
	}
	if pending > 0 {
		fmt.Fprintf(env.Stderr, "%d rows of %s are not reviewed yet\n", pending, *in)
	}
	b, _ := json.Marshal(map[string]any{"accepted": len(accepted), "rejected": rejected, "pending": pending, "out": *out})
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}

// readReview splits a review file's rows by their reviewed column.
func readReview(r io.Reader) (accepted []corpus.Row, rejected, pending int, err error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return nil, 0, 0, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")] = i
	}
	for _, c := range []string{"text", "label", "lang", "reviewed"} {
		if _, ok := col[c]; !ok {
			return nil, 0, 0, fmt.Errorf("header has no %q column", c)
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, 0, err
		}
		switch strings.ToLower(strings.TrimSpace(rec[col["reviewed"]])) {
		case "":
			pending++
		case "yes", "y", "true", "1", "ok", "accepted", "accept":
			text := strings.TrimSpace(rec[col["text"]])
			if text == "" {
				continue
			}
			accepted = append(accepted, corpus.Row{Text: text, Label: strings.TrimSpace(rec[col["label"]]), Lang: strings.TrimSpace(rec[col["lang"]])})
		default:
			rejected++
		}
	}
	return accepted, rejected, pending, nil
}
