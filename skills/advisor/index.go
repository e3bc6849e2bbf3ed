package advisor

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/graph"
	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/recommend/basket"
)

// DefaultTTL is how long a shop's index is used before it is refreshed
// from the store (in the background, while the old one still answers);
// Forget drops it at once when the shop's data changes through kefu.
const DefaultTTL = 5 * time.Minute

// entry is one product as the skill sees it: the card, its knowledge
// profile and its reviews.
type entry struct {
	p        *kefu.Product
	prof     *graph.Profile
	category string // canonical (categoryOf)
	reviews  reviewStats
	// tags holds every tag of prof, for ranking, which asks thousands of
	// these a turn.
	tags     map[tagKey]struct{}
	finishes int // how many finish tags
}

// tagKey is a dimension and a value.
type tagKey struct {
	d graph.Dimension
	v string
}

// has reports whether the product's profile has a tag, in one lookup.
func (e *entry) has(d graph.Dimension, value string) bool {
	_, ok := e.tags[tagKey{d, value}]
	return ok
}

// reviewStats sum up a product's reviews: overall, by the reviewer's
// skin type, and the reviews a card may quote.
type reviewStats struct {
	n      int
	sum    int
	bySkin map[string][2]int // skin type → {count, sum of ratings}
	quotes []*kefu.Review    // 4- and 5-star reviews with text, best first
}

// mean is the average rating, 0 without reviews.
func (r reviewStats) mean() float64 {
	if r.n == 0 {
		return 0
	}
	return float64(r.sum) / float64(r.n)
}

// shrunk is the mean rating pulled towards prior by k pseudo-reviews, so
// that one 5-star review does not outrank forty 4.6-star ones.
func (r reviewStats) shrunk(skin string, prior float64) float64 {
	const k = 5
	n, sum := r.n, r.sum
	if c, ok := r.bySkin[skin]; ok && skin != "" && c[0] >= 3 {
		n, sum = c[0], c[1]
	}
	return (float64(sum) + k*prior) / (float64(n) + k)
}

// index is a shop's catalogue prepared for recommending. It is
// immutable once built.
type index struct {
	built    time.Time
	entries  []*entry
	bySKU    map[string]*entry
	byCat    map[string][]*entry
	byClass  map[string][]*entry // by active ingredient class
	meanStar float64             // the shop's mean rating, the prior of shrunk
	// baskets completes a customer's purchases (mined rules); nil when
	// the shop has too few orders to mine.
	baskets *basket.Model
	orders  int
	// bought holds the SKUs each customer (by kefu ID) bought, newest
	// order first, at most maxBought: the basket "bought with" starts from.
	bought map[string][]string
}

// maxBought is how many of a customer's products "bought with" starts
// from.
const maxBought = 60

// minBaskets is the fewest orders of two or more products from which
// the skill mines "bought together" rules.
const minBaskets = 30

// indexes caches shops' indexes and builds each at most once at a time.
type indexes struct {
	mu       sync.Mutex // guards the maps
	m        map[string]*index
	building map[string]chan struct{} // closed when the build ends
	gen      map[string]int           // bumped by Forget: builds started before it are dropped
}

// Forget drops the cached index of a shop, so the next turn reads its
// products, reviews and orders again; a build under way when it is
// called is not kept.
func (s *Skill) Forget(tenantID string) {
	s.idx.mu.Lock()
	delete(s.idx.m, tenantID)
	if s.idx.gen == nil {
		s.idx.gen = map[string]int{}
	}
	s.idx.gen[tenantID]++
	s.idx.mu.Unlock()
}

// index returns the shop's index. A missing one is built (turns of the
// shop arriving meanwhile wait for the same build); a stale one (older
// than the TTL) answers while a fresh one is built in the background.
func (s *Skill) index(ctx context.Context, tenantID string) (*index, error) {
	ttl := s.TTL
	if ttl <= 0 {
		ttl = DefaultTTL
	}
	for {
		now := s.Now.Time()
		s.idx.mu.Lock()
		if s.idx.m == nil {
			s.idx.m, s.idx.building, s.idx.gen = map[string]*index{}, map[string]chan struct{}{}, map[string]int{}
		}
		ix, wait := s.idx.m[tenantID], s.idx.building[tenantID]
		switch {
		case ix != nil && now.Sub(ix.built) < ttl:
			s.idx.mu.Unlock()
			return ix, nil
		case ix != nil:
			if wait == nil {
				done := s.startBuild(tenantID)
				go func() {
					bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
					defer cancel()
					done(s.build(bctx, tenantID, now))
				}()
			}
			s.idx.mu.Unlock()
			return ix, nil
		case wait != nil:
			s.idx.mu.Unlock()
			select {
			case <-wait:
				continue
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		done := s.startBuild(tenantID)
		s.idx.mu.Unlock()
		ix, err := s.build(ctx, tenantID, now)
		done(ix, err)
		return ix, err
	}
}

// startBuild marks a build of the shop's index under way; the function
// it returns keeps the result (unless Forget was called meanwhile) and
// ends it. The caller holds s.idx.mu.
func (s *Skill) startBuild(tenantID string) func(*index, error) {
	ch := make(chan struct{})
	s.idx.building[tenantID] = ch
	gen := s.idx.gen[tenantID]
	return func(ix *index, err error) {
		s.idx.mu.Lock()
		defer s.idx.mu.Unlock()
		if err == nil && s.idx.gen[tenantID] == gen {
			s.idx.m[tenantID] = ix
		}
		delete(s.idx.building, tenantID)
		close(ch)
	}
}

// build reads a shop's products, reviews and orders and prepares them.
func (s *Skill) build(ctx context.Context, tenantID string, now time.Time) (*index, error) {
	var ps []*kefu.Product
	for after := ""; ; {
		page, err := s.Products.FindProducts(ctx, kefu.ProductFilter{TenantID: tenantID, After: after, Limit: 1000})
		if err != nil {
			return nil, err
		}
		ps = append(ps, page...)
		if len(page) < 1000 {
			break
		}
		after = page[len(page)-1].SKU
	}
	return s.buildFrom(ctx, tenantID, ps, now)
}

// buildFrom prepares products already read; reviews and orders are read
// from the store when the skill has them.
func (s *Skill) buildFrom(ctx context.Context, tenantID string, ps []*kefu.Product, now time.Time) (*index, error) {
	d := &graph.Deriver{Ratings: inci.DefaultRatings(), Bands: graph.ComputeBands(ps, graph.DefaultMinBand)}
	ix := &index{built: now, bySKU: make(map[string]*entry, len(ps)), byCat: map[string][]*entry{}, byClass: map[string][]*entry{}}
	for _, p := range ps {
		e := &entry{p: p, prof: d.Derive(p), category: categoryOf(p.Category), tags: map[tagKey]struct{}{}}
		for dim, ts := range e.prof.Tags {
			for _, t := range ts {
				e.tags[tagKey{dim, t.Value}] = struct{}{}
			}
		}
		e.finishes = len(e.prof.Tags[graph.DimFinish])
		for _, t := range e.prof.Tags[graph.DimActives] {
			ix.byClass[t.Value] = append(ix.byClass[t.Value], e)
		}
		ix.entries = append(ix.entries, e)
		ix.bySKU[p.SKU] = e
		ix.byCat[e.category] = append(ix.byCat[e.category], e)
	}
	if s.Reviews != nil {
		var all, sum int
		for after := ""; ; {
			page, err := s.Reviews.FindReviews(ctx, kefu.ReviewFilter{TenantID: tenantID, After: after, Limit: 1000})
			if err != nil {
				return nil, err
			}
			for _, r := range page {
				e := ix.bySKU[r.SKU]
				if e == nil {
					continue
				}
				all++
				sum += r.Rating
				st := &e.reviews
				st.n++
				st.sum += r.Rating
				if r.SkinType != "" {
					if st.bySkin == nil {
						st.bySkin = map[string][2]int{}
					}
					c := st.bySkin[r.SkinType]
					st.bySkin[r.SkinType] = [2]int{c[0] + 1, c[1] + r.Rating}
				}
				if r.Rating >= 4 && r.Text != "" {
					st.quotes = append(st.quotes, r)
				}
			}
			if len(page) < 1000 {
				break
			}
			after = page[len(page)-1].ID
		}
		ix.meanStar = 4
		if all > 0 {
			ix.meanStar = float64(sum) / float64(all)
		}
		for _, e := range ix.entries {
			slices.SortStableFunc(e.reviews.quotes, func(a, b *kefu.Review) int {
				if a.Rating != b.Rating {
					return b.Rating - a.Rating
				}
				if a.Verified != b.Verified {
					if a.Verified {
						return -1
					}
					return 1
				}
				return b.CreatedAt.Compare(a.CreatedAt)
			})
		}
	}
	if s.Orders != nil {
		var bs []basket.Basket
		type purchase struct {
			at   time.Time
			skus []string
		}
		byCustomer := map[string][]purchase{}
		for after := ""; ; {
			page, err := s.Orders.FindOrders(ctx, kefu.OrderFilter{TenantID: tenantID, ByNumber: true, After: after, Limit: 1000})
			if err != nil {
				return nil, err
			}
			for _, o := range page {
				ix.orders++
				var items []string
				for _, l := range o.Lines {
					if _, ok := ix.bySKU[l.SKU]; ok && !slices.Contains(items, l.SKU) {
						items = append(items, l.SKU)
					}
				}
				if len(items) >= 2 {
					bs = append(bs, basket.Basket{ID: o.Number, Items: items})
				}
				if o.CustomerID != "" && len(items) > 0 {
					byCustomer[o.CustomerID] = append(byCustomer[o.CustomerID], purchase{o.PlacedAt, items})
				}
			}
			if len(page) < 1000 {
				break
			}
			after = page[len(page)-1].Number
		}
		ix.bought = make(map[string][]string, len(byCustomer))
		for c, ps := range byCustomer {
			slices.SortStableFunc(ps, func(a, b purchase) int { return b.at.Compare(a.at) })
			var skus []string
			for _, p := range ps {
				for _, sku := range p.skus {
					if len(skus) < maxBought && !slices.Contains(skus, sku) {
						skus = append(skus, sku)
					}
				}
			}
			ix.bought[c] = skus
		}
		if len(bs) >= minBaskets {
			// Rules, not the graph model: in a chat the reason must be
			// one a customer can check ("bought with X by 32% of its
			// buyers"); docs/recommendations.md says why.
			rs := basket.RuleSettings{MinSupport: math.Max(2/float64(len(bs)), 0.002), MinConfidence: 0.1, MaxLen: 3, By: basket.ByConfidence}
			if m, err := basket.Train(bs, basket.Settings{Method: basket.MethodRules, Rules: rs}); err == nil {
				ix.baskets = m
			}
		}
	}
	return ix, nil
}

// find returns the entry of a SKU or of a product named in text.
func (ix *index) find(sku string) *entry {
	if e := ix.bySKU[sku]; e != nil {
		return e
	}
	for _, e := range ix.entries {
		if strings.EqualFold(e.p.Name, sku) {
			return e
		}
	}
	return nil
}
