package basket

import (
	"runtime"
	"sync"
)

// Metrics measure basket completion by leave-one-out: every item of every
// basket with at least two distinct items is held out in turn and ranked
// among all catalogue items not left in the basket.
type Metrics struct {
	N       int     `json:"n"`        // held-out cases
	HitAt5  float64 `json:"hit_at_5"` // share ranked in the top 5
	HitAt10 float64 `json:"hit_at_10"`
	MRR     float64 `json:"mrr"` // mean reciprocal rank; 0 for an item unknown to the model
	// Unknown counts held-out items the model never saw in training;
	// they are misses.
	Unknown int `json:"unknown"`
}

// Evaluate measures m on baskets. The work is spread over GOMAXPROCS
// goroutines; the result does not depend on how.
func Evaluate(m *Model, baskets []Basket) Metrics {
	return evaluate(m.v, m.s, baskets)
}

type caseResult struct {
	n, hit5, hit10, unknown int
	rr                      float64
}

func evaluate(v *vocab, s scorer, baskets []Basket) Metrics {
	res := make([]caseResult, len(baskets))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			in := make([]bool, len(v.names))
			scores := make([]float64, len(v.names))
			for bi := w; bi < len(baskets); bi += workers {
				res[bi] = evalBasket(v, s, baskets[bi].Items, in, scores)
			}
		})
	}
	wg.Wait()
	var tot caseResult
	for _, r := range res {
		tot.n += r.n
		tot.hit5 += r.hit5
		tot.hit10 += r.hit10
		tot.unknown += r.unknown
		tot.rr += r.rr
	}
	if tot.n == 0 {
		return Metrics{}
	}
	n := float64(tot.n)
	return Metrics{N: tot.n, HitAt5: float64(tot.hit5) / n, HitAt10: float64(tot.hit10) / n, MRR: tot.rr / n, Unknown: tot.unknown}
}

// evalBasket holds out each item of names in turn; in and scores are
// scratch, in all false on entry and on return.
func evalBasket(v *vocab, s scorer, names []string, in []bool, scores []float64) caseResult {
	var r caseResult
	if len(names) < 2 {
		return r
	}
	ids := make([]int, len(names))
	for i, name := range names {
		id, ok := v.ids[name]
		if !ok {
			id = -1
		}
		ids[i] = id
	}
	rest := make([]int, 0, len(names))
	for h, held := range ids {
		r.n++
		if held < 0 {
			r.unknown++
			continue
		}
		rest = rest[:0]
		for i, id := range ids {
			if i != h && id >= 0 {
				rest = append(rest, id)
				in[id] = true
			}
		}
		s.score(rest, in, scores)
		rank := 1
		for c := range scores {
			if !in[c] && c != held && before(scores, c, held) {
				rank++
			}
		}
		for _, id := range rest {
			in[id] = false
		}
		if rank <= 5 {
			r.hit5++
		}
		if rank <= 10 {
			r.hit10++
		}
		r.rr += 1 / float64(rank)
	}
	return r
}
