package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/kefu-ai/kefu/risk"
)

// runRisk dispatches "kefu risk train" and "kefu risk eval".
func runRisk(ctx context.Context, args []string, env *Env) error {
	const help = "Usage: kefu risk <train|eval> [flags]\n\n  train   train a late-delivery risk model on a labelled CSV; last line is JSON\n  eval    evaluate a risk model on a labelled CSV; last line is JSON\n  scan    assess a shop's deliveries due soon and write first about those at risk; last line is JSON\n\nRun \"kefu risk <command> -h\" for the flags."
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, help)
		return errUsage
	}
	switch args[0] {
	case "train":
		return runRiskTrain(ctx, args[1:], env)
	case "eval":
		return runRiskEval(ctx, args[1:], env)
	case "scan":
		return runRiskScan(ctx, args[1:], env)
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stderr, help)
		return nil
	}
	fmt.Fprintf(env.Stderr, "kefu risk: unknown command %q\n\n%s\n", args[0], help)
	return errUsage
}

const riskFormats = "\n\nCSV formats (--format, or detected from the header): shipping (E-Commerce Shipping Data,\nlabel Reached.on.Time_Y.N, 1 = late), olist (Olist classified orders, label delivered_late),\nfeatures (one column per risk feature, label late). See docs/risk.md."

func runRiskTrain(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "risk train", "\n\nTrains a late-delivery risk model; hyperparameters are chosen by cross-validation on\nthe training file alone."+riskFormats)
	data := fs.String("data", "", "labelled training CSV `file` (required)")
	format := fs.String("format", "", "CSV `format`: shipping, olist or features (default: from the header)")
	family := fs.String("model", string(risk.DefaultFamily), "model `family`: gbt (gradient-boosted trees) or logreg (logistic regression)")
	out := fs.String("out", "", "write the model to this `file` (required)")
	folds := fs.Int("folds", 4, "cross-validation `folds` of the training data")
	seed := fs.Uint64("seed", 1, "random `seed`; the same data, options and seed give the same model")
	version := fs.String("version", "", "model version `name` stored in the file (default: the data file name)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" || *out == "" {
		fmt.Fprintln(env.Stderr, "kefu risk train: give --data and --out")
		fs.Usage()
		return errUsage
	}
	if f := risk.Family(*family); f != risk.FamilyGBT && f != risk.FamilyLogReg {
		fmt.Fprintf(env.Stderr, "kefu risk train: --model %q is not gbt or logreg\n", *family)
		return errUsage
	}
	if *folds < 2 {
		fmt.Fprintf(env.Stderr, "kefu risk train: --folds %d is less than 2\n", *folds)
		return errUsage
	}
	start := time.Now()
	ds, err := readRiskData(*data, *format)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "read %d orders (%d late, format %s) from %s\n", len(ds.X), ds.Positives(), ds.Format, *data)
	o := risk.Options{Family: risk.Family(*family), Folds: *folds, Seed: *seed, Version: *version,
		Progress: func(s string) { fmt.Fprintln(env.Stdout, s) }}
	if o.Version == "" {
		o.Version = datasetName(*data)
	}
	m, err := risk.Train(ds, o)
	if err != nil {
		return err
	}
	if err := writeRiskModel(m, *out); err != nil {
		return err
	}
	took := time.Since(start)
	st := m.Meta().Train
	fmt.Fprintf(env.Stdout, "trained %s on %d orders in %.1fs -> %s\n", m.Family(), st.N, took.Seconds(), *out)
	res := map[string]any{"model": m.Family(), "version": o.Version, "format": ds.Format, "n": st.N,
		"positives": st.Positives, "skipped": ds.Skipped, "folds": st.Folds, "cv_auc": st.CVAUC, "chosen": st.Chosen,
		"train_s": round2(took.Seconds())}
	if m.Family() == risk.FamilyGBT {
		res["trees"], res["baseline_cv_auc"], res["baseline_lambda"] = st.Trees, st.BaselineCVAUC, st.Lambda
	}
	b, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}

// writeRiskModel writes beside the target and renames over it, so a
// failed write never leaves a truncated model where a good one was.
func writeRiskModel(m *risk.Model, path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func readRiskData(path, format string) (*risk.Dataset, error) {
	if format != "" && !validRiskFormat(format) {
		return nil, fmt.Errorf("--format %q is not one of %v", format, risk.Formats)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := risk.ReadCSV(f, risk.Format(format))
	if err != nil {
		return nil, fmt.Errorf("%s %w", path, err)
	}
	return ds, nil
}

func validRiskFormat(s string) bool {
	for _, f := range risk.Formats {
		if string(f) == s {
			return true
		}
	}
	return false
}

func runRiskEval(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "risk eval", "\n\nEvaluates a risk model on a labelled CSV; the last line is one JSON object:\n{\"dataset\",\"model\",\"n\",\"positives\",\"auc\",\"logloss\",\"alert_rate\",\"precision_at_alert_rate\"}, where\nprecision_at_alert_rate is the share of late orders among the alert_rate highest-scored ones;\nwith --compare logreg, \"baseline\" holds the same numbers for the logistic regression the\nmodel was trained beside."+riskFormats)
	modelPath := fs.String("model", "", "model `file` written by kefu risk train (default: the shipped model)")
	data := fs.String("data", "", "labelled CSV `file` (required)")
	format := fs.String("format", "", "CSV `format`: shipping, olist or features (default: from the header)")
	rate := fs.Float64("alert-rate", risk.AlertRate, "share of orders alerted on, the highest-scored (0 < `rate` <= 1)")
	compare := fs.String("compare", "", "also report the `baseline` family: logreg")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		fmt.Fprintln(env.Stderr, "kefu risk eval: give --data")
		fs.Usage()
		return errUsage
	}
	if *rate <= 0 || *rate > 1 {
		fmt.Fprintf(env.Stderr, "kefu risk eval: --alert-rate %g is not in (0, 1]\n", *rate)
		return errUsage
	}
	if *compare != "" && *compare != string(risk.FamilyLogReg) {
		fmt.Fprintf(env.Stderr, "kefu risk eval: --compare %q: only logreg can be compared\n", *compare)
		return errUsage
	}
	m, err := loadRiskModel(*modelPath)
	if err != nil {
		return err
	}
	ds, err := readRiskData(*data, *format)
	if err != nil {
		return err
	}
	rep := m.Evaluate(ds, *rate)
	res := map[string]any{"dataset": datasetName(*data), "model": m.Family(), "n": rep.N, "positives": rep.Positives,
		"auc": rep.AUC, "logloss": rep.LogLoss, "alert_rate": rep.AlertRate, "precision_at_alert_rate": rep.PrecisionAtAlertRate}
	if *compare != "" {
		b := m
		if m.Family() != risk.FamilyLogReg {
			if b = m.Baseline(); b == nil {
				return fmt.Errorf("%s carries no logreg baseline", *modelPath)
			}
		}
		res["baseline"] = b.Evaluate(ds, *rate)
		fmt.Fprintf(env.Stdout, "%-7s auc=%.4f precision@%g=%.4f logloss=%.4f\n", b.Family(), res["baseline"].(risk.Report).AUC, *rate, res["baseline"].(risk.Report).PrecisionAtAlertRate, res["baseline"].(risk.Report).LogLoss)
	}
	fmt.Fprintf(env.Stdout, "%-7s auc=%.4f precision@%g=%.4f logloss=%.4f n=%d\n", m.Family(), rep.AUC, *rate, rep.PrecisionAtAlertRate, rep.LogLoss, rep.N)
	b, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}

// loadRiskModel reads a model file, or the shipped one when path is "".
func loadRiskModel(path string) (*risk.Model, error) {
	if path == "" {
		return risk.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := risk.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
