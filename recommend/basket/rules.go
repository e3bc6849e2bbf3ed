package basket

import (
	"fmt"

	"github.com/kefu-ai/kefu/recommend/assoc"
)

// RuleSettings configure MethodRules.
type RuleSettings struct {
	MinSupport    float64 `json:"min_support"`    // of the rule's itemset, share of baskets
	MinConfidence float64 `json:"min_confidence"` // of a rule to keep it
	MaxLen        int     `json:"max_len"`        // items in a rule, both sides; 0 means 4
	// By is what ranks the candidates: "confidence" (the default) or
	// "lift" of the best rule reaching them.
	By string `json:"by"`
}

// Rank orders of MethodRules.
const (
	ByConfidence = "confidence"
	ByLift       = "lift"
)

// rules scores an item by its best rule whose left side is in the basket.
// Items no rule reaches score below every reached one, by popularity.
type rules struct {
	v      *vocab
	byLift bool
	// last[i] lists the rules whose last left-side item is i, so a basket
	// only looks at the rules that can apply to it. IDs ascend with
	// falling popularity, so the last is the rarest item: the most
	// selective key.
	last [][]assoc.Rule
}

func trainRules(v *vocab, baskets []Basket, s RuleSettings) (*rules, error) {
	switch s.By {
	case "", ByConfidence, ByLift:
	default:
		return nil, fmt.Errorf("basket: rules ranked by %q, want confidence or lift", s.By)
	}
	if s.MaxLen <= 0 {
		s.MaxLen = 4
	}
	tx := make([][]int, len(baskets))
	for i, b := range baskets {
		tx[i] = v.encode(b.Items)
	}
	res, err := assoc.Mine(tx, assoc.Options{MinSupport: s.MinSupport, MinConfidence: s.MinConfidence, MinLen: 2, MaxLen: s.MaxLen})
	if err != nil {
		return nil, fmt.Errorf("basket: %w", err)
	}
	r := &rules{v: v, byLift: s.By == ByLift, last: make([][]assoc.Rule, len(v.names))}
	for _, ru := range res.Rules {
		k := ru.If[len(ru.If)-1]
		r.last[k] = append(r.last[k], ru)
	}
	return r, nil
}

func (r *rules) value(ru *assoc.Rule) float64 {
	if r.byLift {
		return ru.Lift
	}
	return ru.Confidence
}

// each calls f with every rule that applies to the basket and suggests
// an item not in it.
func (r *rules) each(items []int, in []bool, f func(ru *assoc.Rule)) {
	for _, it := range items {
	next:
		for k := range r.last[it] {
			ru := &r.last[it][k]
			if in[ru.Then] {
				continue
			}
			for _, x := range ru.If[:len(ru.If)-1] {
				if !in[x] {
					continue next
				}
			}
			f(ru)
		}
	}
}

func (r *rules) score(items []int, in []bool, scores []float64) {
	// Unreached items score in [-1, 0), by popularity; confidence and
	// lift are positive.
	for c := range scores {
		scores[c] = r.v.share(c) - 1
	}
	r.each(items, in, func(ru *assoc.Rule) {
		if v := r.value(ru); v > scores[ru.Then] {
			scores[ru.Then] = v
		}
	})
}

func (r *rules) reason(items []int, in []bool, c int, score float64) Reason {
	var best *assoc.Rule
	r.each(items, in, func(ru *assoc.Rule) {
		if ru.Then == c && r.value(ru) == score && (best == nil || len(ru.If) < len(best.If)) {
			best = ru
		}
	})
	if best == nil {
		s := r.v.share(c)
		return Reason{Method: MethodRules, Share: s,
			Text: fmt.Sprintf("no rule for this basket; in %s of all baskets", percent(s))}
	}
	with := make([]string, len(best.If))
	for i, x := range best.If {
		with[i] = r.v.names[x]
	}
	return Reason{Method: MethodRules, With: with, Confidence: best.Confidence, Lift: best.Lift,
		Text: fmt.Sprintf("bought with %s by %s of their buyers (%.1f× the usual rate)", list(with), percent(best.Confidence), best.Lift)}
}
