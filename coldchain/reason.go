package coldchain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"time"
)

// Verdict is the answer to "did the food stay cold enough?".
type Verdict string

// Verdicts, from best to worst. A Reason's Severity is one of them too:
// a reason of severity OK is a finding that changes nothing (a short
// excursion within tolerance, a door opened briefly at a stop).
const (
	// OK: the data covers the trip and stayed within the rules.
	OK Verdict = "ok"
	// Unknown: nothing says the food was harmed, but the data cannot say
	// it was not: no range is known, the sensor was silent too long, or
	// there are no readings.
	Unknown Verdict = "unknown"
	// AtRisk: the food was out of its range beyond tolerance but not long
	// or far enough to call it spoiled; check it before use.
	AtRisk Verdict = "at_risk"
	// LikelySpoiled: the food thawed, sat above 8 °C past the two-hour
	// rule, or is past its (reduced) shelf life.
	LikelySpoiled Verdict = "likely_spoiled"
)

// rank orders verdicts: the verdict of an analysis is the worst severity of
// its reasons. A finding of risk outranks Unknown: it is what the customer
// and the shop need to act on.
func (v Verdict) rank() int {
	switch v {
	case Unknown:
		return 1
	case AtRisk:
		return 2
	case LikelySpoiled:
		return 3
	}
	return 0
}

// Code names a finding. Renderers word it from the code and the reason's
// values, in the reader's language.
type Code string

// Reason codes and the values each carries (docs/coldchain-analysis.md).
// Temperatures are °C, durations minutes unless the key ends in _h (hours).
const (
	// CodeUnknownRange: no storage range is known for the food.
	CodeUnknownRange Code = "unknown_range"
	// CodeNoReadings: no temperature reading in the window. Values: window_minutes.
	CodeNoReadings Code = "no_readings"
	// CodeLowCoverage: readings cover too little of the window.
	// Values: coverage_pct, min_pct.
	CodeLowCoverage Code = "low_coverage"
	// CodeDataGap: the sensor was silent. Values: minutes (total),
	// longest_minutes, count, allowed_minutes.
	CodeDataGap Code = "data_gap"
	// CodeAboveRange: above the top of the range. Values: minutes,
	// longest_minutes, peak_c, limit_c, tolerance_c, allowed_minutes.
	CodeAboveRange Code = "above_range"
	// CodeBelowRange: below the bottom of the range. Values: minutes,
	// longest_minutes, low_c, limit_c, tolerance_c, allowed_minutes.
	CodeBelowRange Code = "below_range"
	// CodeAboveThawLimit: frozen food above −12 °C. Values: minutes,
	// peak_c, limit_c, allowed_minutes.
	CodeAboveThawLimit Code = "above_thaw_limit"
	// CodeAboveAbuseLimit: chilled food above 8 °C. Values: minutes,
	// peak_c, limit_c, allowed_minutes.
	CodeAboveAbuseLimit Code = "above_abuse_limit"
	// CodeAboveHotLimit: chilled food above 32 °C. Values: minutes,
	// peak_c, limit_c, allowed_minutes.
	CodeAboveHotLimit Code = "above_hot_limit"
	// CodeDoorOpen: the door was open. Values: minutes, longest_minutes,
	// count, allowed_minutes.
	CodeDoorOpen Code = "door_open"
	// CodeAlarm: a device raised an alarm; Detail is its code. Values: count.
	CodeAlarm Code = "alarm"
	// CodeSortingAmbient: goods out of the cold at sorting and packing.
	// Values: minutes, allowed_minutes.
	CodeSortingAmbient Code = "sorting_ambient"
	// CodeSortingTemp: a temperature measured at sorting above the range.
	// Values: temp_c, limit_c.
	CodeSortingTemp Code = "sorting_temp"
	// CodeChecksFailed: a check at sorting, packing or inspection failed;
	// Detail is the first failing step. Values: count.
	CodeChecksFailed Code = "checks_failed"
	// CodeShelfLifeExceeded: no shelf life left at delivery. Values:
	// left_h, lost_h.
	CodeShelfLifeExceeded Code = "shelf_life_exceeded"
	// CodeShelfLifeReduced: the excursions used up much of the shelf
	// life. Values: lost_h, shelf_life_h, pct, allowed_pct.
	CodeShelfLifeReduced Code = "shelf_life_reduced"
)

// Reason is one finding behind a verdict: a code, how much it weighs and
// the numbers behind it. In JSON it is one flat object:
//
//	{"code":"above_range","severity":"likely_spoiled","from":"…","minutes":94,"peak_c":-9,"limit_c":-18}
type Reason struct {
	Code     Code
	Severity Verdict
	// Detail is a machine-readable word the code needs (an alarm code,
	// a custody step); never a sentence.
	Detail string
	// From is when the finding began, if it has a time.
	From time.Time
	// Values are the numbers behind the finding, by the keys the code
	// documents.
	Values map[string]float64
}

// Value returns the value of key and whether the reason has it.
func (r Reason) Value(key string) (float64, bool) {
	v, ok := r.Values[key]
	return v, ok
}

// reserved are the JSON keys that are not values.
var reserved = []string{"code", "severity", "detail", "from"}

// MarshalJSON writes the reason as one flat object, values in key order.
func (r Reason) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"code":%q,"severity":%q`, r.Code, r.Severity)
	if r.Detail != "" {
		d, _ := json.Marshal(r.Detail)
		b.WriteString(`,"detail":`)
		b.Write(d)
	}
	if !r.From.IsZero() {
		t, err := r.From.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b.WriteString(`,"from":`)
		b.Write(t)
	}
	keys := make([]string, 0, len(r.Values))
	for k := range r.Values {
		if slices.Contains(reserved, k) {
			return nil, fmt.Errorf("coldchain: reason value key %q is reserved", k)
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := r.Values[k]
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("coldchain: reason %s value %s is %v", r.Code, k, v)
		}
		kb, _ := json.Marshal(k)
		vb, _ := json.Marshal(v)
		b.WriteByte(',')
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads the flat object MarshalJSON writes.
func (r *Reason) UnmarshalJSON(data []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*r = Reason{}
	for k, raw := range m {
		var err error
		switch k {
		case "code":
			err = json.Unmarshal(raw, &r.Code)
		case "severity":
			err = json.Unmarshal(raw, &r.Severity)
		case "detail":
			err = json.Unmarshal(raw, &r.Detail)
		case "from":
			err = json.Unmarshal(raw, &r.From)
		default:
			var v float64
			if err = json.Unmarshal(raw, &v); err == nil {
				if r.Values == nil {
					r.Values = map[string]float64{}
				}
				r.Values[k] = v
			}
		}
		if err != nil {
			return fmt.Errorf("coldchain: reason %s: %w", k, err)
		}
	}
	return nil
}
