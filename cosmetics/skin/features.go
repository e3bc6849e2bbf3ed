package skin

import (
	"math"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// Groups is a set of feature groups.
type Groups uint8

// The feature groups.
const (
	// GroupIngredients is one column per ingredient found in at least
	// MinDF training products: 1 if present (or its position weight).
	GroupIngredients Groups = 1 << iota
	// GroupKnowledge is what is known about the ingredients: the
	// position-weighted share of the list with each CosIng function,
	// comedogenicity and irritancy, and flags (fragrance, alcohol, acids,
	// oils, silicones, clays, ...).
	GroupKnowledge
	// GroupCard is the product type and price.
	GroupCard
	// GroupBrand is the brand, one column per brand seen in training.
	GroupBrand
)

func (g Groups) String() string {
	var parts []string
	for _, x := range []struct {
		g    Groups
		name string
	}{{GroupIngredients, "ingredients"}, {GroupKnowledge, "knowledge"}, {GroupCard, "card"}, {GroupBrand, "brand"}} {
		if g&x.g != 0 {
			parts = append(parts, x.name)
		}
	}
	return strings.Join(parts, "+")
}

// MinDF is the fewest training products an ingredient must be in to get
// its own column: one seen once cannot be weighed.
const MinDF = 2

// Features says which features a logistic regression sees.
type Features struct {
	Groups Groups
	// Positional weighs an ingredient's column by its place in the list,
	// PositionWeight, instead of 1: lists are printed by decreasing
	// concentration (above 1%).
	Positional bool
}

// PositionWeight is the weight of the k-th printed ingredient (0-based):
// 1 for the first, 1/2 for the 11th, 1/4 for the 31st.
func PositionWeight(k int) float64 { return 1 / (1 + float64(k)/10) }

// Knowledge is what the features may know about ingredients; either part
// may be nil.
type Knowledge struct {
	Inventory *inci.Inventory // CosIng functions
	Ratings   *inci.Ratings   // comedogenicity and irritancy
}

// entry is one nonzero of a sparse feature vector.
type entry struct {
	j int32
	v float64
}

// featurizer turns products into sparse vectors. It is learnt on the
// training products (vocabularies, standardisation) and then read-only.
type featurizer struct {
	set   Features
	know  Knowledge
	vocab map[string]int32 // ingredient name -> column
	kinds map[string]int32
	brand map[string]int32
	// dense columns (knowledge and price) start at denseAt and are
	// standardised with mean and std from the training products.
	denseAt   int32
	mean, std []float64
	fnIndex   map[string]int // CosIng function label -> index in the dense block
	medPrice  float64
	dim       int
}

// ingredient flags that dermatology advice cites for particular skin
// types; matched against normalised names.
var flagRules = []struct {
	name string
	hit  func(n string) bool
}{
	{"fragrance", func(n string) bool { return n == "fragrance" || n == "aroma" || n == "flavor" }},
	{"alcohol", func(n string) bool { return n == "alcohol" || n == "alcohol denat" || n == "isopropyl alcohol" }},
	{"allergen", func(n string) bool {
		return slices.Contains([]string{"limonene", "linalool", "citronellol", "geraniol", "citral", "eugenol",
			"coumarin", "farnesol", "hydroxycitronellal", "benzyl benzoate", "benzyl salicylate", "benzyl alcohol",
			"isoeugenol", "cinnamal", "amyl cinnamal", "hexyl cinnamal", "alpha isomethyl ionone"}, n)
	}},
	{"essential_oil", func(n string) bool {
		return strings.HasSuffix(n, " oil") && (strings.Contains(n, "citrus") || strings.Contains(n, "lavandula") ||
			strings.Contains(n, "mentha") || strings.Contains(n, "eucalyptus") || strings.Contains(n, "rosmarinus") ||
			strings.Contains(n, "melaleuca") || strings.Contains(n, "pelargonium") || strings.Contains(n, "flower oil") ||
			strings.Contains(n, "leaf oil") || strings.Contains(n, "peel oil"))
	}},
	{"exfoliant_acid", func(n string) bool {
		return slices.Contains([]string{"salicylic acid", "glycolic acid", "lactic acid", "mandelic acid", "citric acid",
			"malic acid", "gluconolactone", "lactobionic acid", "azelaic acid", "tartaric acid"}, n)
	}},
	{"retinoid", func(n string) bool { return strings.HasPrefix(n, "retin") || n == "bakuchiol" }},
	{"oil", func(n string) bool { return strings.HasSuffix(n, " oil") || strings.HasSuffix(n, " butter") }},
	{"silicone", func(n string) bool { return strings.Contains(n, "methicone") || strings.Contains(n, "siloxane") }},
	{"clay", func(n string) bool {
		return n == "kaolin" || n == "bentonite" || n == "montmorillonite" || strings.Contains(n, "clay") || n == "charcoal powder"
	}},
	{"humectant_hero", func(n string) bool {
		return strings.Contains(n, "hyaluron") || n == "glycerin" || n == "urea" || n == "panthenol" || strings.HasPrefix(n, "ceramide")
	}},
	{"soothing", func(n string) bool {
		return n == "allantoin" || n == "bisabolol" || strings.Contains(n, "centella") || strings.Contains(n, "colloidal oat") ||
			strings.Contains(n, "aloe")
	}},
	{"mattifying", func(n string) bool {
		return n == "niacinamide" || n == "zinc pca" || n == "silica" || n == "zinc oxide"
	}},
	{"sunscreen", func(n string) bool {
		return slices.Contains([]string{"avobenzone", "octinoxate", "octisalate", "homosalate", "octocrylene", "oxybenzone",
			"titanium dioxide", "zinc oxide", "ethylhexyl methoxycinnamate", "butyl methoxydibenzoylmethane"}, n)
	}},
}

// Fixed dense columns besides the CosIng function shares.
const (
	dHasList = iota
	dLogCount
	dCosIngShare
	dMaxComedo
	dMeanComedo
	dMaxIrritant
	dMeanIrritant
	dClogging
	dCloggingTop
	dLogPrice
	numFixedDense
)

// newFeaturizer learns vocabularies and scales on the training products.
func newFeaturizer(ps []Product, set Features, know Knowledge) *featurizer {
	f := &featurizer{set: set, know: know, vocab: map[string]int32{}, kinds: map[string]int32{}, brand: map[string]int32{}}
	col := int32(0)
	if set.Groups&GroupIngredients != 0 {
		df := map[string]int{}
		for _, p := range ps {
			for _, g := range p.Ingredients {
				df[g.Name]++
			}
		}
		names := make([]string, 0, len(df))
		for n, c := range df {
			if c >= MinDF {
				names = append(names, n)
			}
		}
		slices.Sort(names) // column order must not depend on map order
		for _, n := range names {
			f.vocab[n] = col
			col++
		}
	}
	oneHot := func(m map[string]int32, key func(Product) string) {
		var keys []string
		for _, p := range ps {
			if k := key(p); k != "" {
				if _, ok := m[k]; !ok {
					m[k] = 0
					keys = append(keys, k)
				}
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			m[k] = col
			col++
		}
	}
	if set.Groups&GroupCard != 0 {
		oneHot(f.kinds, func(p Product) string { return strings.ToLower(p.Kind) })
	}
	if set.Groups&GroupBrand != 0 {
		oneHot(f.brand, func(p Product) string { return strings.ToLower(p.Brand) })
	}
	f.denseAt = col
	var prices []float64
	for _, p := range ps {
		if p.Price == p.Price {
			prices = append(prices, p.Price)
		}
	}
	if len(prices) > 0 {
		slices.Sort(prices)
		f.medPrice = prices[len(prices)/2]
	}
	if f.know.Inventory != nil {
		f.fnIndex = map[string]int{}
		for i, l := range f.know.Inventory.Labels {
			f.fnIndex[l] = i
		}
	}
	nd := f.numDense()
	f.mean, f.std = make([]float64, nd), make([]float64, nd)
	f.dim = int(col) + nd
	if nd == 0 {
		return f
	}
	buf := make([]float64, nd)
	s2 := make([]float64, nd)
	for i := range ps {
		f.dense(&ps[i], buf)
		for j, v := range buf {
			f.mean[j] += v
			s2[j] += v * v
		}
	}
	n := float64(len(ps))
	for j := range f.mean {
		f.mean[j] /= n
		f.std[j] = math.Sqrt(max(0, s2[j]/n-f.mean[j]*f.mean[j]))
	}
	return f
}

// numDense is the length of the dense block.
func (f *featurizer) numDense() int {
	n := 0
	if f.set.Groups&GroupKnowledge != 0 {
		n += numFixedDense + len(flagRules) + len(f.fnIndex)
	} else if f.set.Groups&GroupCard != 0 {
		n = numFixedDense // only dLogPrice is filled; the rest stay constant and are dropped by std 0
	}
	return n
}

// dense fills the unstandardised dense block of p.
func (f *featurizer) dense(p *Product, out []float64) {
	clear(out)
	if len(out) == 0 {
		return
	}
	if f.set.Groups&GroupCard != 0 {
		price := p.Price
		if price != price {
			price = f.medPrice
		}
		out[dLogPrice] = math.Log1p(price)
	}
	if f.set.Groups&GroupKnowledge == 0 {
		return
	}
	ings := p.Ingredients
	if len(ings) == 0 {
		return
	}
	out[dHasList] = 1
	out[dLogCount] = math.Log1p(float64(len(ings)))
	var W, cosW, ratedW float64
	flags := out[numFixedDense : numFixedDense+len(flagRules)]
	fns := out[numFixedDense+len(flagRules):]
	for k, g := range ings {
		w := PositionWeight(k)
		W += w
		if inv := f.know.Inventory; inv != nil {
			if labels, ok := inv.Functions(g); ok {
				cosW += w
				for _, l := range labels {
					fns[f.fnIndex[l]] += w
				}
			}
		}
		if r := f.know.Ratings; r != nil {
			if v, ok := r.Rate(g); ok {
				ratedW += w
				out[dMaxComedo] = max(out[dMaxComedo], float64(v.Comedogenic))
				out[dMaxIrritant] = max(out[dMaxIrritant], float64(v.Irritant))
				out[dMeanComedo] += w * float64(v.Comedogenic)
				out[dMeanIrritant] += w * float64(v.Irritant)
			}
			if r.PoreClogging(g) {
				out[dClogging]++
				if k < 10 {
					out[dCloggingTop] = 1
				}
			}
		}
		for i, fr := range flagRules {
			if fr.hit(g.Name) {
				flags[i] += w
			}
		}
	}
	out[dCosIngShare] = cosW / W
	if ratedW > 0 {
		out[dMeanComedo] /= ratedW
		out[dMeanIrritant] /= ratedW
	}
	for i := range fns {
		fns[i] /= W
	}
}

// vector appends p's sparse features to buf[:0].
func (f *featurizer) vector(p *Product, buf []entry) []entry {
	buf = buf[:0]
	if len(f.vocab) > 0 {
		for k, g := range p.Ingredients {
			if j, ok := f.vocab[g.Name]; ok {
				v := 1.0
				if f.set.Positional {
					v = PositionWeight(k)
				}
				buf = append(buf, entry{j, v})
			}
		}
		slices.SortFunc(buf, func(a, b entry) int { return int(a.j - b.j) })
	}
	if j, ok := f.kinds[strings.ToLower(p.Kind)]; ok {
		buf = append(buf, entry{j, 1})
	}
	if j, ok := f.brand[strings.ToLower(p.Brand)]; ok {
		buf = append(buf, entry{j, 1})
	}
	if nd := len(f.mean); nd > 0 {
		var d [256]float64
		var dense []float64
		if nd > len(d) {
			dense = make([]float64, nd)
		} else {
			dense = d[:nd]
		}
		f.dense(p, dense)
		for j, v := range dense {
			if f.std[j] > 1e-12 {
				if z := (v - f.mean[j]) / f.std[j]; z != 0 {
					buf = append(buf, entry{f.denseAt + int32(j), z})
				}
			}
		}
	}
	return buf
}
