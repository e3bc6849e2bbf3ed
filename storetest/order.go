package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func testOrders(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10023", CustomerID: "cu_1", Status: "paid",
		Currency: "EUR", Total: 4598, ShipTo: "DE", Lines: []kefu.OrderLine{
			{SKU: "TEA-1", Name: "Oolong 100g", Quantity: 2, UnitPrice: 1299},
			{SKU: "CUP-2", Name: "Cup", Quantity: 1, UnitPrice: 2000},
			{SKU: "TEA-1", Name: "Oolong 100g (gift)", Quantity: 1, UnitPrice: 0},
		}})
	if !strings.HasPrefix(o.ID, "or_") || o.PlacedAt.IsZero() {
		t.Errorf("CreateOrder set ID %q, PlacedAt %v", o.ID, o.PlacedAt)
	}
	bare := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10024", Status: "pending", Currency: "EUR",
		PlacedAt: time.Date(2025, 4, 5, 6, 7, 8, 0, time.UTC)})
	// Numbers are unique per tenant only.
	theirs := MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "10023", Currency: "USD", Total: 1})

	for _, tc := range []struct {
		name string
		find func() (*kefu.Order, error)
		want *kefu.Order
		code string
	}{
		{"by ID", func() (*kefu.Order, error) { return s.FindOrderByID(ctx, "shop", o.ID) }, o, ""},
		{"by number", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "shop", "10023") }, o, ""},
		{"no lines", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "shop", "10024") }, bare, ""},
		{"other tenant's number", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "other", "10023") }, theirs, ""},
		{"missing number", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "shop", "99999") }, nil, kefu.ENOTFOUND},
		{"missing ID", func() (*kefu.Order, error) { return s.FindOrderByID(ctx, "shop", "or_nope") }, nil, kefu.ENOTFOUND},
		{"ID in other tenant", func() (*kefu.Order, error) { return s.FindOrderByID(ctx, "other", o.ID) }, nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.find()
			wantCode(t, "find", err, tc.code)
			checkEqual(t, "order", got, tc.want)
		})
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			o    *kefu.Order
			code string
		}{
			{"duplicate number", &kefu.Order{TenantID: "shop", Number: "10023", Status: "paid",
				Lines: []kefu.OrderLine{{SKU: "X", Quantity: 9}}}, kefu.ECONFLICT},
			{"duplicate ID", &kefu.Order{ID: o.ID, TenantID: "shop", Number: "555"}, kefu.ECONFLICT},
			{"no tenant", &kefu.Order{Number: "1"}, kefu.EINVALID},
			{"no number", &kefu.Order{TenantID: "shop"}, kefu.EINVALID},
			{"unknown tenant", &kefu.Order{TenantID: "ghost", Number: "1"}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateOrder", s.CreateOrder(ctx, tc.o), tc.code)
			})
		}
		got, err := s.FindOrderByNumber(ctx, "shop", "10023")
		mustNil(t, "FindOrderByNumber", err)
		checkEqual(t, "order after failed creates", got, o)
		_, err = s.FindOrderByNumber(ctx, "shop", "555")
		wantCode(t, "FindOrderByNumber(555)", err, kefu.ENOTFOUND)
	})
}

func testFindOrders(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	base := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	mk := func(number, customer string, day, lines int) *kefu.Order {
		o := &kefu.Order{TenantID: "shop", Number: number, CustomerID: customer, Status: "paid", Currency: "USD",
			PlacedAt: base.AddDate(0, 0, day)}
		for i := range lines {
			o.Lines = append(o.Lines, kefu.OrderLine{SKU: fmt.Sprintf("SKU-%d", i), Name: "item", Quantity: i + 1, UnitPrice: 100})
		}
		return MustCreateOrder(t, s, o)
	}
	o1 := mk("1", "cu_a", 1, 2)
	o2 := mk("2", "cu_b", 2, 0)
	o3 := mk("3", "cu_a", 3, 3)
	o4 := mk("4", "cu_a", 3, 1) // same day as o3, created later: first
	MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "1", CustomerID: "cu_a"})

	for _, tc := range []struct {
		name string
		f    kefu.OrderFilter
		want []*kefu.Order
	}{
		{"all", kefu.OrderFilter{TenantID: "shop"}, []*kefu.Order{o4, o3, o2, o1}},
		{"customer", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_a"}, []*kefu.Order{o4, o3, o1}},
		{"limit", kefu.OrderFilter{TenantID: "shop", Limit: 2}, []*kefu.Order{o4, o3}},
		{"customer limit", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_a", Limit: 1}, []*kefu.Order{o4}},
		{"no match", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_z"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindOrders(ctx, tc.f)
			mustNil(t, "FindOrders", err)
			checkEqual(t, "orders", got, tc.want)
		})
	}
	_, err := s.FindOrders(ctx, kefu.OrderFilter{})
	wantCode(t, "FindOrders without tenant", err, kefu.EINVALID)
}

func testShipments(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10023", Currency: "EUR"})
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	eta := day.AddDate(0, 0, 4)
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Carrier: "DHL", TrackingNumber: "JD0001",
		ColdChain: true, ETA: &eta, CreatedAt: day, Events: []kefu.TrackingEvent{
			{At: day.Add(26 * time.Hour), Status: "customs", Location: "Leipzig"},
			{At: day, Status: "label_created", Location: "Shenzhen", Description: "Label printed"},
			{At: day.Add(5 * time.Hour), Status: "in_transit", Location: "Hong Kong"},
		}})
	if !strings.HasPrefix(sh.ID, "sh_") {
		t.Errorf("CreateShipment set ID %q", sh.ID)
	}
	if sh.Status != "customs" {
		t.Errorf("CreateShipment without status set it to %q, want the latest event's %q", sh.Status, "customs")
	}
	second := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Carrier: "SF", TrackingNumber: "SF1",
		Status: "label_created", CreatedAt: day.Add(time.Hour)})
	if second.CreatedAt.IsZero() {
		t.Error("CreateShipment did not keep CreatedAt")
	}
	byTime := func(s *kefu.Shipment) *kefu.Shipment {
		c := *s
		c.Events = append([]kefu.TrackingEvent(nil), s.Events...)
		sort.SliceStable(c.Events, func(i, j int) bool { return c.Events[i].At.Before(c.Events[j].At) })
		return &c
	}
	want := []*kefu.Shipment{byTime(sh), second}
	got, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	checkEqual(t, "FindShipmentsByOrder", got, want)

	t.Run("AddTrackingEvent", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			e    kefu.TrackingEvent
		}{
			{"out for delivery", kefu.TrackingEvent{At: day.Add(72 * time.Hour), Status: "out_for_delivery", Location: "Berlin"}},
			{"delivered", kefu.TrackingEvent{At: day.Add(80 * time.Hour), Status: "delivered", Location: "Berlin", Description: "Signed: LIN"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				mustNil(t, "AddTrackingEvent", s.AddTrackingEvent(ctx, "shop", sh.ID, tc.e))
				want[0].Events = append(want[0].Events, tc.e)
				want[0].Status = tc.e.Status
				got, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
				mustNil(t, "FindShipmentsByOrder", err)
				checkEqual(t, "shipments", got, want)
				if e := got[0].LatestEvent(); e == nil || e.Status != tc.e.Status {
					t.Errorf("LatestEvent = %+v, want status %q", e, tc.e.Status)
				}
			})
		}
		// A zero time becomes now.
		mustNil(t, "AddTrackingEvent", s.AddTrackingEvent(ctx, "shop", second.ID, kefu.TrackingEvent{Status: "in_transit"}))
		got, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		if n := len(got[1].Events); n != 1 || got[1].Events[0].At.IsZero() || got[1].Status != "in_transit" {
			t.Errorf("after AddTrackingEvent with zero time: %+v", got[1])
		}
	})

	t.Run("Errors", func(t *testing.T) {
		before, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		e := kefu.TrackingEvent{At: day, Status: "exception"}
		wantCode(t, "AddTrackingEvent(missing)", s.AddTrackingEvent(ctx, "shop", "sh_nope", e), kefu.ENOTFOUND)
		wantCode(t, "AddTrackingEvent(other tenant)", s.AddTrackingEvent(ctx, "other", sh.ID, e), kefu.ENOTFOUND)
		for _, tc := range []struct {
			name string
			sh   *kefu.Shipment
			code string
		}{
			{"unknown order", &kefu.Shipment{TenantID: "shop", OrderID: "or_nope", Carrier: "UPS",
				Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}}, kefu.ENOTFOUND},
			{"other tenant's order", &kefu.Shipment{TenantID: "other", OrderID: o.ID, Carrier: "UPS"}, kefu.ENOTFOUND},
			{"no tenant", &kefu.Shipment{OrderID: o.ID}, kefu.EINVALID},
			{"no order", &kefu.Shipment{TenantID: "shop"}, kefu.EINVALID},
			{"duplicate ID", &kefu.Shipment{ID: sh.ID, TenantID: "shop", OrderID: o.ID,
				Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}}, kefu.ECONFLICT},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateShipment", s.CreateShipment(ctx, tc.sh), tc.code)
			})
		}
		after, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		checkEqual(t, "shipments after failed writes", after, before)
		for _, q := range []struct{ tenant, order string }{{"other", o.ID}, {"shop", "or_nope"}} {
			got, err := s.FindShipmentsByOrder(ctx, q.tenant, q.order)
			mustNil(t, "FindShipmentsByOrder", err)
			if len(got) != 0 {
				t.Errorf("FindShipmentsByOrder(%q, %q) = %d shipments, want none", q.tenant, q.order, len(got))
			}
		}
	})
}
