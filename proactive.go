package kefu

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"
)

// Proactive messages: kefu scores the shop's deliveries that are due soon
// with the late-delivery risk model (package risk) and, above the shop's
// threshold, writes to the customer first: a delivery-time warning or an
// unboxing guide (package proactive, docs/proactive.md). The nouns here
// are the weather forecast the model reads, the delivery a scan looks at,
// and the risk notice: one per order, which is how "once per order" holds
// whatever the number of scans and nodes.

// ChannelProactive is the channel of a conversation kefu opened to write
// first; the customer's widget takes it over (channel "widget") when they
// next open it.
const ChannelProactive = "proactive"

// ProactiveSettings are a shop's settings of proactive messages.
type ProactiveSettings struct {
	// Enabled turns writing first on; without it kefu still assesses the
	// risk and agents see the at-risk orders.
	Enabled bool `json:"enabled"`
	// Threshold is the late-delivery probability at or above which an
	// order is at risk; 0 means DefaultRiskThreshold.
	Threshold float64 `json:"threshold,omitempty"`
	// QuietHours is a daily window in the shop's time zone in which kefu
	// does not write first, such as "21:00-08:00"; empty means none.
	// Notices due in it wait for its end (if the delivery is still ahead).
	QuietHours string `json:"quiet_hours,omitempty"`
	// HorizonHours is how far ahead a scan looks at deliveries; 0 means
	// DefaultRiskHorizon.
	HorizonHours int `json:"horizon_hours,omitempty"`
}

// Proactive defaults.
const (
	DefaultRiskThreshold = 0.35
	DefaultRiskHorizon   = 36 * time.Hour
	// MaxRiskHorizonHours bounds HorizonHours (two weeks).
	MaxRiskHorizonHours = 14 * 24
)

// RiskThreshold returns the threshold in force.
func (p *ProactiveSettings) RiskThreshold() float64 {
	if p == nil || p.Threshold == 0 {
		return DefaultRiskThreshold
	}
	return p.Threshold
}

// Horizon returns how far ahead scans look.
func (p *ProactiveSettings) Horizon() time.Duration {
	if p == nil || p.HorizonHours == 0 {
		return DefaultRiskHorizon
	}
	return time.Duration(p.HorizonHours) * time.Hour
}

// Validate checks the settings; EINVALID naming the field.
func (p *ProactiveSettings) Validate() error {
	if p == nil {
		return nil
	}
	if math.IsNaN(p.Threshold) || p.Threshold < 0 || p.Threshold > 1 {
		return Invalidf("proactive.threshold", "settings.proactive.threshold %v is not between 0 and 1", p.Threshold)
	}
	if p.HorizonHours < 0 || p.HorizonHours > MaxRiskHorizonHours {
		return Invalidf("proactive.horizon_hours", "settings.proactive.horizon_hours %d is not between 0 and %d", p.HorizonHours, MaxRiskHorizonHours)
	}
	if _, err := ParseQuietHours(p.QuietHours); err != nil {
		return err
	}
	return nil
}

// QuietHours is a daily window of clock time, [From, To) in minutes after
// midnight; To < From spans midnight ("21:00-08:00"). The zero value is no
// window.
type QuietHours struct{ From, To int }

// ParseQuietHours parses "HH:MM-HH:MM"; empty text is no window. EINVALID
// naming proactive.quiet_hours otherwise.
func ParseQuietHours(s string) (QuietHours, error) {
	if strings.TrimSpace(s) == "" {
		return QuietHours{}, nil
	}
	bad := Invalidf("proactive.quiet_hours", "settings.proactive.quiet_hours %q is not a window like \"21:00-08:00\"", s)
	from, to, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return QuietHours{}, bad
	}
	f, okf := clockMinutes(strings.TrimSpace(from))
	t, okt := clockMinutes(strings.TrimSpace(to))
	if !okf || !okt || f == t {
		return QuietHours{}, bad
	}
	return QuietHours{From: f, To: t}, nil
}

func clockMinutes(s string) (int, bool) {
	var h, m int
	if n, err := fmt.Sscanf(s, "%d:%d", &h, &m); err != nil || n != 2 || len(s) < 4 || len(s) > 5 {
		return 0, false
	}
	if h < 0 || h > 24 || m < 0 || m > 59 || h == 24 && m != 0 {
		return 0, false
	}
	return h*60 + m, true
}

// Contains reports whether the clock time of t (in t's location) is in
// the window.
func (q QuietHours) Contains(t time.Time) bool {
	if q.From == q.To {
		return false
	}
	m := t.Hour()*60 + t.Minute()
	if q.From < q.To {
		return m >= q.From && m < q.To
	}
	return m >= q.From || m < q.To
}

// End returns when the window that holds t ends (t itself when t is not
// in it).
func (q QuietHours) End(t time.Time) time.Time {
	if !q.Contains(t) {
		return t
	}
	y, mo, d := t.Date()
	end := time.Date(y, mo, d, 0, q.To%(24*60), 0, 0, t.Location())
	if !end.After(t) {
		end = end.AddDate(0, 0, 1)
	}
	return end
}

// Weather severities of a forecast.
const (
	WeatherCalm  = 0 // nothing that slows deliveries
	WeatherRain  = 1 // rain or wind
	WeatherHeavy = 2 // heavy rain or snow
	WeatherStorm = 3 // storm, typhoon
)

// Forecast is the weather a shop expects on a day in its delivery area,
// fed by the shop (or a weather feed) through the admin API. Area is empty
// for the shop's whole delivery area or an ISO 3166-1 country code matched
// against Order.ShipTo; an area's forecast wins over the shop-wide one.
type Forecast struct {
	TenantID string `json:"tenant_id"`
	Area     string `json:"area,omitempty"`
	// Day is the date in the shop's time zone, "2026-12-07".
	Day      string `json:"day"`
	Severity int    `json:"severity"`
	// TempC is the forecast maximum in °C; nil when not given.
	TempC *float64 `json:"temp_c,omitempty"`
	// Summary is the forecast in words ("Thunderstorms, 60 mm of rain").
	Summary   string    `json:"summary,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks what a store needs of a forecast; EINVALID naming the
// field.
func (f *Forecast) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if _, err := time.Parse(time.DateOnly, f.Day); err != nil {
		return Invalidf("day", "day %q is not a date like 2026-12-07", f.Day)
	}
	switch {
	case f.Area != "" && !ValidCountry(f.Area):
		return Invalidf("area", "area %q is not empty (the whole delivery area) or a country code like \"SG\"", f.Area)
	case f.Severity < WeatherCalm || f.Severity > WeatherStorm:
		return Invalidf("severity", "severity %d is not 0 (calm), 1 (rain or wind), 2 (heavy rain or snow) or 3 (storm)", f.Severity)
	case f.TempC != nil && (math.IsNaN(*f.TempC) || *f.TempC < -60 || *f.TempC > 60):
		return Invalidf("temp_c", "temp_c %v is not between -60 and 60", *f.TempC)
	case len(f.Summary) > 500:
		return Invalidf("summary", "summary is longer than 500 bytes")
	}
	return nil
}

// Delivery is an order with the shipment that brings it, as a risk scan
// sees it: the order with its lines (SKU, name, quantity and price; not
// their lots or picking records), the shipment without its events.
type Delivery struct {
	Order    *Order    `json:"order"`
	Shipment *Shipment `json:"shipment"`
	// OptedOut says the customer asked not to get proactive messages.
	OptedOut bool `json:"opted_out,omitempty"`
}

// DeliveryFilter selects the deliveries due in a window: shipments of one
// tenant whose ETA is in [From, Until), that are not delivered, of orders
// that are not delivered, cancelled or returned; ordered by ETA, then
// shipment ID.
type DeliveryFilter struct {
	TenantID    string
	From, Until time.Time
	// AfterETA and AfterID continue a listing after the delivery with
	// that ETA and shipment ID (the last of the previous page); AfterID
	// empty starts at From.
	AfterETA time.Time
	AfterID  string
	Limit    int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant or a window.
func (f DeliveryFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if f.From.IsZero() || !f.Until.After(f.From) {
		return Invalidf("until", "a delivery window needs from before until")
	}
	return nil
}

// Risk notice kinds: what kefu writes.
const (
	// NoticeDelay warns that the delivery may be late (weather, route).
	NoticeDelay = "delay_warning"
	// NoticeUnboxing tells how to unpack and check fragile or cold goods
	// that travel in bad conditions.
	NoticeUnboxing = "unboxing_guide"
)

// RiskNoticeStatus is where an at-risk order's notice stands.
type RiskNoticeStatus string

// Risk notice statuses. An order is assessed as pending; a scan claims it
// (sending) before it writes, so that one scan only ever writes, and ends
// it sent, opted_out (the customer does not want such messages), or
// failed. Only pending moves to sending.
const (
	NoticePending  RiskNoticeStatus = "pending"
	NoticeSending  RiskNoticeStatus = "sending"
	NoticeSent     RiskNoticeStatus = "sent"
	NoticeOptedOut RiskNoticeStatus = "opted_out"
	NoticeFailed   RiskNoticeStatus = "failed"
)

// Valid reports whether s is a known status.
func (s RiskNoticeStatus) Valid() bool {
	switch s {
	case NoticePending, NoticeSending, NoticeSent, NoticeOptedOut, NoticeFailed:
		return true
	}
	return false
}

// RiskNotice is an at-risk order: its latest assessment and what kefu did
// about it. There is one per order (TenantID, OrderID).
type RiskNotice struct {
	TenantID    string    `json:"tenant_id"`
	OrderID     string    `json:"order_id"`
	OrderNumber string    `json:"order_number"`
	CustomerID  string    `json:"customer_id,omitempty"`
	Slot        time.Time `json:"slot"`
	// Score is the late-delivery probability of the latest assessment.
	Score float64 `json:"score"`
	Kind  string  `json:"kind"`
	// Reasons are what makes the order risky, as codes ("storm",
	// "fragile", "frozen", ...), strongest first.
	Reasons []string `json:"reasons,omitempty"`
	// Weather is the forecast's summary, if one was known.
	Weather        string           `json:"weather,omitempty"`
	Status         RiskNoticeStatus `json:"status"`
	ConversationID string           `json:"conversation_id,omitempty"`
	// Error says why a notice failed.
	Error      string    `json:"error,omitempty"`
	AssessedAt time.Time `json:"assessed_at"`
	SentAt     time.Time `json:"sent_at,omitzero"`
}

// Validate checks what a store needs of a notice; EINVALID naming the field.
func (n *RiskNotice) Validate() error {
	if err := requireTenant(n.TenantID); err != nil {
		return err
	}
	switch {
	case n.OrderID == "" || len(n.OrderID) > MaxExternalIDLen:
		return Invalidf("order_id", "order_id is required")
	case math.IsNaN(n.Score) || n.Score < 0 || n.Score > 1:
		return Invalidf("score", "score %v is not between 0 and 1", n.Score)
	case n.Kind != NoticeDelay && n.Kind != NoticeUnboxing:
		return Invalidf("kind", "kind %q is not %s or %s", n.Kind, NoticeDelay, NoticeUnboxing)
	case !n.Status.Valid():
		return Invalidf("status", "status %q is not a notice status", n.Status)
	case len(n.Reasons) > 20:
		return Invalidf("reasons", "a notice has at most 20 reasons")
	case n.AssessedAt.IsZero():
		return Invalidf("assessed_at", "assessed_at is required")
	}
	return nil
}

// RiskNoticeFilter selects a tenant's at-risk orders, by slot then order.
type RiskNoticeFilter struct {
	TenantID string
	// SlotFrom, when set, keeps the deliveries due from then on.
	SlotFrom time.Time
	Status   RiskNoticeStatus // empty: all
	Limit    int              // 0 means 200
}

// Validate checks the filter; EINVALID without a tenant.
func (f RiskNoticeFilter) Validate() error { return requireTenant(f.TenantID) }

// ProactiveService keeps what proactive messages need: forecasts, the
// deliveries due, the customers' opt-outs and the notices.
type ProactiveService interface {
	// UpsertForecast stores the forecast of (tenant, area, day), replacing
	// the one there was.
	UpsertForecast(ctx context.Context, f *Forecast) error
	// FindForecasts returns the tenant's forecasts of the days from first
	// to last (inclusive, "2026-12-07"), by day then area.
	FindForecasts(ctx context.Context, tenantID, first, last string) ([]*Forecast, error)
	// FindDueDeliveries returns the deliveries the filter selects, with
	// the orders' lines and whether the customer opted out.
	FindDueDeliveries(ctx context.Context, f DeliveryFilter) ([]*Delivery, error)
	// SetProactiveOptOut records whether the customer (an ID of the
	// tenant's) declines proactive messages; ENOTFOUND without the customer.
	SetProactiveOptOut(ctx context.Context, tenantID, customerID string, out bool) error
	// SaveRiskNotices stores assessments, all or none: a new notice as
	// given, or, for an order that has one, its slot, score, kind,
	// reasons, weather and time (its status and what was sent stay). It
	// sets each notice to the stored one. EINVALID (naming the field) if
	// any is invalid.
	SaveRiskNotices(ctx context.Context, ns []*RiskNotice) error
	// ClaimRiskNotice moves the order's notice from pending to sending and
	// reports whether this call did: one caller wins.
	ClaimRiskNotice(ctx context.Context, tenantID, orderID string) (bool, error)
	// FinishRiskNotice ends a claimed notice: its status (sent, opted_out,
	// failed), the conversation written to and an error text.
	FinishRiskNotice(ctx context.Context, n *RiskNotice) error
	// FindRiskNotices returns at-risk orders.
	FindRiskNotices(ctx context.Context, f RiskNoticeFilter) ([]*RiskNotice, error)
}
