package coldchain_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

const day = 24 * time.Hour

// demoProducts reads the freshfarm demo shop's catalogue.
func demoProducts(tb testing.TB) map[string]*kefu.Product {
	tb.Helper()
	b, err := os.ReadFile("../data/demo/freshfarm.json")
	if err != nil {
		tb.Fatal(err)
	}
	var doc struct {
		Products []*kefu.Product `json:"products"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		tb.Fatal(err)
	}
	out := map[string]*kefu.Product{}
	for _, p := range doc.Products {
		out[p.SKU] = p
	}
	return out
}

// TestStorageForDemoAttributes: every demo product states its range,
// class and shelf life in attributes, and StorageFor takes them.
func TestStorageForDemoAttributes(t *testing.T) {
	for sku, p := range demoProducts(t) {
		t.Run(sku, func(t *testing.T) {
			s := coldchain.StorageFor(p, nil)
			lo, _ := strconv.ParseFloat(p.Attributes["storage_min_c"], 64)
			hi, _ := strconv.ParseFloat(p.Attributes["storage_max_c"], 64)
			days, _ := strconv.ParseFloat(p.Attributes["shelf_life_days"], 64)
			if s.Range == nil || *s.Range != (kefu.TempRange{MinC: lo, MaxC: hi}) || s.RangeSource != coldchain.SourceProduct {
				t.Errorf("range %+v from %s, want %v–%v from product", s.Range, s.RangeSource, lo, hi)
			}
			if s.Class != coldchain.Class(p.Attributes["temperature_class"]) {
				t.Errorf("class %s, want %s", s.Class, p.Attributes["temperature_class"])
			}
			if s.ShelfLife != time.Duration(days*float64(day)) || s.ShelfLifeSource != coldchain.SourceProduct {
				t.Errorf("shelf life %v from %s, want %v days from product", s.ShelfLife, s.ShelfLifeSource, days)
			}
		})
	}
}

// TestStorageForFoodKeeper: with the storage attributes removed, each demo
// product gets the FoodKeeper default of its kind, found from its English
// name, its Chinese name alone, or its category.
func TestStorageForFoodKeeper(t *testing.T) {
	type want struct {
		kind   string
		lo, hi float64
		class  coldchain.Class
		shelf  time.Duration
	}
	fish := func(kind string, d time.Duration) want { return want{kind, 0, 2, coldchain.ClassChilled, d} }
	chilled := func(kind string, d time.Duration) want { return want{kind, 0, 4, coldchain.ClassChilled, d} }
	frozen := func(kind string, d time.Duration) want { return want{kind, -30, -18, coldchain.ClassFrozen, d} }
	wants := map[string]want{
		"FF-SAL-FIL":       fish("fatty_fish", day),
		"FF-SAL-SASHIMI":   fish("fatty_fish", day),
		"FF-BEEF-RIB":      chilled("red_meat", 3*day),
		"FF-BEEF-MINCE-FZ": frozen("ground_meat", 90*day),
		"FF-MILK-FRESH":    chilled("milk", 0), // FoodKeeper: "package use-by date"
		"FF-YOG-GREEK":     chilled("yogurt", 7*day),
		"FF-BERRY-BLUE":    chilled("blueberries", 7*day),
		"FF-BERRY-STRAW":   chilled("soft_berries", 2*day),
		"FF-ICE-VAN":       frozen("ice_cream", 180*day),
		"FF-OYST-6":        fish("shellfish", day),
		"FF-PRAWN-FZ":      frozen("shellfish", 60*day),
		"FF-VEG-BOX":       {"produce", 0, 8, coldchain.ClassCool, day},
		"FF-ASP-GREEN":     chilled("asparagus", 3*day),
		"FF-CHEESE-BRIE":   chilled("soft_cheese", 7*day),
		"FF-CHICK-THIGH":   chilled("poultry", day),
		"FF-MANGO-NAM":     {"tropical_fruit", 10, 13, coldchain.ClassCool, 3 * day},
	}
	products := demoProducts(t)
	if len(products) != len(wants) {
		t.Fatalf("%d demo products, %d expectations", len(products), len(wants))
	}
	for sku, p := range products {
		w, ok := wants[sku]
		if !ok {
			t.Fatalf("no expectation for %s", sku)
		}
		variants := map[string]*kefu.Product{
			"english": {SKU: sku, Name: p.Name, Category: p.Category},
			"chinese": {SKU: sku, Name: p.Attributes["name_zh"]},
			"both":    {SKU: sku, Name: p.Name, Attributes: map[string]string{"name_zh": p.Attributes["name_zh"], "origin": "XX"}},
		}
		for v, q := range variants {
			t.Run(sku+"/"+v, func(t *testing.T) {
				s := coldchain.StorageFor(q, nil)
				if s.Kind != w.kind {
					t.Fatalf("%q: kind %q, want %q", q.Name, s.Kind, w.kind)
				}
				if s.Range == nil || *s.Range != (kefu.TempRange{MinC: w.lo, MaxC: w.hi}) || s.RangeSource != coldchain.SourceFoodKeeper {
					t.Errorf("range %+v from %s, want %v–%v from foodkeeper", s.Range, s.RangeSource, w.lo, w.hi)
				}
				if s.Class != w.class {
					t.Errorf("class %s, want %s", s.Class, w.class)
				}
				if s.ShelfLife != w.shelf {
					t.Errorf("shelf life %v, want %v", s.ShelfLife, w.shelf)
				}
			})
		}
	}
}

func TestStorageForPrecedence(t *testing.T) {
	salmon := &kefu.Product{SKU: "S", Name: "Salmon fillet", Attributes: map[string]string{"storage_min_c": "-1", "storage_max_c": "1", "shelf_life_days": "5"}}
	produced := time.Date(2026, 10, 19, 6, 0, 0, 0, time.UTC)
	batch := &kefu.Batch{SKU: "S", Lot: "L", ProducedAt: produced, BestBefore: produced.Add(3 * day), Storage: &kefu.TempRange{MinC: 0, MaxC: 2}}
	cases := []struct {
		name     string
		p        *kefu.Product
		b        *kefu.Batch
		rng      *kefu.TempRange
		rangeSrc coldchain.Source
		class    coldchain.Class
		shelf    time.Duration
		shelfSrc coldchain.Source
		kind     string
	}{
		{"batch first", salmon, batch, &kefu.TempRange{MinC: 0, MaxC: 2}, coldchain.SourceBatch, coldchain.ClassChilled, 3 * day, coldchain.SourceBatch, "fatty_fish"},
		{"batch without storage", salmon, &kefu.Batch{SKU: "S", Lot: "L"}, &kefu.TempRange{MinC: -1, MaxC: 1}, coldchain.SourceProduct, coldchain.ClassChilled, 5 * day, coldchain.SourceProduct, "fatty_fish"},
		{"product", salmon, nil, &kefu.TempRange{MinC: -1, MaxC: 1}, coldchain.SourceProduct, coldchain.ClassChilled, 5 * day, coldchain.SourceProduct, "fatty_fish"},
		{"storage_temp text", &kefu.Product{Name: "Lamb chops", Attributes: map[string]string{"storage_temp": "0~4℃", "shelf_life_hours": "36"}},
			nil, &kefu.TempRange{MinC: 0, MaxC: 4}, coldchain.SourceProduct, coldchain.ClassChilled, 36 * time.Hour, coldchain.SourceProduct, "red_meat"},
		{"class word only", &kefu.Product{Name: "三文鱼", Attributes: map[string]string{"storage": "冷冻保存"}},
			nil, &kefu.TempRange{MinC: -30, MaxC: -18}, coldchain.SourceProduct, coldchain.ClassFrozen, 60 * day, coldchain.SourceFoodKeeper, "fatty_fish"},
		{"frozen word", &kefu.Product{Name: "速冻蓝莓"}, nil, &kefu.TempRange{MinC: -30, MaxC: -18}, coldchain.SourceFoodKeeper, coldchain.ClassFrozen, 240 * day, coldchain.SourceFoodKeeper, "blueberries"},
		{"frozen category only", &kefu.Product{Name: "Dumplings", Category: "Frozen"}, nil, &kefu.TempRange{MinC: -30, MaxC: -18}, coldchain.SourceFoodKeeper, coldchain.ClassFrozen, 180 * day, coldchain.SourceFoodKeeper, "frozen_food"},
		{"category", &kefu.Product{Name: "Catch of the day", Category: "Seafood"}, nil, &kefu.TempRange{MinC: 0, MaxC: 2}, coldchain.SourceFoodKeeper, coldchain.ClassChilled, day, coldchain.SourceFoodKeeper, "seafood"},
		{"specific beats generic", &kefu.Product{Name: "法国布里奶酪"}, nil, &kefu.TempRange{MinC: 0, MaxC: 4}, coldchain.SourceFoodKeeper, coldchain.ClassChilled, 7 * day, coldchain.SourceFoodKeeper, "soft_cheese"},
		{"head noun last", &kefu.Product{Name: "Fresh Full-Cream Milk"}, nil, &kefu.TempRange{MinC: 0, MaxC: 4}, coldchain.SourceFoodKeeper, coldchain.ClassChilled, 0, "", "milk"},
		{"word boundary", &kefu.Product{Name: "Eggplant"}, nil, nil, "", "", 0, "", ""},
		{"unknown", &kefu.Product{Name: "Phone charger", Category: "electronics"}, nil, nil, "", "", 0, "", ""},
		{"nothing", nil, nil, nil, "", "", 0, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := coldchain.StorageFor(c.p, c.b)
			if (s.Range == nil) != (c.rng == nil) || s.Range != nil && *s.Range != *c.rng || s.RangeSource != c.rangeSrc {
				t.Errorf("range %+v from %q, want %+v from %q", s.Range, s.RangeSource, c.rng, c.rangeSrc)
			}
			if s.Class != c.class || s.ShelfLife != c.shelf || s.ShelfLifeSource != c.shelfSrc || s.Kind != c.kind {
				t.Errorf("class %q shelf %v from %q kind %q, want %q %v from %q kind %q", s.Class, s.ShelfLife, s.ShelfLifeSource, s.Kind, c.class, c.shelf, c.shelfSrc, c.kind)
			}
		})
	}
}

func TestParseTempRange(t *testing.T) {
	cases := []struct {
		in     string
		lo, hi float64
		ok     bool
	}{
		{"0-4", 0, 4, true},
		{"0~4 °C", 0, 4, true},
		{"2–8°C", 2, 8, true},
		{"0 to 4", 0, 4, true},
		{"-25 to -18", -25, -18, true},
		{"-25--18", -25, -18, true},
		{"−25…−18℃", -25, -18, true},
		{"4 - 0", 0, 4, true},
		{"≤ -18 °C", -30, -18, true},
		{"-18℃以下", -30, -18, true},
		{"<= 4C", 0, 4, true},
		{"0.5-3.5", 0.5, 3.5, true},
		{"-1", -3, -1, true},
		{"冷藏 0-4℃", 0, 4, true},
		{"2℃以上", 0, 0, false},
		{">= 10", 0, 0, false},
		{"keep frozen", 0, 0, false},
		{"", 0, 0, false},
		{"0-400", 0, 0, false},
	}
	for _, c := range cases {
		r, ok := coldchain.ParseTempRange(c.in)
		if ok != c.ok || ok && (r.MinC != c.lo || r.MaxC != c.hi) {
			t.Errorf("ParseTempRange(%q) = %+v, %v; want %v–%v, %v", c.in, r, ok, c.lo, c.hi, c.ok)
		}
	}
}

func FuzzParseTempRange(f *testing.F) {
	for _, s := range []string{"0-4", "-25 to -18", "≤ -18 °C", "-18℃以下", "−25…−18℃", "1.2.3-4", "--", "9e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ok := coldchain.ParseTempRange(s)
		if ok && (r.MinC > r.MaxC || r.MinC < kefu.MinTempC-20 || r.MaxC > kefu.MaxTempC) {
			t.Fatalf("ParseTempRange(%q) = %+v", s, r)
		}
	})
}
