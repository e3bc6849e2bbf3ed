package skin

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// mustReadDataset reads a split of the shared Sephora dataset in place
// (skipping the test when the datasets are absent).
func mustReadDataset(tb testing.TB, split string) *Dataset {
	tb.Helper()
	path := filepath.Join(testenv.Datasets(tb), "sephora-cosmetics-skintype", split)
	f, err := os.Open(path)
	if err != nil {
		testenv.Unavailable(tb, "dataset file absent: "+err.Error())
	}
	defer f.Close()
	ds, err := ReadCSV(f)
	if err != nil {
		tb.Fatalf("%s %v", path, err)
	}
	return ds
}

// mustKnowledge returns the embedded ratings and, when the shared CosIng
// copy is there, its inventory.
func mustKnowledge(tb testing.TB) Knowledge {
	tb.Helper()
	know := Knowledge{Ratings: inci.DefaultRatings()}
	path := filepath.Join(testenv.Datasets(tb), "cosing", "cosing_ingredients_inci_cas_function.csv")
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		if know.Inventory, err = inci.ReadCosIng(f); err != nil {
			tb.Fatalf("%s %v", path, err)
		}
	}
	return know
}

// TestDataset trains both families on train.csv, hyperparameters by
// 4-fold cross-validation on train (seed 1), and measures on the 107 dev
// products with a flag. Floors are the dev macro AUCs measured when this
// was written (docs/skin-suitability.md) minus a margin: the dev split
// has only 2 to 28 unsuitable products per type, so its AUCs swing by
// ±0.1 between reasonable models. Under the race detector the logistic
// regression grid is cut to the point CV chooses (its full grid takes
// tens of seconds even without it).
func TestDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	train, dev := mustReadDataset(t, "train.csv"), mustReadDataset(t, "dev.csv")
	if train.Len() != 678 || dev.Len() != 107 {
		t.Fatalf("%d train and %d dev products with a flag, want 678 and 107", train.Len(), dev.Len())
	}
	// As kefu recommend eval-skin runs without --cosing: the CosIng
	// function shares made CV worse (docs/skin-suitability.md).
	know := Knowledge{Ratings: inci.DefaultRatings()}
	tests := []struct {
		family Family
		floor  float64 // dev macro AUC
		opts   Options
	}{
		// measured: nb alpha=0.1, cv 0.6305, dev 0.6380
		{FamilyNB, 0.58, Options{}},
		// measured: lambda=0.003 knowledge+card+brand, cv 0.6594, dev 0.6055
		{FamilyLogReg, 0.53, Options{}},
	}
	for _, tt := range tests {
		t.Run(string(tt.family), func(t *testing.T) {
			o := Options{Family: tt.family, Folds: 4, Seed: 1, Knowledge: know}
			if raceEnabled && tt.family == FamilyLogReg {
				o.Lambdas = []float64{0.003}
				o.Features = []Features{{Groups: GroupKnowledge | GroupCard | GroupBrand}}
			}
			m, err := Train(train, o)
			if err != nil {
				t.Fatal(err)
			}
			r := m.Evaluate(dev)
			cv := m.CV()
			t.Logf("%s chosen %s: cv macro %.4f %v; dev macro %.4f %v (n=%d)", tt.family, cv.Chosen, cv.Macro, cv.AUC, r.Macro, r.AUC, r.N)
			if r.Macro < tt.floor {
				t.Errorf("dev macro AUC %.4f below the floor %.2f", r.Macro, tt.floor)
			}
			if cv.Macro < 0.58 {
				t.Errorf("cv macro AUC %.4f below 0.58", cv.Macro)
			}
		})
	}
}

// BenchmarkPredict is the cost of scoring one product for the five skin
// types with each family trained on the real data (or synthetic products
// when the datasets are absent).
func BenchmarkPredict(b *testing.B) {
	var train *Dataset
	know := Knowledge{Ratings: inci.DefaultRatings()}
	if _, err := testenv.DatasetsDir(); err == nil {
		train = mustReadDataset(b, "train.csv")
		know = mustKnowledge(b)
	} else {
		train = synthetic(400, 1)
	}
	for _, tt := range []struct {
		fam Family
		p   Params
	}{
		{FamilyNB, Params{Alpha: 0.1}},
		{FamilyLogReg, Params{Lambda: 0.01, Features: Features{Groups: GroupIngredients | GroupKnowledge | GroupCard | GroupBrand}}},
	} {
		m := fit(train, tt.fam, tt.p, know)
		b.Run(string(tt.fam), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				m.Predict(&train.Products[i%train.Len()])
			}
		})
	}
}
