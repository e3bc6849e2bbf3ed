package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu/analytics/painpoint"
)

// runInsights dispatches the insights subcommands.
func runInsights(ctx context.Context, args []string, env *Env) error {
	const help = "Usage: kefu insights <eval-painpoints> [flags]\n\n" +
		"  eval-painpoints  train the pain-point classifier on labelled reviews, measure it and a naive Bayes\n" +
		"                   baseline on another file, and show how low scores follow late deliveries; last line is JSON\n\n" +
		"Run \"kefu insights <command> -h\" for the flags."
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, help)
		return errUsage
	}
	switch args[0] {
	case "eval-painpoints":
		return runInsightsEvalPainpoints(ctx, args[1:], env)
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stderr, help)
		return nil
	}
	fmt.Fprintf(env.Stderr, "kefu insights: unknown command %q\n\n%s\n", args[0], help)
	return errUsage
}

// runInsightsEvalPainpoints chooses the classifier's settings by
// cross-validation on --train only, trains it and the baseline there, and
// reports both on --data.
func runInsightsEvalPainpoints(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "insights eval-painpoints", "")
	train := fs.String("train", "", "labelled reviews to train and cross-validate on (CSV `file`, Olist classified layout)")
	data := fs.String("data", "", "labelled reviews to measure on (CSV `file`, same layout)")
	label := fs.String("label", painpoint.ClassColumn, "label `column`: most_voted_class or most_voted_subclass")
	folds := fs.Int("folds", 5, "cross-validation `folds` on the training file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *train == "" || *data == "" {
		fmt.Fprintln(env.Stderr, "kefu insights eval-painpoints: give --train and --data")
		fs.Usage()
		return errUsage
	}
	if *folds < 2 {
		fmt.Fprintf(env.Stderr, "kefu insights eval-painpoints: --folds %d is less than 2\n", *folds)
		return errUsage
	}
	start := time.Now()
	trainRows, err := readReviews(*train, *label)
	if err != nil {
		return err
	}
	dataRows, err := readReviews(*data, *label)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "read %d reviews from %s, %d from %s\n", len(trainRows), *train, len(dataRows), *data)
	rep, err := painpoint.Eval(ctx, trainRows, dataRows, painpoint.EvalConfig{
		Label: *label, Folds: *folds, Progress: func(s string) { fmt.Fprintln(env.Stderr, s) },
	})
	if err != nil {
		return fmt.Errorf("%s: %w", *train, err)
	}
	printPainpointReport(env.Stdout, rep, datasetName(*train), datasetName(*data))
	chosen := rep.CV[rep.Chosen]
	base := rep.BaselineCV[rep.BaselineChosen]
	subsets := map[string]any{}
	for _, s := range rep.Subsets {
		if s.Rows == 0 {
			subsets[strings.ReplaceAll(s.Name, " ", "_")] = map[string]any{"rows": 0}
			continue
		}
		subsets[strings.ReplaceAll(s.Name, " ", "_")] = map[string]any{
			"rows": s.Rows, "macro_f1": jsonFloat(s.Kefu.MacroF1), "accuracy": jsonFloat(s.Kefu.Accuracy),
			"baseline_macro_f1": jsonFloat(s.Baseline.MacroF1), "baseline_accuracy": jsonFloat(s.Baseline.Accuracy),
		}
	}
	perClass := map[string]any{}
	for _, c := range rep.Kefu.PerClass {
		perClass[c.Label] = jsonFloat(c.F1)
	}
	lateJSON := func(l painpoint.LateReport) map[string]any {
		m := map[string]any{"low_scores": l.LowScores, "low_late": l.LowLate, "low_late_share": jsonFloat(l.LowLateShare),
			"late_share": jsonFloat(l.LateShare)}
		for _, g := range l.Groups {
			var mean any // null when no review of the group had a score
			if g.Scored > 0 {
				mean = jsonFloat(g.MeanScore)
			}
			m["mean_score_"+strings.ReplaceAll(g.Delivery, " ", "_")] = mean
		}
		return m
	}
	return writeJSONLine(env.Stdout, map[string]any{
		"dataset": datasetName(*data), "train": datasetName(*train), "label": rep.Label,
		"rows": rep.Rows, "unlabelled": rep.Unlabelled, "train_rows": rep.TrainRows,
		"macro_f1": jsonFloat(rep.Kefu.MacroF1), "accuracy": jsonFloat(rep.Kefu.Accuracy), "f1": perClass,
		"ece": jsonFloat(rep.ECE), "margin_ci": []any{jsonFloat(rep.MarginCI[0]), jsonFloat(rep.MarginCI[1])},
		"chosen": chosen.Setting.Name, "cv_macro_f1": jsonFloat(chosen.MacroF1), "folds": rep.Folds, "grid_points": len(rep.CV),
		"baseline": map[string]any{"model": "multinomial naive Bayes, bag of words",
			"alpha": rep.BaselineCV[rep.BaselineChosen].Setting.Name, "cv_macro_f1": jsonFloat(base.MacroF1),
			"macro_f1": jsonFloat(rep.Baseline.MacroF1), "accuracy": jsonFloat(rep.Baseline.Accuracy)},
		"subsets": subsets, "late_train": lateJSON(rep.LateTrain), "late_data": lateJSON(rep.LateData),
		"train_ms": round2(float64(rep.TrainTime.Microseconds()) / 1000), "classify_us": round2(float64(rep.ClassifyTime.Nanoseconds()) / 1000),
		"took_s": round2(time.Since(start).Seconds()),
	})
}

func readReviews(path, label string) ([]painpoint.Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := painpoint.ReadCSV(f, label)
	if err != nil {
		return nil, fmt.Errorf("%s %w", path, err)
	}
	return rows, nil
}

// printPainpointReport writes the readable part of the report.
func printPainpointReport(w io.Writer, rep *painpoint.EvalReport, train, data string) {
	fmt.Fprintf(w, "Pain points: %s — trained on %s (%d labelled rows, %d without a label left out), measured on %s (%d labelled, %d left out)\n\n",
		rep.Label, train, rep.TrainRows, rep.TrainUnlabelled, data, rep.Rows, rep.Unlabelled)
	fmt.Fprintf(w, "Settings chosen by %d-fold cross-validation on %s only (macro-F1, accuracy):\n", rep.Folds, train)
	for i, r := range rep.CV {
		mark := " "
		if i == rep.Chosen {
			mark = "*"
		}
		fmt.Fprintf(w, " %s %-44s %.4f  %.4f\n", mark, r.Setting.Name, r.MacroF1, r.Accuracy)
	}
	for i, r := range rep.BaselineCV {
		mark := " "
		if i == rep.BaselineChosen {
			mark = "*"
		}
		fmt.Fprintf(w, " %s %-44s %.4f  %.4f\n", mark, "naive Bayes "+r.Setting.Name, r.MacroF1, r.Accuracy)
	}
	fmt.Fprintf(w, "\nOn %s: kefu macro-F1 %.4f accuracy %.4f; naive Bayes baseline macro-F1 %.4f accuracy %.4f\n",
		data, rep.Kefu.MacroF1, rep.Kefu.Accuracy, rep.Baseline.MacroF1, rep.Baseline.Accuracy)
	fmt.Fprintf(w, "  kefu minus baseline macro-F1: %+.4f (95%% paired bootstrap interval %+.4f to %+.4f); kefu's confidence ECE %.4f\n",
		rep.Kefu.MacroF1-rep.Baseline.MacroF1, rep.MarginCI[0], rep.MarginCI[1], rep.ECE)
	for _, s := range rep.Subsets {
		if s.Rows == 0 {
			fmt.Fprintf(w, "  %s: no rows\n", s.Name)
			continue
		}
		fmt.Fprintf(w, "  %s (%d rows): kefu macro-F1 %.4f accuracy %.4f; baseline %.4f %.4f\n",
			s.Name, s.Rows, s.Kefu.MacroF1, s.Kefu.Accuracy, s.Baseline.MacroF1, s.Baseline.Accuracy)
	}
	fmt.Fprintf(w, "\n%-24s %-26s %7s %7s %7s %7s %8s\n", "label", "meaning", "support", "prec", "recall", "F1", "NB F1")
	for _, c := range rep.Kefu.PerClass {
		nb := 0.0
		if i := slices.IndexFunc(rep.Baseline.PerClass, func(b painpoint.ClassScore) bool { return b.Label == c.Label }); i >= 0 {
			nb = rep.Baseline.PerClass[i].F1
		}
		fmt.Fprintf(w, "%-24s %-26s %7d %7.3f %7.3f %7.3f %8.3f\n", c.Label, painpoint.LabelName(c.Label), c.Support,
			c.Precision, c.Recall, c.F1, nb)
	}
	fmt.Fprintf(w, "\nConfusion of kefu on %s (rows: analysts' label, columns: predicted):\n", data)
	fmt.Fprintf(w, "%-30s", "")
	for i := range rep.Kefu.Labels {
		fmt.Fprintf(w, " %4s", fmt.Sprintf("[%d]", i+1))
	}
	fmt.Fprintln(w)
	for i, l := range rep.Kefu.Labels {
		fmt.Fprintf(w, "%-30s", fmt.Sprintf("[%d] %s", i+1, l))
		for _, n := range rep.Kefu.Confusion[i] {
			fmt.Fprintf(w, " %4d", n)
		}
		fmt.Fprintln(w)
	}
	for _, l := range []struct {
		name string
		rep  painpoint.LateReport
	}{{train, rep.LateTrain}, {data, rep.LateData}} {
		fmt.Fprintf(w, "\nLate deliveries and low scores in %s (%d reviews; late orders are %.1f%% of them):\n",
			l.name, l.rep.Rows, 100*l.rep.LateShare)
		fmt.Fprintf(w, "  %-14s %6s %10s %10s  %s\n", "delivery", "rows", "mean score", "1-2 stars", "analysts' classes")
		for _, g := range l.rep.Groups {
			mean := "-"
			if g.Scored > 0 {
				mean = fmt.Sprintf("%.2f", g.MeanScore)
			}
			fmt.Fprintf(w, "  %-14s %6d %10s %10d  %s\n", g.Delivery, g.Rows, mean, g.LowScores, shares(g.Classes, g.Rows))
			if rep.Label != painpoint.ClassColumn {
				fmt.Fprintf(w, "  %-40s  %s: %s\n", "", rep.Label, shares(g.Labels, g.Rows))
			}
		}
		fmt.Fprintf(w, "  %d of %d reviews with 1-2 stars were of late orders (%.1f%%, %.1f× their share of all reviews); %d were of orders never delivered\n",
			l.rep.LowLate, l.rep.LowScores, 100*l.rep.LowLateShare, l.rep.LowLateShare/max(l.rep.LateShare, 1e-9), l.rep.LowNotDelivered)
	}
	fmt.Fprintln(w)
}

// shares lists labels by count, most frequent first, as shares of rows.
func shares(counts map[string]int, rows int) string {
	type kv struct {
		k string
		n int
	}
	var xs []kv
	for k, n := range counts {
		xs = append(xs, kv{k, n})
	}
	slices.SortFunc(xs, func(a, b kv) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.k, b.k)
	})
	var parts []string
	for _, x := range xs {
		pct := 100 * float64(x.n) / float64(max(rows, 1))
		if pct < 0.5 {
			parts = append(parts, painpoint.LabelName(x.k)+" <1%")
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %.0f%%", painpoint.LabelName(x.k), pct))
	}
	return strings.Join(parts, ", ")
}
