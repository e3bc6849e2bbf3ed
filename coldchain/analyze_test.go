package coldchain_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// duration is a time.Duration written as "5m" in test files.
type duration time.Duration

func (d *duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	*d = duration(v)
	return err
}

// traceSpec describes a synthetic logger trace compactly: a reading every
// Every from Start, its temperature linear between Points ([minute, °C]),
// rounded to 0.1 °C as loggers report, plus Wiggle·sin noise; no readings
// in the Silent spans ([from, to) minutes); door-only readings saying open
// and closed at DoorOpen's [from, to]; alarm-only readings at Alarms'
// [minute, code].
type traceSpec struct {
	Start    time.Time         `json:"start"`
	Every    duration          `json:"every"`
	Device   string            `json:"device"`
	Wiggle   float64           `json:"wiggle"`
	Points   [][2]float64      `json:"points"`
	Silent   [][2]float64      `json:"silent"`
	DoorOpen [][2]float64      `json:"door_open"`
	Alarms   []json.RawMessage `json:"alarms"`
}

// caseFile is a testdata/*.json input: the analysis input and the known
// answers the test asserts besides the golden output.
type caseFile struct {
	About     string               `json:"about"`
	Range     *kefu.TempRange      `json:"range"`
	Class     coldchain.Class      `json:"class"`
	Interval  duration             `json:"interval"`
	From      time.Time            `json:"from"`
	To        time.Time            `json:"to"`
	ShelfLife duration             `json:"shelf_life"`
	Trace     *traceSpec           `json:"trace"`
	Readings  []kefu.Reading       `json:"readings"`
	Custody   []*kefu.CustodyEvent `json:"custody"`
	Batch     *kefu.Batch          `json:"batch"`
	Want      struct {
		Verdict         coldchain.Verdict `json:"verdict"`
		Reasons         []string          `json:"reasons"` // "code:severity", in order
		MinutesAbove    *float64          `json:"minutes_above"`
		PeakC           *float64          `json:"peak_c"`
		GapMinutes      *float64          `json:"gap_minutes"`
		DoorOpenMinutes *float64          `json:"door_open_minutes"`
	} `json:"want"`
}

func (c *caseFile) input(tb testing.TB) coldchain.Input {
	tb.Helper()
	in := coldchain.Input{
		Range: c.Range, Class: c.Class, Interval: time.Duration(c.Interval),
		From: c.From, To: c.To, ShelfLife: time.Duration(c.ShelfLife),
		Custody: c.Custody, Batch: c.Batch,
		Readings: slices.Clone(c.Readings),
	}
	if s := c.Trace; s != nil {
		in.Readings = append(in.Readings, s.readings(tb)...)
	}
	slices.SortStableFunc(in.Readings, func(a, b kefu.Reading) int { return a.At.Compare(b.At) })
	return in
}

func (s *traceSpec) readings(tb testing.TB) []kefu.Reading {
	tb.Helper()
	if len(s.Points) < 2 || s.Every <= 0 {
		tb.Fatalf("trace needs two points and every")
	}
	at := func(min float64) time.Time { return s.Start.Add(time.Duration(min * float64(time.Minute))) }
	end := s.Points[len(s.Points)-1][0]
	step := time.Duration(s.Every).Minutes()
	var out []kefu.Reading
	for k := 0; float64(k)*step <= end+1e-9; k++ {
		m := float64(k) * step
		if slices.ContainsFunc(s.Silent, func(sp [2]float64) bool { return m >= sp[0] && m < sp[1] }) {
			continue
		}
		r := kefu.NewReading(s.Device, at(m))
		r.TempC = math.Round((interp(s.Points, m)+s.Wiggle*math.Sin(1.7*float64(k)))*10) / 10
		out = append(out, r)
	}
	for _, d := range s.DoorOpen {
		o, c := kefu.NewReading(s.Device, at(d[0])), kefu.NewReading(s.Device, at(d[1]))
		o.Door, c.Door = kefu.DoorOpen, kefu.DoorClosed
		out = append(out, o, c)
	}
	for _, raw := range s.Alarms {
		var a [2]any
		if err := json.Unmarshal(raw, &a); err != nil {
			tb.Fatalf("alarm %s: %v", raw, err)
		}
		r := kefu.NewReading(s.Device, at(a[0].(float64)))
		r.Alarm = a[1].(string)
		out = append(out, r)
	}
	return out
}

// interp is the piecewise-linear temperature of points at minute m.
func interp(points [][2]float64, m float64) float64 {
	for i := 1; i < len(points); i++ {
		a, b := points[i-1], points[i]
		if m <= b[0] {
			return a[1] + (b[1]-a[1])*(m-a[0])/(b[0]-a[0])
		}
	}
	return points[len(points)-1][1]
}

func mustCase(tb testing.TB, path string) *caseFile {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c caseFile
	if err := dec.Decode(&c); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return &c
}

// TestAnalyzeGolden runs every testdata/*.json shipment, checks its known
// answers and compares the whole analysis with *.golden.json (-update
// rewrites them).
func TestAnalyzeGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, ".golden.json") })
	if len(files) < 8 {
		t.Fatalf("%d test shipments, want at least 8", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			c := mustCase(t, file)
			a := coldchain.Analyze(c.input(t))
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')

			w := c.Want
			if a.Verdict != w.Verdict {
				t.Errorf("verdict %s, want %s", a.Verdict, w.Verdict)
			}
			var codes []string
			for _, r := range a.Reasons {
				codes = append(codes, fmt.Sprintf("%s:%s", r.Code, r.Severity))
			}
			if !slices.Equal(codes, w.Reasons) {
				t.Errorf("reasons %q, want %q", codes, w.Reasons)
			}
			checkNum(t, "minutes_above", a.MinutesAbove, w.MinutesAbove)
			if a.Max != nil {
				checkNum(t, "peak_c", a.Max.TempC, w.PeakC)
			}
			checkNum(t, "gap_minutes", a.GapMinutes, w.GapMinutes)
			checkNum(t, "door_open_minutes", a.DoorOpenMinutes, w.DoorOpenMinutes)

			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("analysis differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
			var back coldchain.Analysis
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("golden does not read back: %v", err)
			}
			if again, _ := json.MarshalIndent(back, "", "  "); !bytes.Equal(append(again, '\n'), got) {
				t.Errorf("analysis does not round-trip through JSON")
			}
		})
	}
}

func checkNum(t *testing.T, name string, got float64, want *float64) {
	t.Helper()
	if want != nil && math.Abs(got-*want) > 1e-9 {
		t.Errorf("%s %v, want %v", name, got, *want)
	}
}
