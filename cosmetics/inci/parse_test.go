package inci

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// names returns the Name of each ingredient.
func names(ings []Ingredient) []string {
	var out []string
	for _, g := range ings {
		out = append(out, g.Name)
	}
	return out
}

// TestParse runs ingredient strings as they appear in the Sephora data.
func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Water, Glycerin, Phenoxyethanol.", []string{"water", "glycerin", "phenoxyethanol"}},
		{"parenthesised common names", "Algae (Seaweed) Extract, Citrus Aurantifolia (Lime) Extract, Water (Aqua)",
			[]string{"algae extract", "citrus aurantifolia extract", "water"}},
		{"comma inside parentheses", "Sea Salt (Maris Sal, Sal Marin), Tocopherol", []string{"sea salt", "tocopherol"}},
		{"synonyms", "Aqua/Water/Eau, Parfum (Fragrance), Fragrance/Parfum, Alcohol Denat., SD Alcohol 40-B",
			[]string{"water", "fragrance", "alcohol denat"}},
		{"slash inside a name", "Caprylic/Capric Triglyceride, Acrylates/C10-30 Alkyl Acrylate Crosspolymer",
			[]string{"caprylic/capric triglyceride", "acrylates/c10 30 alkyl acrylate crosspolymer"}},
		{"french after a slash", "Yeast Extract/Faex/Extrait de Levure, Hordeum Vulgare (Barley) Extract/Extrait D'Orge",
			[]string{"yeast extract", "hordeum vulgare extract"}},
		{"digits comma", "Water, 1,2-Hexanediol, Butylene Glycol", []string{"water", "1,2 hexanediol", "butylene glycol"}},
		{"marks and footnotes", "Water, Alcohol*, Glycerin**, Citral*. *Plant origin. **Natural.",
			[]string{"water", "alcohol", "glycerin", "citral"}},
		{"organic and percent", "Organic Argania Spinosa (Argan) Kernel Oil*. *Organic.", []string{"argania spinosa kernel oil"}},
		{"percent", "100% Unrefined Sclerocraya Birrea (Marula) Kernel Oil.", []string{"unrefined sclerocraya birrea kernel oil"}},
		{"active percent", "Salicylic Acid 2%, Water", []string{"salicylic acid", "water"}},
		{"trademarks", "Water, Beste™ Complex®, PEG-100 Stearate", []string{"water", "beste complex", "peg 100 stearate"}},
		{"may contain", "Water, Mica, Talc. May Contain: Titanium Dioxide (CI 77891), Iron Oxides", []string{"water", "mica", "talc"}},
		{"plus minus", "Dimethicone, Silica [+/- (May Contain): Mica, CI 77891]", []string{"dimethicone", "silica"}},
		{"kit labels", "Jelly Cleanser: Water, Glycerin. Day Serum: Water, Ascorbic Acid.",
			[]string{"water", "glycerin", "ascorbic acid"}},
		{"duplicates keep first place", "Water, Glycerin, Water", []string{"water", "glycerin"}},
		{"trailing comma and doubled comma", "Water, Caprylyl,, Methicone,", []string{"water", "caprylyl", "methicone"}},
		{"accents", "Eau Florale de Rose, Extrait de Pétales", []string{"eau florale de rose", "extrait de petales"}},
		{"visit boutique", "Visit the Dior boutique", nil},
		{"no info", "No Info", nil},
		{"spreadsheet error", "#NAME?", nil},
		{"empty", "  ", nil},
		{"sentence", "-Natural Pink Clay: Mattifies. -Jojoba Extract: Hydrates.", []string{"mattifies", "hydrates"}},
		{"marketing sentence dropped", "Water, this is a long sentence that tells you about how wonderful the product feels on skin", []string{"water"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(Parse(tt.in)); !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseCommonAndTail(t *testing.T) {
	got := Parse("Helianthus Annuus (Sunflower) Seed Oil")
	want := Ingredient{Name: "helianthus annuus seed oil", Common: "sunflower", Tail: "seed oil"}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	if keys := got[0].Keys(); !slices.Equal(keys, []string{"helianthus annuus seed oil", "sunflower seed oil", "sunflower oil", "sunflower"}) {
		t.Errorf("keys %q", keys)
	}
}

func TestIsPlaceholder(t *testing.T) {
	for in, want := range map[string]bool{
		"Visit the SEPHORA COLLECTION boutique": true, "No Info": true, "#NAME?": true, "": true,
		"Water": false, "Visitor's extract": false,
	} {
		if got := IsPlaceholder(in); got != want {
			t.Errorf("IsPlaceholder(%q) = %v", in, got)
		}
	}
}

func TestRatings(t *testing.T) {
	r := DefaultRatings()
	tests := []struct {
		in        string
		want      Rating
		ok, clogs bool
	}{
		{"Isopropyl Myristate", Rating{5, 3}, true, true},
		{"Helianthus Annuus (Sunflower) Seed Oil", Rating{0, 0}, true, false},
		{"Cocos Nucifera (Coconut) Oil", Rating{4, 1}, true, true},
		{"Sodium Hyaluronate", Rating{0, 0}, true, false},
		{"Glycerin", Rating{}, false, false},
		{"Acetylated Wool Wax", Rating{}, false, true},
	}
	for _, tt := range tests {
		ing := Parse(tt.in)[0]
		got, ok := r.Rate(ing)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Rate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if c := r.PoreClogging(ing); c != tt.clogs {
			t.Errorf("PoreClogging(%q) = %v", tt.in, c)
		}
	}
}

func TestReadCosIng(t *testing.T) {
	const in = "inci_name,cas_number,einecs_number,function\n" +
		"GLYCERIN,56-81-5,200-289-5,\"Denaturant, Humectant, Perfuming\"\n" +
		"CITRUS AURANTIFOLIA (LIME) EXTRACT,,,Skin Conditioning\n" +
		"CITRUS AURANTIFOLIA (LIME) EXTRACT,,,\"Tonic, Skin Conditioning\"\n" +
		"AQUA,7732-18-5,,Solvent\n" +
		"MYSTERY,,,Not Reported\n"
	inv, err := ReadCosIng(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		in   string
		want []string
		ok   bool
	}{
		{"Glycerin", []string{"denaturant", "humectant", "perfuming"}, true},
		{"Citrus Aurantifolia (Lime) Extract", []string{"skin conditioning", "tonic"}, true},
		{"Water", []string{"solvent"}, true},
		{"Mystery", nil, true},
		{"Unobtainium", nil, false},
	} {
		got, ok := inv.Functions(Parse(tt.in)[0])
		if !slices.Equal(got, tt.want) || ok != tt.ok {
			t.Errorf("Functions(%q) = %q, %v", tt.in, got, ok)
		}
	}
	if !slices.Equal(inv.Labels, []string{"denaturant", "humectant", "perfuming", "skin conditioning", "solvent", "tonic"}) {
		t.Errorf("labels %q", inv.Labels)
	}
	for _, bad := range []struct{ in, want string }{
		{"name,function\nx,y\n", `want columns "inci_name" and "function"`},
		{"inci_name,function\n\"x,y\n", "line 2"},
		{"inci_name,cas,function\nx\n", "line 2: 1 columns"},
	} {
		if _, err := ReadCosIng(strings.NewReader(bad.in)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadCosIng(%q) error %v, want %q", bad.in, err, bad.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Water (Aqua), Glycerin, Parfum/Fragrance*, 1,2-Hexanediol.",
		"Visit the Dior boutique", "Sea Salt (Maris Sal, Sal Marin)", "Water [+/- May Contain: Mica]",
		"Kit: A, B. *Organic.", "((", "))", ",.,.;", "Ça (é", "100%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ings := Parse(s)
		seen := map[string]bool{}
		for _, g := range ings {
			if g.Name == "" || seen[g.Name] {
				t.Fatalf("empty or repeated name in %q", names(ings))
			}
			seen[g.Name] = true
			if utf8.ValidString(s) && !utf8.ValidString(g.Name) {
				t.Fatalf("invalid UTF-8 name %q", g.Name)
			}
			if strings.ContainsAny(g.Name, "()[]{}*%") || g.Name != strings.TrimSpace(g.Name) {
				t.Fatalf("name %q is not normalised", g.Name)
			}
			if n := Normalize(g.Name); n != g.Name {
				t.Fatalf("Normalize(%q) = %q: not idempotent", g.Name, n)
			}
		}
	})
}
