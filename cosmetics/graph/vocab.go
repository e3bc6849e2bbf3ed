package graph

import "strings"

// SkinTypes are the skin types profiles speak of.
var SkinTypes = []string{"dry", "oily", "combination", "normal", "sensitive"}

// skinTypesOf maps a shop's skin type word to SkinTypes ("all" is every
// one); unknown words are kept as they are.
func skinTypesOf(v string) []string {
	v = strings.TrimSuffix(strings.TrimSpace(strings.ToLower(v)), " skin")
	switch v {
	case "all", "all skin types", "every":
		return SkinTypes
	case "combo", "mixed":
		return []string{"combination"}
	}
	return []string{v}
}

// SkinType returns the canonical skin type for a word ("combo" is
// "combination"), or the word itself lower case.
func SkinType(v string) string {
	if st := skinTypesOf(v); len(st) == 1 {
		return st[0]
	}
	return strings.ToLower(strings.TrimSpace(v))
}

// concerns maps the shop's concern words to the canonical ones rules use.
var concerns = map[string]string{
	"acne": "acne", "blemishes": "acne", "breakouts": "acne", "spots": "acne",
	"pores": "pores", "enlarged pores": "pores", "large pores": "pores",
	"shine": "oiliness", "excess oil": "oiliness", "oiliness": "oiliness", "oily t-zone": "oiliness",
	"redness": "redness", "rosacea": "redness",
	"dullness": "dullness", "dull skin": "dullness",
	"dark spots": "dark spots", "hyperpigmentation": "dark spots", "acne marks": "dark spots", "uneven tone": "dark spots",
	"fine lines": "ageing", "wrinkles": "ageing", "ageing": "ageing", "aging": "ageing", "anti-ageing": "ageing",
	"dehydration": "dehydration", "tightness": "dehydration", "dryness": "dehydration",
	"uneven texture": "texture", "texture": "texture", "rough texture": "texture",
	"barrier damage": "barrier damage", "damaged barrier": "barrier damage",
	"sun protection": "sun damage", "sun damage": "sun damage",
}

// Concern returns the canonical concern for a word ("fine lines" is
// "ageing"), or the word itself lower case when it is not one rules know.
func Concern(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if c, ok := concerns[v]; ok {
		return c
	}
	return v
}

func isSkinType(v string) bool {
	for _, s := range SkinTypes {
		if s == v {
			return true
		}
	}
	return false
}
