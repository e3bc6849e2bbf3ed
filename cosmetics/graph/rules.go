package graph

// Rule derives one tag from facts about a product. Facts are strings:
//
//	class:<name>      an ingredient of that Class is listed
//	high:<name>       ... among the first five of a complete list
//	strong:<name>     a printed concentration at or above Strengths' strong level
//	<dim>:<value>     a tag already derived or set (efficacy:hydrating,
//	                  texture:lightweight, fragrance:fragrance-free)
//	complete          the full ingredient list is known (not key ingredients only)
//	comedogenic       a leave-on ingredient is rated 3+ for comedogenicity
//	leave-on, rinse-off, face, makeup, category:<c>   from the category
//	spf, spf:high     an SPF claim, of 30 or more
//	water-resistant, ph:low, usage:am, usage:pm, text:long-wear
//
// A rule fires when every All fact holds, at least one Any fact holds
// (if Any is set) and no None fact holds. Rules run in table order and
// each tag they add becomes a fact for the rules below it. The ID is
// stable: tests, evidence and (later) reply templates key on it.
type Rule struct {
	ID    string
	Dim   Dimension
	Value string
	Level Level
	All   []string
	Any   []string
	None  []string
}

// Rules is the rule table, read top to bottom.
var Rules = []Rule{
	// Absence: only claimed when the whole list is known.
	{ID: "fragrance/free", Dim: DimFragrance, Value: "fragrance-free", All: []string{"complete"},
		None: []string{"class:fragrance", "class:essential oil", "class:fragrance allergen"}},
	{ID: "alcohol/none-drying", Dim: DimAlcohol, Value: "no drying alcohol", All: []string{"complete"},
		None: []string{"class:drying alcohol"}},
	{ID: "silicones/free", Dim: DimSilicones, Value: "silicone-free", All: []string{"complete"},
		None: []string{"class:silicone"}},
	{ID: "comedogenic/none", Dim: DimComedogenic, Value: "none rated 3+", All: []string{"complete", "leave-on"},
		None: []string{"comedogenic"}},
	{ID: "irritants/none", Dim: DimIrritants, Value: "none rated 3+", All: []string{"complete"},
		None: []string{"irritant"}},
	{ID: "texture/lightweight", Dim: DimTexture, Value: "lightweight",
		Any: []string{"texture:gel", "texture:fluid", "texture:mist", "texture:foam"}, None: []string{"texture:rich"}},
	{ID: "texture/rich", Dim: DimTexture, Value: "rich", All: []string{"leave-on", "class:occlusive", "texture:cream"},
		None: []string{"texture:lightweight"}},

	// Efficacy.
	{ID: "efficacy/hydrating", Dim: DimEfficacy, Value: "hydrating",
		Any: []string{"class:humectant", "class:hyaluronic acid"}},
	{ID: "efficacy/nourishing", Dim: DimEfficacy, Value: "nourishing",
		Any: []string{"class:emollient", "class:occlusive", "texture:rich"}},
	{ID: "efficacy/oil-control", Dim: DimEfficacy, Value: "oil control",
		Any:  []string{"class:oil absorber", "class:niacinamide", "class:zinc salt", "class:bha", "finish:matte"},
		None: []string{"texture:rich", "class:occlusive"}},
	{ID: "efficacy/brightening", Dim: DimEfficacy, Value: "brightening",
		Any: []string{"class:vitamin c", "class:niacinamide", "class:brightener", "class:aha"}},
	{ID: "efficacy/anti-ageing", Dim: DimEfficacy, Value: "anti-ageing",
		Any: []string{"class:retinoid", "class:peptide", "class:vitamin c", "class:bakuchiol"}},
	{ID: "efficacy/antioxidant", Dim: DimEfficacy, Value: "antioxidant",
		Any: []string{"class:antioxidant", "class:vitamin c"}},
	{ID: "efficacy/soothing", Dim: DimEfficacy, Value: "soothing",
		Any: []string{"class:soothing", "class:centella"}},
	{ID: "efficacy/exfoliating", Dim: DimEfficacy, Value: "exfoliating",
		Any: []string{"class:aha", "class:bha", "class:pha"}},
	{ID: "efficacy/barrier-repair", Dim: DimEfficacy, Value: "barrier repair",
		Any: []string{"class:ceramide", "class:barrier lipid"}},
	{ID: "efficacy/sun-protection", Dim: DimEfficacy, Value: "sun protection", All: []string{"spf"}},
	{ID: "efficacy/long-wear", Dim: DimEfficacy, Value: "long-wear", All: []string{"makeup", "face"},
		Any: []string{"class:film former", "class:silicone", "text:long-wear"}},
	{ID: "efficacy/acne-prone", Dim: DimEfficacy, Value: "acne-prone friendly",
		Any:  []string{"class:bha", "class:acne active", "class:zinc salt", "class:niacinamide", "comedogenic:non-comedogenic"},
		None: []string{"comedogenic", "class:occlusive", "texture:rich"}},
	{ID: "efficacy/cleansing", Dim: DimEfficacy, Value: "cleansing", All: []string{"category:cleanser"}},

	// Skin types.
	{ID: "suits/oily/oil-control", Dim: DimSuitsSkin, Value: "oily", All: []string{"face", "efficacy:oil control"},
		None: []string{"comedogenic"}},
	{ID: "suits/oily/light-hydration", Dim: DimSuitsSkin, Value: "oily",
		All: []string{"face", "texture:lightweight", "efficacy:hydrating"}, None: []string{"class:occlusive", "comedogenic"}},
	{ID: "suits/combination/oil-control", Dim: DimSuitsSkin, Value: "combination", All: []string{"face", "efficacy:oil control"}},
	{ID: "suits/combination/light-hydration", Dim: DimSuitsSkin, Value: "combination",
		All: []string{"face", "texture:lightweight", "efficacy:hydrating"}, None: []string{"class:occlusive"}},
	{ID: "suits/dry/hydrating", Dim: DimSuitsSkin, Value: "dry", All: []string{"face", "efficacy:hydrating"},
		None: []string{"high:drying alcohol", "finish:matte", "efficacy:oil control"}},
	{ID: "suits/dry/barrier", Dim: DimSuitsSkin, Value: "dry", All: []string{"face"},
		Any: []string{"efficacy:barrier repair", "efficacy:nourishing"}, None: []string{"high:drying alcohol", "efficacy:oil control"}},
	{ID: "suits/normal/general", Dim: DimSuitsSkin, Value: "normal", All: []string{"face"},
		Any:  []string{"efficacy:hydrating", "efficacy:sun protection", "efficacy:antioxidant", "efficacy:cleansing", "efficacy:anti-ageing"},
		None: []string{"high:drying alcohol"}},
	{ID: "suits/sensitive/soothing", Dim: DimSuitsSkin, Value: "sensitive",
		All:  []string{"face", "efficacy:soothing", "fragrance:fragrance-free"},
		None: []string{"class:drying alcohol", "class:retinoid", "class:aha", "class:bha", "class:chemical filter"}},
	{ID: "avoid/sensitive/fragrance", Dim: DimAvoidSkin, Value: "sensitive",
		Any: []string{"class:fragrance", "class:essential oil"}},
	{ID: "avoid/sensitive/drying-alcohol", Dim: DimAvoidSkin, Value: "sensitive", Any: []string{"class:drying alcohol"}},
	{ID: "avoid/sensitive/strong-active", Dim: DimAvoidSkin, Value: "sensitive",
		Any: []string{"strong:retinoid", "strong:aha", "strong:bha", "strong:vitamin c"}},
	{ID: "avoid/dry/drying-alcohol", Dim: DimAvoidSkin, Value: "dry", All: []string{"high:drying alcohol"}},
	{ID: "avoid/dry/matte", Dim: DimAvoidSkin, Value: "dry", All: []string{"makeup", "finish:matte", "efficacy:oil control"}},
	{ID: "avoid/oily/heavy", Dim: DimAvoidSkin, Value: "oily", All: []string{"face", "leave-on"},
		Any: []string{"class:occlusive", "texture:rich"}},
	{ID: "avoid/oily/comedogenic", Dim: DimAvoidSkin, Value: "oily", All: []string{"comedogenic"}},

	// Concerns.
	{ID: "suits/acne/acne-prone", Dim: DimSuitsConcern, Value: "acne", All: []string{"face", "efficacy:acne-prone friendly"}},
	{ID: "suits/pores/oil-control", Dim: DimSuitsConcern, Value: "pores", All: []string{"face"},
		Any: []string{"efficacy:oil control", "class:bha", "class:niacinamide"}, None: []string{"comedogenic"}},
	{ID: "suits/oiliness/oil-control", Dim: DimSuitsConcern, Value: "oiliness", All: []string{"face", "efficacy:oil control"}},
	{ID: "suits/redness/soothing", Dim: DimSuitsConcern, Value: "redness", All: []string{"face", "efficacy:soothing"},
		None: []string{"class:fragrance", "class:essential oil", "class:drying alcohol", "class:retinoid", "class:aha",
			"strong:bha", "strong:vitamin c", "ph:low"}},
	{ID: "suits/dullness/brightening", Dim: DimSuitsConcern, Value: "dullness", All: []string{"face"},
		Any: []string{"efficacy:brightening", "efficacy:exfoliating"}},
	{ID: "suits/dark-spots/brightening", Dim: DimSuitsConcern, Value: "dark spots", All: []string{"face", "efficacy:brightening"}},
	{ID: "suits/ageing/actives", Dim: DimSuitsConcern, Value: "ageing", All: []string{"face", "efficacy:anti-ageing"}},
	{ID: "suits/ageing/sun-protection", Dim: DimSuitsConcern, Value: "ageing", All: []string{"face", "efficacy:sun protection"}},
	{ID: "suits/dehydration/hydrating", Dim: DimSuitsConcern, Value: "dehydration", All: []string{"face", "efficacy:hydrating"}},
	{ID: "suits/texture/resurfacing", Dim: DimSuitsConcern, Value: "texture", All: []string{"face"},
		Any: []string{"efficacy:exfoliating", "class:retinoid"}},
	{ID: "suits/barrier/repair", Dim: DimSuitsConcern, Value: "barrier damage", All: []string{"face", "efficacy:barrier repair"},
		None: []string{"class:drying alcohol", "strong:retinoid", "strong:aha", "strong:bha"}},
	{ID: "suits/sun/protection", Dim: DimSuitsConcern, Value: "sun damage", All: []string{"face", "efficacy:sun protection"}},
	{ID: "avoid/acne/comedogenic", Dim: DimAvoidConcern, Value: "acne", All: []string{"comedogenic"}},
	{ID: "avoid/redness/irritants", Dim: DimAvoidConcern, Value: "redness",
		Any: []string{"class:fragrance", "class:essential oil", "class:drying alcohol"}},
	{ID: "avoid/barrier/stripping", Dim: DimAvoidConcern, Value: "barrier damage",
		Any: []string{"class:drying alcohol", "strong:retinoid", "strong:aha", "strong:bha"}},

	// Cautions: the value is who or what the caution is about.
	{ID: "caution/retinoid/pregnancy", Dim: DimCautions, Value: "pregnancy", Level: LevelAvoid, All: []string{"class:retinoid"}},
	{ID: "caution/retinoid/sensitive", Dim: DimCautions, Value: "sensitive", Level: LevelCaution, All: []string{"class:retinoid"}},
	{ID: "caution/retinoid/sun", Dim: DimCautions, Value: "sun", Level: LevelCaution, All: []string{"class:retinoid"}},
	{ID: "caution/retinoid/start-low", Dim: DimCautions, Value: "beginners", Level: LevelCaution, All: []string{"class:retinoid"}},
	{ID: "caution/aha/sun", Dim: DimCautions, Value: "sun", Level: LevelCaution, All: []string{"class:aha", "leave-on"}},
	{ID: "caution/acid/sensitive", Dim: DimCautions, Value: "sensitive", Level: LevelCaution, Any: []string{"class:aha", "class:bha"}},
	{ID: "caution/bha/pregnancy", Dim: DimCautions, Value: "pregnancy", Level: LevelCaution, All: []string{"class:bha", "leave-on"}},
	{ID: "caution/bha/aspirin", Dim: DimCautions, Value: "aspirin allergy", Level: LevelCaution, All: []string{"class:bha"}},
	{ID: "caution/fragrance/sensitive", Dim: DimCautions, Value: "sensitive", Level: LevelCaution,
		Any: []string{"class:fragrance", "class:essential oil", "class:fragrance allergen"}},
	{ID: "caution/drying-alcohol/sensitive", Dim: DimCautions, Value: "sensitive", Level: LevelCaution, Any: []string{"class:drying alcohol"}},
	{ID: "caution/vitamin-c/sensitive", Dim: DimCautions, Value: "sensitive", Level: LevelCaution,
		All: []string{"class:vitamin c"}, Any: []string{"ph:low", "strong:vitamin c"}},
	{ID: "caution/vitamin-c/storage", Dim: DimCautions, Value: "storage", Level: LevelCaution, All: []string{"class:vitamin c", "ph:low"}},
	{ID: "caution/comedogenic/acne", Dim: DimCautions, Value: "acne-prone", Level: LevelCaution, All: []string{"comedogenic"}},
	{ID: "caution/strong/beginners", Dim: DimCautions, Value: "beginners", Level: LevelCaution,
		Any: []string{"strong:retinoid", "strong:aha", "strong:bha", "strong:vitamin c", "strong:niacinamide"}},
	{ID: "caution/in-product/retinoid-acid", Dim: DimCautions, Value: "irritation", Level: LevelCaution,
		All: []string{"class:retinoid"}, Any: []string{"class:aha", "class:bha"}},

	// Conflicts: the value is the active not to use in the same routine.
	{ID: "conflict/retinoid/aha", Dim: DimConflicts, Value: "aha", Level: LevelAvoid, All: []string{"class:retinoid"}},
	{ID: "conflict/retinoid/bha", Dim: DimConflicts, Value: "bha", Level: LevelAvoid, All: []string{"class:retinoid"}},
	{ID: "conflict/aha/retinoid", Dim: DimConflicts, Value: "retinoid", Level: LevelAvoid, All: []string{"class:aha", "leave-on"}},
	{ID: "conflict/bha/retinoid", Dim: DimConflicts, Value: "retinoid", Level: LevelAvoid, All: []string{"class:bha", "leave-on"}},
	// The vitamin C + niacinamide "conflict" comes from 1960s tests with
	// pure ingredients at high heat; at skin-care pH and temperature they
	// are fine together. Kept as LevelOK so the answer can say so.
	{ID: "conflict/vitamin-c/niacinamide-myth", Dim: DimConflicts, Value: "niacinamide", Level: LevelOK, All: []string{"class:vitamin c"}},
	{ID: "conflict/niacinamide/vitamin-c-myth", Dim: DimConflicts, Value: "vitamin c", Level: LevelOK, All: []string{"class:niacinamide"}},

	// Pregnancy.
	{ID: "pregnancy/retinoid", Dim: DimPregnancy, Value: "avoid", All: []string{"class:retinoid"}},
	{ID: "pregnancy/bha-leave-on", Dim: DimPregnancy, Value: "ask a doctor", All: []string{"class:bha", "leave-on"}},
	{ID: "pregnancy/none-flagged", Dim: DimPregnancy, Value: "none flagged", All: []string{"complete"},
		None: []string{"class:retinoid", "class:bha", "pregnancy:avoid"}},

	// Time of day.
	{ID: "time/pm/retinoid", Dim: DimTimeOfDay, Value: "pm", All: []string{"class:retinoid"}},
	{ID: "time/pm/acid", Dim: DimTimeOfDay, Value: "pm", All: []string{"leave-on"}, Any: []string{"class:aha", "class:bha"}},
	{ID: "time/pm/usage", Dim: DimTimeOfDay, Value: "pm", All: []string{"usage:pm"}},
	{ID: "time/am/vitamin-c", Dim: DimTimeOfDay, Value: "am", All: []string{"class:vitamin c", "leave-on"}},
	{ID: "time/am/spf", Dim: DimTimeOfDay, Value: "am", All: []string{"efficacy:sun protection"}},
	{ID: "time/am/usage", Dim: DimTimeOfDay, Value: "am", All: []string{"usage:am"}},
	{ID: "time/any", Dim: DimTimeOfDay, Value: "any", None: []string{"time_of_day:am", "time_of_day:pm"}},

	// Season.
	{ID: "season/summer/light", Dim: DimSeason, Value: "summer",
		Any: []string{"efficacy:oil control", "finish:matte", "texture:lightweight", "water-resistant"}},
	{ID: "season/winter/rich", Dim: DimSeason, Value: "winter",
		Any:  []string{"texture:rich", "class:occlusive", "efficacy:barrier repair", "finish:dewy"},
		None: []string{"rinse-off"}},
	{ID: "season/all-year", Dim: DimSeason, Value: "all-year", None: []string{"season:summer", "season:winter"}},

	// SPF: say "none" for leave-on products that claim none.
	{ID: "spf/none", Dim: DimSPF, Value: "none", All: []string{"leave-on"}, None: []string{"spf"}},
}
