package freshness

import "testing"

func TestContainsWord(t *testing.T) {
	tests := []struct {
		text, needle string
		want         bool
	}{
		{"sku s-1 is vegan", "s-1", true},
		{"sku s-10 is vegan", "s-1", false},
		{"sku s-10, and s-1.", "s-1", true},
		{"our rose toner suits", "rose toner", true},
		{"our rose toners suit", "rose toner", false},
		{"primrose toner", "rose toner", false},
		{"(lumi-c-30)", "lumi-c-30", true},
		{"code save618 works", "save618", true},
		{"code save6180 works", "save618", false},
		{"维c精华很好用", "维c精华", true},
		{"这款维c精华很好用", "维c精华", true},
		{"", "x", false},
		{"toner", "toner", true},
	}
	for _, tt := range tests {
		if got := containsWord(tt.text, tt.needle); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.text, tt.needle, got, tt.want)
		}
	}
}
