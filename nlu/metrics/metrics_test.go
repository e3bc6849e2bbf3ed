package metrics

import (
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestAccuracy(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		want       float64
	}{
		{"empty", nil, nil, 0},
		{"all right", []string{"a", "b"}, []string{"a", "b"}, 1},
		{"one of four", []string{"a", "b", "c", "d"}, []string{"a", "x", "x", "x"}, 0.25},
		{"shorter pred", []string{"a", "b", "c"}, []string{"a", "x"}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Accuracy(tt.gold, tt.pred); !near(got, tt.want) {
				t.Errorf("Accuracy = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMacroF1(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		want       float64
	}{
		{"empty", nil, nil, 0},
		{"perfect", []string{"a", "b", "a"}, []string{"a", "b", "a"}, 1},
		// a: tp1 fp0 fn1 → 2/3; b: tp1 fp1 fn0 → 2/3.
		{"two labels", []string{"a", "a", "b"}, []string{"a", "b", "b"}, 2.0 / 3},
		// a: tp1 fp0 fn1 → 2/3; b: tp0 fp0 fn1 → 0; c: tp0 fp1 fn0 → 0; mean 2/9.
		{"predicted-only label counts", []string{"a", "a", "b"}, []string{"a", "c", "c"}, 2.0 / 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MacroF1(tt.gold, tt.pred); !near(got, tt.want) {
				t.Errorf("MacroF1 = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMultiLabelMacroF1(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred [][]string
		want       float64
	}{
		{"empty", nil, nil, 0},
		{"perfect", [][]string{{"a", "b"}, {"c"}}, [][]string{{"b", "a"}, {"c"}}, 1},
		// a: tp1 fn0 fp1 → 2/3; b: tp0 fn1 → 0; c: tp1 → 1. mean 5/9.
		{"mixed", [][]string{{"a", "b"}, {"c"}}, [][]string{{"a"}, {"c", "a"}}, 5.0 / 9},
		// duplicates count once: a: tp1 → 1.
		{"duplicates", [][]string{{"a", "a"}}, [][]string{{"a", "a"}}, 1},
		// a: fn1 → 0; b: fp1 → 0.
		{"disjoint", [][]string{{"a"}}, [][]string{{"b"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MultiLabelMacroF1(tt.gold, tt.pred); !near(got, tt.want) {
				t.Errorf("MultiLabelMacroF1 = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestECE(t *testing.T) {
	tests := []struct {
		name    string
		conf    []float64
		correct []bool
		bins    int
		want    float64
	}{
		{"empty", nil, nil, 15, 0},
		{"perfectly calibrated", []float64{1, 1}, []bool{true, true}, 15, 0},
		{"overconfident", []float64{0.9, 0.9}, []bool{true, false}, 15, 0.4},
		// Two bins: [0,0.5] holds 0.2 (wrong) and 0.5 (right): |0.5-0.35|=0.15, weight 2/4.
		// (0.5,1] holds 0.8 (right), 1.0 (right): |1-0.9|=0.1, weight 2/4. ECE = 0.125.
		{"two bins", []float64{0.2, 0.5, 0.8, 1.0}, []bool{false, true, true, true}, 2, 0.125},
		// 0 goes to the first bin: |0 - 0| = 0.
		{"zero confidence", []float64{0}, []bool{false}, 15, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ECEWithBins(tt.conf, tt.correct, tt.bins); !near(got, tt.want) {
				t.Errorf("ECE = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("default bins", func(t *testing.T) {
		c, ok := []float64{0.9, 0.9}, []bool{true, false}
		if got, want := ECE(c, ok), ECEWithBins(c, ok, 15); got != want {
			t.Errorf("ECE = %v, want %v", got, want)
		}
	})
}

func TestOOS(t *testing.T) {
	gold := []string{"a", "b", "oos", "oos", "a"}
	pred := []string{"a", "oos", "oos", "a", "b"}
	tests := []struct {
		name string
		fn   func([]string, []string, string) float64
		want float64
	}{
		{"in-scope accuracy", InScopeAccuracy, 1.0 / 3}, // a right; b→oos wrong; a→b wrong
		{"oos recall", OOSRecall, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(gold, pred, "oos"); !near(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("no oos rows", func(t *testing.T) {
		if got := OOSRecall([]string{"a"}, []string{"a"}, "oos"); got != 0 {
			t.Errorf("OOSRecall = %v, want 0", got)
		}
	})
}

func TestOOSMix(t *testing.T) {
	// 6 in-scope rows (indices 0, 1, 3, 4, 6, 7) and 2 oos rows (2, 5).
	gold := []string{"a", "b", "oos", "a", "b", "oos", "a", "b"}
	tests := []struct {
		name    string
		gold    []string
		share   float64
		wantIn  int
		wantOOS int
	}{
		{"a quarter: 2 oos rows once", gold, 0.25, 6, 2},
		{"half: each oos row three times", gold, 0.5, 6, 6},
		{"a tenth: one of the two", gold, 0.1, 6, 1},
		{"0.7: 14 = 7 copies", gold, 0.7, 6, 14},
		{"0.6: 9 = 4 copies + 1", gold, 0.6, 6, 9},
		{"share 0", gold, 0, 0, 0},
		{"share 1", gold, 1, 0, 0},
		{"no oos rows", []string{"a", "b"}, 0.5, 0, 0},
		{"only oos rows", []string{"oos", "oos"}, 0.5, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := OOSMix(tt.gold, "oos", tt.share, 1)
			in, oos := 0, 0
			for _, i := range idx {
				if tt.gold[i] == "oos" {
					oos++
				} else {
					in++
				}
			}
			if in != tt.wantIn || oos != tt.wantOOS {
				t.Errorf("OOSMix(%v) has %d in-scope and %d oos rows, want %d and %d", tt.share, in, oos, tt.wantIn, tt.wantOOS)
			}
		})
	}
	t.Run("in-scope rows once, in order", func(t *testing.T) {
		idx := OOSMix(gold, "oos", 0.6, 1)
		if want := []int{0, 1, 3, 4, 6, 7}; !slices.Equal(idx[:6], want) {
			t.Errorf("first rows %v, want %v", idx[:6], want)
		}
	})
	t.Run("deterministic by seed", func(t *testing.T) {
		many := make([]string, 0, 200)
		for i := range 200 {
			many = append(many, []string{"a", "oos"}[i%2])
		}
		a, b := OOSMix(many, "oos", 0.3, 7), OOSMix(many, "oos", 0.3, 7)
		if !slices.Equal(a, b) {
			t.Error("same seed, different indices")
		}
		seen := false
		for s := range uint64(5) {
			if !slices.Equal(a, OOSMix(many, "oos", 0.3, s)) {
				seen = true
			}
		}
		if !seen {
			t.Error("every seed gave the same sample")
		}
	})
}
