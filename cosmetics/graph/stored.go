package graph

import (
	"fmt"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Stored returns p as the store keeps it: tags in Dimensions order (then
// derivation order within a dimension), the evidence copied. DerivedAt
// is left zero for the store's clock.
func (p *Profile) Stored(tenantID string) *kefu.ProductProfile {
	n := 0
	for _, tags := range p.Tags {
		n += len(tags)
	}
	sp := &kefu.ProductProfile{TenantID: tenantID, SKU: p.SKU, Partial: p.Partial, Tags: make([]kefu.ProfileTag, 0, n)}
	for _, d := range Dimensions {
		for _, t := range p.Tags[d] {
			st := kefu.ProfileTag{Dimension: string(d), Value: t.Value, Level: string(t.Level), Shop: t.Shop(),
				Evidence: make([]kefu.TagEvidence, len(t.Evidence))}
			for i, e := range t.Evidence {
				st.Evidence[i] = kefu.TagEvidence{Kind: string(e.Kind), Rule: e.Rule, Ingredients: e.Ingredients,
					Attribute: e.Attribute, Because: e.Because, Note: e.Note}
			}
			sp.Tags = append(sp.Tags, st)
		}
	}
	return sp
}

// FromStored returns the profile sp holds, for answering from stored
// profiles (RoutineConflicts, Profile.SuitsSkin) without deriving again.
// Tags of dimensions this version does not know are kept under their
// name.
func FromStored(sp *kefu.ProductProfile) *Profile {
	p := &Profile{SKU: sp.SKU, Partial: sp.Partial, Tags: make(map[Dimension][]Tag, len(Dimensions))}
	for _, st := range sp.Tags {
		t := Tag{Value: st.Value, Level: Level(st.Level), Evidence: make([]Evidence, len(st.Evidence))}
		for i, e := range st.Evidence {
			t.Evidence[i] = Evidence{Kind: Kind(e.Kind), Rule: e.Rule, Ingredients: e.Ingredients,
				Attribute: e.Attribute, Because: e.Because, Note: e.Note}
		}
		d := Dimension(st.Dimension)
		p.Tags[d] = append(p.Tags[d], t)
	}
	return p
}

// IsDimension reports whether name is one of Dimensions.
func IsDimension(name string) bool {
	for _, d := range Dimensions {
		if string(d) == name {
			return true
		}
	}
	return false
}

// Explain says in one English sentence where a piece of evidence comes
// from, for the shop's admin pages: "ingredient niacinamide (class
// niacinamide)", "rule caution/retinoid/sensitive, because class:retinoid
// (retinol)", "the shop set it (tags.suits_skin)".
func Explain(e kefu.TagEvidence) string {
	var b strings.Builder
	ings := strings.Join(e.Ingredients, ", ")
	switch Kind(e.Kind) {
	case KindIngredient:
		fmt.Fprintf(&b, "ingredient %s", ings)
		if e.Rule != "" {
			fmt.Fprintf(&b, " (%s)", e.Rule)
		}
	case KindRule:
		fmt.Fprintf(&b, "rule %s", e.Rule)
		if len(e.Because) > 0 {
			fmt.Fprintf(&b, ", because %s", strings.Join(e.Because, " and "))
		}
		if ings != "" {
			fmt.Fprintf(&b, " (from %s)", ings)
		}
		if e.Attribute != "" {
			fmt.Fprintf(&b, ", read from %s", e.Attribute)
		}
	case KindAttribute:
		fmt.Fprintf(&b, "the product's %s", e.Attribute)
	case KindText:
		fmt.Fprintf(&b, "the words %q in the product's %s", e.Note, e.Attribute)
		return b.String()
	case KindCatalog:
		b.WriteString("the catalogue's prices")
	case KindShop:
		fmt.Fprintf(&b, "the shop set it (%s)", e.Attribute)
	default:
		fmt.Fprintf(&b, "%s %s", e.Kind, e.Rule)
	}
	if e.Note != "" {
		fmt.Fprintf(&b, ": %s", e.Note)
	}
	return b.String()
}
