package coldchain

import (
	"math"
	"slices"
	"sort"
	"time"

	"github.com/kefu-ai/kefu"
)

// Limits are the thresholds of the analysis. DefaultLimits gives the
// documented ones (docs/coldchain-analysis.md says where each comes from);
// tests and shops with stricter rules may pass their own.
type Limits struct {
	// GapFactor: a silence longer than GapFactor × the sampling interval
	// is a data gap.
	GapFactor float64
	// GapMinutes: more silence than this in the window makes the verdict
	// at least Unknown.
	GapMinutes float64
	// MinCoveragePct: readings covering less of the window make the
	// verdict at least Unknown.
	MinCoveragePct float64
	// ToleranceMinutes and the class's tolerance (°C beyond the range):
	// excursions that stay within both are findings of severity OK.
	ToleranceMinutes                                    float64
	FrozenToleranceC, ChilledToleranceC, CoolToleranceC float64
	// ThawLimitC and ThawMinutes: frozen food above ThawLimitC for more
	// than ThawMinutes is likely spoiled; for less, at risk.
	ThawLimitC, ThawMinutes float64
	// AbuseLimitC and AbuseMinutes: chilled food above AbuseLimitC for
	// more than AbuseMinutes in total is likely spoiled; for less, at risk.
	AbuseLimitC, AbuseMinutes float64
	// HotLimitC and HotMinutes: chilled food above HotLimitC for more
	// than HotMinutes is likely spoiled.
	HotLimitC, HotMinutes float64
	// DoorOpenMinutes: a door open longer than this at a time puts the
	// food at risk.
	DoorOpenMinutes float64
	// Time out of the cold allowed at sorting and packing, by class.
	FrozenSortingMinutes, ChilledSortingMinutes, CoolSortingMinutes float64
	// Q10 is the factor by which spoilage speeds up per 10 °C above the
	// top of the range (shelf-life model).
	Q10 float64
	// AmbientC is the temperature assumed for time out of the cold that
	// custody events declare and no reading measured.
	AmbientC float64
	// ShelfLifeLostPct: losing more of the shelf life than this puts the
	// food at risk.
	ShelfLifeLostPct float64
	// DefaultInterval is the sampling interval when neither the input
	// gives one nor the readings show one.
	DefaultInterval time.Duration
}

// DefaultLimits returns the documented thresholds.
func DefaultLimits() Limits {
	return Limits{
		GapFactor:             3,
		GapMinutes:            30,
		MinCoveragePct:        50,
		ToleranceMinutes:      30,
		FrozenToleranceC:      3,
		ChilledToleranceC:     1,
		CoolToleranceC:        2,
		ThawLimitC:            -12,
		ThawMinutes:           30,
		AbuseLimitC:           8,
		AbuseMinutes:          120,
		HotLimitC:             32,
		HotMinutes:            60,
		DoorOpenMinutes:       15,
		FrozenSortingMinutes:  15,
		ChilledSortingMinutes: 30,
		CoolSortingMinutes:    60,
		Q10:                   3,
		AmbientC:              20,
		ShelfLifeLostPct:      25,
		DefaultInterval:       5 * time.Minute,
	}
}

func (l *Limits) tolerance(c Class) float64 {
	switch c {
	case ClassFrozen:
		return l.FrozenToleranceC
	case ClassCool:
		return l.CoolToleranceC
	}
	return l.ChilledToleranceC
}

func (l *Limits) sortingMinutes(c Class) float64 {
	switch c {
	case ClassFrozen:
		return l.FrozenSortingMinutes
	case ClassCool:
		return l.CoolSortingMinutes
	}
	return l.ChilledSortingMinutes
}

// Input is what Analyze reads: one shipment's (or one batch's) trace.
type Input struct {
	// Readings are the readings of the shipment's devices over their
	// assignment windows, merged and sorted by At (Analyze sorts a copy
	// if they are not). Readings without a temperature still count for
	// the door and alarms.
	Readings []kefu.Reading
	// Range is the allowed range; nil when unknown (the verdict is then
	// Unknown at best).
	Range *kefu.TempRange
	// Class selects the rules; empty: ClassOf(*Range).
	Class Class
	// Interval is the expected sampling interval; 0: the median spacing
	// of the temperature readings.
	Interval time.Duration
	// From and To bound the window analysed. A zero From is the departure
	// (the first departed, else loaded, custody event), else the first
	// custody event, else the first reading; a zero To is the delivery
	// (the last delivered event), else the latest custody event or reading.
	From, To time.Time
	// Custody are the shipment's custody events, in any order.
	Custody []*kefu.CustodyEvent
	// Batch gives the best-before date (or the production date, with
	// ShelfLife); nil: no shelf life left is computed.
	Batch *kefu.Batch
	// ShelfLife is the nominal shelf life (Storage.ShelfLife); 0 unknown.
	ShelfLife time.Duration
	// Limits are the thresholds; nil: DefaultLimits().
	Limits *Limits
}

// Analysis is what a shipment's data says about the food in it. Durations
// are minutes (hours where the name says _h) rounded to 0.1; temperatures
// °C rounded to 0.01. At most maxListed excursions and gaps are listed;
// the counts and totals cover all of them.
type Analysis struct {
	Verdict Verdict  `json:"verdict"`
	Reasons []Reason `json:"reasons"`

	Class Class           `json:"class,omitempty"`
	Range *kefu.TempRange `json:"range,omitempty"`
	// From and To are the window analysed; Delivered the delivery, if
	// a custody event recorded one.
	From      time.Time `json:"from"`
	To        time.Time `json:"to"`
	Delivered time.Time `json:"delivered,omitzero"`
	// IntervalSeconds is the sampling interval used (given or inferred).
	IntervalSeconds float64 `json:"interval_s"`
	// Readings counts the temperature readings in the window.
	Readings int `json:"readings"`
	// CoveragePct is the share of the window the readings cover.
	CoveragePct float64 `json:"coverage_pct"`

	MinutesAbove            float64     `json:"minutes_above"`
	MinutesBelow            float64     `json:"minutes_below"`
	LongestExcursionMinutes float64     `json:"longest_excursion_minutes"`
	ExcursionCount          int         `json:"excursion_count"`
	Excursions              []Excursion `json:"excursions,omitempty"`

	Max   *Extreme `json:"max,omitempty"`
	Min   *Extreme `json:"min,omitempty"`
	MeanC *float64 `json:"mean_c,omitempty"`
	// MKTC is the mean kinetic temperature (ΔH/R = 10,000 K).
	MKTC *float64 `json:"mkt_c,omitempty"`

	GapCount          int     `json:"gap_count"`
	GapMinutes        float64 `json:"gap_minutes"`
	LongestGapMinutes float64 `json:"longest_gap_minutes"`
	Gaps              []Gap   `json:"gaps,omitempty"`

	DoorOpenMinutes        float64 `json:"door_open_minutes"`
	LongestDoorOpenMinutes float64 `json:"longest_door_open_minutes"`
	DoorOpenings           int     `json:"door_openings"`

	Alarms    []Alarm    `json:"alarms,omitempty"`
	ShelfLife *ShelfLife `json:"shelf_life,omitempty"`
	Sorting   *Sorting   `json:"sorting,omitempty"`
}

// maxListed bounds the excursions and gaps listed in an Analysis.
const maxListed = 50

// Directions of an excursion.
const (
	Above = "above"
	Below = "below"
)

// Excursion is a run of consecutive readings out of range on one side,
// without a gap between them.
type Excursion struct {
	Direction string    `json:"direction"` // Above or Below
	From      time.Time `json:"from"`
	To        time.Time `json:"to"`
	Minutes   float64   `json:"minutes"`
	// PeakC is the warmest reading of an excursion above, the coldest of
	// one below.
	PeakC float64 `json:"peak_c"`
}

// Extreme is a temperature and when it was read.
type Extreme struct {
	TempC float64   `json:"temp_c"`
	At    time.Time `json:"at"`
}

// Gap is a silence of the temperature sensor: the span between the
// readings around it (or between the window's edge and the first or last
// reading).
type Gap struct {
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`
	Minutes float64   `json:"minutes"`
}

// Alarm is an alarm code the devices raised, how often and when.
type Alarm struct {
	Code  string    `json:"code"`
	Count int       `json:"count"`
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}

// ShelfLife is the shelf life left at delivery: best-before minus delivery
// (NominalLeftH), less what the time above the range used up (LostH).
type ShelfLife struct {
	BestBefore time.Time `json:"best_before"`
	// TotalH is the nominal shelf life, when known.
	TotalH       float64 `json:"shelf_life_h,omitempty"`
	NominalLeftH float64 `json:"nominal_left_h"`
	LostH        float64 `json:"lost_h"`
	LeftH        float64 `json:"left_h"`
	Q10          float64 `json:"q10"`
	// ReferenceC is the top of the range, above which time costs shelf
	// life; absent when the range is unknown (then LostH is 0).
	ReferenceC *float64 `json:"reference_c,omitempty"`
}

// Sorting is the compliance of the sorted, packed and inspected custody
// steps.
type Sorting struct {
	Events         int      `json:"events"`
	AmbientMinutes float64  `json:"ambient_minutes"`
	AllowedMinutes float64  `json:"allowed_minutes"`
	MaxTempC       *float64 `json:"max_temp_c,omitempty"`
	ChecksFailed   int      `json:"checks_failed"`
	Compliant      bool     `json:"compliant"`
}

// dhr is ΔH/R for the mean kinetic temperature, in kelvin: the
// pharmacopoeias' default activation energy of 83.144 kJ/mol over the gas
// constant 8.3144 J/(mol·K).
const dhr = 10000.0

const kelvin = 273.15

// Analyze reads a shipment's trace and returns its analysis. It is a pure
// function of in: no I/O, no clock. docs/coldchain-analysis.md defines
// every measure and rule.
func Analyze(in Input) Analysis {
	lim := DefaultLimits()
	if in.Limits != nil {
		lim = *in.Limits
	}
	rs := in.Readings
	if !slices.IsSortedFunc(rs, byTime) {
		rs = slices.Clone(rs)
		slices.SortStableFunc(rs, byTime)
	}
	a := Analysis{Reasons: []Reason{}}
	if in.Range != nil && in.Range.MinC <= in.Range.MaxC { // an inverted (or NaN) range is no range
		r := *in.Range
		a.Range = &r
		a.Class = in.Class
		if a.Class == "" {
			a.Class = ClassOf(r)
		}
	} else {
		a.Class = in.Class
	}
	from, to, delivered := window(in, rs)
	a.From, a.To, a.Delivered = from, to, delivered

	// The readings in the window, and those with a temperature.
	lo := sort.Search(len(rs), func(i int) bool { return !rs[i].At.Before(from) })
	hi := sort.Search(len(rs), func(i int) bool { return rs[i].At.After(to) })
	if hi < lo {
		hi = lo
	}
	win := rs[lo:hi]
	temps := make([]int, 0, len(win))
	for i := range win {
		if kefu.Has(win[i].TempC) {
			temps = append(temps, i)
		}
	}
	a.Readings = len(temps)

	interval := in.Interval
	if interval <= 0 {
		interval = medianSpacing(win, temps)
	}
	if interval <= 0 {
		interval = lim.DefaultInterval
	}
	a.IntervalSeconds = interval.Seconds()
	gapAfter := time.Duration(lim.GapFactor * float64(interval))

	t := trace{lim: &lim, a: &a, rng: a.Range}
	if len(temps) == 0 {
		if to.After(from) {
			t.gap(from, to)
		}
	} else if first := win[temps[0]].At; first.Sub(from) > gapAfter {
		t.gap(from, first)
	}
	for n, i := range temps {
		r := &win[i]
		var cover time.Duration
		var gapTo time.Time
		if n+1 < len(temps) {
			next := win[temps[n+1]].At
			if cover = next.Sub(r.At); cover > gapAfter {
				cover, gapTo = interval, next
			}
		} else {
			end := to.Sub(r.At)
			if cover = min(interval, end); end > gapAfter {
				gapTo = to
			}
		}
		t.reading(r.At, r.TempC, cover)
		if !gapTo.IsZero() {
			t.gap(r.At, gapTo)
		}
	}
	t.closeRun()

	windowMin := to.Sub(from).Minutes()
	if windowMin > 0 {
		a.CoveragePct = round1(100 * math.Min(1, t.covered.Minutes()/windowMin))
	}
	if t.n > 0 {
		sum, arr, w := t.sum, t.arrhenius, t.weight
		if w == 0 { // the readings cover no time (all at the window's end)
			sum, arr, w = t.sumU, t.arrheniusU, float64(t.n)
		}
		mean := round2(sum / w)
		mkt := round2(dhr/-math.Log(arr/w) - kelvin)
		a.MeanC, a.MKTC = &mean, &mkt
	}
	a.MinutesAbove, a.MinutesBelow = round1(t.above.Minutes()), round1(t.below.Minutes())
	a.LongestExcursionMinutes = round1(math.Max(t.longestAbove.Minutes(), t.longestBelow.Minutes()))
	a.GapMinutes, a.LongestGapMinutes = round1(t.gapTotal.Minutes()), round1(t.gapLongest.Minutes())

	door(&a, win, to)
	a.Alarms = alarms(win)
	sorting := sortingOf(&a, &lim, in.Custody)
	uncovered := uncoveredAmbient(in.Custody, win, temps, gapAfter)
	a.ShelfLife = shelfLife(&a, &lim, in, t.loss+lossAt(&lim, a.Range, lim.AmbientC, uncovered), delivered, to)
	a.Sorting = sorting

	a.Reasons = reasons(&a, &lim, &t, windowMin)
	a.Verdict = OK
	for _, r := range a.Reasons {
		if r.Severity.rank() > a.Verdict.rank() {
			a.Verdict = r.Severity
		}
	}
	return a
}

func byTime(a, b kefu.Reading) int { return a.At.Compare(b.At) }

// window returns the window analysed and the delivery time.
func window(in Input, rs []kefu.Reading) (from, to, delivered time.Time) {
	var departed, loaded, firstEv, lastEv time.Time
	for _, e := range in.Custody {
		if e == nil {
			continue
		}
		switch e.Step {
		case kefu.StepDeparted:
			if departed.IsZero() || e.At.Before(departed) {
				departed = e.At
			}
		case kefu.StepLoaded:
			if loaded.IsZero() || e.At.Before(loaded) {
				loaded = e.At
			}
		case kefu.StepDelivered:
			if e.At.After(delivered) {
				delivered = e.At
			}
		}
		if firstEv.IsZero() || e.At.Before(firstEv) {
			firstEv = e.At
		}
		if e.At.After(lastEv) {
			lastEv = e.At
		}
	}
	var firstR, lastR time.Time
	if len(rs) > 0 {
		firstR, lastR = rs[0].At, rs[len(rs)-1].At
	}
	from = firstNonZero(in.From, departed, loaded, firstEv, firstR)
	to = in.To
	if to.IsZero() {
		to = delivered
	}
	if to.IsZero() {
		to = lastEv
		if lastR.After(to) {
			to = lastR
		}
	}
	if to.Before(from) {
		to = from
	}
	return from, to, delivered
}

func firstNonZero(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// medianSpacing is the median of the positive spacings between temperature
// readings; 0 if there are none.
func medianSpacing(win []kefu.Reading, temps []int) time.Duration {
	ds := make([]time.Duration, 0, len(temps))
	for n := 1; n < len(temps); n++ {
		if d := win[temps[n]].At.Sub(win[temps[n-1]].At); d > 0 {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// trace accumulates the measures of the temperature readings. Each reading
// stands for the time until the next one (sample and hold), or for one
// sampling interval before a gap and at the end of the window.
type trace struct {
	lim *Limits
	a   *Analysis
	rng *kefu.TempRange

	covered                time.Duration
	sum, weight, arrhenius float64 // time-weighted (minutes) sums for the mean and MKT
	n                      int     // unweighted, for readings that cover no time
	sumU, arrheniusU       float64

	above, below               time.Duration
	longestAbove, longestBelow time.Duration
	firstAbove, firstBelow     time.Time
	peak, low                  float64 // warmest above, coldest below
	thaw, abuse, hot           time.Duration
	thawAt, abuseAt, hotAt     time.Time     // first reading above each limit
	loss                       time.Duration // shelf life used up beyond nominal

	run       *Excursion
	runDur    time.Duration
	gapBefore bool // a gap ended at the current reading

	gapTotal, gapLongest time.Duration
}

func (t *trace) gap(from, to time.Time) {
	d := to.Sub(from)
	t.a.GapCount++
	t.gapTotal += d
	t.gapLongest = max(t.gapLongest, d)
	if len(t.a.Gaps) < maxListed {
		t.a.Gaps = append(t.a.Gaps, Gap{From: from, To: to, Minutes: round1(d.Minutes())})
	}
	t.gapBefore = true
}

// reading adds a reading of c °C at at that stands for cover. A gap
// before it ends the excursion in progress.
func (t *trace) reading(at time.Time, c float64, cover time.Duration) {
	a := t.a
	if a.Max == nil || c > a.Max.TempC {
		a.Max = &Extreme{TempC: c, At: at}
	}
	if a.Min == nil || c < a.Min.TempC {
		a.Min = &Extreme{TempC: c, At: at}
	}
	w := cover.Minutes()
	t.covered += cover
	t.sum += c * w
	t.weight += w
	t.arrhenius += w * math.Exp(-dhr/(c+kelvin))
	t.n++
	t.sumU += c
	t.arrheniusU += math.Exp(-dhr / (c + kelvin))

	gapBefore := t.gapBefore
	t.gapBefore = false
	if t.rng == nil {
		return
	}
	dir := ""
	switch {
	case c > t.rng.MaxC:
		dir = Above
		t.above += cover
		if t.firstAbove.IsZero() {
			t.firstAbove, t.peak = at, c
		}
		t.peak = max(t.peak, c)
		t.loss += lossAt(t.lim, t.rng, c, cover)
	case c < t.rng.MinC:
		dir = Below
		t.below += cover
		if t.firstBelow.IsZero() {
			t.firstBelow = at
			t.low = c
		}
		t.low = min(t.low, c)
	}
	above := func(limit float64, d *time.Duration, first *time.Time) {
		if c > limit {
			*d += cover
			if first.IsZero() {
				*first = at
			}
		}
	}
	above(t.lim.ThawLimitC, &t.thaw, &t.thawAt)
	above(t.lim.AbuseLimitC, &t.abuse, &t.abuseAt)
	above(t.lim.HotLimitC, &t.hot, &t.hotAt)
	if t.run != nil && (t.run.Direction != dir || gapBefore) {
		t.closeRun()
	}
	if dir == "" {
		return
	}
	if t.run == nil {
		t.run = &Excursion{Direction: dir, From: at, PeakC: c}
		t.runDur = 0
	}
	t.runDur += cover
	t.run.To = at.Add(cover)
	if dir == Above && c > t.run.PeakC || dir == Below && c < t.run.PeakC {
		t.run.PeakC = c
	}
}

func (t *trace) closeRun() {
	if t.run == nil {
		return
	}
	e := *t.run
	t.run = nil
	e.Minutes = round1(t.runDur.Minutes())
	if e.Direction == Above {
		t.longestAbove = max(t.longestAbove, t.runDur)
	} else {
		t.longestBelow = max(t.longestBelow, t.runDur)
	}
	t.a.ExcursionCount++
	if len(t.a.Excursions) < maxListed {
		t.a.Excursions = append(t.a.Excursions, e)
	}
}

// lossAt is the shelf life used up beyond nominal by d at c °C: spoilage
// runs Q10^((c − top)/10) times as fast as at the top of the range.
func lossAt(l *Limits, r *kefu.TempRange, c float64, d time.Duration) time.Duration {
	if r == nil || c <= r.MaxC || d <= 0 {
		return 0
	}
	return time.Duration(float64(d) * (math.Pow(l.Q10, (c-r.MaxC)/10) - 1))
}

// door adds up the time the door was open: from a reading that says open
// to the next that says closed (or the end of the window).
func door(a *Analysis, win []kefu.Reading, to time.Time) {
	var since time.Time
	open := false
	var total, longest time.Duration
	for i := range win {
		switch win[i].Door {
		case kefu.DoorOpen:
			if !open {
				open, since = true, win[i].At
				a.DoorOpenings++
			}
		case kefu.DoorClosed:
			if open {
				d := win[i].At.Sub(since)
				total += d
				longest = max(longest, d)
				open = false
			}
		}
	}
	if open {
		d := to.Sub(since)
		total += d
		longest = max(longest, d)
	}
	a.DoorOpenMinutes, a.LongestDoorOpenMinutes = round1(total.Minutes()), round1(longest.Minutes())
}

func alarms(win []kefu.Reading) []Alarm {
	var out []Alarm
	for i := range win {
		r := &win[i]
		if r.Alarm == "" {
			continue
		}
		j := slices.IndexFunc(out, func(x Alarm) bool { return x.Code == r.Alarm })
		if j < 0 {
			out = append(out, Alarm{Code: r.Alarm, First: r.At})
			j = len(out) - 1
		}
		out[j].Count++
		out[j].Last = r.At
	}
	return out
}

// sortingSteps are the handling steps sorting compliance covers: their
// ambient minutes and temperatures count. checkSteps are the steps whose
// ChecksPassed is read (false there means a failed check).
var (
	sortingSteps = []kefu.CustodyStep{kefu.StepSorted, kefu.StepPacked}
	checkSteps   = []kefu.CustodyStep{kefu.StepSorted, kefu.StepPacked, kefu.StepInspected}
)

func sortingOf(a *Analysis, l *Limits, es []*kefu.CustodyEvent) *Sorting {
	var s Sorting
	var maxT *float64
	for _, e := range es {
		if e == nil {
			continue
		}
		counted := false
		if slices.Contains(sortingSteps, e.Step) {
			counted = true
			s.AmbientMinutes += float64(e.AmbientMinutes)
			if kefu.Has(e.TempC) && (maxT == nil || e.TempC > *maxT) {
				v := e.TempC
				maxT = &v
			}
		}
		if slices.Contains(checkSteps, e.Step) {
			counted = true
			if !e.ChecksPassed {
				s.ChecksFailed++
			}
		}
		if counted {
			s.Events++
		}
	}
	if s.Events == 0 {
		return nil
	}
	s.MaxTempC = maxT
	s.AllowedMinutes = l.sortingMinutes(a.Class)
	s.Compliant = s.AmbientMinutes <= s.AllowedMinutes && s.ChecksFailed == 0 &&
		(maxT == nil || a.Range == nil || *maxT <= a.Range.MaxC+l.tolerance(a.Class))
	return &s
}

// uncoveredAmbient is the time out of the cold that custody events declare
// at times no temperature reading covers: measured beats declared, so
// declared minutes count only where the loggers were silent.
func uncoveredAmbient(es []*kefu.CustodyEvent, win []kefu.Reading, temps []int, gapAfter time.Duration) time.Duration {
	var d time.Duration
	for _, e := range es {
		if e == nil || e.AmbientMinutes <= 0 {
			continue
		}
		n := sort.Search(len(temps), func(n int) bool { return !win[temps[n]].At.Before(e.At) })
		near := n < len(temps) && win[temps[n]].At.Sub(e.At) <= gapAfter ||
			n > 0 && e.At.Sub(win[temps[n-1]].At) <= gapAfter
		if !near {
			d += time.Duration(e.AmbientMinutes) * time.Minute
		}
	}
	return d
}

func shelfLife(a *Analysis, l *Limits, in Input, loss time.Duration, delivered, to time.Time) *ShelfLife {
	b := in.Batch
	if b == nil {
		return nil
	}
	bb := b.BestBefore
	if bb.IsZero() && !b.ProducedAt.IsZero() && in.ShelfLife > 0 {
		bb = b.ProducedAt.Add(in.ShelfLife)
	}
	if bb.IsZero() {
		return nil
	}
	at := delivered
	if at.IsZero() {
		at = to
	}
	s := &ShelfLife{BestBefore: bb, Q10: l.Q10}
	switch {
	case !b.ProducedAt.IsZero() && bb.After(b.ProducedAt):
		s.TotalH = round1(bb.Sub(b.ProducedAt).Hours())
	case in.ShelfLife > 0:
		s.TotalH = round1(in.ShelfLife.Hours())
	}
	nominal := bb.Sub(at)
	s.NominalLeftH = round1(nominal.Hours())
	s.LostH = round1(loss.Hours())
	s.LeftH = round1((nominal - loss).Hours())
	if a.Range != nil {
		ref := a.Range.MaxC
		s.ReferenceC = &ref
	}
	return s
}

// reasons applies the verdict rules (docs/coldchain-analysis.md).
func reasons(a *Analysis, l *Limits, t *trace, windowMin float64) []Reason {
	out := []Reason{}
	add := func(code Code, sev Verdict, detail string, from time.Time, kv ...any) {
		r := Reason{Code: code, Severity: sev, Detail: detail, From: from, Values: map[string]float64{}}
		for i := 0; i+1 < len(kv); i += 2 {
			r.Values[kv[i].(string)] = toFloat(kv[i+1])
		}
		out = append(out, r)
	}
	if a.Range == nil {
		add(CodeUnknownRange, Unknown, "", time.Time{})
	}
	switch {
	case a.Readings == 0:
		add(CodeNoReadings, Unknown, "", time.Time{}, "window_minutes", round1(windowMin))
	case windowMin > 0 && a.CoveragePct < l.MinCoveragePct:
		add(CodeLowCoverage, Unknown, "", time.Time{}, "coverage_pct", a.CoveragePct, "min_pct", l.MinCoveragePct)
	}
	if a.Range != nil && a.Readings > 0 {
		rng, tol := *a.Range, l.tolerance(a.Class)
		if t.above > 0 {
			peak := round2(t.peak)
			sev := AtRisk
			if t.peak <= rng.MaxC+tol && t.above.Minutes() <= l.ToleranceMinutes {
				sev = OK
			}
			add(CodeAboveRange, sev, "", t.firstAbove, "minutes", a.MinutesAbove, "longest_minutes", round1(t.longestAbove.Minutes()),
				"peak_c", peak, "limit_c", rng.MaxC, "tolerance_c", tol, "allowed_minutes", l.ToleranceMinutes)
			switch a.Class {
			case ClassFrozen:
				if t.thaw > 0 {
					add(CodeAboveThawLimit, over(t.thaw, l.ThawMinutes), "", t.thawAt, "minutes", round1(t.thaw.Minutes()),
						"peak_c", peak, "limit_c", l.ThawLimitC, "allowed_minutes", l.ThawMinutes)
				}
			case ClassChilled:
				if t.abuse > 0 {
					add(CodeAboveAbuseLimit, over(t.abuse, l.AbuseMinutes), "", t.abuseAt, "minutes", round1(t.abuse.Minutes()),
						"peak_c", peak, "limit_c", l.AbuseLimitC, "allowed_minutes", l.AbuseMinutes)
				}
				if t.hot > 0 {
					add(CodeAboveHotLimit, over(t.hot, l.HotMinutes), "", t.hotAt, "minutes", round1(t.hot.Minutes()),
						"peak_c", peak, "limit_c", l.HotLimitC, "allowed_minutes", l.HotMinutes)
				}
			}
		}
		if t.below > 0 {
			sev := AtRisk
			if a.Class == ClassFrozen || t.low >= rng.MinC-tol && t.below.Minutes() <= l.ToleranceMinutes {
				sev = OK // colder is no harm to frozen food
			}
			add(CodeBelowRange, sev, "", t.firstBelow, "minutes", a.MinutesBelow, "longest_minutes", round1(t.longestBelow.Minutes()),
				"low_c", round2(t.low), "limit_c", rng.MinC, "tolerance_c", tol, "allowed_minutes", l.ToleranceMinutes)
		}
	}
	if a.GapCount > 0 && a.Readings > 0 {
		sev := OK
		if a.GapMinutes > l.GapMinutes {
			sev = Unknown
		}
		add(CodeDataGap, sev, "", a.Gaps[0].From, "minutes", a.GapMinutes, "longest_minutes", a.LongestGapMinutes,
			"count", a.GapCount, "allowed_minutes", l.GapMinutes)
	}
	if a.DoorOpenMinutes > 0 {
		sev := OK
		if a.LongestDoorOpenMinutes > l.DoorOpenMinutes {
			sev = AtRisk
		}
		add(CodeDoorOpen, sev, "", time.Time{}, "minutes", a.DoorOpenMinutes, "longest_minutes", a.LongestDoorOpenMinutes,
			"count", a.DoorOpenings, "allowed_minutes", l.DoorOpenMinutes)
	}
	for _, al := range a.Alarms {
		add(CodeAlarm, OK, al.Code, al.First, "count", al.Count)
	}
	if s := a.Sorting; s != nil {
		if s.AmbientMinutes > s.AllowedMinutes {
			sev := AtRisk
			if a.Class != ClassFrozen && a.Class != ClassCool && s.AmbientMinutes > l.AbuseMinutes {
				sev = LikelySpoiled // the two-hour rule
			}
			add(CodeSortingAmbient, sev, "", time.Time{}, "minutes", s.AmbientMinutes, "allowed_minutes", s.AllowedMinutes)
		}
		if s.MaxTempC != nil && a.Range != nil && *s.MaxTempC > a.Range.MaxC+l.tolerance(a.Class) {
			add(CodeSortingTemp, AtRisk, "", time.Time{}, "temp_c", *s.MaxTempC, "limit_c", a.Range.MaxC)
		}
		if s.ChecksFailed > 0 {
			add(CodeChecksFailed, AtRisk, "", time.Time{}, "count", s.ChecksFailed)
		}
	}
	if s := a.ShelfLife; s != nil {
		switch {
		case s.LeftH <= 0:
			add(CodeShelfLifeExceeded, LikelySpoiled, "", time.Time{}, "left_h", s.LeftH, "lost_h", s.LostH)
		case s.TotalH > 0 && 100*s.LostH/s.TotalH > l.ShelfLifeLostPct:
			add(CodeShelfLifeReduced, AtRisk, "", time.Time{}, "lost_h", s.LostH, "shelf_life_h", s.TotalH,
				"pct", round1(100*s.LostH/s.TotalH), "allowed_pct", l.ShelfLifeLostPct)
		}
	}
	slices.SortStableFunc(out, func(x, y Reason) int { return y.Severity.rank() - x.Severity.rank() })
	return out
}

// over is the severity of d beyond a limit of allowed minutes: likely
// spoiled past it, at risk within it.
func over(d time.Duration, allowed float64) Verdict {
	if d.Minutes() > allowed {
		return LikelySpoiled
	}
	return AtRisk
}

func toFloat(v any) float64 {
	switch v := v.(type) {
	case float64:
		return v
	case int:
		return float64(v)
	}
	panic("coldchain: reason value of unexpected type")
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
func round2(v float64) float64 { return math.Round(v*100) / 100 }
