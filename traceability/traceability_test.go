package traceability

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestLinks(t *testing.T) {
	l := &Links{Key: []byte("0123456789abcdef0123456789abcdef")}
	tok := l.Token("freshfarm", "FF-20918", "sh_1")
	tenant, order, ship, ok := l.Parse(tok)
	if !ok || tenant != "freshfarm" || order != "FF-20918" || ship != "sh_1" {
		t.Fatalf("round trip: %q %q %q %v", tenant, order, ship, ok)
	}
	other := &Links{Key: []byte("another key of thirty-two bytes!")}
	body, sig, _ := strings.Cut(tok, ".")
	forged := []string{
		"", "x", tok + "x", body + ".", "." + sig,
		other.Token("freshfarm", "FF-20918", "sh_1"),                // another key
		l.Token("freshfarm", "FF-20918", "sh_1")[:len(tok)-1] + "A", // a changed signature
		strings.Replace(tok, body, other.Token("globalmart", "FF-20918", "sh_1")[:len(body)], 1),
	}
	for _, f := range forged {
		if _, _, _, ok := l.Parse(f); ok && f != tok {
			t.Errorf("forged token %q accepted", f)
		}
	}
	if p := l.Path("freshfarm", "FF-20918", "sh_1"); !strings.HasPrefix(p, "/trace/") {
		t.Errorf("path %q", p)
	}
}

func TestThinKeepsExtremes(t *testing.T) {
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	rs := make([]kefu.Reading, 10000)
	for i := range rs {
		rs[i] = kefu.NewReading("d", start.Add(time.Duration(i)*time.Minute))
		rs[i].TempC = 2 + 0.1*math.Sin(float64(i)/10)
	}
	rs[4321].TempC = 9.5 // one spike
	pts := thin(rs, MaxPoints, func(r kefu.Reading) float64 { return r.TempC })
	if len(pts) > MaxPoints || len(pts) < MaxPoints/2 {
		t.Fatalf("%d points", len(pts))
	}
	found := false
	for i, p := range pts {
		found = found || p.TempC == 9.5
		if i > 0 && !p.At.After(pts[i-1].At) {
			t.Fatalf("points out of order at %d", i)
		}
	}
	if !found || pts[0].At != rs[0].At || pts[len(pts)-1].At != rs[len(rs)-1].At {
		t.Errorf("spike kept %v, first %v, last %v", found, pts[0].At, pts[len(pts)-1].At)
	}
}

func TestPick(t *testing.T) {
	chilled := &DeviceTrace{Device: &kefu.Device{ID: "chilled"}, MedianC: 1.1}
	cool := &DeviceTrace{Device: &kefu.Device{ID: "cool"}, MedianC: 2.6}
	frozen := &DeviceTrace{Device: &kefu.Device{ID: "frozen"}, MedianC: -21}
	silent := &DeviceTrace{Device: &kefu.Device{ID: "silent"}, MedianC: math.NaN()}
	ds := []*DeviceTrace{silent, chilled, cool, frozen}
	tests := []struct {
		rg   *kefu.TempRange
		want string
	}{
		{&kefu.TempRange{MinC: 0, MaxC: 2}, "chilled"},    // salmon
		{&kefu.TempRange{MinC: 1, MaxC: 4}, "cool"},       // milk: both inside, cool nearer the middle
		{&kefu.TempRange{MinC: -25, MaxC: -18}, "frozen"}, // ice cream
		{&kefu.TempRange{MinC: 10, MaxC: 13}, "cool"},     // mangoes: none inside, the nearest
	}
	for _, tt := range tests {
		if got := pick(ds, tt.rg); got == nil || got.Device.ID != tt.want {
			t.Errorf("range %+v: %v, want %s", *tt.rg, got, tt.want)
		}
	}
	if pick([]*DeviceTrace{silent}, nil) != nil {
		t.Error("a device without readings picked")
	}
}

func TestNameScore(t *testing.T) {
	salmon := []string{"Norwegian Atlantic Salmon Fillet, 500 g", "挪威大西洋三文鱼柳 500克"}
	tests := []struct {
		text string
		want bool
	}{
		{"did my salmon spoil?", true},
		{"我的三文鱼变质了吗", true},
		{"is the fresh milk ok?", false}, // "fresh" names no product
		{"my ice cream melted", false},
	}
	for _, tt := range tests {
		if got := NameScore(tt.text, salmon) > 0; got != tt.want {
			t.Errorf("NameScore(%q) > 0 = %v, want %v", tt.text, got, tt.want)
		}
	}
}
