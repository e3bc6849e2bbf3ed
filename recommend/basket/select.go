package basket

import (
	"errors"
	"fmt"
	"hash/fnv"
	"sync"
)

// SelectOptions configure Select.
type SelectOptions struct {
	Seed uint64
	// ValidShare is the share of the training baskets held out to choose
	// on; 0 means 0.2.
	ValidShare float64
	// RuleGrid and GraphGrid are the settings tried; nil means
	// DefaultRuleGrid and DefaultGraphGrid. A graph setting's Epochs is
	// the most tried: the best epoch up to it is kept.
	RuleGrid  []RuleSettings
	GraphGrid []GraphSettings
	Progress  func(string) // nil: quiet
}

// Selection is what Select chose and what it measured on the held-out
// part of the training baskets.
type Selection struct {
	Method     Method             `json:"method"` // the best on validation hit@5
	Rules      RuleSettings       `json:"rules"`
	Graph      GraphSettings      `json:"graph"`
	Validation map[Method]Metrics `json:"validation"`
	Fit, Valid int                `json:"-"` // baskets trained on and held out
}

// Settings returns the chosen settings for method.
func (s *Selection) Settings(method Method) Settings {
	return Settings{Method: method, Rules: s.Rules, Graph: s.Graph}
}

// DefaultRuleGrid is the rule settings Select tries.
func DefaultRuleGrid() []RuleSettings {
	var g []RuleSettings
	for _, by := range []string{ByConfidence, ByLift} {
		for _, supp := range []float64{0.001, 0.002, 0.004, 0.008} {
			for _, conf := range []float64{0.01, 0.05, 0.1, 0.2} {
				g = append(g, RuleSettings{MinSupport: supp, MinConfidence: conf, MaxLen: 4, By: by})
			}
		}
	}
	return g
}

// DefaultGraphGrid is the graph settings Select tries, each up to its
// Epochs.
func DefaultGraphGrid(seed uint64) []GraphSettings {
	var g []GraphSettings
	for _, layers := range []int{1, 2, 3} {
		for _, l2 := range []float64{1e-4, 1e-2} {
			g = append(g, GraphSettings{Dim: 32, Layers: layers, Epochs: 30, LearningRate: 0.01, L2: l2, Seed: seed})
		}
	}
	return g
}

// Select splits baskets into a fitting part and a held-out part (by a hash
// of the basket ID and the seed), trains every setting of every method on
// the first and measures it on the second, and returns the best setting of
// each method and the best method, by hit@5 (then MRR; earlier settings
// and methods win ties). Nothing outside baskets is looked at.
func Select(baskets []Basket, o SelectOptions) (*Selection, error) {
	share := o.ValidShare
	if share == 0 {
		share = 0.2
	}
	if !(share > 0 && share < 1) {
		return nil, fmt.Errorf("basket: validation share %v is not in (0, 1)", share)
	}
	// The graph trials report from their goroutines, one at a time.
	var mu sync.Mutex
	progress := func(s string) {
		if o.Progress != nil {
			mu.Lock()
			defer mu.Unlock()
			o.Progress(s)
		}
	}
	ruleGrid, graphGrid := o.RuleGrid, o.GraphGrid
	if ruleGrid == nil {
		ruleGrid = DefaultRuleGrid()
	}
	if graphGrid == nil {
		graphGrid = DefaultGraphGrid(o.Seed)
	}
	if len(ruleGrid) == 0 || len(graphGrid) == 0 {
		return nil, errors.New("basket: an empty settings grid")
	}
	fit, valid := Split(baskets, share, o.Seed)
	if len(fit) == 0 || len(valid) == 0 {
		return nil, fmt.Errorf("basket: %d baskets are too few to hold %.0f%% out", len(baskets), 100*share)
	}
	sel := &Selection{Validation: map[Method]Metrics{}, Fit: len(fit), Valid: len(valid)}
	v := newVocab(fit)
	progress(fmt.Sprintf("validation: fitting on %d baskets, measuring on %d", len(fit), len(valid)))

	sel.Validation[MethodPopularity] = evaluate(v, popularity{v}, valid)
	progress(fmt.Sprintf("popularity: hit@5 %.4f", sel.Validation[MethodPopularity].HitAt5))

	for i, rs := range ruleGrid {
		r, err := trainRules(v, fit, rs)
		if err != nil {
			return nil, err
		}
		mt := evaluate(v, r, valid)
		if best, ok := sel.Validation[MethodRules]; i == 0 || !ok || better(mt, best) {
			sel.Validation[MethodRules], sel.Rules = mt, rs
		}
	}
	progress(fmt.Sprintf("rules: hit@5 %.4f with %+v (%d settings tried)", sel.Validation[MethodRules].HitAt5, sel.Rules, len(ruleGrid)))

	// Graph settings train concurrently: each has its own seeded
	// generator, so the result does not depend on scheduling.
	type graphTrial struct {
		s   GraphSettings
		mt  Metrics
		err error
	}
	trials := make([]graphTrial, len(graphGrid))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, gs := range graphGrid {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			tr := graphTrial{s: gs}
			_, tr.err = trainGraph(v, fit, gs, func(epoch int, g *graph) {
				if mt := evaluate(v, g, valid); epoch == 1 || better(mt, tr.mt) {
					tr.mt, tr.s.Epochs = mt, epoch
				}
			})
			trials[i] = tr
			progress(fmt.Sprintf("graph %d/%d: dim %d, %d layers, l2 %g: hit@5 %.4f at epoch %d", i+1, len(graphGrid), gs.Dim, gs.Layers, gs.L2, tr.mt.HitAt5, tr.s.Epochs))
		})
	}
	wg.Wait()
	for i, tr := range trials {
		if tr.err != nil {
			return nil, tr.err
		}
		if i == 0 || better(tr.mt, sel.Validation[MethodGraph]) {
			sel.Validation[MethodGraph], sel.Graph = tr.mt, tr.s
		}
	}
	sel.Method = MethodPopularity
	for _, m := range Methods[1:] {
		if better(sel.Validation[m], sel.Validation[sel.Method]) {
			sel.Method = m
		}
	}
	progress(fmt.Sprintf("chosen: %s (validation hit@5 %.4f)", sel.Method, sel.Validation[sel.Method].HitAt5))
	return sel, nil
}

// better orders by hit@5, then MRR.
func better(a, b Metrics) bool {
	if a.HitAt5 != b.HitAt5 {
		return a.HitAt5 > b.HitAt5
	}
	return a.MRR > b.MRR
}

// Split divides baskets into (fit, held out) by a hash of each basket's ID
// and seed: about share of them are held out, the same ones for the same
// IDs and seed whatever the order of the file.
func Split(baskets []Basket, share float64, seed uint64) (fit, held []Basket) {
	for _, b := range baskets {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d:%s", seed, b.ID)
		if float64(h.Sum64()%1_000_000) < share*1_000_000 {
			held = append(held, b)
		} else {
			fit = append(fit, b)
		}
	}
	return fit, held
}
