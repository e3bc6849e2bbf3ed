package proactive_test

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/proactive"
	"github.com/kefu-ai/kefu/risk"
	"github.com/kefu-ai/kefu/sqlite"
)

// benchShop stores n open orders due over the next 36 hours, half of
// them on a rainy day, with a catalogue of 200 products.
func benchShop(b *testing.B, db kefu.Store, n int) (kefu.Store, *kefu.Tenant, time.Time) {
	b.Helper()
	ctx := context.Background()
	b.Cleanup(func() { db.Close() })
	now := time.Now().UTC().Truncate(time.Hour)
	t := &kefu.Tenant{ID: "bench", Name: "Bench", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "SGD", Timezone: "UTC",
		Proactive: &kefu.ProactiveSettings{}}}
	err := db.CreateTenant(ctx, t)
	if err != nil {
		b.Fatal(err)
	}
	temp := 29.0
	for d, sev := range []int{kefu.WeatherCalm, kefu.WeatherRain} {
		f := &kefu.Forecast{TenantID: t.ID, Day: now.AddDate(0, 0, d).Format(time.DateOnly), Severity: sev, TempC: &temp}
		if err := db.UpsertForecast(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
	err = db.InTx(ctx, func(tx kefu.Store) error {
		for i := range 200 {
			p := &kefu.Product{TenantID: t.ID, SKU: fmt.Sprintf("P%03d", i), Name: "Product", Category: []string{"seafood", "eggs", "fruit", "pantry"}[i%4],
				Price: int64(100 + i*10), Currency: "SGD", Attributes: map[string]string{"weight_g": fmt.Sprint(200 + i*5)}}
			if i%4 == 1 {
				p.Attributes["fragile"] = "true"
			}
			if i%4 == 0 {
				p.Attributes["temperature_class"] = "chilled"
			}
			if err := tx.UpsertProduct(ctx, p); err != nil {
				return err
			}
		}
		c := &kefu.Customer{TenantID: t.ID, ExternalID: "c", Name: "C"}
		if err := tx.CreateCustomer(ctx, c); err != nil {
			return err
		}
		for i := range n {
			o := &kefu.Order{TenantID: t.ID, Number: fmt.Sprintf("B%06d", i), CustomerID: c.ID, Status: "paid", Currency: "SGD",
				Total: 3000, ShipTo: "SG", PlacedAt: now.Add(-time.Duration(i%48) * time.Hour),
				Lines: []kefu.OrderLine{{SKU: fmt.Sprintf("P%03d", i%200), Name: "x", Quantity: 1 + i%3, UnitPrice: 1000},
					{SKU: fmt.Sprintf("P%03d", (i*7)%200), Name: "y", Quantity: 1, UnitPrice: 500}}}
			if err := tx.CreateOrder(ctx, o); err != nil {
				return err
			}
			eta := now.Add(time.Duration(1+i%35) * time.Hour)
			if err := tx.CreateShipment(ctx, &kefu.Shipment{TenantID: t.ID, OrderID: o.ID, Carrier: "ninjavan", TrackingNumber: o.Number,
				Status: "label_created", ETA: &eta}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return db, t, now
}

// BenchmarkScan100k is the proactive scan of 100,000 open orders on
// SQLite: read the deliveries, score each, save the at-risk ones. Writing
// first is off, so the figure is the scan, not the messages.
func BenchmarkScan100k(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "kefu.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	benchScan(b, db)
}

// BenchmarkScan100kPostgres is BenchmarkScan100k on PostgreSQL.
func BenchmarkScan100kPostgres(b *testing.B) {
	db, err := postgres.Open(context.Background(), testenv.PostgresDSN(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	benchScan(b, db)
}

func benchScan(b *testing.B, st kefu.Store) {
	db, t, now := benchShop(b, st, benchOrders)
	m, err := risk.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := &proactive.Scanner{Store: db, Model: m, Now: func() time.Time { return now }}
	b.ResetTimer()
	var res *proactive.Result
	cpu0 := cpuTime()
	for b.Loop() {
		if res, err = s.Scan(context.Background(), t, proactive.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time is what the figure would be on an idle machine with the
	// cores to spare; the machine these run on is shared.
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(res.Scanned), "orders")
	b.ReportMetric(float64(res.AtRisk), "at_risk")
	b.ReportMetric(float64(res.Scanned)*float64(b.N)/b.Elapsed().Seconds(), "orders/s")
}

// BenchmarkAssess is the model's part of a scan for one delivery:
// features, score, and the reasons of an at-risk one.
func BenchmarkAssess(b *testing.B) {
	m, err := risk.Default()
	if err != nil {
		b.Fatal(err)
	}
	as := proactive.Assessor{Model: m}
	eta := time.Date(2026, 12, 7, 18, 0, 0, 0, time.UTC)
	d := &kefu.Delivery{Order: &kefu.Order{Number: "1", Total: 3000, ShipTo: "SG", PlacedAt: eta.Add(-20 * time.Hour),
		Lines: []kefu.OrderLine{{SKU: "A", Quantity: 2, UnitPrice: 1000}}}, Shipment: &kefu.Shipment{Carrier: "ninjavan", ETA: &eta}}
	cat := risk.NewCatalog(map[string]*kefu.Product{"A": {SKU: "A", Category: "eggs", Attributes: map[string]string{"fragile": "true", "weight_g": "600"}}})
	fc := &kefu.Forecast{Severity: kefu.WeatherStorm}
	b.ReportAllocs()
	for b.Loop() {
		x := proactive.Features(d, cat, fc, time.UTC)
		if p := as.Score(&x); p >= kefu.DefaultRiskThreshold {
			_ = as.Explain(&x, p)
		}
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchOrders is the number of open orders of BenchmarkScan100k.
var benchOrders = 100_000
