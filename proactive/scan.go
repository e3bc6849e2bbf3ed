package proactive

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/risk"
)

// PageSize is how many deliveries a scan reads and saves at a time.
const PageSize = 1000

// Scanner assesses a shop's due deliveries and writes first about those
// at risk.
type Scanner struct {
	Store  kefu.Store
	Model  *risk.Model
	Writer *Writer // nil: assess only
	Logger *slog.Logger
	Now    func() time.Time
}

// Result is what a scan did.
type Result struct {
	Shop string `json:"shop"`
	// Scanned deliveries were due within the horizon; AtRisk of them
	// scored at or above the threshold.
	Scanned int `json:"scanned"`
	AtRisk  int `json:"at_risk"`
	// Written got a notice now; Already had one before; Quiet wait for
	// the end of the quiet hours; OptedOut declined; Off: the shop has
	// not turned writing first on; Failed could not be written.
	Written  int `json:"written"`
	Already  int `json:"already"`
	Quiet    int `json:"quiet"`
	OptedOut int `json:"opted_out"`
	Off      int `json:"off"`
	Failed   int `json:"failed"`
	// Threshold is the probability the shop's settings put in force.
	Threshold float64 `json:"threshold"`
	ElapsedMS float64 `json:"elapsed_ms"`
	// Notices are the at-risk orders found (all of them with DryRun).
	Notices []*kefu.RiskNotice `json:"-"`
}

// Options of a scan.
type Options struct {
	// DryRun assesses and reports but stores and writes nothing.
	DryRun bool
}

func (s *Scanner) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Scanner) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

// Scan assesses the shop's deliveries due within its horizon.
func (s *Scanner) Scan(ctx context.Context, t *kefu.Tenant, opt Options) (*Result, error) {
	start := time.Now()
	now := s.now().UTC()
	set := t.Settings.Proactive
	res := &Result{Shop: t.ID, Threshold: set.RiskThreshold()}
	loc := location(t.Settings.Timezone)
	quiet := false
	if set != nil {
		q, err := kefu.ParseQuietHours(set.QuietHours)
		if err != nil {
			return nil, err
		}
		quiet = q.Contains(now.In(loc))
	}
	enabled := set != nil && set.Enabled
	until := now.Add(set.Horizon())
	products, err := s.products(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	forecasts, err := s.forecasts(ctx, t.ID, now.In(loc), until.In(loc))
	if err != nil {
		return nil, err
	}
	as := Assessor{Model: s.Model}
	cat := risk.NewCatalog(products)
	rctx, stop := context.WithCancel(ctx)
	defer stop() // ends the reader when the scan returns early
	pages := s.read(rctx, kefu.DeliveryFilter{TenantID: t.ID, From: now, Until: until, Limit: PageSize})
	for pg := range pages {
		if pg.err != nil {
			return nil, pg.err
		}
		ds := pg.ds
		var page []*kefu.RiskNotice
		var pageDs []*kefu.Delivery
		for _, d := range ds {
			res.Scanned++
			slot := Slot(d)
			fc := forecasts.find(slot.In(loc).Format(time.DateOnly), d.Order.ShipTo)
			x := Features(d, cat, fc, loc)
			score := as.Score(&x)
			if score < res.Threshold {
				continue
			}
			res.AtRisk++
			a := as.Explain(&x, score)
			n := &kefu.RiskNotice{TenantID: t.ID, OrderID: d.Order.ID, OrderNumber: d.Order.Number, CustomerID: d.Order.CustomerID,
				Slot: slot, Score: a.Score, Kind: a.Kind, Reasons: a.Reasons, Status: kefu.NoticePending, AssessedAt: now}
			if fc != nil {
				n.Weather = fc.Summary
			}
			page = append(page, n)
			pageDs = append(pageDs, d)
		}
		if !opt.DryRun && len(page) > 0 {
			if err := s.Store.SaveRiskNotices(ctx, page); err != nil {
				return nil, err
			}
		}
		for i, n := range page {
			res.Notices = append(res.Notices, n)
			switch {
			case opt.DryRun:
			case n.Status != kefu.NoticePending:
				res.Already++
			case !enabled:
				res.Off++
			case quiet:
				res.Quiet++
			default:
				s.notify(ctx, t, pageDs[i], n, res)
			}
		}
	}
	res.ElapsedMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// page is one page of deliveries, or the error that ended the reading.
type page struct {
	ds  []*kefu.Delivery
	err error
}

// Readers is how many goroutines read a scan's deliveries at once, each
// a part of the window: reading is most of a scan's cost, and a store
// serves concurrent reads.
var Readers = min(runtime.GOMAXPROCS(0), 4)

// read reads the deliveries page by page ahead of the scoring, the window
// split among Readers goroutines, so that pages are read while others are
// scored and saved. Pages come in no particular order. The channel is
// closed after the last page or the first error; the readers stop when
// ctx ends, which the caller must bring about if it stops reading early.
func (s *Scanner) read(ctx context.Context, f kefu.DeliveryFilter) <-chan page {
	ch := make(chan page, Readers)
	var wg sync.WaitGroup
	span := f.Until.Sub(f.From) / time.Duration(Readers)
	for i := range Readers {
		part := f
		part.From = f.From.Add(time.Duration(i) * span)
		if i < Readers-1 {
			part.Until = part.From.Add(span)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				ds, err := s.Store.FindDueDeliveries(ctx, part)
				select {
				case ch <- page{ds, err}:
				case <-ctx.Done():
					return
				}
				if err != nil || len(ds) < part.Limit {
					return
				}
				last := ds[len(ds)-1].Shipment
				part.AfterETA, part.AfterID = *last.ETA, last.ID
			}
		}()
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	return ch
}

// notify claims the notice and writes it, or records the opt-out.
func (s *Scanner) notify(ctx context.Context, t *kefu.Tenant, d *kefu.Delivery, n *kefu.RiskNotice, res *Result) {
	won, err := s.Store.ClaimRiskNotice(ctx, t.ID, n.OrderID)
	if err != nil || !won {
		if err != nil {
			s.logger().WarnContext(ctx, "proactive: claim failed", slog.String("tenant", t.ID), slog.String("order", n.OrderNumber), slog.Any("err", err))
			res.Failed++
		} else {
			res.Already++
		}
		return
	}
	switch {
	case d.OptedOut:
		n.Status = kefu.NoticeOptedOut
		res.OptedOut++
	case s.Writer == nil:
		n.Status, n.Error = kefu.NoticeFailed, "no writer configured"
		res.Failed++
	default:
		conv, err := s.Writer.Write(ctx, t, d, n)
		if err != nil {
			n.Status, n.Error = kefu.NoticeFailed, kefu.ErrorMessage(err)
			res.Failed++
			s.logger().WarnContext(ctx, "proactive: notice not written", slog.String("tenant", t.ID), slog.String("order", n.OrderNumber), slog.Any("err", err))
		} else {
			n.Status, n.ConversationID = kefu.NoticeSent, conv
			res.Written++
		}
	}
	n.SentAt = s.now().UTC()
	if err := s.Store.FinishRiskNotice(ctx, n); err != nil {
		s.logger().WarnContext(ctx, "proactive: notice not finished", slog.String("tenant", t.ID), slog.String("order", n.OrderNumber), slog.Any("err", err))
	}
}

// products loads the shop's catalogue by SKU.
func (s *Scanner) products(ctx context.Context, tenantID string) (map[string]*kefu.Product, error) {
	m := make(map[string]*kefu.Product)
	f := kefu.ProductFilter{TenantID: tenantID, Limit: 1000}
	for {
		ps, err := s.Store.FindProducts(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("proactive: products: %w", err)
		}
		for _, p := range ps {
			m[p.SKU] = p
		}
		if len(ps) < f.Limit {
			return m, nil
		}
		f.After = ps[len(ps)-1].SKU
	}
}

// forecastIndex finds a day's forecast for an area, else the shop-wide one.
type forecastIndex map[[2]string]*kefu.Forecast

func (ix forecastIndex) find(day, area string) *kefu.Forecast {
	if f := ix[[2]string{day, area}]; f != nil {
		return f
	}
	return ix[[2]string{day, ""}]
}

func (s *Scanner) forecasts(ctx context.Context, tenantID string, from, until time.Time) (forecastIndex, error) {
	fs, err := s.Store.FindForecasts(ctx, tenantID, from.Format(time.DateOnly), until.Format(time.DateOnly))
	if err != nil {
		return nil, err
	}
	ix := make(forecastIndex, len(fs))
	for _, f := range fs {
		ix[[2]string{f.Day, f.Area}] = f
	}
	return ix, nil
}

// location returns the shop's time zone, UTC when unknown.
func location(tz string) *time.Location {
	if tz != "" {
		if loc, err := time.LoadLocation(tz); err == nil {
			return loc
		}
	}
	return time.UTC
}
