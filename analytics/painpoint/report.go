package painpoint

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu/nlu/metrics"
)

// EvalConfig configures Eval.
type EvalConfig struct {
	// Label names the label column, for the report.
	Label string
	// Folds is the number of cross-validation folds on the training rows
	// (default 5).
	Folds int
	// Grid is the classifier's settings to choose from (default Grid()).
	Grid []Setting
	// Alphas are the baseline's smoothing values to choose from (default
	// NBGrid).
	Alphas []float64
	// Progress, if set, receives a line per step.
	Progress func(string)
}

// Subset is the scores of both models on part of the evaluation rows.
type Subset struct {
	Name     string `json:"name"`
	Rows     int    `json:"rows"`
	Kefu     Scores `json:"kefu"`
	Baseline Scores `json:"baseline"`
}

// EvalReport is what Eval measured.
type EvalReport struct {
	Label string `json:"label"`
	// TrainRows and Rows are the labelled training and evaluation rows;
	// the Unlabelled ones are left out of training and scoring.
	TrainRows       int `json:"train_rows"`
	TrainUnlabelled int `json:"train_unlabelled"`
	Rows            int `json:"rows"`
	Unlabelled      int `json:"unlabelled"`
	Folds           int `json:"folds"`
	// CV are the classifier's cross-validated results on the training
	// rows; Chosen indexes the best. BaselineCV and BaselineChosen are the
	// baseline's.
	CV             []CVResult `json:"cv"`
	Chosen         int        `json:"chosen"`
	BaselineCV     []CVResult `json:"baseline_cv"`
	BaselineChosen int        `json:"baseline_chosen"`
	// Kefu and Baseline are the chosen models, trained on all labelled
	// training rows, scored on every labelled evaluation row.
	Kefu     Scores `json:"kefu"`
	Baseline Scores `json:"baseline"`
	// Subsets split the evaluation rows into those with text and those
	// without, then score every row again with its text removed (a
	// probe of how star-only reviews are classified).
	Subsets []Subset `json:"subsets"`
	// LateTrain and LateData are the late-delivery analyses of all
	// training and evaluation rows, labelled or not.
	LateTrain LateReport `json:"late_train"`
	LateData  LateReport `json:"late_data"`
	// ECE is the expected calibration error of the classifier's
	// Confidence on the labelled evaluation rows (15 equal-width bins).
	ECE float64 `json:"ece"`
	// MarginCI is the 95% paired bootstrap interval (1,000 resamples of
	// the evaluation rows, fixed seed) of kefu's macro-F1 minus the
	// baseline's.
	MarginCI [2]float64 `json:"margin_ci"`
	// TrainTime is how long the final classifier took to train;
	// ClassifyTime the mean time to classify one evaluation review.
	TrainTime    time.Duration `json:"-"`
	ClassifyTime time.Duration `json:"-"`
	// Classifier is the final classifier.
	Classifier *Classifier `json:"-"`
}

// Eval chooses the classifier's and the baseline's settings by
// cross-validation on the labelled train rows only, trains both on all of
// them, and scores both on the labelled data rows.
func Eval(ctx context.Context, train, data []Row, cfg EvalConfig) (*EvalReport, error) {
	if cfg.Folds <= 0 {
		cfg.Folds = 5
	}
	if len(cfg.Grid) == 0 {
		cfg.Grid = Grid()
	}
	if len(cfg.Alphas) == 0 {
		cfg.Alphas = NBGrid
	}
	progress := cfg.Progress
	if progress == nil {
		progress = func(string) {}
	}
	rep := &EvalReport{Label: cfg.Label, Folds: cfg.Folds, LateTrain: AnalyseLate(train), LateData: AnalyseLate(data)}
	tr, un := Labelled(train)
	rep.TrainRows, rep.TrainUnlabelled = len(tr), un
	dv, un := Labelled(data)
	rep.Rows, rep.Unlabelled = len(dv), un
	if len(tr) < cfg.Folds {
		return nil, fmt.Errorf("%d labelled training rows, fewer than %d folds", len(tr), cfg.Folds)
	}
	if len(dv) == 0 {
		return nil, errors.New("no labelled rows to evaluate")
	}
	var err error
	progress(fmt.Sprintf("cross-validating %d settings × %d folds on %d training rows", len(cfg.Grid), cfg.Folds, len(tr)))
	if rep.CV, rep.Chosen, err = CrossValidate(ctx, tr, cfg.Grid, cfg.Folds, progress); err != nil {
		return nil, err
	}
	chosen := cfg.Grid[rep.Chosen]
	if rep.BaselineCV, rep.BaselineChosen, err = CrossValidateNB(tr, cfg.Alphas, cfg.Folds, chosen.Options.Lang); err != nil {
		return nil, err
	}
	progress(fmt.Sprintf("chosen %s (cv macro-F1 %.4f); baseline alpha %g (cv macro-F1 %.4f)", chosen.Name,
		rep.CV[rep.Chosen].MacroF1, cfg.Alphas[rep.BaselineChosen], rep.BaselineCV[rep.BaselineChosen].MacroF1))
	start := time.Now()
	c, err := Train(tr, chosen.Options)
	if err != nil {
		return nil, err
	}
	rep.TrainTime = time.Since(start)
	rep.Classifier = c
	nb, err := TrainNaiveBayes(tr, cfg.Alphas[rep.BaselineChosen], chosen.Options.Lang)
	if err != nil {
		return nil, err
	}
	gold := make([]string, len(dv))
	kp := make([]string, len(dv))
	bp := make([]string, len(dv))
	conf := make([]float64, len(dv))
	start = time.Now()
	for i, e := range dv {
		r := c.Classify(e.Review)
		kp[i], conf[i] = r.Label, r.Confidence
	}
	rep.ClassifyTime = time.Since(start) / time.Duration(len(dv))
	correct := make([]bool, len(dv))
	for i, e := range dv {
		correct[i] = kp[i] == e.Label
	}
	rep.ECE = metrics.ECE(conf, correct)
	for i, e := range dv {
		gold[i], bp[i] = e.Label, nb.Predict(e.Review)
	}
	rep.Kefu, rep.Baseline = Measure(gold, kp), Measure(gold, bp)
	rep.MarginCI = bootstrapMargin(gold, kp, bp, 1000)
	for _, withText := range []bool{true, false} {
		var g, k, b []string
		for i, e := range dv {
			if (strings.TrimSpace(e.Text) != "") == withText {
				g, k, b = append(g, gold[i]), append(k, kp[i]), append(b, bp[i])
			}
		}
		s := Subset{Name: "with text", Rows: len(g), Kefu: Measure(g, k), Baseline: Measure(g, b)}
		if !withText {
			s.Name = "without text"
		}
		rep.Subsets = append(rep.Subsets, s)
	}
	// Every row again with its text removed: what a star-only review of
	// the same order would get, from the score and delivery alone.
	for i, e := range dv {
		r := e.Review
		r.Text = ""
		kp[i], bp[i] = c.Predict(r), nb.Predict(r)
	}
	rep.Subsets = append(rep.Subsets, Subset{Name: "text removed", Rows: len(dv), Kefu: Measure(gold, kp), Baseline: Measure(gold, bp)})
	return rep, nil
}

// bootstrapMargin is the 2.5th and 97.5th percentile of macro-F1(a) −
// macro-F1(b) over n resamples of the rows with replacement (seeded, so
// reports are reproducible).
func bootstrapMargin(gold, a, b []string, n int) [2]float64 {
	rng := rand.New(rand.NewPCG(1, 17))
	d := make([]float64, n)
	g, x, y := make([]string, len(gold)), make([]string, len(gold)), make([]string, len(gold))
	for k := range n {
		for i := range gold {
			j := rng.IntN(len(gold))
			g[i], x[i], y[i] = gold[j], a[j], b[j]
		}
		d[k] = Measure(g, x).MacroF1 - Measure(g, y).MacroF1
	}
	slices.Sort(d)
	return [2]float64{d[n*25/1000], d[n*975/1000-1]}
}
