package graph

import "slices"

// Dimension names one axis of a product's profile.
type Dimension string

// The dimensions of a profile, in the order Dimensions lists them.
const (
	DimCategory     Dimension = "category"
	DimBrand        Dimension = "brand"
	DimStep         Dimension = "step"        // routine step: cleanse, tone, treat, moisturise, protect, make-up
	DimIngredients  Dimension = "ingredients" // normalised INCI keys, in printed order
	DimActives      Dimension = "actives"     // ingredient classes that do something: retinoid, aha, niacinamide, ...
	DimStrength     Dimension = "strength"    // printed concentrations: "retinol 0.3%"
	DimFragrance    Dimension = "fragrance"   // fragrance, essential oil, fragrance allergen, fragrance-free
	DimAlcohol      Dimension = "alcohol"     // drying alcohol, fatty alcohol, no drying alcohol
	DimSilicones    Dimension = "silicones"   // silicone, silicone-free
	DimComedogenic  Dimension = "comedogenic" // ingredients rated 3 or more, or "none rated 3+"
	DimIrritants    Dimension = "irritants"   // ingredients rated 3 or more for irritancy, or "none rated 3+"
	DimEfficacy     Dimension = "efficacy"
	DimSuitsSkin    Dimension = "suits_skin"
	DimAvoidSkin    Dimension = "avoid_skin"
	DimSuitsConcern Dimension = "suits_concern"
	DimAvoidConcern Dimension = "avoid_concern"
	DimCautions     Dimension = "cautions"  // value: who or what the caution is about (pregnancy, sensitive, sun, ...)
	DimConflicts    Dimension = "conflicts" // value: the active it conflicts with in one routine
	DimPregnancy    Dimension = "pregnancy"
	DimTimeOfDay    Dimension = "time_of_day" // am, pm, am+pm
	DimSeason       Dimension = "season"      // summer, winter, all-year
	DimFinish       Dimension = "finish"
	DimTexture      Dimension = "texture"
	DimCoverage     Dimension = "coverage"
	DimSPF          Dimension = "spf"
	DimPriceBand    Dimension = "price_band" // budget, mid, premium
)

// Dimensions lists every dimension of a profile.
var Dimensions = []Dimension{
	DimCategory, DimBrand, DimStep, DimIngredients, DimActives, DimStrength,
	DimFragrance, DimAlcohol, DimSilicones, DimComedogenic, DimIrritants,
	DimEfficacy, DimSuitsSkin, DimAvoidSkin, DimSuitsConcern, DimAvoidConcern,
	DimCautions, DimConflicts, DimPregnancy, DimTimeOfDay, DimSeason,
	DimFinish, DimTexture, DimCoverage, DimSPF, DimPriceBand,
}

// Kind says where a piece of evidence comes from.
type Kind string

// The kinds of evidence.
const (
	// KindIngredient: an ingredient of the list was found (Ingredients,
	// Rule names the class or the rating).
	KindIngredient Kind = "ingredient"
	// KindRule: a rule of Rules fired (Rule, Because, and the ingredients
	// and attributes behind the facts it matched).
	KindRule Kind = "rule"
	// KindAttribute: a product attribute or field says so (Attribute).
	KindAttribute Kind = "attribute"
	// KindText: a word in the product name or description (Note).
	KindText Kind = "text"
	// KindCatalog: computed over the catalogue (price bands, Note).
	KindCatalog Kind = "catalog"
	// KindShop: the shop set the tag with a "tags.<dim>" attribute; it
	// wins over derived tags.
	KindShop Kind = "shop"
)

// Evidence is one reason a tag holds.
type Evidence struct {
	Kind Kind `json:"kind"`
	// Rule is the rule or ingredient class ID, also a key for text.
	Rule string `json:"rule,omitempty"`
	// Ingredients are the normalised ingredient keys behind the tag.
	Ingredients []string `json:"ingredients,omitempty"`
	// Attribute is the product attribute or field read ("skin_types").
	Attribute string `json:"attribute,omitempty"`
	// Because lists the facts a rule matched ("class:retinoid").
	Because []string `json:"because,omitempty"`
	// Note is free detail: a rating, matched text, a price threshold.
	Note string `json:"note,omitempty"`
}

// Level grades cautions and conflicts; other tags have none.
type Level string

// The levels, from harmless to serious.
const (
	// LevelOK marks a combination people worry about that is fine
	// (vitamin C with niacinamide).
	LevelOK      Level = "ok"
	LevelCaution Level = "caution"
	LevelAvoid   Level = "avoid"
)

func (l Level) rank() int {
	switch l {
	case LevelOK:
		return 1
	case LevelCaution:
		return 2
	case LevelAvoid:
		return 3
	}
	return 0
}

// Tag is one value of a dimension with its evidence.
type Tag struct {
	Value    string     `json:"value"`
	Level    Level      `json:"level,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Shop reports whether the shop set the tag.
func (t Tag) Shop() bool {
	return slices.ContainsFunc(t.Evidence, func(e Evidence) bool { return e.Kind == KindShop })
}

// Profile is a product's knowledge profile: tags per dimension.
type Profile struct {
	SKU string `json:"sku"`
	// Partial is true when only key ingredients were listed (attribute
	// "key_ingredients"), so what is absent from the list is unknown:
	// "fragrance-free" and "none rated 3+" are then not derived.
	Partial bool                `json:"partial,omitempty"`
	Tags    map[Dimension][]Tag `json:"tags"`
}

// Get returns the tags of one dimension, in derivation order.
func (p *Profile) Get(d Dimension) []Tag { return p.Tags[d] }

// Tag returns the tag with that value in d.
func (p *Profile) Tag(d Dimension, value string) (Tag, bool) {
	if i := p.find(d, value); i >= 0 {
		return p.Tags[d][i], true
	}
	return Tag{}, false
}

// Has reports whether d holds value.
func (p *Profile) Has(d Dimension, value string) bool { return p.find(d, value) >= 0 }

func (p *Profile) find(d Dimension, value string) int {
	return slices.IndexFunc(p.Tags[d], func(t Tag) bool { return t.Value == value })
}

// Values returns the values of d.
func (p *Profile) Values(d Dimension) []string {
	var out []string
	for _, t := range p.Tags[d] {
		out = append(out, t.Value)
	}
	return out
}

// Filled returns the dimensions with at least one tag, in Dimensions
// order.
func (p *Profile) Filled() []Dimension {
	var out []Dimension
	for _, d := range Dimensions {
		if len(p.Tags[d]) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// Unknown returns the dimensions without a tag, in Dimensions order.
func (p *Profile) Unknown() []Dimension {
	var out []Dimension
	for _, d := range Dimensions {
		if len(p.Tags[d]) == 0 {
			out = append(out, d)
		}
	}
	return out
}

// add puts value into d with ev, merging evidence into an existing tag
// and keeping the higher level. Tag lists are short (tens), so a scan is
// cheaper than an index.
func (p *Profile) add(d Dimension, value string, level Level, ev Evidence) {
	if value == "" {
		return
	}
	if i := p.find(d, value); i >= 0 {
		t := &p.Tags[d][i]
		t.Evidence = append(t.Evidence, ev)
		if level.rank() > t.Level.rank() {
			t.Level = level
		}
		return
	}
	p.Tags[d] = append(p.Tags[d], Tag{Value: value, Level: level, Evidence: []Evidence{ev}})
}

// remove drops value from d.
func (p *Profile) remove(d Dimension, value string) {
	if i := p.find(d, value); i >= 0 {
		p.Tags[d] = slices.Delete(p.Tags[d], i, i+1)
		if len(p.Tags[d]) == 0 {
			delete(p.Tags, d)
		}
	}
}
