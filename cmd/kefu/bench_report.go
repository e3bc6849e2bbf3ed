package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
)

// reportBenchResult is the last line of "kefu bench --scenario report".
type reportBenchResult struct {
	Scenario string  `json:"scenario"`
	Readings int     `json:"readings"`
	Requests int     `json:"requests"`
	P50MS    float64 `json:"p50_ms"`
	P99MS    float64 `json:"p99_ms"`
	Bytes    int     `json:"page_bytes"`
}

// benchReport measures the traceability report page of a shipment whose
// logger sent readings readings (one a minute), read by its customer
// through the in-process demo's HTTP server (store reads, analysis and
// rendering included), for dur.
func benchReport(ctx context.Context, env *Env, cfg *Config, readings int, dur time.Duration) error {
	d, err := startBenchDemo(ctx, env, cfg, "freshfarm")
	if err != nil {
		return err
	}
	defer d.stop()
	st, tenant := d.app.Store, "freshfarm"
	cust, err := st.FindCustomerByExternalID(ctx, tenant, "c-2004")
	if err != nil {
		return err
	}
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	end := start.Add(time.Duration(readings) * time.Minute)
	o := &kefu.Order{TenantID: tenant, Number: "FF-BENCH", CustomerID: cust.ID, Status: "delivered", Currency: "SGD", Total: 2590,
		Lines: []kefu.OrderLine{{SKU: "FF-SAL-FIL", Name: "Norwegian Atlantic Salmon Fillet, 500 g", Quantity: 1, UnitPrice: 2590}}, PlacedAt: start}
	if err := st.CreateOrder(ctx, o); err != nil {
		return err
	}
	sh := &kefu.Shipment{TenantID: tenant, OrderID: o.ID, Carrier: "FreshFarm Cold Fleet", TrackingNumber: "FFD-BENCH", ColdChain: true,
		Events: []kefu.TrackingEvent{{At: start, Status: "in_transit", Location: "Jurong cold store, SG"}, {At: end, Status: "delivered", Location: "Clementi, SG"}}}
	if err := st.CreateShipment(ctx, sh); err != nil {
		return err
	}
	if err := st.UpsertDevice(ctx, &kefu.Device{ID: "LG-BENCH", TenantID: tenant, Kind: kefu.DeviceLogger}); err != nil {
		return err
	}
	if err := st.AssignDevice(ctx, &kefu.DeviceAssignment{TenantID: tenant, DeviceID: "LG-BENCH", CarrierKind: kefu.CarrierBox,
		CarrierID: "FFD-BENCH/1", ShipmentID: sh.ID, From: start, To: end.Add(time.Minute)}); err != nil {
		return err
	}
	rs := make([]kefu.Reading, readings)
	for i := range rs {
		r := kefu.NewReading("LG-BENCH", start.Add(time.Duration(i)*time.Minute))
		r.TempC = 1 + 0.5*math.Sin(float64(i)/90)
		r.Lat, r.Lon = 1.3329+0.01*float64(i)/float64(readings), 103.7436-0.02*float64(i)/float64(readings)
		rs[i] = r
	}
	for i := 0; i < len(rs); i += 5000 {
		if _, err := st.AddReadings(ctx, tenant, rs[i:min(i+5000, len(rs))]); err != nil {
			return err
		}
	}
	if _, err := st.AddCustodyEvents(ctx, tenant, []kefu.CustodyEvent{
		{ID: "bench-loaded", Step: kefu.StepLoaded, At: start, TempC: math.NaN(), ChecksPassed: true},
		{ID: "bench-delivered", Step: kefu.StepDelivered, At: end, TempC: math.NaN(), ChecksPassed: true},
	}); err != nil {
		return err
	}
	b := &bencher{client: &http.Client{Timeout: 30 * time.Second}, base: d.base, key: d.key, customer: "c-2004"}
	var created struct {
		Conversation struct {
			ID string `json:"id"`
		} `json:"conversation"`
		Token string `json:"token"`
	}
	if err := b.do(ctx, "POST", "/v1/conversations", map[string]any{"customer": map[string]string{"external_id": "c-2004"}}, &created); err != nil {
		return err
	}
	page := d.base + d.app.TraceLinks.Path(tenant, o.Number, sh.ID) + "?conversation=" + created.Conversation.ID +
		"&token=" + url.QueryEscape(created.Token)
	fmt.Fprintf(env.Stdout, "bench: report of a shipment with %d readings, read for %s\n", readings, dur)

	res := reportBenchResult{Scenario: "report", Readings: readings}
	var times []time.Duration
	deadline := time.Now().Add(dur)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		t0 := time.Now()
		resp, err := b.client.Get(page)
		if err != nil {
			return err
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("report page: %s", resp.Status)
		}
		times = append(times, time.Since(t0))
		res.Bytes = int(n)
	}
	slices.Sort(times)
	res.Requests = len(times)
	res.P50MS, res.P99MS = ms(percentile(times, 0.5)), ms(percentile(times, 0.99))
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}
