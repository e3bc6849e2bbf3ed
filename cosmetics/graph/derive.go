package graph

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// Deriver derives profiles. The zero value works without ratings and
// price bands.
type Deriver struct {
	// Ratings gives comedogenicity and irritancy; nil leaves those
	// dimensions to shop attributes.
	Ratings *inci.Ratings
	// Bands gives price bands; nil leaves the price band unknown.
	Bands *Bands
}

// Derive returns p's profile with ratings r (nil for none) and no price
// band; DeriveAll adds price bands computed over a catalogue.
func Derive(p *kefu.Product, r *inci.Ratings) *Profile {
	return (&Deriver{Ratings: r}).Derive(p)
}

// DeriveAll derives every product of a catalogue, with price bands
// computed over it (ComputeBands with DefaultMinBand).
func DeriveAll(ps []*kefu.Product, r *inci.Ratings) []*Profile {
	d := &Deriver{Ratings: r, Bands: ComputeBands(ps, DefaultMinBand)}
	out := make([]*Profile, len(ps))
	for i, p := range ps {
		out[i] = d.Derive(p)
	}
	return out
}

// fact is what a fact rests on, carried into the evidence of the tags
// rules derive from it.
type fact struct {
	ings  []string
	attrs []string
}

// state is one derivation.
type state struct {
	p     *Profile
	facts map[string]*fact
}

func (s *state) set(name string, ing, attr string) {
	f := s.facts[name]
	if f == nil {
		f = &fact{}
		s.facts[name] = f
	}
	if ing != "" && !contains(f.ings, ing) {
		f.ings = append(f.ings, ing)
	}
	if attr != "" && !contains(f.attrs, attr) {
		f.attrs = append(f.attrs, attr)
	}
}

func (s *state) has(name string) bool { _, ok := s.facts[name]; return ok }

// add adds a tag and the fact "<dim>:<value>" resting on what ev names.
func (s *state) add(d Dimension, value string, level Level, ev Evidence) {
	if value == "" {
		return
	}
	s.p.add(d, value, level, ev)
	name := string(d) + ":" + value
	s.set(name, "", ev.Attribute)
	for _, ing := range ev.Ingredients {
		s.set(name, ing, "")
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Derive returns p's profile. It reads p's fields and attributes only;
// see the package doc for the attributes it knows.
func (d *Deriver) Derive(p *kefu.Product) *Profile {
	s := &state{p: &Profile{SKU: p.SKU, Tags: make(map[Dimension][]Tag, len(Dimensions))}, facts: make(map[string]*fact, 64)}
	attr := p.Attributes
	s.category(p)
	list, listAttr := attr["ingredients"], "ingredients"
	if inci.IsPlaceholder(list) {
		list, listAttr = attr["inci"], "inci"
	}
	if inci.IsPlaceholder(list) {
		list, listAttr = attr["key_ingredients"], "key_ingredients"
		s.p.Partial = true
	} else {
		s.set("complete", "", listAttr)
	}
	s.ingredients(inci.Parse(list), listAttr, d.Ratings)
	s.strength(p.Name, "name")
	for _, item := range strings.Split(attr["key_ingredients"], ",") {
		s.strength(item, "key_ingredients")
	}
	s.attributes(p)
	s.text(p)
	for i := range Rules {
		s.apply(&Rules[i])
	}
	if d.Bands != nil {
		if v, ev, ok := d.Bands.Of(p); ok {
			s.add(DimPriceBand, v, "", ev)
		}
	}
	s.shop(attr)
	return s.p
}

// apply fires r if its facts hold.
func (s *state) apply(r *Rule) {
	for _, f := range r.All {
		if !s.has(f) {
			return
		}
	}
	for _, f := range r.None {
		if s.has(f) {
			return
		}
	}
	anyHits := 0
	for _, f := range r.Any {
		if s.has(f) {
			anyHits++
		}
	}
	if len(r.Any) > 0 && anyHits == 0 {
		return
	}
	because := make([]string, 0, len(r.All)+anyHits)
	because = append(because, r.All...)
	for _, f := range r.Any {
		if s.has(f) {
			because = append(because, f)
		}
	}
	ev := Evidence{Kind: KindRule, Rule: r.ID, Because: because}
	for _, b := range because {
		f := s.facts[b]
		for _, ing := range f.ings {
			if !contains(ev.Ingredients, ing) {
				ev.Ingredients = append(ev.Ingredients, ing)
			}
		}
		if ev.Attribute == "" && len(f.attrs) > 0 {
			ev.Attribute = f.attrs[0]
		}
	}
	s.add(r.Dim, r.Value, r.Level, ev)
}

// categories maps a shop category (lower case) to its routine step and
// kind: make-up or not, rinsed off or left on, for the face or not.
var categories = map[string]struct {
	step                   string
	makeup, rinse, notFace bool
}{
	"cleanser":    {step: "cleanse", rinse: true},
	"toner":       {step: "tone"},
	"essence":     {step: "tone"},
	"serum":       {step: "treat"},
	"treatment":   {step: "treat"},
	"mask":        {step: "treat"},
	"exfoliant":   {step: "treat"},
	"eye cream":   {step: "treat"},
	"moisturiser": {step: "moisturise"},
	"moisturizer": {step: "moisturise"},
	"face oil":    {step: "moisturise"},
	"sunscreen":   {step: "protect"},
	"primer":      {step: "make-up", makeup: true},
	"foundation":  {step: "make-up", makeup: true},
	"concealer":   {step: "make-up", makeup: true},
	"bb cream":    {step: "make-up", makeup: true},
	"powder":      {step: "make-up", makeup: true},
	"blush":       {step: "make-up", makeup: true},
	"lips":        {step: "make-up", makeup: true, notFace: true},
	"eyes":        {step: "make-up", makeup: true, notFace: true},
	"body":        {step: "body", notFace: true},
}

func (s *state) category(p *kefu.Product) {
	c := strings.ToLower(strings.TrimSpace(p.Category))
	ev := Evidence{Kind: KindAttribute, Attribute: "category"}
	s.add(DimCategory, c, "", ev)
	if b := strings.TrimSpace(p.Brand); b != "" {
		s.add(DimBrand, b, "", Evidence{Kind: KindAttribute, Attribute: "brand"})
	}
	s.set("category:"+c, "", "category")
	k, ok := categories[c]
	if !ok {
		s.set("face", "", "category") // unknown: assume face skincare, left on
		s.set("leave-on", "", "category")
		return
	}
	s.add(DimStep, k.step, "", Evidence{Kind: KindRule, Rule: "step/" + c, Attribute: "category"})
	if k.makeup {
		s.set("makeup", "", "category")
	}
	if k.rinse {
		s.set("rinse-off", "", "category")
	} else {
		s.set("leave-on", "", "category")
	}
	if !k.notFace {
		s.set("face", "", "category")
	}
}

// classFacts holds the fact names and rule ID of each class, built once.
var classFacts = func() []struct{ class, high, rule string } {
	out := make([]struct{ class, high, rule string }, len(Classes))
	for i, c := range Classes {
		out[i].class, out[i].high, out[i].rule = "class:"+c.Name, "high:"+c.Name, "class/"+c.Name
	}
	return out
}()

// Comedogenicity and irritancy at or above these are flagged.
const (
	comedogenicFlag = 3
	irritantFlag    = 3
)

func (s *state) ingredients(ings []inci.Ingredient, listAttr string, r *inci.Ratings) {
	complete := s.has("complete")
	leaveOn := s.has("leave-on")
	for i, ing := range ings {
		s.p.add(DimIngredients, ing.Name, "", Evidence{Kind: KindAttribute, Attribute: listAttr})
		for _, ci := range classesOf(ing) {
			c := &Classes[ci]
			s.set(classFacts[ci].class, ing.Name, "")
			if complete && i < 5 {
				s.set(classFacts[ci].high, ing.Name, "")
			}
			if c.Dim != "" {
				s.add(c.Dim, c.Name, "", Evidence{Kind: KindIngredient, Rule: classFacts[ci].rule, Ingredients: []string{ing.Name}})
			}
		}
		if r == nil {
			continue
		}
		rt, ok := r.Rate(ing)
		if !ok {
			continue
		}
		if rt.Comedogenic >= comedogenicFlag && leaveOn {
			s.add(DimComedogenic, ing.Name, "", Evidence{Kind: KindIngredient, Rule: "rating/comedogenic",
				Ingredients: []string{ing.Name}, Note: "comedogenicity " + strconv.Itoa(rt.Comedogenic) + "/5"})
			s.set("comedogenic", ing.Name, "")
		}
		if rt.Irritant >= irritantFlag {
			s.add(DimIrritants, ing.Name, "", Evidence{Kind: KindIngredient, Rule: "rating/irritant",
				Ingredients: []string{ing.Name}, Note: "irritancy " + strconv.Itoa(rt.Irritant) + "/5"})
			s.set("irritant", ing.Name, "")
		}
	}
	if !leaveOn && len(ings) > 0 {
		s.add(DimComedogenic, "n/a: rinse-off", "", Evidence{Kind: KindRule, Rule: "comedogenic/rinse-off",
			Attribute: "category", Note: "comedogenicity ratings are for leave-on use"})
	}
}

// Strengths are the printed concentrations (percent) at or above which
// an active counts as strong: fine for experienced skin, not to start
// with. Typical beginner levels are well below (retinol 0.1-0.3%).
var Strengths = map[string]float64{
	"retinoid":    1,
	"aha":         10,
	"bha":         2,
	"vitamin c":   20,
	"niacinamide": 10,
}

var (
	// "Retinol 0.3%": the name before the number.
	percentAfterRE = regexp.MustCompile(`([A-Za-z][A-Za-z \-]*?)\s*(\d+(?:[.,]\d+)?)\s*%`)
	// "7% Glycolic Acid": the name after; its first one to three words
	// are tried, longest first.
	percentBeforeRE = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*%\s+([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,2})`)
)

// strength reads "Retinol 0.3%" and "7% Glycolic Acid" concentrations of
// actives from text.
func (s *state) strength(text, attr string) {
	if !strings.Contains(text, "%") {
		return
	}
	for _, m := range percentAfterRE.FindAllStringSubmatch(text, -1) {
		s.percent(m[1], m[2], m[0], attr)
	}
	for _, m := range percentBeforeRE.FindAllStringSubmatch(text, -1) {
		words := strings.Fields(m[2])
		for n := len(words); n > 0; n-- {
			if s.percent(strings.Join(words[:n], " "), m[1], m[0], attr) {
				break
			}
		}
	}
}

// percent records one concentration; false when name is no active.
func (s *state) percent(name, number, match, attr string) bool {
	name = inci.Normalize(name)
	pct, err := strconv.ParseFloat(strings.ReplaceAll(number, ",", "."), 64)
	if name == "" || err != nil {
		return false
	}
	var classes []string
	for _, ci := range appendClasses(nil, name) {
		if Classes[ci].Dim == DimActives {
			classes = append(classes, Classes[ci].Name)
		}
	}
	if len(classes) == 0 {
		return false
	}
	value := name + " " + strconv.FormatFloat(pct, 'f', -1, 64) + "%"
	s.add(DimStrength, value, "", Evidence{Kind: KindAttribute, Attribute: attr, Note: match})
	for _, c := range classes {
		if lim, ok := Strengths[c]; ok && pct >= lim {
			s.set("strong:"+c, "", attr)
		}
	}
	return true
}

// attributes reads the attributes the demo shops and importers use.
func (s *state) attributes(p *kefu.Product) {
	a := p.Attributes
	attrEv := func(name string) Evidence { return Evidence{Kind: KindAttribute, Attribute: name} }
	switch strings.ToLower(a["fragrance_free"]) {
	case "true", "yes":
		s.add(DimFragrance, "fragrance-free", "", attrEv("fragrance_free"))
	case "false", "no":
		s.add(DimFragrance, "fragrance", "", attrEv("fragrance_free"))
	}
	if isTrue(a["non_comedogenic"]) {
		s.add(DimComedogenic, "non-comedogenic", "", attrEv("non_comedogenic"))
	}
	switch strings.ToLower(a["pregnancy_safe"]) {
	case "true", "yes":
		s.add(DimPregnancy, "shop says safe", "", attrEv("pregnancy_safe"))
	case "false", "no":
		s.add(DimPregnancy, "avoid", "", attrEv("pregnancy_safe"))
		s.add(DimCautions, "pregnancy", LevelAvoid, attrEv("pregnancy_safe"))
	}
	if v := a["patch_test"]; v != "" && !strings.EqualFold(v, "no") {
		s.add(DimCautions, "patch test", LevelCaution, Evidence{Kind: KindAttribute, Attribute: "patch_test", Note: v})
	}
	if ph, err := strconv.ParseFloat(a["ph"], 64); err == nil && ph < 4 {
		s.set("ph:low", "", "ph")
	}
	if isTrue(a["water_resistant"]) {
		s.set("water-resistant", "", "water_resistant")
	}
	if u := strings.ToLower(a["usage"]); u != "" {
		if containsAny(u, []string{"evening", "night", "pm"}) {
			s.set("usage:pm", "", "usage")
		}
		if containsAny(u, []string{"morning", "am ", "daytime"}) {
			s.set("usage:am", "", "usage")
		}
	}
	for _, v := range splitList(a["skin_types"]) {
		for _, st := range skinTypesOf(v) {
			s.add(DimSuitsSkin, st, "", attrEv("skin_types"))
		}
	}
	for _, v := range splitList(a["concerns"]) {
		s.add(DimSuitsConcern, Concern(v), "", attrEv("concerns"))
	}
	for _, x := range []struct {
		attr string
		dim  Dimension
	}{{"finish", DimFinish}, {"texture", DimTexture}, {"coverage", DimCoverage}} {
		for _, v := range splitList(a[x.attr]) {
			s.add(x.dim, v, "", attrEv(x.attr))
		}
	}
	if v := strings.TrimSpace(a["spf"]); v != "" {
		s.spf(v, attrEv("spf"))
	}
	if v := strings.TrimSpace(a["pa"]); v != "" {
		s.add(DimSPF, strings.ToUpper(v), "", attrEv("pa"))
	}
}

func isTrue(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	return v == "true" || v == "yes" || v == "1"
}

// spf adds an SPF value ("50+") and the spf facts.
func (s *state) spf(v string, ev Evidence) {
	v = strings.TrimSpace(strings.TrimPrefix(strings.ToUpper(v), "SPF"))
	n, err := strconv.Atoi(strings.TrimSuffix(v, "+"))
	if err != nil || n <= 0 {
		return
	}
	s.add(DimSPF, "SPF "+v, "", ev)
	s.set("spf", "", ev.Attribute)
	if n >= 30 {
		s.set("spf:high", "", ev.Attribute)
	}
}

// splitList splits a comma list, trimmed, lower case, empty items
// dropped.
func splitList(v string) []string {
	var out []string
	for _, x := range strings.Split(v, ",") {
		if x = strings.ToLower(strings.TrimSpace(x)); x != "" {
			out = append(out, x)
		}
	}
	return out
}
