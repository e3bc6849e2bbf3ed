package skin

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// MustReadCSV reads a CSV held in a string or fails tb.
func MustReadCSV(tb testing.TB, s string) *Dataset {
	tb.Helper()
	ds, err := ReadCSV(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return ds
}

// synthetic returns n products over a small ingredient pool in which
// "zinc oxide" and "salicylic acid" make a product suit oily skin and not
// dry skin, "shea butter" the reverse, and "fragrance" makes it unsuitable
// for sensitive skin, with 10% of flags flipped; combination and normal
// are coin flips.
func synthetic(n int, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 7))
	pool := []string{"water", "glycerin", "zinc oxide", "salicylic acid", "shea butter", "fragrance",
		"dimethicone", "phenoxyethanol", "squalane", "niacinamide"}
	ds := &Dataset{}
	for i := range n {
		var names []string
		for _, p := range pool {
			if rng.IntN(3) == 0 {
				names = append(names, p)
			}
		}
		p := Product{Kind: "Moisturizer", Brand: "b", Price: 10 + float64(rng.IntN(50)),
			Ingredients: inci.Parse(strings.Join(names, ", "))}
		has := func(s string) bool {
			for _, n := range names {
				if n == s {
					return true
				}
			}
			return false
		}
		mattifying := has("zinc oxide") || has("salicylic acid")
		rich := has("shea butter")
		l := Labels{rng.IntN(2) == 0, rich && !mattifying, rng.IntN(2) == 0, mattifying && !rich, !has("fragrance")}
		for t := range l {
			if rng.IntN(10) == 0 {
				l[t] = !l[t]
			}
		}
		ds.Products = append(ds.Products, p)
		ds.Labels = append(ds.Labels, l)
		ds.Line = append(ds.Line, i+2)
	}
	return ds
}

// TestModelsLearnSynthetic checks that both families find the planted
// rules and stay at chance where there is none.
func TestModelsLearnSynthetic(t *testing.T) {
	train, test := synthetic(400, 1), synthetic(300, 2)
	for _, fam := range []Family{FamilyNB, FamilyLogReg} {
		t.Run(string(fam), func(t *testing.T) {
			o := Options{Family: fam, Folds: 3, Seed: 1, Lambdas: []float64{0.01, 0.1},
				Features:  []Features{{Groups: GroupIngredients}, {Groups: GroupIngredients | GroupKnowledge | GroupCard, Positional: true}},
				Knowledge: Knowledge{Ratings: inci.DefaultRatings()}}
			m, err := Train(train, o)
			if err != nil {
				t.Fatal(err)
			}
			r := m.Evaluate(test)
			for _, ty := range []Type{Dry, Oily, Sensitive} {
				if r.AUC[ty] < 0.75 {
					t.Errorf("%s auc %.3f, want ≥ 0.75 (planted rule)", ty, r.AUC[ty])
				}
			}
			for _, ty := range []Type{Combination, Normal} {
				if math.Abs(r.AUC[ty]-0.5) > 0.12 {
					t.Errorf("%s auc %.3f, want about 0.5 (coin flip)", ty, r.AUC[ty])
				}
			}
			p := m.Predict(&test.Products[0])
			for ty, v := range p {
				if !(v > 0 && v < 1) {
					t.Errorf("probability %s = %v", Type(ty), v)
				}
			}
			// Deterministic: the same data, options and seed.
			again, err := Train(train, o)
			if err != nil {
				t.Fatal(err)
			}
			if again.CV() != m.CV() || again.Predict(&test.Products[1]) != m.Predict(&test.Products[1]) {
				t.Error("training twice gave different models")
			}
		})
	}
}

func TestAUC(t *testing.T) {
	tests := []struct {
		scores []float64
		labels []bool
		want   float64
	}{
		{[]float64{0.1, 0.2, 0.3, 0.4}, []bool{false, false, true, true}, 1},
		{[]float64{0.4, 0.3, 0.2, 0.1}, []bool{false, false, true, true}, 0},
		{[]float64{0.5, 0.5, 0.5, 0.5}, []bool{false, true, false, true}, 0.5},
		{[]float64{0.1, 0.4, 0.35, 0.8}, []bool{false, false, true, true}, 0.75},
	}
	for i, tt := range tests {
		if got := AUC(tt.scores, tt.labels); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%d: AUC %v, want %v", i, got, tt.want)
		}
	}
	if got := AUC([]float64{1, 2}, []bool{true, true}); !math.IsNaN(got) {
		t.Errorf("one class: %v, want NaN", got)
	}
}

func TestReadCSV(t *testing.T) {
	const head = "label,brand,name,price,rank,ingredients,combination,dry,normal,oily,sensitive\n"
	ds := MustReadCSV(t, head+
		"Moisturizer,LA MER,Crème,175,4.1,\"Water (Aqua), Glycerin\",1,1,0,0,1\n"+
		"Cleanser,X,Y,,4,Visit the X boutique,0,0,0,0,0\n"+
		"Cleanser,X,Z,,4,No Info,0,1,0,0,0\n")
	if ds.Len() != 2 || ds.Unlabelled != 1 {
		t.Fatalf("%d products, %d unlabelled", ds.Len(), ds.Unlabelled)
	}
	if got := ds.Labels[0]; got != (Labels{true, true, false, false, true}) {
		t.Errorf("labels %v", got)
	}
	if p := ds.Products[0]; p.Price != 175 || p.Kind != "Moisturizer" || len(p.Ingredients) != 2 || p.Ingredients[0].Name != "water" {
		t.Errorf("product %+v", p)
	}
	if p := ds.Products[1]; !math.IsNaN(p.Price) || len(p.Ingredients) != 0 || ds.Line[1] != 4 {
		t.Errorf("product %+v line %d", p, ds.Line[1])
	}
	for _, tt := range []struct{ in, want string }{
		{"", "line 1: empty file"},
		{"name,ingredients,dry\n", `line 1: no column "combination"`},
		{head + "M,B,N,9,4,Water,1,yes,0,0,0\n", `line 2: column dry: "yes" is not 0 or 1`},
		{head + "M,B,N,cheap,4,Water,1,1,0,0,0\n", `line 2: column price: "cheap" is not a price`},
		{head + "M,B,N,9,4,Water,1\n", "line 2: 7 columns, the header has 11"},
		{head + "M,B,N,9,4,Water,0,0,0,0,0\n", "no product with a skin-type flag set"},
		{head + "M,B,N,9,4,\"Water,1,0,0,0,0\n", "line 2"},
	} {
		_, err := ReadCSV(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadCSV(%q) error %v, want %q", tt.in, err, tt.want)
		}
		var le *LineError
		if strings.Contains(tt.want, "column ") && !errors.As(err, &le) {
			t.Errorf("%v is not a LineError", err)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	ds := synthetic(20, 1)
	if _, err := Train(ds, Options{Family: "forest"}); err == nil || !strings.Contains(err.Error(), "forest") {
		t.Errorf("unknown family: %v", err)
	}
	if _, err := Train(ds, Options{Folds: 30}); err == nil || !strings.Contains(err.Error(), "30 folds") {
		t.Errorf("too many folds: %v", err)
	}
	all := &Dataset{}
	for i := range 10 {
		all.Products = append(all.Products, Product{Ingredients: inci.Parse(fmt.Sprintf("Water, Ingredient %d", i))})
		all.Labels = append(all.Labels, Labels{true, true, true, true, true})
		all.Line = append(all.Line, i+2)
	}
	if _, err := Train(all, Options{Family: FamilyNB, Folds: 2}); err == nil {
		t.Error("no negatives anywhere: want an error")
	}
}

func TestFolds(t *testing.T) {
	f := Folds(10, 3, 1)
	count := map[int]int{}
	for _, k := range f {
		count[k]++
	}
	if count[0] != 4 || count[1] != 3 || count[2] != 3 {
		t.Errorf("fold sizes %v", count)
	}
	if fmt.Sprint(Folds(10, 3, 1)) != fmt.Sprint(f) || fmt.Sprint(Folds(10, 3, 2)) == fmt.Sprint(f) {
		t.Error("folds not a function of the seed")
	}
}
