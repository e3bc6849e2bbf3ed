package profile

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// Store is what a Builder reads and writes.
type Store interface {
	kefu.OrderService
	kefu.ProductService
	kefu.BehaviourEventService
	kefu.CustomerProfileService
}

// Weights of behaviour events: how much one event says of the product's
// category, finish and skin types. A view is a glance; a dwell counts by
// its time, up to DwellCap; a favourite or an add-to-cart is a choice.
var EventWeights = map[string]float64{
	kefu.EventView:      0.05,
	kefu.EventDwell:     0.15, // at DwellCap or longer, in proportion below it
	kefu.EventFavourite: 0.3,
	kefu.EventAddToCart: 0.4,
}

// Limits of what a Builder reads and infers.
const (
	// DwellCap is the dwell time from which a dwell counts fully.
	DwellCap = 2 * time.Minute
	// EventWindow is how far back a Builder reads behaviour events.
	EventWindow = 90 * 24 * time.Hour
	// MaxOrders is how many of the newest orders a Builder reads.
	MaxOrders = 100
	// MaxEventConfidence caps what behaviour alone can say of a value.
	MaxEventConfidence = 0.8
	// MaxHintConfidence caps skin-type hints of products bought: a
	// product "for oily and combination skin" may be a gift, or chosen
	// for its shade.
	MaxHintConfidence = 0.45
	// catalogueTTL is how long a Builder reuses a shop's price bands.
	catalogueTTL = 5 * time.Minute
)

// Builder recomputes the order- and event-derived traits of customer
// profiles. Set Store (and Now), then call Refresh; it is safe for
// concurrent use.
type Builder struct {
	Store Store
	Now   kefu.Clock // nil: time.Now

	mu   sync.Mutex            // guards cats
	cats map[string]*Catalogue // by tenant ID
}

// Catalogue is what profiles need of a shop's products: each by SKU and
// the price bands of each category.
type Catalogue struct {
	at     time.Time
	bySKU  map[string]*kefu.Product
	prices map[string][]int64 // sorted, by category; "" is the whole catalogue
}

// NewCatalogue indexes a shop's products.
func NewCatalogue(ps []*kefu.Product) *Catalogue {
	c := &Catalogue{bySKU: make(map[string]*kefu.Product, len(ps)), prices: map[string][]int64{}}
	for _, p := range ps {
		c.bySKU[p.SKU] = p
		if p.Price > 0 {
			c.prices[""] = append(c.prices[""], p.Price)
			if p.Category != "" {
				c.prices[p.Category] = append(c.prices[p.Category], p.Price)
			}
		}
	}
	for _, l := range c.prices {
		slices.Sort(l)
	}
	return c
}

// Forget drops what the Builder caches of the tenant's catalogue, when
// its products changed.
func (b *Builder) Forget(tenantID string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.cats, tenantID)
}

func (b *Builder) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

// catalogue returns the tenant's catalogue, cached for catalogueTTL.
func (b *Builder) catalogue(ctx context.Context, tenantID string, now time.Time) (*Catalogue, error) {
	b.mu.Lock()
	c := b.cats[tenantID]
	b.mu.Unlock()
	if c != nil && now.Sub(c.at) < catalogueTTL && !now.Before(c.at) {
		return c, nil
	}
	ps, err := kefu.AllProducts(ctx, b.Store, kefu.ProductFilter{TenantID: tenantID})
	if err != nil {
		return nil, err
	}
	c = NewCatalogue(ps)
	c.at = now
	b.mu.Lock()
	if b.cats == nil {
		b.cats = map[string]*Catalogue{}
	}
	b.cats[tenantID] = c
	b.mu.Unlock()
	return c, nil
}

// MinBandProducts is how many priced products a category needs for its
// own price bands; smaller categories use the whole catalogue's.
const MinBandProducts = 3

// Band is the budget band of price in category: "low" in the cheapest
// third of its prices, "high" in the dearest third, else "mid"; "" when
// the shop has no prices.
func (c *Catalogue) Band(category string, price int64) string {
	l := c.prices[category]
	if len(l) < MinBandProducts {
		l = c.prices[""]
	}
	if len(l) == 0 || price <= 0 {
		return ""
	}
	below, _ := slices.BinarySearch(l, price)
	above, _ := slices.BinarySearch(l, price+1)
	q := (float64(below) + float64(above-below)/2) / float64(len(l))
	switch {
	case q < 1.0/3:
		return "low"
	case q >= 2.0/3:
		return "high"
	}
	return "mid"
}

// evidence accumulates one derived trait.
type evidence struct {
	kind, value, source string
	miss                float64 // Π(1 - w)
	n                   float64 // sum of weights, for counts
	at                  time.Time
	what                string
}

type tally map[[3]string]*evidence

func (t tally) add(kind, value, source string, w float64, at time.Time, what string) {
	if value == "" || w <= 0 {
		return
	}
	k := [3]string{kind, value, source}
	e := t[k]
	if e == nil {
		e = &evidence{kind: kind, value: value, source: source, miss: 1}
		t[k] = e
	}
	e.miss *= 1 - math.Min(w, 1)
	e.n += w
	if at.After(e.at) || e.at.IsZero() {
		e.at, e.what = at, what
	}
}

// splitList splits an attribute list ("oily,combination"); "all" says
// nothing of anyone.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		v = strings.ToLower(strings.TrimSpace(v))
		if v != "" && v != "all" {
			out = append(out, v)
		}
	}
	return out
}

// Refresh recomputes the customer's traits of sources order and event
// from their orders, their behaviour events of the last EventWindow and
// the shop's catalogue, and stores them. Traits of those sources the
// customer no longer earns are stored with confidence 0, so that the
// profile stays a pure function of the data; chat, customer and agent
// traits are left alone.
func (b *Builder) Refresh(ctx context.Context, tenantID, customerID string) error {
	now := b.now()
	p, err := b.Store.FindCustomerProfile(ctx, tenantID, customerID)
	if err != nil {
		return err
	}
	cat, err := b.catalogue(ctx, tenantID, now)
	if err != nil {
		return err
	}
	orders, err := b.Store.FindOrders(ctx, kefu.OrderFilter{TenantID: tenantID, CustomerID: customerID, Limit: MaxOrders})
	if err != nil {
		return err
	}
	events, err := b.Store.FindBehaviourEvents(ctx, kefu.BehaviourEventFilter{TenantID: tenantID, CustomerID: customerID,
		Since: now.Add(-EventWindow)})
	if err != nil {
		return err
	}
	ts := Derive(cat, orders, events)
	// What the customer no longer earns fades out at once.
	have := map[[3]string]bool{}
	for _, t := range ts {
		have[[3]string{t.Kind, t.Value, t.Source}] = true
	}
	for _, t := range p.Traits {
		if (t.Source == kefu.SourceOrder || t.Source == kefu.SourceEvent) && t.Confidence > 0 &&
			!have[[3]string{t.Kind, t.Value, t.Source}] {
			t.Confidence, t.Evidence, t.UpdatedAt = 0, "", now
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	return b.Store.ObserveTraits(ctx, tenantID, customerID, ts)
}

// Derive is what orders and events say of a customer, given the shop's
// catalogue: traits of sources order and event, stamped with the time of
// their latest evidence. Cancelled and returned orders say nothing.
func Derive(cat *Catalogue, orders []*kefu.Order, events []*kefu.BehaviourEvent) []kefu.Trait {
	t := tally{}
	// Orders: categories by the number of orders with one, budget bands
	// by their share of the lines, skin types and finishes of what was
	// bought as weak hints.
	bands := map[string]float64{}
	var lines float64
	var bandAt time.Time
	var bandWhat string
	for _, o := range orders {
		if o.Status == "cancelled" || o.Status == "returned" {
			continue
		}
		what := "order " + o.Number
		cats := map[string]bool{}
		for _, l := range o.Lines {
			p := cat.bySKU[l.SKU]
			price := l.UnitPrice
			category := ""
			if p != nil {
				category = p.Category
				if price <= 0 {
					price = p.Price
				}
			}
			if category != "" && !cats[category] {
				cats[category] = true
				t.add(kefu.TraitCategory, category, kefu.SourceOrder, 0.4, o.PlacedAt, what)
			}
			if band := cat.Band(category, price); band != "" {
				bands[band]++
				lines++
				if o.PlacedAt.After(bandAt) || bandAt.IsZero() {
					bandAt, bandWhat = o.PlacedAt, what
				}
			}
			if p == nil {
				continue
			}
			if st := splitList(p.Attributes["skin_types"]); len(st) > 0 {
				for _, v := range st {
					if slices.Contains(kefu.SkinTypes, v) {
						t.add(kefu.TraitSkinType, v, kefu.SourceOrder, 0.25/float64(len(st)), o.PlacedAt, "bought "+p.SKU)
					}
				}
			}
			t.add(kefu.TraitFinish, strings.ToLower(p.Attributes["finish"]), kefu.SourceOrder, 0.3, o.PlacedAt, "bought "+p.SKU)
		}
	}
	var out []kefu.Trait
	for band, n := range bands {
		// The band's share of the lines, trusted more with more lines.
		conf := n / lines * (1 - math.Exp2(-lines))
		out = append(out, kefu.Trait{Kind: kefu.TraitBudget, Value: band, Source: kefu.SourceOrder,
			Confidence: round(math.Min(conf, 0.85)), Evidence: fmt.Sprintf("%.0f of %.0f items bought; latest %s", n, lines, bandWhat),
			UpdatedAt: bandAt})
	}

	// Events, each decayed to the customer's latest event so that the
	// trait's own decay (kefu.Trait.Strength) runs from then.
	var latest time.Time
	for _, e := range events {
		if e.At.After(latest) {
			latest = e.At
		}
	}
	hl := kefu.TraitHalfLife[kefu.SourceEvent]
	for _, e := range events {
		p := cat.bySKU[e.SKU]
		if p == nil {
			continue
		}
		w := EventWeights[e.Type]
		if e.Type == kefu.EventDwell {
			w *= math.Min(float64(e.DwellMS)/float64(DwellCap.Milliseconds()), 1)
		}
		w *= math.Exp2(-float64(latest.Sub(e.At)) / float64(hl))
		what := e.Type + " " + p.SKU
		t.add(kefu.TraitCategory, p.Category, kefu.SourceEvent, w, e.At, what)
		t.add(kefu.TraitFinish, strings.ToLower(p.Attributes["finish"]), kefu.SourceEvent, w, e.At, what)
		if st := splitList(p.Attributes["skin_types"]); len(st) > 0 {
			for _, v := range st {
				if slices.Contains(kefu.SkinTypes, v) {
					t.add(kefu.TraitSkinType, v, kefu.SourceEvent, w/float64(len(st)), e.At, what)
				}
			}
		}
	}

	for _, e := range t {
		conf := 1 - e.miss
		switch {
		case e.source == kefu.SourceEvent:
			conf = math.Min(conf, MaxEventConfidence)
		case e.kind == kefu.TraitSkinType || e.kind == kefu.TraitFinish:
			conf = math.Min(conf, MaxHintConfidence)
		default:
			conf = math.Min(conf, 0.9)
		}
		out = append(out, kefu.Trait{Kind: e.kind, Value: e.value, Source: e.source, Confidence: round(conf),
			Evidence: clip(e.what), UpdatedAt: e.at})
	}
	slices.SortFunc(out, func(a, b kefu.Trait) int {
		return strings.Compare(a.Kind+"\x00"+a.Value+"\x00"+a.Source, b.Kind+"\x00"+b.Value+"\x00"+b.Source)
	})
	return out
}

// round keeps three decimals, so that stored confidences read well.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// RefreshAll refreshes the profile of every customer of the tenant with
// an external ID, a page of customers at a time (after an import of
// orders); it returns how many it refreshed and the first error.
func (b *Builder) RefreshAll(ctx context.Context, cs kefu.CustomerService, tenantID string) (int, error) {
	n := 0
	f := kefu.CustomerFilter{TenantID: tenantID, Limit: 1000}
	for {
		page, err := cs.FindCustomers(ctx, f)
		if err != nil || len(page) == 0 {
			return n, err
		}
		for _, c := range page {
			if err := b.Refresh(ctx, tenantID, c.ID); err != nil {
				return n, err
			}
			n++
		}
		f.After = page[len(page)-1].ExternalID
	}
}
