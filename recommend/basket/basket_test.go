package basket

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	const head = "basket_id,n_items,items,counts\n"
	tests := []struct {
		name, text string
		want       []Basket
		wantErr    string
	}{
		{"ok", head + "1,2,milk;bread,1;2\n7,1,tea,1\n", []Basket{{"1", []string{"milk", "bread"}}, {"7", []string{"tea"}}}, ""},
		{"items only", "basket_id,items\na,milk; bread\n", []Basket{{"a", []string{"milk", "bread"}}}, ""},
		{"empty", "", nil, "line 1: empty file"},
		{"no items column", "basket_id,products\n1,milk\n", nil, `line 1: no column "items"`},
		{"no rows", head, nil, "line 2: no baskets"},
		{"n_items", head + "1,2,milk;bread,1;1\n2,3,milk,1\n", nil, `line 3: basket 2: n_items "3", but 1 items are listed`},
		{"counts", head + "1,2,milk;bread,1;x\n", nil, `line 2: basket 1: count "x" is not a positive integer`},
		{"count arity", head + "1,2,milk;bread,1\n", nil, "line 2: basket 1: 1 counts for 2 items"},
		{"twice", head + "1,2,milk;milk,1;1\n", nil, `line 2: basket 1: item "milk" is listed twice`},
		{"empty item", head + "1,2,milk;,1;1\n", nil, "line 2: basket 1: empty item name"},
		{"repeated id", head + "1,1,milk,1\n1,1,tea,1\n", nil, `line 3: basket_id "1" repeats line 2`},
		{"fields", head + "1,1,milk\n", nil, "line 2: 3 fields, the header has 4"},
		{"quote", head + "1,1,\"milk,1\n", nil, "line 2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCSV(strings.NewReader(tt.text))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

var toySettings = map[Method]Settings{
	MethodPopularity: {Method: MethodPopularity},
	MethodRules:      {Method: MethodRules, Rules: RuleSettings{MinSupport: 0.02, MinConfidence: 0.1}},
	MethodGraph:      {Method: MethodGraph, Graph: GraphSettings{Dim: 8, Layers: 2, Epochs: 30, Batch: 256, LearningRate: 0.02, L2: 1e-4, Seed: 1}},
}

// TestRecommendToy checks each method on baskets where bread goes with
// butter and milk is in most baskets: the pair methods complete bread
// with butter and say why; popularity offers milk.
func TestRecommendToy(t *testing.T) {
	train := toyBaskets(400, 1)
	tests := []struct {
		method   Method
		basket   []string
		want     string
		wantWith string
		wantText string
	}{
		{MethodPopularity, []string{"bread"}, "milk", "", "of all baskets"},
		{MethodRules, []string{"bread", "unknown item"}, "butter", "bread", "bought with bread by 100% of their buyers"},
		{MethodRules, []string{"crisps"}, "beer", "crisps", "bought with crisps by 100%"},
		{MethodGraph, []string{"bread"}, "butter", "bread", "same kind of baskets as bread"},
		{MethodGraph, []string{"milk", "crisps"}, "beer", "crisps", "same kind of baskets as crisps"},
	}
	for _, tt := range tests {
		t.Run(string(tt.method)+"/"+tt.basket[0], func(t *testing.T) {
			m, err := Train(train, toySettings[tt.method])
			if err != nil {
				t.Fatal(err)
			}
			got := m.Recommend(tt.basket, 3)
			if len(got) != 3 {
				t.Fatalf("%d suggestions, want 3", len(got))
			}
			for _, s := range got {
				for _, b := range tt.basket {
					if s.Item == b {
						t.Fatalf("suggested %q, already in the basket", b)
					}
				}
			}
			top := got[0]
			if top.Item != tt.want || top.Reason.Method != tt.method || !strings.Contains(top.Reason.Text, tt.wantText) {
				t.Fatalf("top suggestion %+v, want %s because %q", top, tt.want, tt.wantText)
			}
			if tt.wantWith != "" && (len(top.Reason.With) == 0 || top.Reason.With[0] != tt.wantWith) {
				t.Errorf("reason rests on %v, want %s first", top.Reason.With, tt.wantWith)
			}
			if got[1].Score > top.Score {
				t.Errorf("not best first: %+v", got)
			}
		})
	}
	// Pairs are predictable, so on fresh baskets the pair methods beat
	// popularity.
	test := toyBaskets(200, 2)
	hit := map[Method]float64{}
	for _, method := range Methods {
		m, err := Train(train, toySettings[method])
		if err != nil {
			t.Fatal(err)
		}
		mt := Evaluate(m, test)
		hit[method] = mt.HitAt5
		if mt.N == 0 || mt.HitAt10 < mt.HitAt5 || mt.MRR <= 0 || mt.MRR > 1 {
			t.Errorf("%s: metrics %+v", method, mt)
		}
	}
	if hit[MethodRules] <= hit[MethodPopularity] || hit[MethodGraph] <= hit[MethodPopularity] {
		t.Errorf("hit@5 %v: rules and graph should beat popularity on pairs", hit)
	}
}

func TestTrainBadSettings(t *testing.T) {
	train := toyBaskets(50, 1)
	for _, s := range []Settings{
		{Method: "forest"},
		{Method: MethodRules, Rules: RuleSettings{MinSupport: 0}},
		{Method: MethodRules, Rules: RuleSettings{MinSupport: 0.1, By: "count"}},
		{Method: MethodGraph, Graph: GraphSettings{Dim: 0, Layers: 1, Epochs: 1, LearningRate: 0.1}},
	} {
		if _, err := Train(train, s); err == nil {
			t.Errorf("Train(%+v): no error", s)
		}
	}
	if _, err := Train(nil, Settings{Method: MethodPopularity}); err == nil {
		t.Error("Train(nil): no error")
	}
}

// TestEvaluateHandCounted checks the ranks on two baskets under
// popularity, where the order of the catalogue is known.
func TestEvaluateHandCounted(t *testing.T) {
	// Counts: a 4, b 3, c 2, d 1.
	train := MustReadCSV(t, "basket_id,items\n1,a;b;c;d\n2,a;b;c\n3,a;b\n4,a\n")
	m, err := Train(train, Settings{Method: MethodPopularity})
	if err != nil {
		t.Fatal(err)
	}
	// {a, d}: held-out a ranks among a, b, c (d stays in the basket):
	// first. Held-out d ranks among b, c, d: third. {x, c}: x is unknown,
	// a miss; c ranks among a, b, c, d: third. {b} is too small to count.
	mt := Evaluate(m, MustReadCSV(t, "basket_id,items\n1,a;d\n2,x;c\n3,b\n"))
	want := Metrics{N: 4, HitAt5: 0.75, HitAt10: 0.75, MRR: (1 + 1.0/3 + 0 + 1.0/3) / 4, Unknown: 1}
	if mt.N != want.N || mt.HitAt5 != want.HitAt5 || mt.Unknown != want.Unknown || mt.MRR-want.MRR > 1e-12 || want.MRR-mt.MRR > 1e-12 {
		t.Errorf("metrics %+v, want %+v", mt, want)
	}
}

// TestSelectToy chooses settings on the toy baskets: a pair method wins,
// and the same seed gives the same choice.
func TestSelectToy(t *testing.T) {
	train := toyBaskets(300, 3)
	o := SelectOptions{Seed: 1,
		RuleGrid:  []RuleSettings{{MinSupport: 0.02, MinConfidence: 0.1}, {MinSupport: 0.05, MinConfidence: 0.1, By: ByLift}},
		GraphGrid: []GraphSettings{{Dim: 8, Layers: 1, Epochs: 10, Batch: 256, LearningRate: 0.02, Seed: 1}, {Dim: 8, Layers: 2, Epochs: 10, Batch: 256, LearningRate: 0.02, Seed: 1}},
	}
	var lines []string
	o.Progress = func(s string) { lines = append(lines, s) }
	a, err := Select(train, o)
	if err != nil {
		t.Fatal(err)
	}
	if a.Method == MethodPopularity || a.Fit+a.Valid != len(train) || len(a.Validation) != 3 || len(lines) == 0 {
		t.Fatalf("selection %+v", a)
	}
	if a.Graph.Epochs < 1 || a.Graph.Epochs > 10 {
		t.Errorf("graph epochs %d, want the best of 1..10", a.Graph.Epochs)
	}
	o.Progress = nil
	b, err := Select(train, o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("same seed, different selections:\n%+v\n%+v", a, b)
	}
	if _, err := Select(train[:1], o); err == nil {
		t.Error("one basket: no error")
	}
}

func TestSplit(t *testing.T) {
	train := toyBaskets(1000, 1)
	fit, held := Split(train, 0.2, 1)
	if len(held) < 150 || len(held) > 250 || len(fit)+len(held) != 1000 {
		t.Errorf("split %d/%d, want about 800/200", len(fit), len(held))
	}
	// Reversing the file holds out the same baskets.
	rev := make([]Basket, len(train))
	for i, b := range train {
		rev[len(train)-1-i] = b
	}
	_, held2 := Split(rev, 0.2, 1)
	if len(held2) != len(held) || held2[0].ID != held[len(held)-1].ID {
		t.Error("the split depends on the order of the baskets")
	}
}
