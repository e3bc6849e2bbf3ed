package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/learn"
	"github.com/kefu-ai/kefu/nlu"
)

// "kefu model" is the intent-model registry on the configured store
// (docs/learning.md): list the versions, retrain a candidate on the corpus
// and the accepted corrections and promote it when it passes the shadow
// evaluation's rule, promote a version by hand, roll back one step.
// Without --shop the commands work on the global versions, which serve
// every shop without its own.

func runModel(ctx context.Context, args []string, env *Env) error {
	return runGroup(ctx, "model", []subcommand{
		{"list", "list the intent-model versions with their metrics; last line JSON", runModelList},
		{"retrain", "train a candidate on the corpus and accepted corrections, evaluate it in shadow, promote it if better; last line JSON", runModelRetrain},
		{"promote", "serve a version; last line JSON", runModelPromote},
		{"rollback", "serve the version promoted before the serving one; last line JSON", runModelRollback},
	}, args, env)
}

// modelScope parses the operator flags plus --shop and opens the store;
// the shop, when named, must exist. The caller closes the store.
func modelScope(ctx context.Context, o *opsFlags, args []string, shop *string) (kefu.Store, error) {
	if err := o.parse(args); err != nil {
		return nil, err
	}
	if err := o.noArgs(); err != nil {
		return nil, err
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return nil, err
	}
	if *shop != "" {
		if _, err := findShop(ctx, st, *shop); err != nil {
			st.Close()
			return nil, err
		}
	}
	return st, nil
}

// modelLine is one version in the JSON of list, promote and rollback.
type modelLine struct {
	Version    string          `json:"version"`
	Serving    bool            `json:"serving"`
	Metrics    json.RawMessage `json:"metrics,omitempty"`
	DataHash   string          `json:"data_hash,omitempty"`
	Size       int64           `json:"size"`
	CreatedBy  string          `json:"created_by"`
	CreatedAt  time.Time       `json:"created_at"`
	PromotedBy string          `json:"promoted_by,omitempty"`
	PromotedAt time.Time       `json:"promoted_at,omitzero"`
	RetiredAt  time.Time       `json:"retired_at,omitzero"`
}

func lineOf(m *kefu.ModelVersion) modelLine {
	return modelLine{Version: m.Version, Serving: m.Serving, Metrics: m.Metrics, DataHash: m.DataHash, Size: m.Size,
		CreatedBy: m.CreatedBy, CreatedAt: m.CreatedAt, PromotedBy: m.PromotedBy, PromotedAt: m.PromotedAt, RetiredAt: m.RetiredAt}
}

func runModelList(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "model list", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (default: the global versions)")
	st, err := modelScope(ctx, o, args, shop)
	if err != nil {
		return err
	}
	defer st.Close()
	vs, err := st.FindModelVersions(ctx, *shop)
	if err != nil {
		return err
	}
	lines := []modelLine{}
	for _, v := range vs {
		mark := " "
		if v.Serving {
			mark = "*"
		}
		fmt.Fprintf(env.Stdout, "%s %-36s %s by %s\n", mark, v.Version, v.CreatedAt.Format(time.RFC3339), v.CreatedBy)
		lines = append(lines, lineOf(v))
	}
	return writeJSONLine(env.Stdout, map[string]any{"shop": *shop, "versions": lines})
}

func runModelRetrain(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "model retrain", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (default: the global model, on every shop's corrections)")
	noPromote := o.fs.Bool("no-promote", false, "register the candidate without promoting it")
	by := o.fs.String("by", "kefu model retrain", "who retrains, recorded in the registry")
	skip := o.fs.Bool("skip-if-trained", false, "train nothing when a version of the scope was trained on the same data (for schedules)")
	hashFolds := o.fs.Bool("hash-folds", false, "assign cross-fitting folds by a hash of each text, so that the added corrections leave the calibration nearly alone (docs/learning.md)")
	st, err := modelScope(ctx, o, args, shop)
	if err != nil {
		return err
	}
	defer st.Close()
	prep, err := nlu.NewPrep()
	if err != nil {
		return err
	}
	bar := newProgressBar(env.Stderr)
	tr := &learn.Trainer{Store: st, Prep: prep, Progress: bar.report, HashFolds: *hashFolds}
	if o.cfg.ModelFile != "" {
		// The configured model is what nodes serve without a registry
		// version: the one to compare with, and the global floor.
		if tr.BaseFile, err = os.ReadFile(o.cfg.ModelFile); err != nil {
			return err
		}
	}
	dir := filepath.Join(o.cfg.DataDir, "models")
	start := time.Now()
	res, err := tr.Retrain(ctx, *shop, learn.Options{By: *by, NoPromote: *noPromote, Dir: dir, SkipIfTrained: *skip})
	bar.done()
	if err != nil {
		return err
	}
	if res.Skipped {
		fmt.Fprintf(env.Stdout, "nothing new to learn: %s was trained on the same data\n", res.Version)
		return writeJSONLine(env.Stdout, res)
	}
	// A copy beside the store for the operator; the registry holds the
	// file every node loads. Never in the repository.
	path, err := writeCandidate(res)
	if err != nil {
		return err
	}
	verdict := "kept out of service"
	if res.Promoted {
		verdict = "promoted"
	}
	fmt.Fprintf(env.Stdout, "%s: %s (%s) -> %s\n", res.Version, verdict, res.Reason, path)
	return writeJSONLine(env.Stdout, struct {
		*learn.Result
		Path   string  `json:"path"`
		TotalS float64 `json:"total_s"`
	}{res, path, round2(time.Since(start).Seconds())})
}

// writeCandidate writes the candidate's file to res.Path.
func writeCandidate(res *learn.Result) (string, error) {
	path := res.Path
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return "", err
	}
	if err := res.Model.Save(f); err != nil {
		f.Close()
		os.Remove(path + ".tmp")
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return path, os.Rename(path+".tmp", path)
}

func runModelPromote(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "model promote", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (default: the global versions)")
	version := o.fs.String("version", "", "the `version` to serve (required)")
	by := o.fs.String("by", "kefu model promote", "who promotes, recorded in the registry")
	st, err := modelScope(ctx, o, args, shop)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := o.require(map[string]*string{"version": version}); err != nil {
		return err
	}
	m, err := st.PromoteModelVersion(ctx, *shop, *version, *by)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s serves; nodes pick it up within their model poll interval\n", m.Version)
	return writeJSONLine(env.Stdout, lineOf(m))
}

func runModelRollback(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "model rollback", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (default: the global versions)")
	by := o.fs.String("by", "kefu model rollback", "who rolls back, recorded in the registry")
	st, err := modelScope(ctx, o, args, shop)
	if err != nil {
		return err
	}
	defer st.Close()
	m, err := st.RollbackModel(ctx, *shop, *by)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "rolled back: %s serves again\n", m.Version)
	return writeJSONLine(env.Stdout, lineOf(m))
}

// progressBar draws a job's stages on stderr, one line each:
//
//	serving dev   [##########----------]  50%  1234/2468
type progressBar struct {
	w     io.Writer
	stage string
	start time.Time
	last  time.Time
}

func newProgressBar(w io.Writer) *progressBar { return &progressBar{w: w} }

// report is a learn.Progress.
func (p *progressBar) report(stage string, done, total int) {
	now := time.Now()
	if stage != p.stage {
		p.done()
		p.stage, p.start = stage, now
	}
	if total == 0 {
		// A stage of unknown length: its start and its end.
		if done == 0 {
			fmt.Fprintf(p.w, "%-20s ...", stage)
		} else {
			fmt.Fprintf(p.w, " %.1fs\n", now.Sub(p.start).Seconds())
			p.stage = ""
		}
		return
	}
	if done < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	const width = 20
	n := done * width / total
	fmt.Fprintf(p.w, "\r%-20s [%s%s] %3d%%  %d/%d", stage, strings.Repeat("#", n), strings.Repeat("-", width-n),
		done*100/total, done, total)
}

// done ends the current stage's line.
func (p *progressBar) done() {
	if p.stage != "" {
		fmt.Fprintf(p.w, "  %.1fs\n", time.Since(p.start).Seconds())
		p.stage = ""
	}
}
