package kefu_test

import (
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestPromotionActive(t *testing.T) {
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name       string
		start, end time.Time
		want       bool
	}{
		{"open both ways", time.Time{}, time.Time{}, true},
		{"started", at.Add(-time.Hour), time.Time{}, true},
		{"starts now (included)", at, time.Time{}, true},
		{"not yet", at.Add(time.Second), time.Time{}, false},
		{"ends later", time.Time{}, at.Add(time.Second), true},
		{"ends now (excluded)", time.Time{}, at, false},
		{"ended", at.Add(-2 * time.Hour), at.Add(-time.Hour), false},
	} {
		p := &kefu.Promotion{Start: tt.start, End: tt.end}
		if got := p.Active(at); got != tt.want {
			t.Errorf("%s: Active = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPromotionApplies(t *testing.T) {
	tea := &kefu.Product{SKU: "TEA-1", Category: "Tea"}
	cup := &kefu.Product{SKU: "CUP-1", Category: "ware"}
	bare := &kefu.Product{SKU: "X"}
	for _, tt := range []struct {
		name           string
		p              *kefu.Promotion
		tea, cup, bare bool
	}{
		{"whole shop", &kefu.Promotion{}, true, true, true},
		{"category, any case", &kefu.Promotion{Categories: []string{"tea"}}, true, false, false},
		{"sku", &kefu.Promotion{Products: []string{"CUP-1"}}, false, true, false},
		{"sku or category", &kefu.Promotion{Categories: []string{"TEA"}, Products: []string{"CUP-1"}}, true, true, false},
	} {
		for _, c := range []struct {
			pr   *kefu.Product
			want bool
		}{{tea, tt.tea}, {cup, tt.cup}, {bare, tt.bare}} {
			if got := tt.p.Applies(c.pr); got != c.want {
				t.Errorf("%s: Applies(%s) = %v, want %v", tt.name, c.pr.SKU, got, c.want)
			}
		}
	}
}
