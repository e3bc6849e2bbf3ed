package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/cosmetics/skin"
)

// runRecommendEvalSkin is "kefu recommend eval-skin": it trains the
// chosen family and the naive Bayes baseline on one labelled file, with
// hyperparameters chosen by cross-validation on that file alone, and
// measures both on another. Nothing is shipped or saved: the labelled
// data we have carries no licence to ship a model trained on it.
func runRecommendEvalSkin(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "recommend eval-skin", "\n\nTrains skin-type suitability models on --train (hyperparameters by K-fold cross-validation\n"+
		"on --train only) and measures them on --data, on products with at least one skin-type flag.\n"+
		"CSV layout: the Sephora cosmetics table (label, brand, name, price, rank, ingredients,\n"+
		"combination, dry, normal, oily, sensitive). Progress goes to stderr; the last line of stdout is\n"+
		"one JSON object: {\"model\",\"n\",\"macro_auc\",\"auc\":{type:auc},\"chosen\",\"cv_macro_auc\",\n"+
		"\"baseline_model\":\"nb\",\"baseline_macro_auc\",\"baseline_auc\",...}. See docs/skin-suitability.md.")
	train := fs.String("train", "", "labelled training CSV `file` (required)")
	data := fs.String("data", "", "labelled CSV `file` to measure on (required)")
	family := fs.String("model", string(skin.FamilyLogReg), "model `family`: logreg (logistic regression) or nb (naive Bayes, also the baseline)")
	folds := fs.Int("folds", 4, "cross-validation `folds` of the training data")
	seed := fs.Uint64("seed", 1, "random `seed` of the folds; the same files, options and seed give the same numbers")
	cosing := fs.String("cosing", "", "CosIng inventory CSV `file` (inci_name,...,function) for ingredient-function features (optional)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *train == "" || *data == "" {
		fmt.Fprintln(env.Stderr, "kefu recommend eval-skin: give --train and --data")
		fs.Usage()
		return errUsage
	}
	if f := skin.Family(*family); f != skin.FamilyLogReg && f != skin.FamilyNB {
		fmt.Fprintf(env.Stderr, "kefu recommend eval-skin: --model %q is not logreg or nb\n", *family)
		return errUsage
	}
	if *folds < 2 {
		fmt.Fprintf(env.Stderr, "kefu recommend eval-skin: --folds %d is less than 2\n", *folds)
		return errUsage
	}
	start := time.Now()
	trainDS, err := readSkinData(*train)
	if err != nil {
		return err
	}
	dataDS, err := readSkinData(*data)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "read %d labelled products (%d without a flag) from %s, %d (%d) from %s\n",
		trainDS.Len(), trainDS.Unlabelled, *train, dataDS.Len(), dataDS.Unlabelled, *data)
	know := skin.Knowledge{Ratings: inci.DefaultRatings()}
	if *cosing != "" {
		if know.Inventory, err = readCosIng(*cosing); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "read %d CosIng ingredients (%d functions) from %s\n", know.Inventory.Len(), len(know.Inventory.Labels), *cosing)
	}
	progress := func(s string) { fmt.Fprintln(env.Stderr, s) }
	trainOne := func(f skin.Family) (*skin.Model, skin.Report, error) {
		if err := ctx.Err(); err != nil {
			return nil, skin.Report{}, err
		}
		m, err := skin.Train(trainDS, skin.Options{Family: f, Folds: *folds, Seed: *seed, Knowledge: know, Progress: progress})
		if err != nil {
			return nil, skin.Report{}, fmt.Errorf("%s: %w", *train, err)
		}
		rep := m.Evaluate(dataDS)
		cv := m.CV()
		fmt.Fprintf(env.Stderr, "%-6s chosen %s: cv macro auc %.4f (%d folds, seed %d); on %s macro auc %.4f %s\n",
			f, cv.Chosen, cv.Macro, cv.Folds, cv.Seed, datasetName(*data), rep.Macro, formatAUCs(rep.AUC))
		return m, rep, nil
	}
	base, baseRep, err := trainOne(skin.FamilyNB)
	if err != nil {
		return err
	}
	m, rep := base, baseRep
	if skin.Family(*family) != skin.FamilyNB {
		if m, rep, err = trainOne(skin.Family(*family)); err != nil {
			return err
		}
	}
	cv, bcv := m.CV(), base.CV()
	res := map[string]any{
		"dataset": datasetName(*data), "train": datasetName(*train), "model": m.Family(),
		"n": rep.N, "unlabelled": dataDS.Unlabelled, "train_n": trainDS.Len(), "positives": typeMap(rep.Positives),
		"macro_auc": jsonFloat(rep.Macro), "auc": aucMap(rep.AUC),
		"chosen": cv.Chosen.String(), "cv_macro_auc": jsonFloat(cv.Macro), "cv_auc": aucMap(cv.AUC),
		"folds": cv.Folds, "seed": cv.Seed, "grid_points": cv.Tried,
		"baseline_model": base.Family(), "baseline_macro_auc": jsonFloat(baseRep.Macro), "baseline_auc": aucMap(baseRep.AUC),
		"baseline_chosen": bcv.Chosen.String(), "baseline_cv_macro_auc": jsonFloat(bcv.Macro),
		"cosing": know.Inventory != nil, "took_s": round2(time.Since(start).Seconds()),
	}
	if m.Family() == skin.FamilyLogReg {
		res["lambda"], res["features"], res["positional"] = cv.Chosen.Lambda, cv.Chosen.Features.Groups.String(), cv.Chosen.Features.Positional
	} else {
		res["alpha"] = cv.Chosen.Alpha
	}
	return writeJSONLine(env.Stdout, res)
}

func readSkinData(path string) (*skin.Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := skin.ReadCSV(f)
	if err != nil {
		return nil, fmt.Errorf("%s %w", path, err)
	}
	return ds, nil
}

func readCosIng(path string) (*inci.Inventory, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	inv, err := inci.ReadCosIng(f)
	if err != nil {
		return nil, fmt.Errorf("%s %w", path, err)
	}
	return inv, nil
}

// jsonFloat rounds to 4 places; NaN (a type with one class) becomes null.
func jsonFloat(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return math.Round(f*1e4) / 1e4
}

func aucMap(a [skin.NumTypes]float64) map[string]any {
	m := map[string]any{}
	for t := range skin.Type(skin.NumTypes) {
		m[t.String()] = jsonFloat(a[t])
	}
	return m
}

func typeMap(a [skin.NumTypes]int) map[string]int {
	m := map[string]int{}
	for t := range skin.Type(skin.NumTypes) {
		m[t.String()] = a[t]
	}
	return m
}

func formatAUCs(a [skin.NumTypes]float64) string {
	s := ""
	for t := range skin.Type(skin.NumTypes) {
		s += fmt.Sprintf(" %s=%.3f", t, a[t])
	}
	return "(" + s[1:] + ")"
}
