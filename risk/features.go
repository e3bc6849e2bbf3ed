package risk

import (
	"math"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

// Feature indexes Features. Each is a fact known before the order is
// dispatched; the comment gives its unit. Unknown values are NaN.
type Feature int

// The feature schema. Append only: a model file names the features it was
// trained on and Load refuses a file whose names differ.
const (
	WeatherSeverity Feature = iota // weather on the delivery day: 0 calm, 1 rain or wind, 2 heavy rain or snow, 3 storm or typhoon
	AmbientTempC                   // forecast maximum temperature on the route, °C
	TempClass                      // coldest class among the lines: 0 ambient, 1 cool, 2 chilled, 3 frozen
	Fragile                        // 1 if any line is fragile, else 0
	DistanceKm                     // route distance, km
	SlotHour                       // local hour (0–23) the promised delivery slot starts
	PromisedHours                  // promised delivery time minus placement time, hours
	PlacedHour                     // local hour (0–23) the order was placed
	PlacedWeekday                  // weekday the order was placed, 0 Sunday … 6 Saturday
	PlacedMonth                    // month the order was placed, 1–12
	ApprovalHours                  // payment approval time after placement, hours
	WeightG                        // total weight, grams
	ItemCount                      // number of items (sum of quantities)
	SellerCount                    // sellers or warehouses the order ships from
	OrderValue                     // goods value, major currency units
	FreightValue                   // shipping fee paid, major currency units
	Discount                       // discount offered (a percentage or an amount, as the source gives it)
	PriorOrders                    // the customer's earlier orders
	CareContacts                   // the customer's contacts with customer care about the order before dispatch
	Priority                       // the order's priority: 0 low, 1 medium, 2 high
	Carrier                        // categorical (Code): carrier or shipment mode
	Origin                         // categorical (Code): warehouse or origin
	Destination                    // categorical (Code): destination region (state, country)
	DestArea                       // categorical (Code): finer destination (postcode prefix, district)
	Category                       // categorical (Code): product category of the main line

	NumFeatures int = iota // the length of Features
)

// featureNames are the names used in CSV headers, model files and docs.
var featureNames = [NumFeatures]string{
	"weather_severity", "ambient_temp_c", "temp_class", "fragile", "distance_km",
	"slot_hour", "promised_hours", "placed_hour", "placed_weekday", "placed_month",
	"approval_hours", "weight_g", "item_count", "seller_count", "order_value",
	"freight_value", "discount", "prior_orders", "care_contacts", "priority",
	"carrier", "origin", "destination", "dest_area", "category",
}

// String returns the feature's name as written in CSV headers, e.g.
// "weather_severity".
func (f Feature) String() string {
	if f < 0 || int(f) >= NumFeatures {
		return "feature(?)"
	}
	return featureNames[f]
}

// FeatureByName returns the feature with that name.
func FeatureByName(name string) (Feature, bool) {
	for i, n := range featureNames {
		if n == name {
			return Feature(i), true
		}
	}
	return 0, false
}

// Categorical reports whether the feature holds a Code rather than a
// quantity.
func (f Feature) Categorical() bool { return f >= Carrier && f <= Category }

// Features is one order's feature vector, indexed by Feature. NaN marks an
// unknown value. It is a value type: Score takes it by value without
// allocating.
type Features [NumFeatures]float64

// Unknown returns a vector with every feature unknown (NaN).
func Unknown() Features {
	var f Features
	for i := range f {
		f[i] = math.NaN()
	}
	return f
}

// Code returns the number that stands for a categorical value: the 32-bit
// FNV-1a hash of s trimmed and with ASCII letters lowered (so "DHL" and
// " dhl" are one carrier), or NaN for an empty s. Any model reads codes it
// never saw in training as the training data's base rate.
func Code(s string) float64 {
	s = strings.TrimSpace(s)
	if s == "" {
		return math.NaN()
	}
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return float64(h)
}

// Conditions are the facts about an order's delivery that kefu does not
// store on the order itself: the weather forecast for the route on the
// delivery day, the route's distance and the promised slot. Zero values
// mean unknown, except Severity, which is known whenever Forecast is set.
type Conditions struct {
	Forecast bool    // a weather forecast is known: Severity and TempC are meaningful
	Severity int     // 0 calm, 1 rain or wind, 2 heavy rain or snow, 3 storm or typhoon
	TempC    float64 // forecast maximum, °C
	// DistanceKm is the route's length; 0 means unknown.
	DistanceKm float64
	// Slot is the start of the promised delivery slot, in the customer's
	// time zone; zero means take the shipment's ETA.
	Slot time.Time
	// Location, when set, is the time zone the clock features (slot and
	// placement hour, weekday, month) are read in; otherwise the times'
	// own.
	Location *time.Location
}

// FeaturesOf maps kefu's nouns to features. products maps SKUs to the
// catalogue entries of the order's lines (lines whose SKU is missing add
// their quantity and price but no weight, class or fragility); shipment
// may be nil before dispatch. Product attributes read: weight_g (grams per
// unit), fragile ("true", "yes", "1"), temperature_class and the other
// storage attributes coldchain.StorageFor reads; a cold-chain shipment is
// at least chilled. Money is in major units of the order's currency
// (Total / 100). A scan of many orders should build a Catalog once and
// call FeaturesOfCatalog, which gives the same features.
func FeaturesOf(o *kefu.Order, s *kefu.Shipment, products map[string]*kefu.Product, c Conditions) Features {
	return featuresOf(o, s, func(sku string) (ProductFacts, bool) {
		p := products[sku]
		if p == nil {
			return ProductFacts{}, false
		}
		return FactsOf(p), true
	}, c)
}

// ProductFacts are what the features take from a product.
type ProductFacts struct {
	WeightG  float64 // grams per unit; NaN when not known
	Fragile  bool
	Class    float64 // classNumber of its storage class
	Category float64 // Code of its category
}

// FactsOf works out a product's facts.
func FactsOf(p *kefu.Product) ProductFacts {
	f := ProductFacts{WeightG: math.NaN(), Fragile: isTrue(p.Attributes["fragile"]),
		Class: classNumber(coldchain.StorageFor(p, nil).Class), Category: Code(p.Category)}
	if w, ok := number(p.Attributes["weight_g"]); ok {
		f.WeightG = w
	}
	return f
}

// Catalog holds the facts of a shop's products by SKU.
type Catalog map[string]ProductFacts

// NewCatalog works out the facts of every product once.
func NewCatalog(products map[string]*kefu.Product) Catalog {
	c := make(Catalog, len(products))
	for sku, p := range products {
		c[sku] = FactsOf(p)
	}
	return c
}

// FeaturesOfCatalog is FeaturesOf with the products' facts worked out
// beforehand.
func FeaturesOfCatalog(o *kefu.Order, s *kefu.Shipment, cat Catalog, c Conditions) Features {
	return featuresOf(o, s, func(sku string) (ProductFacts, bool) {
		f, ok := cat[sku]
		return f, ok
	}, c)
}

func featuresOf(o *kefu.Order, s *kefu.Shipment, facts func(sku string) (ProductFacts, bool), c Conditions) Features {
	f := Unknown()
	if c.Forecast {
		f[WeatherSeverity] = float64(c.Severity)
		f[AmbientTempC] = c.TempC
	}
	if c.DistanceKm > 0 {
		f[DistanceKm] = c.DistanceKm
	}
	slot := c.Slot
	if slot.IsZero() && s != nil && s.ETA != nil {
		slot = *s.ETA
	}
	if c.Location != nil && !slot.IsZero() {
		slot = slot.In(c.Location)
	}
	if o == nil {
		return f
	}
	if placed := o.PlacedAt; !placed.IsZero() {
		if c.Location != nil {
			placed = placed.In(c.Location)
		}
		f[PlacedHour] = float64(placed.Hour())
		f[PlacedWeekday] = float64(placed.Weekday())
		f[PlacedMonth] = float64(placed.Month())
		if !slot.IsZero() {
			f[PromisedHours] = slot.Sub(placed).Hours()
		}
	}
	if !slot.IsZero() {
		f[SlotHour] = float64(slot.Hour())
	}
	f[OrderValue] = float64(o.Total) / 100
	f[Destination] = Code(o.ShipTo)
	if s != nil {
		f[Carrier] = Code(s.Carrier)
	}

	var items, weight, class, fragile float64
	known, weighed := false, false
	var mainValue int64 = -1
	for _, l := range o.Lines {
		items += float64(l.Quantity)
		p, ok := facts(l.SKU)
		if !ok {
			continue
		}
		known = true
		if !math.IsNaN(p.WeightG) {
			weight += p.WeightG * float64(l.Quantity)
			weighed = true
		}
		if p.Fragile {
			fragile = 1
		}
		class = max(class, p.Class)
		if v := l.UnitPrice * int64(l.Quantity); v > mainValue {
			mainValue = v
			f[Category] = p.Category
		}
	}
	if len(o.Lines) > 0 {
		f[ItemCount] = items
	}
	if weighed {
		f[WeightG] = weight
	}
	if s != nil && s.ColdChain {
		class = max(class, 2)
		known = true
	}
	if known {
		f[TempClass] = class
		f[Fragile] = fragile
	}
	return f
}

// classNumber orders cold-storage classes by how much they suffer from a
// slow delivery.
func classNumber(c coldchain.Class) float64 {
	switch c {
	case coldchain.ClassFrozen:
		return 3
	case coldchain.ClassChilled:
		return 2
	case coldchain.ClassCool:
		return 1
	}
	return 0
}

func isTrue(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "1", "y":
		return true
	}
	return false
}
