package proactive

import (
	"math"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/risk"
)

// Reason codes: what makes a delivery risky, as the notice and the
// agents' list name it.
const (
	ReasonStorm        = "storm"
	ReasonHeavyRain    = "heavy_rain"
	ReasonRain         = "rain"
	ReasonHeat         = "heat"
	ReasonFragile      = "fragile"
	ReasonFrozen       = "frozen"
	ReasonChilled      = "chilled"
	ReasonLongRoute    = "long_route"
	ReasonEveningSlot  = "evening_slot"
	ReasonTightPromise = "tight_promise"
)

// MinReasonEffect is how much a fact must add to the probability to be
// named as a reason.
const MinReasonEffect = 0.03

// Assessment is a delivery's risk as the model sees it.
type Assessment struct {
	Score   float64
	Kind    string   // kefu.NoticeDelay or kefu.NoticeUnboxing
	Reasons []string // strongest first
}

// Assessor scores deliveries. It is safe for concurrent use.
type Assessor struct {
	Model *risk.Model
}

// Features maps a delivery to the model's features, with the day's
// forecast (nil when none is known); clock features are read in the
// shop's time zone loc.
func Features(d *kefu.Delivery, cat risk.Catalog, fc *kefu.Forecast, loc *time.Location) risk.Features {
	c := risk.Conditions{Location: loc}
	if fc != nil {
		c.Forecast, c.Severity = true, fc.Severity
		c.TempC = math.NaN()
		if fc.TempC != nil {
			c.TempC = *fc.TempC
		}
	}
	return risk.FeaturesOfCatalog(d.Order, d.Shipment, cat, c)
}

// Score returns the delivery's probability of arriving late.
func (a *Assessor) Score(f *risk.Features) float64 { return a.Model.Score(*f) }

// counterfactuals: each reason, the feature it rests on, and the benign
// value the feature takes to measure the reason's effect.
var counterfactuals = []struct {
	feature risk.Feature
	benign  float64
	reason  func(v float64) string
}{
	{risk.WeatherSeverity, 0, func(v float64) string {
		switch {
		case v >= kefu.WeatherStorm:
			return ReasonStorm
		case v >= kefu.WeatherHeavy:
			return ReasonHeavyRain
		case v >= kefu.WeatherRain:
			return ReasonRain
		}
		return ""
	}},
	{risk.AmbientTempC, 24, func(v float64) string { return when(v > 30, ReasonHeat) }},
	{risk.Fragile, 0, func(v float64) string { return when(v > 0, ReasonFragile) }},
	{risk.TempClass, 0, func(v float64) string {
		switch {
		case v >= 3:
			return ReasonFrozen
		case v >= 2:
			return ReasonChilled
		}
		return ""
	}},
	{risk.DistanceKm, 8, func(v float64) string { return when(v > 8, ReasonLongRoute) }},
	{risk.SlotHour, 12, func(v float64) string { return when(v >= 17, ReasonEveningSlot) }},
	{risk.PromisedHours, 24, func(v float64) string { return when(v < 8, ReasonTightPromise) }},
}

func when(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

// Explain names what makes a scored delivery risky: each fact whose
// replacement by a benign value lowers the probability by at least
// MinReasonEffect, strongest first; and whether to send an unboxing
// guide (fragile goods among the reasons, or goods that must stay cold
// in heat or heavy weather) or a delay warning.
func (a *Assessor) Explain(f *risk.Features, score float64) Assessment {
	type effect struct {
		reason string
		drop   float64
	}
	var effects []effect
	for _, cf := range counterfactuals {
		v := f[cf.feature]
		if math.IsNaN(v) {
			continue
		}
		r := cf.reason(v)
		if r == "" {
			continue
		}
		g := *f
		g[cf.feature] = cf.benign
		if drop := score - a.Model.Score(g); drop >= MinReasonEffect {
			effects = append(effects, effect{r, drop})
		}
	}
	slices.SortStableFunc(effects, func(x, y effect) int {
		switch {
		case x.drop > y.drop:
			return -1
		case x.drop < y.drop:
			return 1
		}
		return 0
	})
	as := Assessment{Score: score, Kind: kefu.NoticeDelay}
	for _, e := range effects {
		as.Reasons = append(as.Reasons, e.reason)
	}
	if f[risk.Fragile] > 0 {
		as.Kind = kefu.NoticeUnboxing
		if !slices.Contains(as.Reasons, ReasonFragile) {
			as.Reasons = append(as.Reasons, ReasonFragile)
		}
	}
	return as
}

// Slot is when a delivery is due: the shipment's ETA.
func Slot(d *kefu.Delivery) time.Time {
	if d.Shipment != nil && d.Shipment.ETA != nil {
		return *d.Shipment.ETA
	}
	return time.Time{}
}
