package graph

import (
	"strings"

	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// Class is a group of ingredients that act alike ("retinoid", "aha"),
// matched on normalised INCI keys (inci.Normalize) and on the everyday
// names of inci.Ingredient.Keys ("shea butter" for "Butyrospermum Parkii
// (Shea) Butter").
type Class struct {
	Name string
	// Dim is the dimension the class is listed in (DimActives,
	// DimFragrance, DimAlcohol, DimSilicones), or "" when it only feeds
	// rules (emollient, humectant, ...).
	Dim Dimension
	// Exact lists whole keys; Contains lists substrings of a key;
	// Suffix lists endings of a key that also contains one of
	// SuffixWith (for essential oils: an aromatic genus and " oil").
	Exact      []string
	Contains   []string
	Suffix     []string
	SuffixWith []string
}

// Classes is the ingredient class table. An ingredient may be in several
// classes (panthenol is a humectant and soothing). Keep names lower case;
// rules refer to them as "class:<name>".
var Classes = []Class{
	{Name: "retinoid", Dim: DimActives, Exact: []string{"retinol", "retinal", "retinaldehyde", "retinyl palmitate",
		"retinyl acetate", "retinyl propionate", "retinyl retinoate", "hydroxypinacolone retinoate",
		"adapalene", "tretinoin", "retinoic acid"}},
	// Citric acid is left out: it is almost always a pH adjuster.
	{Name: "aha", Dim: DimActives, Exact: []string{"glycolic acid", "lactic acid", "mandelic acid", "malic acid", "tartaric acid"}},
	{Name: "bha", Dim: DimActives, Exact: []string{"salicylic acid", "betaine salicylate", "salix alba bark extract", "willow bark extract"}},
	{Name: "pha", Dim: DimActives, Exact: []string{"gluconolactone", "lactobionic acid"}},
	// "ascorb" covers ascorbic acid, its salts, esters and ethers.
	{Name: "vitamin c", Dim: DimActives, Contains: []string{"ascorb"}, Exact: []string{"vitamin c"}},
	{Name: "niacinamide", Dim: DimActives, Exact: []string{"niacinamide", "nicotinamide", "vitamin b3"}},
	{Name: "ceramide", Dim: DimActives, Contains: []string{"ceramide"}},
	{Name: "hyaluronic acid", Dim: DimActives, Contains: []string{"hyaluron"}},
	{Name: "peptide", Dim: DimActives, Contains: []string{"peptide"}},
	{Name: "centella", Dim: DimActives, Contains: []string{"centella"},
		Exact: []string{"madecassoside", "asiaticoside", "madecassic acid", "asiatic acid", "cica"}},
	{Name: "zinc salt", Dim: DimActives, Exact: []string{"zinc pca", "zinc gluconate", "zinc sulfate", "zinc lactate"}},
	{Name: "mineral filter", Dim: DimActives, Exact: []string{"zinc oxide", "titanium dioxide"}},
	{Name: "chemical filter", Dim: DimActives, Exact: []string{"butyl methoxydibenzoylmethane", "avobenzone",
		"ethylhexyl methoxycinnamate", "octinoxate", "octocrylene", "homosalate", "ethylhexyl salicylate",
		"octisalate", "bis ethylhexyloxyphenol methoxyphenyl triazine", "bemotrizinol", "ethylhexyl triazone",
		"diethylamino hydroxybenzoyl hexyl benzoate", "drometrizole trisiloxane",
		"methylene bis benzotriazolyl tetramethylbutylphenol", "benzophenone 3", "oxybenzone",
		"terephthalylidene dicamphor sulfonic acid", "phenylbenzimidazole sulfonic acid",
		"diethylhexyl butamido triazone", "tris biphenyl triazine", "polysilicone 15"}},
	{Name: "acne active", Dim: DimActives, Exact: []string{"benzoyl peroxide", "azelaic acid", "sulfur", "colloidal sulfur"}},
	{Name: "brightener", Dim: DimActives, Exact: []string{"alpha arbutin", "arbutin", "tranexamic acid", "kojic acid",
		"azelaic acid", "glycyrrhiza glabra root extract", "licorice root extract", "hexylresorcinol"}},
	{Name: "bakuchiol", Dim: DimActives, Exact: []string{"bakuchiol"}},
	{Name: "antioxidant", Dim: DimActives, Exact: []string{"tocopherol", "tocopheryl acetate", "ferulic acid", "resveratrol",
		"camellia sinensis leaf extract", "green tea extract", "ubiquinone"}},

	{Name: "fragrance", Dim: DimFragrance, Exact: []string{"fragrance", "aroma"}},
	{Name: "essential oil", Dim: DimFragrance, Exact: []string{"tea tree oil", "lavender oil", "peppermint oil", "eucalyptus oil"},
		Suffix: []string{" oil"}, SuffixWith: []string{"lavandula", "citrus", "mentha", "rosmarinus", "melaleuca",
			"eucalyptus", "cymbopogon", "pelargonium", "salvia", "origanum", "thymus", "cananga", "jasminum",
			"santalum", "cinnamomum", "syzygium", "juniperus", "cupressus", "boswellia", "pogostemon",
			"anthemis", "chamomilla", "rosa damascena", "litsea", "cedrus"}},
	{Name: "fragrance allergen", Dim: DimFragrance, Exact: []string{"limonene", "linalool", "citral", "geraniol", "citronellol",
		"eugenol", "isoeugenol", "coumarin", "hexyl cinnamal", "amyl cinnamal", "cinnamal", "benzyl salicylate",
		"benzyl benzoate", "benzyl cinnamate", "farnesol", "alpha isomethyl ionone", "butylphenyl methylpropional",
		"hydroxycitronellal", "anise alcohol", "cinnamyl alcohol"}},
	// Drying (short-chain) alcohols; inci folds SD alcohols and denatured
	// alcohol onto "alcohol denat".
	{Name: "drying alcohol", Dim: DimAlcohol, Exact: []string{"alcohol denat", "alcohol", "ethanol", "ethyl alcohol",
		"isopropyl alcohol", "sd alcohol 39 c", "sd alcohol 3 a"}},
	// Fatty alcohols are emollients, not drying; named so the alcohol
	// dimension can say so.
	{Name: "fatty alcohol", Dim: DimAlcohol, Exact: []string{"cetyl alcohol", "cetearyl alcohol", "stearyl alcohol", "behenyl alcohol",
		"myristyl alcohol", "lauryl alcohol", "arachidyl alcohol", "oleyl alcohol", "c12 15 alkyl alcohol"}},
	{Name: "silicone", Dim: DimSilicones, Contains: []string{"methicone", "siloxane", "dimethiconol", "silsesquioxane", "siloxysilicate"}},
	{Name: "humectant", Exact: []string{"glycerin", "propanediol", "sodium pca", "urea", "betaine", "panthenol",
		"sorbitol", "sodium lactate", "trehalose", "butylene glycol", "pentylene glycol"}, Contains: []string{"hyaluron"}},
	{Name: "emollient", Exact: []string{"squalane", "squalene", "caprylic/capric triglyceride", "jojoba oil",
		"simmondsia chinensis seed oil", "shea butter", "butyrospermum parkii butter", "cholesterol",
		"isononyl isononanoate", "coco caprylate/caprate", "dicaprylyl carbonate", "c12 15 alkyl benzoate"},
		Suffix: []string{" seed oil", " kernel oil", " nut oil", " fruit oil", " butter"}},
	{Name: "occlusive", Exact: []string{"petrolatum", "mineral oil", "paraffinum liquidum", "paraffin", "lanolin",
		"beeswax", "cera alba", "cera microcristallina", "ozokerite", "shea butter", "butyrospermum parkii butter",
		"theobroma cacao seed butter", "cocoa butter"}},
	{Name: "barrier lipid", Contains: []string{"ceramide"}, Exact: []string{"cholesterol", "phytosphingosine", "linoleic acid"}},
	{Name: "soothing", Exact: []string{"panthenol", "bisabolol", "allantoin", "avena sativa kernel flour",
		"colloidal oatmeal", "avena sativa kernel extract", "dipotassium glycyrrhizate", "beta glucan",
		"camellia sinensis leaf extract", "green tea extract", "madecassoside", "ectoin", "chamomilla recutita flower extract"},
		Contains: []string{"aloe barbadensis", "aloe vera", "centella"}},
	{Name: "oil absorber", Exact: []string{"kaolin", "bentonite", "silica", "talc", "zea mays starch",
		"aluminum starch octenylsuccinate", "magnesium aluminum silicate", "perlite", "charcoal powder", "silica silylate"}},
	// Film formers keep make-up in place (long wear).
	{Name: "film former", Exact: []string{"trimethylsiloxysilicate", "isododecane", "vp/eicosene copolymer",
		"polymethylsilsesquioxane", "polybutene"}, Contains: []string{"acrylates"}},
}

// classIndex maps exact keys to class positions; the Contains and Suffix
// patterns are few and checked in a loop.
var classIndex = func() map[string][]int {
	m := map[string][]int{}
	for i, c := range Classes {
		for _, k := range c.Exact {
			m[k] = append(m[k], i)
		}
	}
	return m
}()

// classesOf returns the positions in Classes of the classes ing belongs
// to, each once, by the first of its keys that matches any.
func classesOf(ing inci.Ingredient) []int {
	var out []int
	for _, k := range ing.Keys() {
		out = appendClasses(out, k)
	}
	return out
}

func appendClasses(out []int, key string) []int {
	add := func(i int) {
		for _, j := range out {
			if j == i {
				return
			}
		}
		out = append(out, i)
	}
	for _, i := range classIndex[key] {
		add(i)
	}
	for i, c := range Classes {
		for _, s := range c.Contains {
			if strings.Contains(key, s) {
				add(i)
				break
			}
		}
		if len(c.Suffix) == 0 {
			continue
		}
		for _, s := range c.Suffix {
			if strings.HasSuffix(key, s) && (len(c.SuffixWith) == 0 || containsAny(key, c.SuffixWith)) {
				add(i)
				break
			}
		}
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// ClassesOf returns the names of the classes an ingredient name (as
// printed or normalised) belongs to: ClassesOf("Retinyl Palmitate") is
// ["retinoid"].
func ClassesOf(name string) []string {
	var out []string
	for _, ing := range inci.Parse(name) {
		for _, i := range classesOf(ing) {
			out = append(out, Classes[i].Name)
		}
	}
	return out
}
