package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// proactiveTests cover kefu.ProactiveService: forecasts, the deliveries
// a risk scan reads, opt-outs and the one notice per order.
var proactiveTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Forecasts", testForecasts},
	{"DueDeliveries", testDueDeliveries},
	{"RiskNotices", testRiskNotices},
}

func testForecasts(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "t1")
	MustCreateTenant(t, s, "t2")
	hot := 33.5
	for _, f := range []*kefu.Forecast{
		{TenantID: "t1", Day: "2026-12-07", Severity: kefu.WeatherStorm, TempC: &hot, Summary: "Thunderstorms"},
		{TenantID: "t1", Area: "SG", Day: "2026-12-07", Severity: kefu.WeatherHeavy},
		{TenantID: "t1", Day: "2026-12-09", Severity: kefu.WeatherCalm},
		{TenantID: "t2", Day: "2026-12-07", Severity: kefu.WeatherRain},
	} {
		mustNil(t, "UpsertForecast", s.UpsertForecast(ctx, f))
		if f.UpdatedAt.IsZero() {
			t.Fatal("UpsertForecast did not set UpdatedAt")
		}
	}
	// Replacing keeps one forecast per day and area.
	mustNil(t, "UpsertForecast again", s.UpsertForecast(ctx, &kefu.Forecast{TenantID: "t1", Day: "2026-12-07", Severity: kefu.WeatherRain, Summary: "Showers"}))
	fs, err := s.FindForecasts(ctx, "t1", "2026-12-07", "2026-12-08")
	mustNil(t, "FindForecasts", err)
	if len(fs) != 2 || fs[0].Area != "" || fs[0].Severity != kefu.WeatherRain || fs[0].Summary != "Showers" || fs[0].TempC != nil ||
		fs[1].Area != "SG" || fs[1].Severity != kefu.WeatherHeavy {
		t.Fatalf("FindForecasts = %s", show(fs))
	}
	wantField(t, "bad day", s.UpsertForecast(ctx, &kefu.Forecast{TenantID: "t1", Day: "07.12.2026"}), kefu.EINVALID, "day")
	wantField(t, "bad severity", s.UpsertForecast(ctx, &kefu.Forecast{TenantID: "t1", Day: "2026-12-07", Severity: 4}), kefu.EINVALID, "severity")
	wantCode(t, "unknown tenant", s.UpsertForecast(ctx, &kefu.Forecast{TenantID: "nobody", Day: "2026-12-07"}), kefu.ENOTFOUND)
}

// dueFixture stores orders with shipments due at base+i hours.
func dueFixture(t *testing.T, s kefu.Store, tenant string, base time.Time, n int) []*kefu.Order {
	t.Helper()
	c := MustCreateCustomer(t, s, &kefu.Customer{TenantID: tenant, ExternalID: "c-" + tenant, Name: "Ana"})
	var os []*kefu.Order
	for i := range n {
		o := MustCreateOrder(t, s, &kefu.Order{TenantID: tenant, Number: fmt.Sprintf("N%02d", i), CustomerID: c.ID, Status: "paid",
			Currency: "SGD", Total: 1000, ShipTo: "SG", PlacedAt: base.Add(-24 * time.Hour),
			Lines: []kefu.OrderLine{{SKU: "A", Name: "Apples", Quantity: 2, UnitPrice: 250}, {SKU: "B", Name: "Berries", Quantity: 1, UnitPrice: 500}}})
		eta := base.Add(time.Duration(i) * time.Hour)
		MustCreateShipment(t, s, &kefu.Shipment{ID: fmt.Sprintf("sh-%s-%02d", tenant, i), TenantID: tenant, OrderID: o.ID, Carrier: "ninja",
			TrackingNumber: fmt.Sprintf("TN%02d", i), Status: "label_created", ColdChain: i%2 == 0, ETA: &eta})
		os = append(os, o)
	}
	return os
}

func testDueDeliveries(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "t1")
	MustCreateTenant(t, s, "t2")
	base := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
	os := dueFixture(t, s, "t1", base, 6)
	dueFixture(t, s, "t2", base, 2)
	// Delivered, cancelled and undated deliveries are not due.
	mustNil(t, "AddTrackingEvent", s.AddTrackingEvent(ctx, "t1", "sh-t1-01", kefu.TrackingEvent{At: base, Status: "delivered"}))
	os[2].Status = "cancelled"
	mustNil(t, "UpsertOrder", s.UpsertOrder(ctx, os[2]))
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "t1", Number: "NOETA", CustomerID: os[0].CustomerID, Status: "paid", Currency: "SGD"})
	MustCreateShipment(t, s, &kefu.Shipment{TenantID: "t1", OrderID: o.ID, TrackingNumber: "TNX", Status: "label_created"})

	f := kefu.DeliveryFilter{TenantID: "t1", From: base, Until: base.Add(5 * time.Hour), Limit: 2}
	var got []string
	for {
		ds, err := s.FindDueDeliveries(ctx, f)
		mustNil(t, "FindDueDeliveries", err)
		for _, d := range ds {
			got = append(got, d.Order.Number)
			if d.Shipment.ETA == nil || d.Shipment.TenantID != "t1" || d.Shipment.Carrier != "ninja" || len(d.Order.Lines) != 2 ||
				d.Order.Lines[1].Name != "Berries" || d.OptedOut {
				t.Fatalf("delivery = %s", show(d))
			}
		}
		if len(ds) < f.Limit {
			break
		}
		f.AfterETA, f.AfterID = *ds[len(ds)-1].Shipment.ETA, ds[len(ds)-1].Shipment.ID
	}
	checkEqual(t, "due orders", got, []string{"N00", "N03", "N04"})

	// An opted-out customer's deliveries say so.
	mustNil(t, "SetProactiveOptOut", s.SetProactiveOptOut(ctx, "t1", os[0].CustomerID, true))
	ds, err := s.FindDueDeliveries(ctx, kefu.DeliveryFilter{TenantID: "t1", From: base, Until: base.Add(time.Hour)})
	mustNil(t, "FindDueDeliveries", err)
	if len(ds) != 1 || !ds[0].OptedOut {
		t.Fatalf("opted out delivery = %s", show(ds))
	}
	mustNil(t, "SetProactiveOptOut twice", s.SetProactiveOptOut(ctx, "t1", os[0].CustomerID, true))
	mustNil(t, "opt in", s.SetProactiveOptOut(ctx, "t1", os[0].CustomerID, false))
	ds, _ = s.FindDueDeliveries(ctx, kefu.DeliveryFilter{TenantID: "t1", From: base, Until: base.Add(time.Hour)})
	if len(ds) != 1 || ds[0].OptedOut {
		t.Fatalf("opted in again = %s", show(ds))
	}
	wantCode(t, "opt-out of another tenant's customer", s.SetProactiveOptOut(ctx, "t2", os[0].CustomerID, true), kefu.ENOTFOUND)
	wantField(t, "no window", func() error {
		_, err := s.FindDueDeliveries(ctx, kefu.DeliveryFilter{TenantID: "t1"})
		return err
	}(), kefu.EINVALID, "until")
}

func testRiskNotices(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "t1")
	MustCreateTenant(t, s, "t2")
	base := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
	os := dueFixture(t, s, "t1", base, 3)
	at := base.Add(-12 * time.Hour)
	n := &kefu.RiskNotice{TenantID: "t1", OrderID: os[1].ID, OrderNumber: os[1].Number, CustomerID: os[1].CustomerID,
		Slot: base.Add(time.Hour), Score: 0.81, Kind: kefu.NoticeDelay, Reasons: []string{"storm", "chilled"},
		Weather: "Thunderstorms", Status: kefu.NoticePending, AssessedAt: at}
	mustNil(t, "SaveRiskNotice", s.SaveRiskNotices(ctx, []*kefu.RiskNotice{n}))
	if n.Status != kefu.NoticePending || len(n.Reasons) != 2 || !sameTime(n.Slot, base.Add(time.Hour)) {
		t.Fatalf("saved = %s", show(n))
	}
	// A second assessment updates the facts and keeps the status.
	won, err := s.ClaimRiskNotice(ctx, "t1", os[1].ID)
	mustNil(t, "ClaimRiskNotice", err)
	if !won {
		t.Fatal("the first claim lost")
	}
	again := *n
	again.Score, again.Status, again.Reasons, again.AssessedAt = 0.9, kefu.NoticePending, []string{"storm"}, at.Add(time.Hour)
	mustNil(t, "SaveRiskNotice again", s.SaveRiskNotices(ctx, []*kefu.RiskNotice{&again}))
	if again.Status != kefu.NoticeSending || again.Score != 0.9 || len(again.Reasons) != 1 {
		t.Fatalf("reassessed = %s", show(again))
	}
	if won, _ := s.ClaimRiskNotice(ctx, "t1", os[1].ID); won {
		t.Fatal("a notice was claimed twice")
	}
	again.Status, again.ConversationID = kefu.NoticeSent, "cv-1"
	mustNil(t, "FinishRiskNotice", s.FinishRiskNotice(ctx, &again))
	if again.SentAt.IsZero() {
		t.Fatal("FinishRiskNotice did not set SentAt")
	}
	wantCode(t, "finish twice", s.FinishRiskNotice(ctx, &again), kefu.ENOTFOUND)

	// Concurrent claims of one notice: one wins.
	m := &kefu.RiskNotice{TenantID: "t1", OrderID: os[2].ID, OrderNumber: os[2].Number, Slot: base.Add(2 * time.Hour), Score: 0.6,
		Kind: kefu.NoticeUnboxing, Status: kefu.NoticePending, AssessedAt: at}
	mustNil(t, "SaveRiskNotice", s.SaveRiskNotices(ctx, []*kefu.RiskNotice{m}))
	var wins int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := s.ClaimRiskNotice(ctx, "t1", os[2].ID)
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("%d concurrent claims won", wins)
	}

	ns, err := s.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: "t1"})
	mustNil(t, "FindRiskNotices", err)
	if len(ns) != 2 || ns[0].OrderNumber != os[1].Number || ns[0].Status != kefu.NoticeSent || ns[0].ConversationID != "cv-1" ||
		ns[1].Kind != kefu.NoticeUnboxing || ns[1].Reasons != nil {
		t.Fatalf("FindRiskNotices = %s", show(ns))
	}
	ns, _ = s.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: "t1", SlotFrom: base.Add(90 * time.Minute)})
	if len(ns) != 1 || ns[0].OrderID != os[2].ID {
		t.Fatalf("FindRiskNotices from = %s", show(ns))
	}
	ns, _ = s.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: "t1", Status: kefu.NoticeSent})
	if len(ns) != 1 {
		t.Fatalf("FindRiskNotices sent = %s", show(ns))
	}
	if ns, _ := s.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: "t2"}); len(ns) != 0 {
		t.Fatalf("another tenant sees %s", show(ns))
	}
	wantCode(t, "notice of another tenant's order", s.SaveRiskNotices(ctx, []*kefu.RiskNotice{{TenantID: "t2", OrderID: os[0].ID,
		Score: 0.5, Kind: kefu.NoticeDelay, Status: kefu.NoticePending, AssessedAt: at}}), kefu.ENOTFOUND)
	wantField(t, "bad score", s.SaveRiskNotices(ctx, []*kefu.RiskNotice{{TenantID: "t1", OrderID: os[0].ID,
		Score: 1.5, Kind: kefu.NoticeDelay, Status: kefu.NoticePending, AssessedAt: at}}), kefu.EINVALID, "score")
	// A batch is all or none: a notice of another tenant's order spoils it.
	wantCode(t, "batch with a bad notice", s.SaveRiskNotices(ctx, []*kefu.RiskNotice{
		{TenantID: "t1", OrderID: os[0].ID, Score: 0.5, Kind: kefu.NoticeDelay, Status: kefu.NoticePending, AssessedAt: at},
		{TenantID: "t1", OrderID: "no-such-order", Score: 0.5, Kind: kefu.NoticeDelay, Status: kefu.NoticePending, AssessedAt: at}}), kefu.ENOTFOUND)
	if ns, _ := s.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: "t1"}); len(ns) != 2 {
		t.Fatalf("a refused batch stored notices: %s", show(ns))
	}
	// Deleting the order deletes its notice.
	mustNil(t, "DeleteOrder", s.DeleteOrder(ctx, "t1", os[2].Number))
	if ns, _ := s.FindRiskNotices(ctx, kefu.RiskNoticeFilter{TenantID: "t1"}); len(ns) != 1 {
		t.Fatalf("after delete = %s", show(ns))
	}
}
