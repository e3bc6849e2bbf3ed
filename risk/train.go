package risk

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"
)

// Family names a model family.
type Family string

// The model families.
const (
	FamilyGBT    Family = "gbt"    // gradient-boosted decision trees (the default)
	FamilyLogReg Family = "logreg" // L2 logistic regression (the baseline)
)

// DefaultFamily is the family Train fits when Options.Family is empty: it
// had the higher dev AUC on both datasets (docs/risk.md).
const DefaultFamily = FamilyGBT

// DefaultLambdas are the L2 penalties Train cross-validates for logistic
// regression (on standardised features, summed loss).
var DefaultLambdas = []float64{0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5}

// Options control Train.
type Options struct {
	Family Family // FamilyGBT or FamilyLogReg; "" means DefaultFamily
	// Folds is the number of cross-validation folds of the training data
	// used to choose hyperparameters (default 4).
	Folds int
	Seed  uint64 // the same data, options and seed give the same model
	// Version names the model in its file (e.g. the data file's name).
	Version string
	// Created is stored in the file; zero leaves it out.
	Created time.Time
	// Grid and Lambdas replace DefaultGrid and DefaultLambdas.
	Grid    []GBTParams
	Lambdas []float64
	// Progress, if set, receives one line per step.
	Progress func(string)
}

// Candidate is one hyperparameter setting and its mean cross-validated AUC.
type Candidate struct {
	Params string  `json:"params"`
	CVAUC  float64 `json:"cv_auc"`
	Rounds int     `json:"rounds,omitempty"` // GBT: mean early-stopping round over the folds
}

// TrainStats describe how a model was fitted.
type TrainStats struct {
	Format    string `json:"format,omitempty"`
	N         int    `json:"n"`
	Positives int    `json:"positives"`
	Folds     int    `json:"folds"`
	Seed      uint64 `json:"seed"`
	// CVAUC is the chosen setting's mean AUC over the held-out folds.
	CVAUC      float64     `json:"cv_auc"`
	Chosen     string      `json:"chosen"`
	Candidates []Candidate `json:"candidates"`
	// Lambda is the chosen logistic-regression penalty (also of the
	// baseline a GBT model carries).
	Lambda        float64    `json:"lambda"`
	BaselineCVAUC float64    `json:"baseline_cv_auc,omitempty"`
	GBT           *GBTParams `json:"gbt,omitempty"`
	Trees         int        `json:"trees,omitempty"`
}

// foldsOf assigns n rows to k folds of (nearly) equal size at random.
func foldsOf(n, k int, seed uint64) []int {
	perm := rand.New(rand.NewPCG(seed, 0xf01d)).Perm(n)
	fold := make([]int, n)
	for pos, i := range perm {
		fold[i] = pos % k
	}
	return fold
}

// Train fits a model of o.Family on ds, choosing its hyperparameters by
// K-fold cross-validation on ds alone (a GBT's number of trees by early
// stopping on each held-out fold). A GBT model also carries the
// logistic-regression baseline fitted on the same data (Model.Baseline).
func Train(ds *Dataset, o Options) (*Model, error) {
	if o.Family == "" {
		o.Family = DefaultFamily
	}
	if o.Family != FamilyGBT && o.Family != FamilyLogReg {
		return nil, fmt.Errorf("risk: unknown model family %q (want gbt or logreg)", o.Family)
	}
	if o.Folds == 0 {
		o.Folds = 4
	}
	if o.Grid == nil {
		o.Grid = DefaultGrid
	}
	if o.Lambdas == nil {
		o.Lambdas = DefaultLambdas
	}
	say := func(format string, args ...any) {
		if o.Progress != nil {
			o.Progress(fmt.Sprintf(format, args...))
		}
	}
	n := len(ds.X)
	pos := ds.Positives()
	if o.Folds < 2 || n < 2*o.Folds {
		return nil, fmt.Errorf("risk: %d rows are too few for %d folds", n, o.Folds)
	}
	if pos == 0 || pos == n {
		return nil, errors.New("risk: the training data has only one class")
	}
	fold := foldsOf(n, o.Folds, o.Seed)
	type split struct {
		trX, vaX []Features
		trY, vaY []float64
	}
	splits := make([]split, o.Folds)
	for k := range o.Folds {
		var tr, va []int
		for i := range n {
			if fold[i] == k {
				va = append(va, i)
			} else {
				tr = append(tr, i)
			}
		}
		trX, enc := encodeOutOfFold(ds.X, ds.Y, tr, o.Folds, o.Seed+uint64(k))
		s := split{trX: trX}
		for _, i := range tr {
			s.trY = append(s.trY, ds.Y[i])
		}
		for _, i := range va {
			x := ds.X[i]
			enc.apply(&x)
			s.vaX = append(s.vaX, x)
			s.vaY = append(s.vaY, ds.Y[i])
		}
		splits[k] = s
	}
	st := TrainStats{Format: string(ds.Format), N: n, Positives: pos, Folds: o.Folds, Seed: o.Seed}

	// Logistic regression: always, as the model or as the baseline.
	bestLR := math.Inf(-1)
	for _, lambda := range o.Lambdas {
		aucs := parallel(o.Folds, func(k int) float64 {
			m, err := fitLogReg(splits[k].trX, splits[k].trY, lambda)
			if err != nil {
				return math.NaN()
			}
			sc := make([]float64, len(splits[k].vaX))
			for i := range sc {
				sc[i] = m.margin(&splits[k].vaX[i])
			}
			return AUC(sc, splits[k].vaY)
		})
		auc := mean(aucs)
		say("cv logreg lambda=%g auc=%.4f", lambda, auc)
		c := Candidate{Params: fmt.Sprintf("lambda=%g", lambda), CVAUC: round4(auc)}
		if o.Family == FamilyLogReg {
			st.Candidates = append(st.Candidates, c)
		}
		if auc > bestLR+1e-6 { // ties keep the smaller penalty listed first
			bestLR, st.Lambda = auc, lambda
		}
	}
	X, enc := encodeOutOfFold(ds.X, ds.Y, seq(n), o.Folds, o.Seed+1000)
	lr, err := fitLogReg(X, ds.Y, st.Lambda)
	if err != nil {
		return nil, err
	}
	m := &Model{enc: *enc}
	if o.Family == FamilyLogReg {
		st.CVAUC, st.Chosen = round4(bestLR), fmt.Sprintf("lambda=%g", st.Lambda)
		m.family, m.lr = FamilyLogReg, lr
	} else {
		st.BaselineCVAUC = round4(bestLR)
		bestAUC, bestRounds := math.Inf(-1), 0
		var bestP GBTParams
		for _, p := range o.Grid {
			type res struct {
				auc    float64
				rounds int
			}
			rs := parallelT(o.Folds, func(k int) res {
				_, r, auc := fitGBT(splits[k].trX, splits[k].trY, splits[k].vaX, splits[k].vaY, p, o.Seed+uint64(k))
				return res{auc, r}
			})
			var aucs []float64
			rounds := 0
			for _, r := range rs {
				aucs = append(aucs, r.auc)
				rounds += r.rounds
			}
			rounds = (rounds + len(rs)/2) / len(rs)
			auc := mean(aucs)
			say("cv gbt %v auc=%.4f trees=%d", p, auc, rounds)
			st.Candidates = append(st.Candidates, Candidate{Params: p.String(), CVAUC: round4(auc), Rounds: rounds})
			if auc > bestAUC+1e-6 {
				bestAUC, bestP, bestRounds = auc, p, rounds
			}
		}
		bestP.Rounds = max(1, bestRounds)
		bestP.Patience = 0
		g, _, _ := fitGBT(X, ds.Y, nil, nil, bestP, o.Seed)
		st.CVAUC, st.Chosen, st.GBT, st.Trees = round4(bestAUC), bestP.String(), &bestP, len(g.roots)
		m.family, m.gbt, m.flat, m.baseline = FamilyGBT, g, g.flatten(), lr
	}
	say("chose %s %s (cv auc %.4f)", o.Family, st.Chosen, st.CVAUC)
	m.meta = Meta{Family: o.Family, Version: o.Version, Created: o.Created, Features: featureNames[:], Train: st}
	return m, nil
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

func parallel(n int, f func(int) float64) []float64 { return parallelT(n, f) }

// parallelT runs f(0..n-1) on up to GOMAXPROCS goroutines; results are in
// index order, so the outcome does not depend on scheduling.
func parallelT[T any](n int, f func(int) T) []T {
	out := make([]T, n)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			out[i] = f(i)
			<-sem
		}()
	}
	wg.Wait()
	return out
}
