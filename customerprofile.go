package kefu

import (
	"context"
	"math"
	"slices"
	"time"
)

// Trait kinds of a customer profile: what a beauty shop's advisor
// remembers about a customer.
const (
	TraitSkinType = "skin_type" // one of SkinTypes
	TraitConcern  = "concern"   // acne, dryness, shine, dullness, ageing, redness, pores, pigmentation, …
	TraitFinish   = "finish"    // matte, dewy, natural, satin
	TraitStyle    = "style"     // natural, glam, minimal, …
	TraitBudget   = "budget"    // budget band: low, mid, high
	TraitCategory = "category"  // a product category the customer buys or looks at
	TraitAvoid    = "avoid"     // an ingredient or class to avoid: fragrance, alcohol, retinoid, …
)

// Trait sources, from the weakest to the strongest word on a trait. A
// customer's own correction and an agent's edit override what was
// inferred; inferred traits fade (TraitHalfLife).
const (
	SourceEvent    = "event"    // behaviour: views, dwell time, favourites, add-to-cart
	SourceOrder    = "order"    // what the customer bought
	SourceChat     = "chat"     // said in a conversation ("混油皮")
	SourceCustomer = "customer" // the customer set or corrected it ("I'm not oily any more")
	SourceAgent    = "agent"    // an agent set or corrected it in the console
)

// TraitHalfLife is how long an inferred trait keeps half its confidence,
// by source; traits of the customer's or an agent's word do not fade.
// Skin changes with seasons and age, so chat traits fade over months;
// behaviour is noisier and fades faster.
var TraitHalfLife = map[string]time.Duration{
	SourceEvent: 30 * 24 * time.Hour,
	SourceOrder: 180 * 24 * time.Hour,
	SourceChat:  120 * 24 * time.Hour,
}

// MinTraitConfidence is the confidence below which a trait is not used.
const MinTraitConfidence = 0.3

// Trait is one thing remembered about a customer, from one source.
// Negated says the trait does not hold ("I'm not oily any more"): it
// outweighs inferred evidence for the same value until it fades.
type Trait struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
	// Source is one of the Source* constants.
	Source string `json:"source"`
	// Confidence is from 0 to 1 as of UpdatedAt; Strength applies the decay.
	Confidence float64 `json:"confidence"`
	Negated    bool    `json:"negated,omitempty"`
	// Evidence says where it came from, for agents: the words said
	// ("混油皮"), an order number, a SKU viewed, an agent's name.
	Evidence  string    `json:"evidence,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Strength is t's confidence at now after its source's decay.
func (t Trait) Strength(now time.Time) float64 {
	hl, ok := TraitHalfLife[t.Source]
	if !ok || now.Before(t.UpdatedAt) {
		return t.Confidence
	}
	age := now.Sub(t.UpdatedAt)
	return t.Confidence * math.Exp2(-float64(age)/float64(hl))
}

// CustomerProfile is what the shop knows of a customer's skin and taste:
// every stored trait, from every source.
type CustomerProfile struct {
	TenantID   string  `json:"tenant_id"`
	CustomerID string  `json:"customer_id"`
	Traits     []Trait `json:"traits"`
}

// Belief is a resolved trait value with its combined strength.
type Belief struct {
	Value    string  `json:"value"`
	Strength float64 `json:"strength"`
	// Sources are the sources that support it, strongest first.
	Sources []string `json:"sources"`
}

// Resolve returns what the profile says of kind at now, strongest first:
// the values whose support, net of negations, reaches
// MinTraitConfidence. A customer's or an agent's word (positive or
// negated) settles a value whatever was inferred; several inferred
// sources combine as independent evidence (1 - Π(1 - s)).
func (p *CustomerProfile) Resolve(kind string, now time.Time) []Belief {
	if p == nil {
		return nil
	}
	type acc struct {
		miss    float64 // Π(1 - s) over inferred support
		against float64 // strongest negation
		settled int     // 1: said to hold, -1: said not to, 0: inferred only
		at      time.Time
		sources []string
		best    map[string]float64
	}
	m := map[string]*acc{}
	var order []string
	for _, t := range p.Traits {
		if t.Kind != kind {
			continue
		}
		a := m[t.Value]
		if a == nil {
			a = &acc{miss: 1, best: map[string]float64{}}
			m[t.Value] = a
			order = append(order, t.Value)
		}
		s := t.Strength(now)
		if t.Source == SourceCustomer || t.Source == SourceAgent {
			if a.settled == 0 || t.UpdatedAt.After(a.at) {
				a.settled, a.at = 1, t.UpdatedAt
				if t.Negated {
					a.settled = -1
				}
			}
		}
		if t.Negated {
			a.against = math.Max(a.against, s)
			continue
		}
		a.miss *= 1 - math.Min(s, 1)
		if s > a.best[t.Source] {
			if _, seen := a.best[t.Source]; !seen {
				a.sources = append(a.sources, t.Source)
			}
			a.best[t.Source] = s
		}
	}
	var out []Belief
	for _, v := range order {
		a := m[v]
		var s float64
		switch a.settled {
		case 1:
			s = 1
		case -1:
			continue
		default:
			s = (1 - a.miss) - a.against
		}
		if s < MinTraitConfidence {
			continue
		}
		srcs := slices.Clone(a.sources)
		slices.SortStableFunc(srcs, func(x, y string) int {
			switch {
			case a.best[x] > a.best[y]:
				return -1
			case a.best[x] < a.best[y]:
				return 1
			}
			return 0
		})
		out = append(out, Belief{Value: v, Strength: math.Min(s, 1), Sources: srcs})
	}
	slices.SortStableFunc(out, func(x, y Belief) int {
		switch {
		case x.Strength > y.Strength:
			return -1
		case x.Strength < y.Strength:
			return 1
		}
		return 0
	})
	return out
}

// Top is the strongest value of kind at now, if any.
func (p *CustomerProfile) Top(kind string, now time.Time) (Belief, bool) {
	bs := p.Resolve(kind, now)
	if len(bs) == 0 {
		return Belief{}, false
	}
	return bs[0], true
}

// CustomerProfileService keeps customer profiles. Traits are keyed by
// (customer, kind, value, source): observing one again replaces it.
type CustomerProfileService interface {
	// FindCustomerProfile returns the customer's traits; a customer with
	// none has an empty profile. ENOTFOUND if the customer does not
	// exist in the tenant.
	FindCustomerProfile(ctx context.Context, tenantID, customerID string) (*CustomerProfile, error)
	// ObserveTraits upserts traits of a customer (by kind, value and
	// source). EINVALID naming the field for an unknown kind or source,
	// a confidence outside 0-1, an empty or over-long value.
	ObserveTraits(ctx context.Context, tenantID, customerID string, ts []Trait) error
	// ForgetTraits deletes the customer's traits of kind (all kinds when
	// empty) and value (all values when empty), from every source.
	ForgetTraits(ctx context.Context, tenantID, customerID, kind, value string) error
}

// TraitKinds lists the trait kinds a profile holds.
var TraitKinds = []string{TraitSkinType, TraitConcern, TraitFinish, TraitStyle, TraitBudget, TraitCategory, TraitAvoid}

// TraitSources lists the trait sources.
var TraitSources = []string{SourceEvent, SourceOrder, SourceChat, SourceCustomer, SourceAgent}

// MaxTraitValueLen is the longest trait value or evidence, in bytes.
const MaxTraitValueLen = 200

// Validate checks a trait; EINVALID naming the field.
func (t *Trait) Validate() error {
	switch {
	case !slices.Contains(TraitKinds, t.Kind):
		return Invalidf("kind", "kind %q is not one of %v", t.Kind, TraitKinds)
	case !slices.Contains(TraitSources, t.Source):
		return Invalidf("source", "source %q is not one of %v", t.Source, TraitSources)
	case t.Value == "":
		return Invalidf("value", "value is required")
	case len(t.Value) > MaxTraitValueLen:
		return Invalidf("value", "value is longer than %d bytes", MaxTraitValueLen)
	case len(t.Evidence) > MaxTraitValueLen:
		return Invalidf("evidence", "evidence is longer than %d bytes", MaxTraitValueLen)
	case math.IsNaN(t.Confidence) || t.Confidence < 0 || t.Confidence > 1:
		return Invalidf("confidence", "confidence %v is not from 0 to 1", t.Confidence)
	case t.Kind == TraitSkinType && !slices.Contains(SkinTypes, t.Value):
		return Invalidf("value", "skin type %q is not one of %v", t.Value, SkinTypes)
	}
	return nil
}

// Behaviour event types a shop's site reports (POST /v1/events).
const (
	EventView      = "view"
	EventDwell     = "dwell"
	EventFavourite = "favourite"
	EventAddToCart = "add_to_cart"
)

// BehaviourEvent is something a customer did on the shop's site. ID is
// the shop's (or the site script's) identifier, unique within the
// tenant: recording the same ID again changes nothing.
type BehaviourEvent struct {
	ID         string `json:"id"`
	TenantID   string `json:"tenant_id"`
	CustomerID string `json:"customer_id"`
	Type       string `json:"type"`
	SKU        string `json:"sku"`
	// DwellMS is how long the customer stayed on the product, for dwell
	// events, in milliseconds.
	DwellMS int64     `json:"dwell_ms,omitempty"`
	At      time.Time `json:"at"`
}

// BehaviourEventService stores behaviour events.
type BehaviourEventService interface {
	// RecordBehaviourEvents stores events, all or none; events whose ID
	// is already stored are skipped. EINVALID naming the field.
	RecordBehaviourEvents(ctx context.Context, es []*BehaviourEvent) error
	// FindBehaviourEvents returns a customer's events, newest first.
	FindBehaviourEvents(ctx context.Context, f BehaviourEventFilter) ([]*BehaviourEvent, error)
}

// BehaviourEventFilter selects one customer's events.
type BehaviourEventFilter struct {
	TenantID   string
	CustomerID string
	Since      time.Time // zero: all
	Limit      int       // 0 means 1000
}

// MaxBehaviourEvents is the most events RecordBehaviourEvents (and one
// POST /v1/events) takes at once.
const MaxBehaviourEvents = 500

// BehaviourEventTypes lists the behaviour event types.
var BehaviourEventTypes = []string{EventView, EventDwell, EventFavourite, EventAddToCart}

// Validate checks an event; EINVALID naming the field. A zero At is
// the time the store records it.
func (e *BehaviourEvent) Validate() error {
	if err := requireTenant(e.TenantID); err != nil {
		return err
	}
	switch {
	case e.ID == "":
		return Invalidf("id", "id is required")
	case len(e.ID) > MaxTraitValueLen:
		return Invalidf("id", "id is longer than %d bytes", MaxTraitValueLen)
	case e.CustomerID == "":
		return Invalidf("customer_id", "customer_id is required")
	case !slices.Contains(BehaviourEventTypes, e.Type):
		return Invalidf("type", "type %q is not one of %v", e.Type, BehaviourEventTypes)
	case e.SKU == "":
		return Invalidf("sku", "sku is required")
	case len(e.SKU) > MaxTraitValueLen:
		return Invalidf("sku", "sku is longer than %d bytes", MaxTraitValueLen)
	case e.DwellMS < 0:
		return Invalidf("dwell_ms", "dwell_ms %d is negative", e.DwellMS)
	case e.Type == EventDwell && e.DwellMS == 0:
		return Invalidf("dwell_ms", "a dwell event needs dwell_ms")
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant or a customer.
func (f BehaviourEventFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if f.CustomerID == "" {
		return Invalidf("customer_id", "customer_id is required")
	}
	return nil
}
