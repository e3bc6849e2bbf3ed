package graph

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Band holds the price thresholds of one category in one currency, in
// minor units: a price at or below Low is "budget", above High
// "premium", else "mid".
type Band struct {
	Low, High int64
	// N is the number of products the band was computed over (0 when
	// the shop set it).
	N int
	// Scope says what the band covers: a category, or "catalogue" when
	// the category had too few products and the whole catalogue's band is
	// used.
	Scope string
}

// Bands are price bands by category and currency. Set ByCategory by hand
// for a shop's own thresholds or compute them with ComputeBands.
type Bands struct {
	// ByCategory is keyed by lower-case category, then currency.
	ByCategory map[string]map[string]Band
	// All is the whole catalogue's band by currency, used for categories
	// without one.
	All map[string]Band
}

// DefaultMinBand is the fewest products of a category (in one currency)
// ComputeBands makes a band of; thinner categories use the catalogue's.
const DefaultMinBand = 5

// ComputeBands computes tercile thresholds per category and currency over
// ps, and over the whole catalogue per currency, ignoring products
// without a price. Categories with fewer than minN priced products get
// no band of their own.
func ComputeBands(ps []*kefu.Product, minN int) *Bands {
	byCat := map[string]map[string][]int64{}
	all := map[string][]int64{}
	for _, p := range ps {
		if p.Price <= 0 {
			continue
		}
		c := strings.ToLower(strings.TrimSpace(p.Category))
		if byCat[c] == nil {
			byCat[c] = map[string][]int64{}
		}
		byCat[c][p.Currency] = append(byCat[c][p.Currency], p.Price)
		all[p.Currency] = append(all[p.Currency], p.Price)
	}
	b := &Bands{ByCategory: map[string]map[string]Band{}, All: map[string]Band{}}
	for c, cur := range byCat {
		for code, prices := range cur {
			if len(prices) < minN {
				continue
			}
			if b.ByCategory[c] == nil {
				b.ByCategory[c] = map[string]Band{}
			}
			b.ByCategory[c][code] = terciles(prices, c)
		}
	}
	for code, prices := range all {
		b.All[code] = terciles(prices, "catalogue")
	}
	return b
}

// terciles returns the band whose thresholds are the prices at the first
// and second tercile. When every price is the same, everything is "mid".
func terciles(prices []int64, scope string) Band {
	slices.Sort(prices)
	n := len(prices)
	if prices[0] == prices[n-1] {
		return Band{Low: prices[0] - 1, High: prices[0], N: n, Scope: scope}
	}
	return Band{Low: prices[(n-1)/3], High: prices[2*(n-1)/3], N: n, Scope: scope}
}

// Of returns p's price band with its evidence; ok is false without a
// price or a band for its currency.
func (b *Bands) Of(p *kefu.Product) (string, Evidence, bool) {
	if p.Price <= 0 {
		return "", Evidence{}, false
	}
	band, ok := b.ByCategory[strings.ToLower(strings.TrimSpace(p.Category))][p.Currency]
	if !ok {
		band, ok = b.All[p.Currency]
	}
	if !ok {
		return "", Evidence{}, false
	}
	v := "mid"
	switch {
	case p.Price <= band.Low:
		v = "budget"
	case p.Price > band.High:
		v = "premium"
	}
	ev := Evidence{Kind: KindCatalog, Rule: "price/" + v, Attribute: "price",
		Note: fmt.Sprintf("%s %s: budget <= %d, premium > %d (minor units, %d products)", band.Scope, p.Currency, band.Low, band.High, band.N)}
	return v, ev, true
}
