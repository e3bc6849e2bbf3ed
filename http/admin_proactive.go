package http

import (
	"context"
	"net/http"
	"time"

	"github.com/kefu-ai/kefu"
)

// Proactive messages in the admin API (docs/proactive.md): the weather
// forecasts the risk scan reads, fed by the shop or a weather feed, and
// the at-risk orders the scan found.

// MaxForecastDays is the longest range GET /v1/forecasts lists.
const MaxForecastDays = 62

// proactiveRoutes returns the forecast and risk-notice routes.
func (s *Server) proactiveRoutes() []route {
	return []route{
		{"POST", "/v1/forecasts/batch", s.admin(true, handleForecastBatch)},
		{"GET", "/v1/forecasts", s.admin(false, handleForecasts)},
		{"GET", "/v1/risk-notices", s.admin(false, handleRiskNotices)},
	}
}

// forecastKind validates forecasts as batch items; a forecast is named by
// its day and area.
var forecastKind = &adminKind[kefu.Forecast]{
	name: "forecasts", noun: "forecast", idNames: []string{"day", "area"},
	id: func(f *kefu.Forecast) []string { return []string{f.Day, f.Area} },
	check: func(t *kefu.Tenant, f *kefu.Forecast) error {
		f.TenantID, f.UpdatedAt = t.ID, time.Time{}
		return f.Validate()
	},
	put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, f *kefu.Forecast) error {
		return tx.UpsertForecast(ctx, f)
	},
}

func handleForecastBatch(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	forecastKind.handleBatch(s, w, r, t)
}

// ForecastsResponse lists forecasts.
type ForecastsResponse struct {
	Forecasts []*kefu.Forecast `json:"forecasts"`
}

// handleForecasts lists the forecasts of ?from= to ?to= (dates, both
// included; default today and the next 7 days, in the shop's time zone).
func handleForecasts(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	loc := time.UTC
	if l, err := time.LoadLocation(t.Settings.Timezone); err == nil {
		loc = l
	}
	today := s.now().In(loc)
	from, to := today.Format(time.DateOnly), today.AddDate(0, 0, 7).Format(time.DateOnly)
	q := r.URL.Query()
	if v := q.Get("from"); v != "" {
		from = v
	}
	if v := q.Get("to"); v != "" {
		to = v
	}
	f, err1 := time.Parse(time.DateOnly, from)
	l, err2 := time.Parse(time.DateOnly, to)
	switch {
	case err1 != nil:
		s.Error(w, r, kefu.Invalidf("from", "from %q is not a date like 2026-12-07", from))
		return
	case err2 != nil:
		s.Error(w, r, kefu.Invalidf("to", "to %q is not a date like 2026-12-07", to))
		return
	case l.Before(f):
		s.Error(w, r, kefu.Invalidf("to", "to is before from"))
		return
	case l.Sub(f) > MaxForecastDays*24*time.Hour:
		s.Error(w, r, kefu.Invalidf("to", "a listing covers at most %d days", MaxForecastDays))
		return
	}
	fs, err := s.Store.FindForecasts(r.Context(), t.ID, from, to)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if fs == nil {
		fs = []*kefu.Forecast{}
	}
	writeJSON(w, http.StatusOK, ForecastsResponse{Forecasts: fs})
}

// RiskNoticesResponse lists at-risk orders.
type RiskNoticesResponse struct {
	Notices []*kefu.RiskNotice `json:"notices"`
}

// handleRiskNotices lists the at-risk orders due from ?since= (RFC 3339,
// default six hours ago), optionally of one ?status=, soonest first.
func handleRiskNotices(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	q := r.URL.Query()
	f := kefu.RiskNoticeFilter{TenantID: t.ID, SlotFrom: s.now().Add(-AtRiskLookback), Limit: MaxAtRisk}
	if v := q.Get("since"); v != "" {
		at, err := time.Parse(time.RFC3339, v)
		if err != nil {
			s.Error(w, r, kefu.Invalidf("since", "since %q is not an RFC 3339 time like 2026-12-07T00:00:00Z", v))
			return
		}
		f.SlotFrom = at
	}
	if v := q.Get("status"); v != "" {
		f.Status = kefu.RiskNoticeStatus(v)
		if !f.Status.Valid() {
			s.Error(w, r, kefu.Invalidf("status", "status %q is not pending, sending, sent, opted_out or failed", v))
			return
		}
	}
	ns, err := s.Store.FindRiskNotices(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if ns == nil {
		ns = []*kefu.RiskNotice{}
	}
	writeJSON(w, http.StatusOK, RiskNoticesResponse{Notices: ns})
}
