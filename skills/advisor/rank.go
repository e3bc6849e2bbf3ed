package advisor

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/graph"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/recommend/basket"
)

// Weights of the ranking (docs/recommendations.md). A product's score is
// the sum of what applies; products that must be avoided for the
// customer's skin or needs, over budget or out of stock are not ranked.
const (
	wSuitsSkin     = 2.0  // per skin type it suits
	wMixedSkin     = 0.5  // reasons both ways for a skin type
	wSuitsConcern  = 1.5  // per concern it addresses
	wSeason        = 0.7  // made for the season asked
	wWrongSeason   = -0.7 // made for the other season
	wFinish        = 1.0  // the finish asked
	wOtherFinish   = -1.0 // another finish
	wReviews       = 1.5  // per star of shrunk rating above the shop's mean
	wBoughtWith    = 1.5  // × the best rule's confidence from the customer's purchases
	wPromotion     = 0.3  // a running promotion applies
	wMargin        = 0.5  // × the shop's margin attribute (0-1)
	wNearBudget    = -1.0 // "around €30": per 25% away from it
	wAvoidConcern  = -3.0 // it should be avoided for a concern (not excluded: concerns are softer than skin)
	wMissingCat    = 0    // no category asked: no preference
	quoteMaxRunes  = 90
	bandAround     = 0.25 // "around": ±25%
	maxReasons     = 3
	minReviewsSaid = 3 // reviews are quoted from this many on
)

// candidate is a product being ranked, with its score and reasons.
type candidate struct {
	e       *entry
	score   float64
	reasons []kefu.Finding
	promo   *kefu.Promotion
	usage   string // am, pm
	// fits counts the needs it meets (skin types, concerns, season,
	// finish): with some products meeting needs, those meeting none are
	// not suggested.
	fits int
}

// context of a ranking: what the customer bought and what promotions run.
type rankInput struct {
	needs  Needs
	ix     *index
	bought []string // SKUs the customer bought, for "bought with"
	promos []*kefu.Promotion
	// exclude are SKUs not to suggest (bought already, or on the card).
	exclude map[string]bool
	// require keeps only products with this active class ("retinoid").
	requireClass string
}

// rank scores the catalogue for the needs and returns the best n.
func rank(in rankInput, n int) []candidate {
	pool := in.ix.entries
	if c := in.needs.Category; c != "" {
		pool = in.ix.byCat[c]
	}
	with := map[string]basket.Suggestion{}
	if in.ix.baskets != nil && len(in.bought) > 0 {
		for _, s := range in.ix.baskets.Recommend(in.bought, 50) {
			if s.Reason.Method == basket.MethodRules && len(s.Reason.With) > 0 {
				with[s.Item] = s
			}
		}
	}
	if in.requireClass != "" {
		pool = in.ix.byClass[in.requireClass]
	}
	// Score everything quickly, keeping only the best n (and the best n
	// of those meeting a need, which win when there are any), then
	// explain only what is shown.
	fit, any := make([]candidate, 0, n+1), make([]candidate, 0, n+1)
	for _, e := range pool {
		if in.exclude[e.p.SKU] || (in.needs.Category != "" && e.category != in.needs.Category) {
			continue
		}
		c, ok := score(in, e, with, false)
		if !ok {
			continue
		}
		if c.fits > 0 {
			fit = keep(fit, c, n)
		} else if len(fit) == 0 {
			any = keep(any, c, n)
		}
	}
	out := fit
	if len(out) == 0 {
		out = any
	}
	for i, c := range out {
		out[i], _ = score(in, c.e, with, true)
	}
	return out
}

// specificity ranks promotions for a product card: one made for the
// product beats one for its category, which beats one with a spending
// threshold, which beats a shop-wide one ("free beauty sponge with any
// foundation" says more on a foundation than "a free sample with every
// order").
func specificity(p *kefu.Promotion) int {
	switch {
	case len(p.Products) > 0:
		return 3
	case len(p.Categories) > 0:
		return 2
	case p.MinTotal > 0:
		return 1
	}
	return 0
}

// better orders candidates: by score, then by how many reviews back
// them, then by SKU, so that rankings are stable.
func better(a, b *candidate) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.e.reviews.n != b.e.reviews.n {
		return a.e.reviews.n > b.e.reviews.n
	}
	return a.e.p.SKU < b.e.p.SKU
}

// keep adds c to best, the n best candidates so far, best first: n is a
// card's few items, so insertion costs less than sorting a category's
// thousand products.
func keep(best []candidate, c candidate, n int) []candidate {
	if len(best) == n && !better(&c, &best[n-1]) {
		return best
	}
	j := len(best)
	for j > 0 && better(&c, &best[j-1]) {
		j--
	}
	best = slices.Insert(best, j, c)
	if len(best) > n {
		best = best[:n]
	}
	return best
}

// score scores one product; false when it must not be suggested. With
// explain, it also gives the reasons (slower: it follows the evidence).
func score(in rankInput, e *entry, with map[string]basket.Suggestion, explain bool) (candidate, bool) {
	nd, prof, p := in.needs, e.prof, e.p
	c := candidate{e: e}
	if p.Stock <= 0 {
		return c, false
	}
	if in.requireClass != "" && !e.has(graph.DimActives, in.requireClass) {
		return c, false
	}
	if !nd.Budget.IsZero() {
		price := money.New(p.Price, money.Currency(p.Currency))
		if cmpv, err := price.Cmp(nd.Budget); err == nil {
			if nd.Around {
				off := math.Abs(float64(p.Price-nd.Budget.Minor)) / float64(nd.Budget.Minor)
				if off > 2*bandAround {
					return c, false
				}
				c.score += wNearBudget * off / bandAround
			} else if cmpv > 0 {
				return c, false
			}
		}
	}
	for _, a := range nd.Avoid {
		if contains(e, a) {
			return c, false
		}
	}
	if nd.Pregnancy && e.has(graph.DimPregnancy, "avoid") {
		return c, false
	}
	var suits []string
	for _, st := range nd.SkinTypes {
		yes, no := e.has(graph.DimSuitsSkin, st), e.has(graph.DimAvoidSkin, st)
		switch {
		case yes && no:
			c.score += wMixedSkin
		case no:
			return c, false
		case yes:
			c.score += wSuitsSkin
			c.fits++
			suits = append(suits, st)
		}
	}
	if explain && len(suits) > 0 {
		// One reason for all the skin types it suits.
		var tags []graph.Tag
		for _, st := range suits {
			tags = append(tags, prof.SuitsSkin(st).For...)
		}
		c.reasons = append(c.reasons, because("suits_skin", "skin", strings.Join(suits, ","), prof, tags))
	}
	for _, con := range nd.Concerns {
		yes, no := e.has(graph.DimSuitsConcern, con), e.has(graph.DimAvoidConcern, con)
		switch {
		case yes:
			c.score += wSuitsConcern
			c.fits++
			if explain {
				c.reasons = append(c.reasons, because("suits_concern", "concern", con, prof, prof.SuitsConcern(con).For))
			}
		case no:
			c.score += wAvoidConcern
		}
	}
	if s := nd.Season; s != "" {
		switch {
		case e.has(graph.DimSeason, s):
			c.score += wSeason
			c.fits++
			if explain {
				c.reasons = append(c.reasons, kefu.Finding{Code: "season", Values: map[string]string{"season": s}})
			}
		case e.has(graph.DimSeason, "summer") || e.has(graph.DimSeason, "winter"):
			c.score += wWrongSeason
		}
	}
	if f := nd.Finish; f != "" {
		switch {
		case e.has(graph.DimFinish, f):
			c.score += wFinish
			c.fits++
			if explain {
				c.reasons = append(c.reasons, kefu.Finding{Code: "finish", Values: map[string]string{"finish": f}})
			}
		case e.finishes > 0:
			c.score += wOtherFinish
		}
	}
	if explain {
		for _, a := range nd.Avoid {
			c.reasons = append(c.reasons, kefu.Finding{Code: "free_of", Values: map[string]string{"what": a}})
		}
		if slices.Contains(nd.SkinTypes, "sensitive") && e.has(graph.DimFragrance, "fragrance-free") && !slices.Contains(nd.Avoid, "fragrance") {
			c.reasons = append(c.reasons, kefu.Finding{Code: "free_of", Values: map[string]string{"what": "fragrance"}})
		}
	}
	r := e.reviews
	skin := ""
	if len(nd.SkinTypes) > 0 {
		skin = nd.SkinTypes[0]
	}
	c.score += wReviews * (r.shrunk(skin, in.ix.meanStar) - in.ix.meanStar)
	if explain {
		c.reasons = append(c.reasons, reviewReasons(r, skin)...)
	}
	if s, ok := with[p.SKU]; ok {
		c.score += wBoughtWith * s.Reason.Confidence
		if other := in.ix.bySKU[s.Reason.With[0]]; explain && other != nil {
			c.reasons = append(c.reasons, kefu.Finding{Code: "bought_with", Values: map[string]string{
				"sku": other.p.SKU, "percent": strconv.Itoa(int(math.Round(100 * s.Reason.Confidence)))}})
		}
	}
	for _, pr := range in.promos {
		if pr.Applies(p) && (c.promo == nil || specificity(pr) > specificity(c.promo)) {
			c.promo = pr
		}
	}
	if c.promo != nil {
		c.score += wPromotion
	}
	if v, ok := p.Attributes["margin"]; ok {
		if m, err := strconv.ParseFloat(v, 64); err == nil && m > 0 && m <= 1 {
			c.score += wMargin * m
		}
	}
	return c, true
}

// reviewReasons says how reviewers rate a product: those of the
// customer's skin type when at least minReviewsSaid of them rate it 4 or
// more on average, else everyone when as many do; nothing otherwise.
func reviewReasons(r reviewStats, skin string) []kefu.Finding {
	if bs, ok := r.bySkin[skin]; ok && skin != "" && bs[0] >= minReviewsSaid && float64(bs[1])/float64(bs[0]) >= 4 {
		return []kefu.Finding{{Code: "reviews_skin", Values: map[string]string{
			"rating": strconv.FormatFloat(float64(bs[1])/float64(bs[0]), 'f', 1, 64), "count": strconv.Itoa(bs[0]), "skin": skin}}}
	}
	if r.n >= minReviewsSaid && r.mean() >= 4 {
		return []kefu.Finding{{Code: "reviews", Values: map[string]string{
			"rating": strconv.FormatFloat(r.mean(), 'f', 1, 64), "count": strconv.Itoa(r.n)}}}
	}
	return nil
}

// contains reports whether a product has what the customer wants to
// avoid: fragrance, alcohol (drying), silicone, oil, or an active.
func contains(e *entry, what string) bool {
	prof := e.prof
	switch what {
	case "fragrance":
		return !e.has(graph.DimFragrance, "fragrance-free") && len(prof.Tags[graph.DimFragrance]) > 0
	case "alcohol":
		return !e.has(graph.DimAlcohol, "no drying alcohol") && len(prof.Tags[graph.DimAlcohol]) > 0
	case "silicone":
		return !e.has(graph.DimSilicones, "silicone-free") && len(prof.Tags[graph.DimSilicones]) > 0
	case "oil":
		return e.has(graph.DimTexture, "oil")
	}
	for _, cl := range graph.ClassesOf(what) {
		if e.has(graph.DimActives, cl) {
			return true
		}
	}
	return false
}

// because is a "suits" reason with the ingredients behind its tags.
func because(code, key, value string, prof *graph.Profile, tags []graph.Tag) kefu.Finding {
	f := kefu.Finding{Code: code, Values: map[string]string{key: value}}
	if ings := ingredientsBehind(prof, tags, 2); len(ings) > 0 {
		f.Code += "_because"
		f.Values["because"] = strings.Join(ings, ", ")
	}
	return f
}

// ingredientsBehind follows tags' evidence to the ingredients it rests
// on: a rule's facts ("efficacy:oil control", "class:niacinamide") lead
// to the tags they name and their ingredients; at most max, in order.
func ingredientsBehind(prof *graph.Profile, tags []graph.Tag, max int) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(ts []graph.Tag, depth int)
	walk = func(ts []graph.Tag, depth int) {
		for _, t := range ts {
			for _, ev := range t.Evidence {
				for _, i := range ev.Ingredients {
					if len(out) < max && !slices.Contains(out, i) {
						out = append(out, i)
					}
				}
				if depth == 0 {
					continue
				}
				for _, b := range ev.Because {
					dim, val, ok := strings.Cut(b, ":")
					if !ok || seen[b] {
						continue
					}
					seen[b] = true
					d := graph.Dimension(dim)
					if dim == "class" {
						d = graph.DimActives
					}
					if t2, ok := prof.Tag(d, val); ok {
						walk([]graph.Tag{t2}, depth-1)
					}
				}
			}
		}
	}
	walk(tags, 2)
	return out
}

// quote is a short snippet of a product's best review, preferring the
// reply's language and the customer's skin type; "" without one.
func quote(r reviewStats, lang, skin string) string {
	var best *kefu.Review
	rank := func(x *kefu.Review) int {
		s := 0
		if strings.HasPrefix(x.Language, lang) {
			s += 2
		}
		if skin != "" && x.SkinType == skin {
			s++
		}
		return s
	}
	for _, x := range r.quotes {
		if best == nil || rank(x) > rank(best) {
			best = x
		}
	}
	if best == nil || !strings.HasPrefix(best.Language, lang) {
		return ""
	}
	return snippet(best.Text, quoteMaxRunes)
}

// snippet cuts text to its first sentence or max runes, whichever is
// shorter, with an ellipsis when cut.
func snippet(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	rs := []rune(text)
	for i, r := range rs {
		if i > 10 && strings.ContainsRune(".!?。！？", r) {
			return string(rs[:i+1])
		}
	}
	if len(rs) <= max {
		return text
	}
	return strings.TrimSpace(string(rs[:max])) + "…"
}

// String is for tests and traces.
func (c candidate) String() string {
	return fmt.Sprintf("%s %.2f %v", c.e.p.SKU, c.score, c.reasons)
}
