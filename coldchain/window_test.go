package coldchain_test

import (
	"math"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

func TestAnalyzeWindow(t *testing.T) {
	t0 := time.Date(2026, 10, 21, 8, 0, 0, 0, time.UTC)
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	var rs []kefu.Reading
	for m := 0; m <= 300; m += 5 {
		r := kefu.NewReading("L", at(m))
		r.TempC = 2
		rs = append(rs, r)
	}
	ev := func(step kefu.CustodyStep, min int) *kefu.CustodyEvent {
		return &kefu.CustodyEvent{Step: step, At: at(min), ChecksPassed: true, TempC: math.NaN()}
	}
	cases := []struct {
		name     string
		in       coldchain.Input
		from, to int
		verdict  coldchain.Verdict
		codes    []coldchain.Code
	}{
		{"readings only", coldchain.Input{}, 0, 300, coldchain.OK, nil},
		{"explicit", coldchain.Input{From: at(10), To: at(20)}, 10, 20, coldchain.OK, nil},
		{"departure to delivery", coldchain.Input{Custody: []*kefu.CustodyEvent{ev(kefu.StepDelivered, 200), ev(kefu.StepSorted, 5), ev(kefu.StepDeparted, 60)}}, 60, 200, coldchain.OK, nil},
		{"loaded, in transit", coldchain.Input{Custody: []*kefu.CustodyEvent{ev(kefu.StepLoaded, 30), ev(kefu.StepReceived, 0)}}, 30, 300, coldchain.OK, nil},
		{"first to last custody", coldchain.Input{Custody: []*kefu.CustodyEvent{ev(kefu.StepReceived, 20), ev(kefu.StepArrived, 100)}}, 20, 300, coldchain.OK, nil},
		{"no readings in window", coldchain.Input{From: at(400), To: at(500)}, 400, 500, coldchain.Unknown, []coldchain.Code{coldchain.CodeNoReadings}},
		{"low coverage", coldchain.Input{From: at(200), To: at(700)}, 200, 700, coldchain.Unknown, []coldchain.Code{coldchain.CodeLowCoverage, coldchain.CodeDataGap}},
		{"inverted range", coldchain.Input{Range: &kefu.TempRange{MinC: 4, MaxC: 0}}, 0, 300, coldchain.Unknown, []coldchain.Code{coldchain.CodeUnknownRange}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := c.in
			in.Readings = rs
			if in.Range == nil {
				in.Range = &kefu.TempRange{MinC: 0, MaxC: 4}
			}
			a := coldchain.Analyze(in)
			if !a.From.Equal(at(c.from)) || !a.To.Equal(at(c.to)) {
				t.Errorf("window %s → %s, want minutes %d → %d", a.From, a.To, c.from, c.to)
			}
			var codes []coldchain.Code
			for _, r := range a.Reasons {
				codes = append(codes, r.Code)
			}
			if a.Verdict != c.verdict || len(codes) != len(c.codes) {
				t.Fatalf("verdict %s %v, want %s %v", a.Verdict, codes, c.verdict, c.codes)
			}
			for i := range codes {
				if codes[i] != c.codes[i] {
					t.Errorf("reasons %v, want %v", codes, c.codes)
				}
			}
		})
	}
}
