package coldchain_test

import (
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

// eurogatePath is the EUROGATE terminal's hourly reefer series, read in
// place: its licence is unknown, so it is never copied into the repository.
const eurogatePath = "../../shared/datasets/eurogate-reefer-hourly/hourly_terminal_dataset.csv"

// eurogateRow is one observed hour of the terminal's reefers (averages).
type eurogateRow struct {
	at                                time.Time
	setpoint, ret, supply, ambientAir float64
}

func readEurogate(t *testing.T) []eurogateRow {
	t.Helper()
	f, err := os.Open(eurogatePath)
	if errors.Is(err, fs.ErrNotExist) {
		if os.Getenv("KEFU_REQUIRE_SERVICES") == "1" {
			t.Fatalf("%s is absent", eurogatePath)
		}
		t.Skipf("%s is absent; set KEFU_REQUIRE_SERVICES=1 to require it", eurogatePath)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var rows []eurogateRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		at, err := time.Parse(time.RFC3339, rec[col["timestamp_utc"]])
		if err != nil {
			t.Fatal(err)
		}
		num := func(c string) float64 {
			v, err := strconv.ParseFloat(rec[col[c]], 64)
			if err != nil {
				return math.NaN()
			}
			return v
		}
		row := eurogateRow{at, num("avg_temperature_setpoint"), num("avg_temperature_return"), num("avg_temperature_supply"), num("avg_temperature_ambient")}
		if math.IsNaN(row.setpoint) || math.IsNaN(row.ret) || math.IsNaN(row.supply) {
			continue // an hour the terminal did not observe: the analysis must see a gap
		}
		rows = append(rows, row)
	}
	return rows
}

// TestEurogateSetPointDeviations treats the terminal's reefer air against
// its set point as a trace: the deviation (air − set point) with an
// allowed band of −3…+1 °C. Criterion: an hour whose average return air is
// more than 1 °C above the average set point is a set-point deviation.
// The analysis must find exactly the hours, runs and longest run a direct
// scan of the file finds, the observation outage as a data gap, and, on
// supply air, no hour above the band.
func TestEurogateSetPointDeviations(t *testing.T) {
	rows := readEurogate(t)
	const limit = 1.0
	band := &kefu.TempRange{MinC: -3, MaxC: limit}

	// The direct scan.
	var hours, runs, run, longest int
	var peak float64
	var peakAt time.Time
	var ambientAll, ambientDev float64
	supplyMax := math.Inf(-1)
	for i, r := range rows {
		d := r.ret - r.setpoint
		ambientAll += r.ambientAir
		supplyMax = math.Max(supplyMax, r.supply-r.setpoint)
		if d > peak || peakAt.IsZero() {
			peak, peakAt = d, r.at
		}
		if d <= limit {
			run = 0
			continue
		}
		hours++
		ambientDev += r.ambientAir
		if run == 0 || rows[i-1].at.Add(time.Hour) != r.at {
			runs++
			run = 0
		}
		run++
		longest = max(longest, run)
	}
	var outageFrom, outageTo time.Time
	for i := 1; i < len(rows); i++ {
		if d := rows[i].at.Sub(rows[i-1].at); d > 3*time.Hour && d > outageTo.Sub(outageFrom) {
			outageFrom, outageTo = rows[i-1].at, rows[i].at
		}
	}

	trace := func(air func(eurogateRow) float64) []kefu.Reading {
		rs := make([]kefu.Reading, len(rows))
		for i, r := range rows {
			rs[i] = kefu.NewReading("eurogate-cth", r.at)
			rs[i].TempC = air(r) - r.setpoint
		}
		return rs
	}

	start := time.Now()
	a := coldchain.Analyze(coldchain.Input{Readings: trace(func(r eurogateRow) float64 { return r.ret }), Range: band})
	took := time.Since(start)

	if a.IntervalSeconds != 3600 {
		t.Errorf("interval %vs, want 3600s (hourly)", a.IntervalSeconds)
	}
	if hours == 0 {
		t.Fatal("the scan found no deviation: the file changed?")
	}
	if a.MinutesAbove != float64(60*hours) || a.ExcursionCount != runs || a.LongestExcursionMinutes != float64(60*longest) {
		t.Errorf("analysis: %v min above in %d excursions, longest %v min; scan: %d h in %d runs, longest %d h",
			a.MinutesAbove, a.ExcursionCount, a.LongestExcursionMinutes, hours, runs, longest)
	}
	if a.Max == nil || !a.Max.At.Equal(peakAt) || math.Abs(a.Max.TempC-peak) > 1e-9 {
		t.Errorf("peak %+v, want %.3f °C at %s", a.Max, peak, peakAt)
	}
	if a.GapCount != 1 || !a.Gaps[0].From.Equal(outageFrom) || !a.Gaps[0].To.Equal(outageTo) {
		t.Errorf("gaps %d %+v, want the one outage %s → %s", a.GapCount, a.Gaps, outageFrom, outageTo)
	}
	if a.Verdict != coldchain.AtRisk {
		t.Errorf("verdict %s, want at_risk (deviations beyond the 1 °C / 30 min tolerance)", a.Verdict)
	}

	s := coldchain.Analyze(coldchain.Input{Readings: trace(func(r eurogateRow) float64 { return r.supply }), Range: band})
	if s.MinutesAbove != 0 || supplyMax > limit {
		t.Errorf("supply air: %v min above set point + %v °C (scan: max %.3f °C)", s.MinutesAbove, limit, supplyMax)
	}

	t.Logf("%d observed hours, %s → %s; analysed in %v", len(rows), rows[0].at.Format(time.DateTime), rows[len(rows)-1].at.Format(time.DateTime), took)
	t.Logf("return air > set point + %.0f °C: %d hours in %d runs, longest %d h; peak +%.2f °C at %s", limit, hours, runs, longest, peak, peakAt.Format(time.DateTime))
	t.Logf("mean ambient %.1f °C in those hours vs %.1f °C over all hours", ambientDev/float64(hours), ambientAll/float64(len(rows)))
	t.Logf("supply air never above set point + %.0f °C (max %+.2f °C); outage %s → %s (%.0f h) found as a data gap",
		limit, supplyMax, outageFrom.Format(time.DateTime), outageTo.Format(time.DateTime), outageTo.Sub(outageFrom).Hours())
	t.Logf("return air: MKT of the deviation %+.2f °C, mean %+.2f °C, coverage %.1f%%, verdict %s", *a.MKTC, *a.MeanC, a.CoveragePct, a.Verdict)
}
