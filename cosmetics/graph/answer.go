package graph

import (
	"slices"

	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// Verdict answers "does this product suit X".
type Verdict string

// The verdicts.
const (
	VerdictSuits   Verdict = "suits"
	VerdictAvoid   Verdict = "avoid"
	VerdictMixed   Verdict = "mixed" // reasons both ways; say both
	VerdictUnknown Verdict = "unknown"
)

// Fit is the answer to "does this product suit skin type (or concern) X,
// and why": the tags for and against, with their evidence, and the
// cautions addressed to X.
type Fit struct {
	Verdict  Verdict `json:"verdict"`
	For      []Tag   `json:"for,omitempty"`
	Against  []Tag   `json:"against,omitempty"`
	Cautions []Tag   `json:"cautions,omitempty"`
}

// SuitsSkin answers for a skin type ("oily", "combo", "sensitive skin").
func (p *Profile) SuitsSkin(skinType string) Fit {
	v := SkinType(skinType)
	return p.fit(DimSuitsSkin, DimAvoidSkin, v, v)
}

// SuitsConcern answers for a concern ("acne", "fine lines").
func (p *Profile) SuitsConcern(concern string) Fit {
	v := Concern(concern)
	audience := v
	if v == "acne" {
		audience = "acne-prone"
	}
	return p.fit(DimSuitsConcern, DimAvoidConcern, v, audience)
}

func (p *Profile) fit(suits, avoid Dimension, v, audience string) Fit {
	var f Fit
	if t, ok := p.Tag(suits, v); ok {
		f.For = append(f.For, t)
	}
	if t, ok := p.Tag(avoid, v); ok {
		f.Against = append(f.Against, t)
	}
	if t, ok := p.Tag(DimCautions, audience); ok {
		f.Cautions = append(f.Cautions, t)
	}
	switch {
	case len(f.For) > 0 && len(f.Against) > 0:
		f.Verdict = VerdictMixed
	case len(f.For) > 0:
		f.Verdict = VerdictSuits
	case len(f.Against) > 0:
		f.Verdict = VerdictAvoid
	default:
		f.Verdict = VerdictUnknown
	}
	return f
}

// RuleRef names a rule an answer rests on; its ID is the text key.
type RuleRef struct {
	ID    string    `json:"id"`
	Dim   Dimension `json:"dim"`
	Value string    `json:"value"`
	Level Level     `json:"level,omitempty"`
}

// Advice is what to know about an ingredient, independent of a product:
// "what should someone with sensitive skin know about retinol". It is
// structured data: the rule IDs are keys for sentences composed later.
type Advice struct {
	// Ingredient is the normalised name asked about.
	Ingredient string `json:"ingredient"`
	// Classes are its ingredient classes ("retinoid"); none means the
	// tables do not know it.
	Classes []string `json:"classes,omitempty"`
	// Efficacy are rules an ingredient of these classes can fire alone.
	Efficacy []RuleRef `json:"efficacy,omitempty"`
	// Cautions are caution and avoid rules on these classes for the
	// audience (all audiences when none was given).
	Cautions []RuleRef `json:"cautions,omitempty"`
	// Conflicts are the routine conflicts, LevelOK ones being myths.
	Conflicts []RuleRef `json:"conflicts,omitempty"`
}

// About returns Advice on an ingredient name (INCI or class name:
// "retinol", "Retinyl Palmitate", "aha") for an audience: a skin type,
// "pregnancy", "sun", "beginners", or "" for everyone.
func About(ingredient, audience string) Advice {
	a := Advice{Ingredient: inci.Normalize(ingredient)}
	for _, c := range Classes {
		if c.Name == a.Ingredient {
			a.Classes = []string{c.Name}
		}
	}
	if len(a.Classes) == 0 {
		a.Classes = ClassesOf(ingredient)
	}
	if audience != "" {
		audience = SkinType(audience)
	}
	facts := map[string]bool{}
	for _, c := range a.Classes {
		facts["class:"+c] = true
	}
	for _, r := range Rules {
		if !mentions(r, facts) {
			continue
		}
		ref := RuleRef{ID: r.ID, Dim: r.Dim, Value: r.Value, Level: r.Level}
		switch r.Dim {
		case DimEfficacy:
			a.Efficacy = append(a.Efficacy, ref)
		case DimCautions, DimAvoidSkin, DimAvoidConcern, DimPregnancy:
			if audience == "" || r.Value == audience || r.Dim == DimPregnancy && audience == "pregnancy" {
				a.Cautions = append(a.Cautions, ref)
			}
		case DimConflicts:
			a.Conflicts = append(a.Conflicts, ref)
		}
	}
	return a
}

// mentions reports whether r can fire on the facts alone: its All facts
// are among them (or are about the product, not the ingredient) and, if
// it has Any, one of them is.
func mentions(r Rule, facts map[string]bool) bool {
	hit := false
	for _, f := range r.All {
		if facts[f] {
			hit = true
		} else if isClassFact(f) {
			return false
		}
	}
	for _, f := range r.Any {
		if facts[f] {
			hit = true
		}
	}
	return hit
}

func isClassFact(f string) bool { return len(f) > 6 && f[:6] == "class:" }

// Conflict is a routine conflict between two products.
type Conflict struct {
	A, B  string // SKUs
	Rule  string
	Level Level
	// Active is the active of B that A's rule names.
	Active string
}

// RoutineConflicts returns the conflicts between products used in one
// routine: each conflicts tag of one product naming an active another
// lists. LevelOK entries are myths worth answering, not conflicts.
func RoutineConflicts(ps ...*Profile) []Conflict {
	var out []Conflict
	for i, a := range ps {
		for j, b := range ps {
			if i == j {
				continue
			}
			for _, t := range a.Tags[DimConflicts] {
				if !b.Has(DimActives, t.Value) {
					continue
				}
				rule := ""
				if len(t.Evidence) > 0 {
					rule = t.Evidence[0].Rule
				}
				c := Conflict{A: a.SKU, B: b.SKU, Rule: rule, Level: t.Level, Active: t.Value}
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}
