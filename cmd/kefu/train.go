package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/intent"
)

func runTrain(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "train", "\n\nTrains an intent model on CSV files with text and label (or labels, ';'-separated)\ncolumns, and an optional lang column; texts are normalised as the server does.\nWith --corpus it trains kefu's shipped e-commerce model on the train split of data/nlu/corpus.")
	data := fs.String("data", "", "training CSV `files`, comma-separated")
	useCorpus := fs.Bool("corpus", false, "train on the train split of kefu's own corpus (data/nlu/corpus)")
	out := fs.String("out", "", "write the model to this `file` (required)")
	oos := fs.String("oos-label", "", "out-of-scope `label` (default: \"oos\" if the data has it, else \"out_of_scope\")")
	oosRecall := fs.Float64("oos-recall", 0, "aim the out-of-scope threshold at this out-of-fold `recall` (0 < r < 1; default: the weighted objective)")
	noConcepts := fs.Bool("no-concepts", false, "train without the English concept features (WordNet synsets and word clusters)")
	crossMax := fs.Int("cross-max", 0, "add the character n-grams of 3 to `n` characters that span two words (0: none)")
	outliers := fs.String("outliers", "", "text `files` (comma-separated), one message a line, of messages that belong to none of the data's intents, from other sources: trained as out of scope, but not calibrated on (outlier exposure; needs out-of-scope rows in the data)")
	seed := fs.Uint64("seed", 1, "random `seed`; the same data, options and seed give the same model")
	version := fs.String("version", "", "model version `name` stored in the file (default: the data file names)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *oosRecall < 0 || *oosRecall >= 1 {
		fmt.Fprintf(env.Stderr, "kefu train: --oos-recall %g is not in (0, 1)\n", *oosRecall)
		return errUsage
	}
	if *crossMax < 0 || *crossMax > intent.MaxCross {
		fmt.Fprintf(env.Stderr, "kefu train: --cross-max %d is not in 0..%d\n", *crossMax, intent.MaxCross)
		return errUsage
	}
	if *out == "" || (*data == "") == !*useCorpus {
		fmt.Fprintln(env.Stderr, "kefu train: give --out and exactly one of --data or --corpus")
		fs.Usage()
		return errUsage
	}
	prep, err := nlu.NewPrep()
	if err != nil {
		return err
	}
	start := time.Now()
	var m *intent.Model
	if *useCorpus {
		// The shipped model's options, with the flags given on top (the
		// seed, to measure the spread of seeds).
		o := nlu.CorpusOptions()
		o.Seed, o.OOSRecall, o.NoConcepts, o.CrossMax = *seed, *oosRecall, *noConcepts, *crossMax
		if *version != "" {
			o.Version = *version
		}
		if m, err = nlu.TrainCorpus(prep, o); err != nil {
			return err
		}
	} else {
		ds, err := readDatasets(strings.Split(*data, ","))
		if err != nil {
			return err
		}
		o := intent.Options{Seed: *seed, Version: *version, MultiLabel: ds.MultiLabel, OOSRecall: *oosRecall, NoConcepts: *noConcepts, CrossMax: *crossMax}
		if o.Version == "" {
			o.Version = datasetName(*data)
		}
		o.OOSLabel = *oos
		if o.OOSLabel == "" {
			o.OOSLabel = "out_of_scope"
			if ds.HasLabel("oos") {
				o.OOSLabel = "oos"
			}
		}
		ex := ds.TrainingExamples(prep)
		if *outliers != "" {
			lines, err := readLines(strings.Split(*outliers, ","))
			if err != nil {
				return err
			}
			for _, l := range lines {
				ex = append(ex, intent.Example{Text: prep.Prepare(l, "", nlu.Masks{}), Outlier: true})
			}
		}
		if m, err = intent.Train(ex, o); err != nil {
			return err
		}
	}
	took := time.Since(start)
	// Written beside the target and renamed over it, so a failed write
	// never leaves a truncated model where a good one was.
	tmp := *out + ".tmp"
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
	if err := os.Rename(tmp, *out); err != nil {
		os.Remove(tmp)
		return err
	}
	meta := m.Meta()
	fmt.Fprintf(env.Stdout, "trained %s on %d examples, %d labels in %.1fs -> %s\n", meta.Version, meta.Examples, len(meta.Labels), took.Seconds(), *out)
	b, _ := json.Marshal(map[string]any{"model": meta.Version, "examples": meta.Examples, "outliers": meta.Outliers, "labels": len(meta.Labels), "train_s": round2(took.Seconds()), "metrics": meta.Metrics})
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}

// readDatasets reads and concatenates CSV files; all must be multiclass or
// all multi-label.
func readDatasets(paths []string) (*nlu.Dataset, error) {
	var all *nlu.Dataset
	for _, p := range paths {
		p = strings.TrimSpace(p)
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		ds, err := nlu.ReadDataset(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if all == nil {
			all = ds
			continue
		}
		if ds.MultiLabel != all.MultiLabel {
			return nil, fmt.Errorf("%s: mixes multi-label and single-label data", p)
		}
		all.Rows = append(all.Rows, ds.Rows...)
	}
	return all, nil
}

// readLines reads the non-blank lines of text files, trimmed.
func readLines(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(strings.TrimSpace(p))
		if err != nil {
			return nil, err
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// datasetName names data files by their folder and file, e.g.
// "banking77/dev.csv".
func datasetName(paths string) string {
	var names []string
	for _, p := range strings.Split(paths, ",") {
		p = strings.TrimSpace(p)
		names = append(names, filepath.Join(filepath.Base(filepath.Dir(p)), filepath.Base(p)))
	}
	return strings.Join(names, ",")
}

func runEval(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "eval", "\n\nEvaluates an intent model on a labelled CSV; the last line is one JSON object:\n{\"dataset\",\"n\",\"accuracy\",\"macro_f1\",\"ece\"} plus in_scope_accuracy and oos_recall when the\ndata has an out-of-scope label, and with --oos-mix \"oos_mix\", the same measures with the\nout-of-scope rows resampled to other shares. --corpus evaluates on the dev split of data/nlu/corpus.")
	modelPath := fs.String("model", "", "model `file` written by kefu train (default: the shipped e-commerce model)")
	data := fs.String("data", "", "labelled CSV `file`")
	useCorpus := fs.Bool("corpus", false, "evaluate on the dev split of kefu's own corpus")
	oos := fs.String("oos-label", "", "out-of-scope `label` (default: the model's)")
	mapFile := fs.String("map", "", "TSV `file` mapping the data's labels to the model's (\"-\" drops the rows), e.g. data/nlu/mapping/bitext.tsv")
	mix := fs.String("oos-mix", "", "also measure the rows resampled so out-of-scope rows make up each of these `shares`, comma-separated (e.g. 0.03,0.10,0.18,0.30), as \"oos_mix\" in the JSON")
	seed := fs.Uint64("seed", 1, "random `seed` of the --oos-mix resampling")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var shares []float64
	if *mix != "" {
		for _, f := range strings.Split(*mix, ",") {
			v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil || !(v > 0 && v < 1) {
				fmt.Fprintf(env.Stderr, "kefu eval: --oos-mix %q: each share must be a number in (0, 1)\n", f)
				return errUsage
			}
			shares = append(shares, v)
		}
	}
	if (*data == "") == !*useCorpus {
		fmt.Fprintln(env.Stderr, "kefu eval: give exactly one of --data or --corpus")
		fs.Usage()
		return errUsage
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		return err
	}
	prep, err := nlu.NewPrep()
	if err != nil {
		return err
	}
	var ds *nlu.Dataset
	name := datasetName(*data)
	if *useCorpus {
		rows, err := corpus.Load()
		if err != nil {
			return err
		}
		_, dev := corpus.Split(rows)
		ds = &nlu.Dataset{}
		for _, r := range dev {
			ds.Rows = append(ds.Rows, nlu.Labelled{Text: r.Text, Labels: []string{r.Label}, Lang: r.Lang})
		}
		name = "kefu-corpus/dev"
	} else if ds, err = readDatasets([]string{*data}); err != nil {
		return err
	}
	if *mapFile != "" {
		if err := mapLabels(ds, *mapFile); err != nil {
			return err
		}
	}
	label := *oos
	if label == "" {
		label = m.Meta().Options.OOSLabel
	}
	rep := nlu.EvaluateMix(prep, m, ds, label, shares, *seed)
	rep.Dataset = name
	b, _ := json.Marshal(rep)
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}

// loadModel reads a model file, or the shipped one when path is "".
func loadModel(path string) (*intent.Model, error) {
	if path == "" {
		return nlu.ShippedModel()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := intent.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// mapLabels rewrites the dataset's labels with a TSV mapping (from<TAB>to,
// # comments); rows mapped to "-" are dropped and unmapped labels are an
// error naming the mapping file.
func mapLabels(ds *nlu.Dataset, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		from, to, ok := strings.Cut(line, "\t")
		if !ok || from == "" || to == "" {
			return fmt.Errorf("%s line %d: want from<TAB>to", path, i+1)
		}
		m[from] = to
	}
	rows := ds.Rows[:0]
	for _, r := range ds.Rows {
		var labels []string
		for _, l := range r.Labels {
			to, ok := m[l]
			if !ok {
				return fmt.Errorf("%s: no mapping for label %q", path, l)
			}
			if to != "-" {
				labels = append(labels, to)
			}
		}
		if len(labels) > 0 {
			r.Labels = labels
			rows = append(rows, r)
		}
	}
	ds.Rows = rows
	if len(rows) == 0 {
		return fmt.Errorf("%s: every row was dropped", path)
	}
	return nil
}
