package importer

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu"
)

// The demo's storm: freshfarm's deliveries due tomorrow evening, a day
// with a storm forecast in Singapore (and showers in Johor Bahru), which
// the proactive scan finds at risk
// (docs/proactive.md). Times are relative to the demo's start, so the
// orders are always tomorrow's.

// StormDemoOrders are the numbers of the storm demo's orders.
var StormDemoOrders = []string{"FF-30101", "FF-30102", "FF-30103", "FF-30104"}

// stormOrder is one of the storm demo's orders.
type stormOrder struct {
	number, customer string
	skus             []string
	slotHour         int  // the slot's end, tomorrow, in the shop's time zone
	cold             bool // on a refrigerated van
	shipTo           string
}

var stormOrders = []stormOrder{
	{"FF-30101", "c-2002", []string{"FF-BERRY-STRAW", "FF-MANGO-NAM"}, 19, true, "SG"}, // fragile fruit: an unboxing guide
	{"FF-30102", "c-2003", []string{"FF-SAL-SASHIMI", "FF-OYST-6"}, 19, true, "SG"},    // chilled seafood: a delay warning
	{"FF-30103", "c-2009", []string{"FF-ICE-VAN", "FF-PRAWN-FZ"}, 20, true, "SG"},      // frozen goods: a delay warning
	{"FF-30104", "c-2008", []string{"FF-VEG-BOX"}, 11, false, "MY"},                    // vegetables to Johor Bahru, where only showers are forecast: not at risk
}

// StartStormDemo (re)creates freshfarm's storm demo: tomorrow's forecast
// (a thunderstorm day) and four orders due tomorrow, packed but not yet
// dispatched. Calling it again starts it anew: the orders of an earlier
// run go, with their notices.
func StartStormDemo(ctx context.Context, st kefu.Store, tenantID string, now time.Time) error {
	const op = "importer.StartStormDemo"
	t, err := st.FindTenantByID(ctx, tenantID)
	if err != nil {
		return kefu.E(op, err)
	}
	loc := time.UTC
	if l, err := time.LoadLocation(t.Settings.Timezone); err == nil {
		loc = l
	}
	local := now.In(loc)
	tomorrow := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, loc)
	temp := 32.0
	err = st.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.UpsertForecast(ctx, &kefu.Forecast{TenantID: tenantID, Day: tomorrow.Format(time.DateOnly), Severity: kefu.WeatherStorm,
			TempC: &temp, Summary: "Thunderstorms with strong squalls in the afternoon and evening, up to 70 mm of rain"}); err != nil {
			return err
		}
		mild := 30.0
		if err := tx.UpsertForecast(ctx, &kefu.Forecast{TenantID: tenantID, Area: "MY", Day: tomorrow.Format(time.DateOnly), Severity: kefu.WeatherRain,
			TempC: &mild, Summary: "Passing showers in the afternoon"}); err != nil {
			return err
		}
		for _, so := range stormOrders {
			if err := tx.DeleteOrder(ctx, tenantID, so.number); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
				return err
			}
			c, err := tx.FindCustomerByExternalID(ctx, tenantID, so.customer)
			if err != nil {
				return err
			}
			o := &kefu.Order{TenantID: tenantID, Number: so.number, CustomerID: c.ID, Status: "paid", Currency: t.Settings.Currency,
				ShipTo: so.shipTo, PlacedAt: now.Add(-3 * time.Hour)}
			for _, sku := range so.skus {
				p, err := tx.FindProductBySKU(ctx, tenantID, sku)
				if err != nil {
					return err
				}
				o.Lines = append(o.Lines, kefu.OrderLine{SKU: sku, Name: p.Name, Quantity: 1, UnitPrice: p.Price})
				o.Total += p.Price
			}
			if err := tx.CreateOrder(ctx, o); err != nil {
				return err
			}
			eta := tomorrow.Add(time.Duration(so.slotHour) * time.Hour)
			sh := &kefu.Shipment{TenantID: tenantID, OrderID: o.ID, Carrier: "FreshFarm Vans", TrackingNumber: "FFV-" + so.number[3:],
				Status: "label_created", ColdChain: so.cold, ETA: &eta,
				Events: []kefu.TrackingEvent{{At: now.Add(-2 * time.Hour), Status: "label_created", Location: "Jurong cold store, SG",
					Description: "Packed, waiting for tomorrow's evening round"}}}
			if err := tx.CreateShipment(ctx, sh); err != nil {
				return err
			}
		}
		return nil
	})
	return kefu.E(op, err)
}
