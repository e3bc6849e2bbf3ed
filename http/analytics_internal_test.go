package http

import (
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// TestInsightRefreshesDue pins when GET /v1/analytics/insights derives a
// period's insights again: first, then once insightsEvery has passed, per
// shop and period.
func TestInsightRefreshesDue(t *testing.T) {
	var ir insightRefreshes
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	a := kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-08", To: "2026-12-07"}
	b := a
	b.Channel = "widget"
	for _, tc := range []struct {
		name string
		f    kefu.AnalyticsFilter
		at   time.Time
		want bool
	}{
		{"first", a, t0, true},
		{"soon after", a, t0.Add(time.Minute), false},
		{"another period", b, t0.Add(time.Minute), true},
		{"clock went back", a, t0.Add(-time.Minute), true},
		{"after the interval", a, t0.Add(-time.Minute + insightsEvery), true},
	} {
		if got := ir.due(tc.f, tc.at); got != tc.want {
			t.Errorf("%s: due = %v, want %v", tc.name, got, tc.want)
		}
	}
}
