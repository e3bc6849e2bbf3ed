package basket

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Method is a way of ranking the items to add to a basket.
type Method string

// The methods. DefaultMethod is the one kefu ships: the best on a
// held-out part of the Groceries training baskets, though by less than the
// noise over rules (docs/baskets.md).
const (
	MethodPopularity Method = "popularity"
	MethodRules      Method = "rules"
	MethodGraph      Method = "graph"

	DefaultMethod = MethodGraph
)

// Methods lists every method, in the order reports show them.
var Methods = []Method{MethodPopularity, MethodRules, MethodGraph}

// Settings configure Train. Only the part for Method is used.
type Settings struct {
	Method Method        `json:"method"`
	Rules  RuleSettings  `json:"rules"`
	Graph  GraphSettings `json:"graph"`
}

// Suggestion is an item to add to a basket.
type Suggestion struct {
	Item   string  `json:"item"`
	Score  float64 `json:"score"` // comparable only within one call
	Reason Reason  `json:"reason"`
}

// Reason says why an item was suggested.
type Reason struct {
	Method Method `json:"method"`
	// With are the basket's items the suggestion rests on: a rule's left
	// side, or the items nearest to it in the purchase graph. Empty for
	// popularity (and for rules' popularity fallback).
	With []string `json:"with,omitempty"`
	// Confidence and Lift are the rule's (rules only); Share is the share
	// of training baskets holding the item (popularity); Similarity is
	// the cosine between the item and its nearest basket item (graph).
	Confidence float64 `json:"confidence,omitempty"`
	Lift       float64 `json:"lift,omitempty"`
	Share      float64 `json:"share,omitempty"`
	Similarity float64 `json:"similarity,omitempty"`
	Text       string  `json:"text"` // one sentence for a customer or agent
}

// Model is a trained basket completer. It is immutable and safe for
// concurrent use.
type Model struct {
	settings Settings
	v        *vocab
	s        scorer
}

// scorer is what each method implements. score fills scores (one per
// vocabulary item) for a basket of known item IDs, held as a mask too;
// reason explains item c for that basket.
type scorer interface {
	score(items []int, in []bool, scores []float64)
	// reason says why c scored score for the basket items (in marks
	// them, indexed by item).
	reason(items []int, in []bool, c int, score float64) Reason
}

// vocab is the catalogue seen in training: dense item IDs, ordered by
// descending basket count (ties by name), so ID order is the popularity
// tie-break.
type vocab struct {
	names []string
	ids   map[string]int
	count []int // baskets holding the item
	n     int   // baskets
}

func newVocab(baskets []Basket) *vocab {
	count := map[string]int{}
	for _, b := range baskets {
		for _, it := range b.Items {
			count[it]++
		}
	}
	v := &vocab{ids: make(map[string]int, len(count)), n: len(baskets)}
	for name := range count {
		v.names = append(v.names, name)
	}
	slices.SortFunc(v.names, func(a, b string) int {
		return cmp.Or(count[b]-count[a], cmp.Compare(a, b))
	})
	v.count = make([]int, len(v.names))
	for i, name := range v.names {
		v.ids[name] = i
		v.count[i] = count[name]
	}
	return v
}

// encode returns the known items of names as IDs; unknown ones are left
// out.
func (v *vocab) encode(names []string) []int {
	ids := make([]int, 0, len(names))
	for _, s := range names {
		if id, ok := v.ids[s]; ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func (v *vocab) share(id int) float64 { return float64(v.count[id]) / float64(v.n) }

// Train fits the method of s on baskets.
func Train(baskets []Basket, s Settings) (*Model, error) {
	if len(baskets) == 0 {
		return nil, errors.New("basket: no training baskets")
	}
	m := &Model{settings: s, v: newVocab(baskets)}
	var err error
	switch s.Method {
	case MethodPopularity:
		m.s = popularity{m.v}
	case MethodRules:
		m.s, err = trainRules(m.v, baskets, s.Rules)
	case MethodGraph:
		m.s, err = trainGraph(m.v, baskets, s.Graph, nil)
	default:
		return nil, fmt.Errorf("basket: unknown method %q (want popularity, rules or graph)", s.Method)
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// Settings returns the settings the model was trained with.
func (m *Model) Settings() Settings { return m.settings }

// Items returns the number of catalogue items the model knows.
func (m *Model) Items() int { return len(m.v.names) }

// Recommend returns up to n items not in basket, best first, each with its
// reason. Items the model never saw in training are ignored.
func (m *Model) Recommend(basket []string, n int) []Suggestion {
	items := m.v.encode(basket)
	in := make([]bool, len(m.v.names))
	for _, it := range items {
		in[it] = true
	}
	scores := make([]float64, len(m.v.names))
	m.s.score(items, in, scores)
	top := topN(scores, in, n)
	out := make([]Suggestion, len(top))
	for i, c := range top {
		out[i] = Suggestion{Item: m.v.names[c], Score: scores[c], Reason: m.s.reason(items, in, c, scores[c])}
	}
	return out
}

// before reports whether item a ranks above item b: higher score first,
// then the more popular (lower ID).
func before(scores []float64, a, b int) bool {
	if scores[a] != scores[b] {
		return scores[a] > scores[b]
	}
	return a < b
}

// topN returns the n best items not in the basket, best first.
func topN(scores []float64, in []bool, n int) []int {
	var top []int
	for c := range scores {
		if in[c] {
			continue
		}
		i := len(top)
		for i > 0 && before(scores, c, top[i-1]) {
			i--
		}
		if i < n {
			top = slices.Insert(top, i, c)
			if len(top) > n {
				top = top[:n]
			}
		}
	}
	return top
}

// popularity ranks items by the share of training baskets holding them.
type popularity struct{ v *vocab }

func (p popularity) score(_ []int, _ []bool, scores []float64) {
	for c := range scores {
		scores[c] = p.v.share(c)
	}
}

func (p popularity) reason(_ []int, _ []bool, c int, _ float64) Reason {
	s := p.v.share(c)
	return Reason{Method: MethodPopularity, Share: s,
		Text: fmt.Sprintf("in %s of all baskets", percent(s))}
}

func percent(f float64) string {
	if f < 0.01 {
		return fmt.Sprintf("%.1f%%", 100*f)
	}
	return fmt.Sprintf("%.0f%%", 100*f)
}

// list joins names as "a", "a and b", "a, b and c".
func list(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	s := names[0]
	for _, n := range names[1 : len(names)-1] {
		s += ", " + n
	}
	return s + " and " + names[len(names)-1]
}
