package graph

import (
	"slices"
	"strings"
)

// ShopPrefix starts the attributes a shop edits tags with:
// "tags.<dimension>" ("tags.efficacy": "long-wear, -oil control"), plus the
// short forms "tags.suits" and "tags.avoid", whose values go to the skin
// type or the concern dimension by what they name.
const ShopPrefix = "tags."

// opposite pairs the dimensions where a shop's tag removes the derived
// contrary one: suiting dry skin and avoiding it cannot both hold.
var opposite = map[Dimension]Dimension{
	DimSuitsSkin: DimAvoidSkin, DimAvoidSkin: DimSuitsSkin,
	DimSuitsConcern: DimAvoidConcern, DimAvoidConcern: DimSuitsConcern,
}

// shop applies "tags.*" attributes, in sorted attribute order so the
// result does not depend on map order. A value wins over what was
// derived: the tag is moved first with the shop's evidence in front, and
// the contrary tag is removed. "-value" removes a tag.
func (s *state) shop(attr map[string]string) {
	var keys []string
	for k := range attr {
		if strings.HasPrefix(k, ShopPrefix) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return
	}
	slices.Sort(keys)
	for _, k := range keys {
		name := strings.TrimPrefix(k, ShopPrefix)
		for _, v := range splitList(attr[k]) {
			remove := strings.HasPrefix(v, "-")
			v = strings.TrimSpace(strings.TrimPrefix(v, "-"))
			d, ok := shopDim(name, v)
			if !ok || v == "" {
				continue
			}
			switch d {
			case DimSuitsSkin, DimAvoidSkin:
				v = SkinType(v)
			case DimSuitsConcern, DimAvoidConcern:
				v = Concern(v)
			}
			if remove {
				s.p.remove(d, v)
				continue
			}
			s.setShop(d, v, Evidence{Kind: KindShop, Attribute: k})
			if o, ok := opposite[d]; ok {
				s.p.remove(o, v)
			}
		}
	}
}

// setShop puts the shop's tag first among d's tags, keeping derived
// evidence after the shop's.
func (s *state) setShop(d Dimension, v string, ev Evidence) {
	t := Tag{Value: v, Evidence: []Evidence{ev}}
	if i := s.p.find(d, v); i >= 0 {
		old := s.p.Tags[d][i]
		t.Level = old.Level
		t.Evidence = append(t.Evidence, old.Evidence...)
		s.p.Tags[d] = slices.Delete(s.p.Tags[d], i, i+1)
	}
	s.p.Tags[d] = slices.Insert(s.p.Tags[d], 0, t)
}

// shopDim resolves the dimension a "tags.<name>" attribute edits.
func shopDim(name, value string) (Dimension, bool) {
	switch name {
	case "suits":
		if isSkinType(SkinType(value)) {
			return DimSuitsSkin, true
		}
		return DimSuitsConcern, true
	case "avoid":
		if isSkinType(SkinType(value)) {
			return DimAvoidSkin, true
		}
		return DimAvoidConcern, true
	}
	d := Dimension(name)
	return d, slices.Contains(Dimensions, d)
}
