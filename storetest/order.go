package storetest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
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

func testUpsertOrders(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	o := MustUpsertOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10023", CustomerID: "cu_1", Status: "paid",
		Currency: "EUR", Total: 3299, ShipTo: "DE", PlacedAt: day, Lines: []kefu.OrderLine{
			{SKU: "TEA-1", Name: "Oolong", Quantity: 1, UnitPrice: 1299},
			{SKU: "CUP-2", Name: "Cup", Quantity: 1, UnitPrice: 2000},
		}})
	if !strings.HasPrefix(o.ID, "or_") || !o.PlacedAt.Equal(day) {
		t.Errorf("UpsertOrder (new) set ID %q, PlacedAt %v", o.ID, o.PlacedAt)
	}
	got, err := s.FindOrderByNumber(ctx, "shop", "10023")
	mustNil(t, "FindOrderByNumber", err)
	checkEqual(t, "new order", got, o)
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Carrier: "DHL", TrackingNumber: "JD1",
		CreatedAt: day, Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}})
	created := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10024", Currency: "EUR",
		Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})

	// The steps run in order; each upserts o and expects the stored order
	// to be want, with want's ID.
	for _, tc := range []struct {
		name string
		o    *kefu.Order
		want *kefu.Order
	}{
		{"replace fields and lines",
			&kefu.Order{ID: "or_ignored", TenantID: "shop", Number: "10023", CustomerID: "cu_2", Status: "shipped",
				Currency: "USD", Total: 900, ShipTo: "FR", PlacedAt: day.Add(time.Hour), Lines: []kefu.OrderLine{
					{SKU: "BAG-9", Name: "Bag", Quantity: 3, UnitPrice: 300},
				}},
			&kefu.Order{ID: o.ID, TenantID: "shop", Number: "10023", CustomerID: "cu_2", Status: "shipped",
				Currency: "USD", Total: 900, ShipTo: "FR", PlacedAt: day.Add(time.Hour), Lines: []kefu.OrderLine{
					{SKU: "BAG-9", Name: "Bag", Quantity: 3, UnitPrice: 300},
				}}},
		{"more lines",
			&kefu.Order{TenantID: "shop", Number: "10023", Status: "shipped", PlacedAt: day, Lines: []kefu.OrderLine{
				{SKU: "A", Quantity: 1}, {SKU: "B", Quantity: 2}, {SKU: "A", Name: "again", Quantity: 3},
			}},
			&kefu.Order{ID: o.ID, TenantID: "shop", Number: "10023", Status: "shipped", PlacedAt: day, Lines: []kefu.OrderLine{
				{SKU: "A", Quantity: 1}, {SKU: "B", Quantity: 2}, {SKU: "A", Name: "again", Quantity: 3},
			}}},
		{"no lines",
			&kefu.Order{TenantID: "shop", Number: "10023", Status: "cancelled", PlacedAt: day},
			&kefu.Order{ID: o.ID, TenantID: "shop", Number: "10023", Status: "cancelled", PlacedAt: day}},
		{"replace a created order",
			&kefu.Order{TenantID: "shop", Number: "10024", Status: "paid", PlacedAt: day, Lines: []kefu.OrderLine{{SKU: "C", Quantity: 2}}},
			&kefu.Order{ID: created.ID, TenantID: "shop", Number: "10024", Status: "paid", PlacedAt: day,
				Lines: []kefu.OrderLine{{SKU: "C", Quantity: 2}}}},
		{"same number in another tenant is another order",
			&kefu.Order{ID: "or_theirs", TenantID: "other", Number: "10023", PlacedAt: day},
			&kefu.Order{ID: "or_theirs", TenantID: "other", Number: "10023", PlacedAt: day}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			MustUpsertOrder(t, s, tc.o)
			checkEqual(t, "upserted order", tc.o, tc.want)
			got, err := s.FindOrderByNumber(ctx, tc.want.TenantID, tc.want.Number)
			mustNil(t, "FindOrderByNumber", err)
			checkEqual(t, "stored order", got, tc.want)
		})
	}
	ss, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	checkEqual(t, "shipments of the replaced order", ss, []*kefu.Shipment{sh})

	t.Run("zero PlacedAt is now", func(t *testing.T) {
		up := MustUpsertOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10025"})
		if up.PlacedAt.IsZero() {
			t.Error("UpsertOrder kept a zero PlacedAt")
		}
	})

	t.Run("Errors", func(t *testing.T) {
		before, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "shop", ByNumber: true})
		mustNil(t, "FindOrders", err)
		line := kefu.OrderLine{SKU: "A", Quantity: 1}
		for _, tc := range []struct {
			name        string
			o           *kefu.Order
			code, field string
		}{
			{"no number", &kefu.Order{TenantID: "shop", Lines: []kefu.OrderLine{line}}, kefu.EINVALID, "number"},
			{"no tenant", &kefu.Order{Number: "10023"}, kefu.EINVALID, "tenant_id"},
			{"line quantity 0", &kefu.Order{TenantID: "shop", Number: "10023",
				Lines: []kefu.OrderLine{line, {SKU: "B"}}}, kefu.EINVALID, "lines[1].quantity"},
			{"line without SKU", &kefu.Order{TenantID: "shop", Number: "10023",
				Lines: []kefu.OrderLine{{Quantity: 1}}}, kefu.EINVALID, "lines[0].sku"},
			{"negative unit price", &kefu.Order{TenantID: "shop", Number: "10023",
				Lines: []kefu.OrderLine{line, line, {SKU: "C", Quantity: 1, UnitPrice: -1}}}, kefu.EINVALID, "lines[2].unit_price"},
			{"lower-case currency", &kefu.Order{TenantID: "shop", Number: "10023", Currency: "eur"}, kefu.EINVALID, "currency"},
			{"unknown tenant", &kefu.Order{TenantID: "ghost", Number: "10023", Lines: []kefu.OrderLine{line}}, kefu.ENOTFOUND, ""},
			{"ID of another order", &kefu.Order{ID: created.ID, TenantID: "shop", Number: "10099",
				Lines: []kefu.OrderLine{line}}, kefu.ECONFLICT, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantField(t, "UpsertOrder", s.UpsertOrder(ctx, tc.o), tc.code, tc.field)
			})
		}
		after, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "shop", ByNumber: true})
		mustNil(t, "FindOrders", err)
		checkEqual(t, "orders after failed upserts", after, before)
	})
}

func testFindOrdersByNumber(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	base := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	byNumber := map[string]*kefu.Order{}
	// Placed in the reverse order of their numbers, so that newest first
	// and by number differ.
	for i, n := range []string{"n-05", "n-02", "n-07", "n-01", "n-04", "n-06", "n-03"} {
		customer := "cu_a"
		if i%2 == 1 {
			customer = "cu_b"
		}
		o := &kefu.Order{TenantID: "shop", Number: n, CustomerID: customer, Currency: "EUR", PlacedAt: base.AddDate(0, 0, -i)}
		for j := range i % 3 {
			o.Lines = append(o.Lines, kefu.OrderLine{SKU: fmt.Sprintf("SKU-%d", j), Quantity: j + 1})
		}
		byNumber[n] = MustUpsertOrder(t, s, o)
	}
	MustUpsertOrder(t, s, &kefu.Order{TenantID: "other", Number: "n-035", CustomerID: "cu_a"})

	numbers := func(f kefu.OrderFilter) ([]string, error) {
		os, err := s.FindOrders(ctx, f)
		var out []string
		for _, o := range os {
			checkEqual(t, "listed order", o, byNumber[o.Number])
			out = append(out, o.Number)
		}
		return out, err
	}
	for _, tc := range []struct {
		name string
		f    kefu.OrderFilter
		want [][]string
	}{
		{"all", kefu.OrderFilter{TenantID: "shop", ByNumber: true, Limit: 3},
			[][]string{{"n-01", "n-02", "n-03"}, {"n-04", "n-05", "n-06"}, {"n-07"}}},
		{"customer", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_a", ByNumber: true, Limit: 3},
			[][]string{{"n-03", "n-04", "n-05"}, {"n-07"}}},
		{"page size 1", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_b", ByNumber: true, Limit: 1},
			[][]string{{"n-01"}, {"n-02"}, {"n-06"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := walkPages(t, func(after string) ([]string, error) {
				f := tc.f
				f.After = after
				return numbers(f)
			})
			checkEqual(t, "pages", pages, tc.want)
		})
	}
	got, err := numbers(kefu.OrderFilter{TenantID: "shop", ByNumber: true, After: "n-035", Limit: 2})
	mustNil(t, "FindOrders", err)
	checkEqual(t, "after a number the tenant does not have", got, []string{"n-04", "n-05"})
	got, err = numbers(kefu.OrderFilter{TenantID: "shop", ByNumber: true})
	mustNil(t, "FindOrders", err)
	if len(got) != 7 {
		t.Errorf("FindOrders by number without a limit returned %d orders, want 7", len(got))
	}
}

func testDeleteOrder(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})
	for _, tn := range []string{"T1", "T2"} {
		MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: tn,
			Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}, {At: day.Add(time.Hour), Status: "in_transit"}}})
	}
	kept := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "2", Lines: []kefu.OrderLine{{SKU: "B", Quantity: 1}}})
	keptSh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: kept.ID, TrackingNumber: "T3",
		CreatedAt: day, Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}})
	theirs := MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "3"})

	// The steps run in order.
	for _, tc := range []struct {
		name           string
		tenant, number string
		code           string
	}{
		{"with shipments", "shop", "1", ""},
		{"again", "shop", "1", kefu.ENOTFOUND},
		{"missing", "shop", "99", kefu.ENOTFOUND},
		{"another tenant's", "other", "2", kefu.ENOTFOUND},
		{"by another tenant", "shop", "3", kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "DeleteOrder", s.DeleteOrder(ctx, tc.tenant, tc.number), tc.code)
		})
	}
	_, err := s.FindOrderByID(ctx, "shop", o.ID)
	wantCode(t, "FindOrderByID(deleted)", err, kefu.ENOTFOUND)
	ss, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	if len(ss) != 0 {
		t.Errorf("the deleted order still has %d shipments", len(ss))
	}
	for _, tn := range []string{"T1", "T2"} {
		_, err := s.FindShipmentByTrackingNumber(ctx, "shop", tn)
		wantCode(t, "FindShipmentByTrackingNumber(deleted)", err, kefu.ENOTFOUND)
	}
	for _, want := range []*kefu.Order{kept, theirs} {
		got, err := s.FindOrderByID(ctx, want.TenantID, want.ID)
		mustNil(t, "FindOrderByID", err)
		checkEqual(t, "order kept", got, want)
	}
	got, err := s.FindShipmentByTrackingNumber(ctx, "shop", "T3")
	mustNil(t, "FindShipmentByTrackingNumber", err)
	checkEqual(t, "shipment of another order", got, keptSh)

	// The number and the tracking numbers are free again, with nothing left over.
	again := MustUpsertOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1"})
	sh := MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: again.ID, TrackingNumber: "T1"})
	got, err = s.FindShipmentByTrackingNumber(ctx, "shop", "T1")
	mustNil(t, "FindShipmentByTrackingNumber", err)
	checkEqual(t, "new shipment with a deleted one's number", got, sh)
}

func testUpsertShipments(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1"})
	o2 := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "2"})
	theirs := MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "1"})
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	eta := day.AddDate(0, 0, 4)
	sh := MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Carrier: "DHL", TrackingNumber: "JD1",
		ColdChain: true, ETA: &eta, CreatedAt: day, Events: []kefu.TrackingEvent{
			{At: day, Status: "label_created", Location: "Shenzhen"},
			{At: day.Add(5 * time.Hour), Status: "in_transit", Location: "Hong Kong", Description: "Departed"},
		}})
	if !strings.HasPrefix(sh.ID, "sh_") || sh.Status != "in_transit" || !sh.CreatedAt.Equal(day) {
		t.Errorf("UpsertShipment (new) set ID %q, status %q, CreatedAt %v", sh.ID, sh.Status, sh.CreatedAt)
	}
	got, err := s.FindShipmentByTrackingNumber(ctx, "shop", "JD1")
	mustNil(t, "FindShipmentByTrackingNumber", err)
	checkEqual(t, "new shipment", got, sh)
	created := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "SF1",
		Status: "label_created", CreatedAt: day.Add(time.Hour)})

	// The steps run in order; each upserts sh and expects the stored
	// shipment to be want.
	for _, tc := range []struct {
		name string
		sh   *kefu.Shipment
		want *kefu.Shipment
	}{
		{"replace fields and events",
			&kefu.Shipment{ID: "sh_ignored", TenantID: "shop", OrderID: o.ID, Carrier: "UPS", TrackingNumber: "JD1",
				CreatedAt: day.AddDate(0, 1, 0), Events: []kefu.TrackingEvent{
					{At: day.Add(30 * time.Hour), Status: "out_for_delivery", Location: "Berlin"},
					{At: day.Add(26 * time.Hour), Status: "customs", Location: "Leipzig"},
				}},
			&kefu.Shipment{ID: sh.ID, TenantID: "shop", OrderID: o.ID, Carrier: "UPS", TrackingNumber: "JD1",
				Status: "out_for_delivery", CreatedAt: day, Events: []kefu.TrackingEvent{
					{At: day.Add(26 * time.Hour), Status: "customs", Location: "Leipzig"},
					{At: day.Add(30 * time.Hour), Status: "out_for_delivery", Location: "Berlin"},
				}}},
		{"move to another order without events",
			&kefu.Shipment{TenantID: "shop", OrderID: o2.ID, Carrier: "UPS", TrackingNumber: "JD1", Status: "exception", ETA: &eta},
			&kefu.Shipment{ID: sh.ID, TenantID: "shop", OrderID: o2.ID, Carrier: "UPS", TrackingNumber: "JD1",
				Status: "exception", ETA: &eta, CreatedAt: day}},
		{"replace a created shipment",
			&kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "SF1",
				Events: []kefu.TrackingEvent{{At: day, Status: "in_transit"}}},
			&kefu.Shipment{ID: created.ID, TenantID: "shop", OrderID: o.ID, TrackingNumber: "SF1", Status: "in_transit",
				CreatedAt: created.CreatedAt, Events: []kefu.TrackingEvent{{At: day, Status: "in_transit"}}}},
		{"same number in another tenant is another shipment",
			&kefu.Shipment{ID: "sh_theirs", TenantID: "other", OrderID: theirs.ID, TrackingNumber: "JD1", CreatedAt: day},
			&kefu.Shipment{ID: "sh_theirs", TenantID: "other", OrderID: theirs.ID, TrackingNumber: "JD1", CreatedAt: day}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			MustUpsertShipment(t, s, tc.sh)
			got, err := s.FindShipmentByTrackingNumber(ctx, tc.want.TenantID, tc.want.TrackingNumber)
			mustNil(t, "FindShipmentByTrackingNumber", err)
			checkEqual(t, "stored shipment", got, tc.want)
			if tc.sh.ID != tc.want.ID || !tc.sh.CreatedAt.Equal(tc.want.CreatedAt) || tc.sh.Status != tc.want.Status {
				t.Errorf("UpsertShipment set ID %q, CreatedAt %v, status %q; want %q, %v, %q", tc.sh.ID, tc.sh.CreatedAt,
					tc.sh.Status, tc.want.ID, tc.want.CreatedAt, tc.want.Status)
			}
		})
	}

	t.Run("shared tracking number", func(t *testing.T) {
		for range 2 {
			MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "DUP", Status: "in_transit"})
		}
		before, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		wantCode(t, "UpsertShipment", s.UpsertShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "DUP",
			Events: []kefu.TrackingEvent{{At: day, Status: "delivered"}}}), kefu.ECONFLICT)
		_, err = s.FindShipmentByTrackingNumber(ctx, "shop", "DUP")
		wantCode(t, "FindShipmentByTrackingNumber", err, kefu.ECONFLICT)
		wantCode(t, "DeleteShipment", s.DeleteShipment(ctx, "shop", "DUP"), kefu.ECONFLICT)
		after, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		checkEqual(t, "shipments after conflicts", after, before)
	})

	t.Run("Errors", func(t *testing.T) {
		before, err := s.FindShipments(ctx, kefu.ShipmentFilter{TenantID: "shop"})
		mustNil(t, "FindShipments", err)
		ev := kefu.TrackingEvent{At: day, Status: "label_created"}
		for _, tc := range []struct {
			name        string
			sh          *kefu.Shipment
			code, field string
		}{
			{"no tracking number", &kefu.Shipment{TenantID: "shop", OrderID: o.ID}, kefu.EINVALID, "tracking_number"},
			{"no order", &kefu.Shipment{TenantID: "shop", TrackingNumber: "JD1"}, kefu.EINVALID, "order_id"},
			{"no tenant", &kefu.Shipment{OrderID: o.ID, TrackingNumber: "JD1"}, kefu.EINVALID, "tenant_id"},
			{"event without status", &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "JD1",
				Events: []kefu.TrackingEvent{ev, {At: day, Location: "Berlin"}}}, kefu.EINVALID, "events[1].status"},
			{"unknown order", &kefu.Shipment{TenantID: "shop", OrderID: "or_nope", TrackingNumber: "JD1",
				Events: []kefu.TrackingEvent{ev}}, kefu.ENOTFOUND, ""},
			{"unknown order, new number", &kefu.Shipment{TenantID: "shop", OrderID: "or_nope", TrackingNumber: "NEW"}, kefu.ENOTFOUND, ""},
			{"another tenant's order", &kefu.Shipment{TenantID: "shop", OrderID: theirs.ID, TrackingNumber: "JD1"}, kefu.ENOTFOUND, ""},
			{"ID of another shipment", &kefu.Shipment{ID: created.ID, TenantID: "shop", OrderID: o.ID, TrackingNumber: "NEW",
				Events: []kefu.TrackingEvent{ev}}, kefu.ECONFLICT, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantField(t, "UpsertShipment", s.UpsertShipment(ctx, tc.sh), tc.code, tc.field)
			})
		}
		after, err := s.FindShipments(ctx, kefu.ShipmentFilter{TenantID: "shop"})
		mustNil(t, "FindShipments", err)
		checkEqual(t, "shipments after failed upserts", after, before)
		for _, tc := range []struct{ tenant, number string }{{"shop", "NEW"}, {"shop", "nope"}, {"other", "SF1"}} {
			_, err := s.FindShipmentByTrackingNumber(ctx, tc.tenant, tc.number)
			wantCode(t, "FindShipmentByTrackingNumber("+tc.tenant+", "+tc.number+")", err, kefu.ENOTFOUND)
		}
	})

	t.Run("no tracking number is not a number", func(t *testing.T) {
		MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Status: "label_created"})
		_, err := s.FindShipmentByTrackingNumber(ctx, "shop", "")
		wantCode(t, "FindShipmentByTrackingNumber(empty)", err, kefu.ENOTFOUND)
		wantCode(t, "DeleteShipment(empty)", s.DeleteShipment(ctx, "shop", ""), kefu.ENOTFOUND)
		all, err := s.FindShipments(ctx, kefu.ShipmentFilter{TenantID: "shop"})
		mustNil(t, "FindShipments", err)
		for _, sh := range all {
			if sh.TrackingNumber == "" {
				t.Errorf("FindShipments listed a shipment without a tracking number: %s", show(sh))
			}
		}
	})
}

func testFindShipments(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	a := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "A"})
	b := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "B"})
	theirs := MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "A"})
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	byNumber := map[string]*kefu.Shipment{}
	for i, tn := range []string{"T-05", "T-02", "T-07", "T-01", "T-04", "T-06", "T-03"} {
		order := a
		if i%2 == 1 {
			order = b
		}
		sh := &kefu.Shipment{TenantID: "shop", OrderID: order.ID, TrackingNumber: tn, CreatedAt: day.Add(time.Duration(i) * time.Hour)}
		// Events given newest first come back oldest first.
		for j := range i % 3 {
			sh.Events = append(sh.Events, kefu.TrackingEvent{At: day.Add(time.Duration(10-j) * time.Hour), Status: fmt.Sprintf("s%d", j)})
		}
		MustUpsertShipment(t, s, sh)
		slices.Reverse(sh.Events)
		byNumber[tn] = sh
	}
	MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: a.ID, Status: "label_created"}) // no number: not listed
	MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "other", OrderID: theirs.ID, TrackingNumber: "T-035"})

	numbers := func(f kefu.ShipmentFilter) ([]string, error) {
		ss, err := s.FindShipments(ctx, f)
		var out []string
		for _, sh := range ss {
			checkEqual(t, "listed shipment", sh, byNumber[sh.TrackingNumber])
			out = append(out, sh.TrackingNumber)
		}
		return out, err
	}
	for _, tc := range []struct {
		name string
		f    kefu.ShipmentFilter
		want [][]string
	}{
		{"all", kefu.ShipmentFilter{TenantID: "shop", Limit: 3},
			[][]string{{"T-01", "T-02", "T-03"}, {"T-04", "T-05", "T-06"}, {"T-07"}}},
		{"order", kefu.ShipmentFilter{TenantID: "shop", OrderID: a.ID, Limit: 3},
			[][]string{{"T-03", "T-04", "T-05"}, {"T-07"}}},
		{"page size 1", kefu.ShipmentFilter{TenantID: "shop", OrderID: b.ID, Limit: 1},
			[][]string{{"T-01"}, {"T-02"}, {"T-06"}}},
		{"another tenant's order", kefu.ShipmentFilter{TenantID: "shop", OrderID: theirs.ID}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := walkPages(t, func(after string) ([]string, error) {
				f := tc.f
				f.After = after
				return numbers(f)
			})
			checkEqual(t, "pages", pages, tc.want)
		})
	}
	got, err := numbers(kefu.ShipmentFilter{TenantID: "shop", After: "T-035", Limit: 2})
	mustNil(t, "FindShipments", err)
	checkEqual(t, "after a number the tenant does not have", got, []string{"T-04", "T-05"})
	_, err = s.FindShipments(ctx, kefu.ShipmentFilter{})
	wantField(t, "FindShipments without tenant", err, kefu.EINVALID, "tenant_id")
}

func testDeleteShipment(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})
	theirs := MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "1"})
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	gone := MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "T1",
		Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}, {At: day.Add(time.Hour), Status: "in_transit"}}})
	kept := MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "T2", CreatedAt: day,
		Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}})
	theirSh := MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "other", OrderID: theirs.ID, TrackingNumber: "T3", CreatedAt: day})

	// The steps run in order.
	for _, tc := range []struct {
		name           string
		tenant, number string
		code           string
	}{
		{"delete", "shop", "T1", ""},
		{"again", "shop", "T1", kefu.ENOTFOUND},
		{"missing", "shop", "T9", kefu.ENOTFOUND},
		{"another tenant's", "shop", "T3", kefu.ENOTFOUND},
		{"by another tenant", "other", "T2", kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "DeleteShipment", s.DeleteShipment(ctx, tc.tenant, tc.number), tc.code)
		})
	}
	ss, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	checkEqual(t, "shipments of the order", ss, []*kefu.Shipment{kept})
	got, err := s.FindShipmentByTrackingNumber(ctx, "other", "T3")
	mustNil(t, "FindShipmentByTrackingNumber", err)
	checkEqual(t, "another tenant's shipment", got, theirSh)
	if _, err := s.FindOrderByNumber(ctx, "shop", "1"); err != nil {
		t.Errorf("the order of a deleted shipment: %v", err)
	}
	// The events went with the shipment: a new one with its ID has none.
	again := MustCreateShipment(t, s, &kefu.Shipment{ID: gone.ID, TenantID: "shop", OrderID: o.ID, TrackingNumber: "T1"})
	got, err = s.FindShipmentByTrackingNumber(ctx, "shop", "T1")
	mustNil(t, "FindShipmentByTrackingNumber", err)
	checkEqual(t, "shipment recreated with the deleted one's ID", got, again)
}

// testConcurrentUpserts upserts one new order and one new shipment from
// many goroutines: each ends up stored once, with the lines and events of
// one of the upserts, not a mix.
func testConcurrentUpserts(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "base"})
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := range n {
		wg.Add(2)
		go func() {
			defer wg.Done()
			up := &kefu.Order{TenantID: "shop", Number: "1", Status: fmt.Sprint(i)}
			for j := range i + 1 {
				up.Lines = append(up.Lines, kefu.OrderLine{SKU: fmt.Sprint(i), Quantity: j + 1})
			}
			errs <- s.UpsertOrder(ctx, up)
		}()
		go func() {
			defer wg.Done()
			sh := &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "T1", Carrier: fmt.Sprint(i)}
			for j := range i + 1 {
				sh.Events = append(sh.Events, kefu.TrackingEvent{At: day.Add(time.Duration(j) * time.Hour), Status: fmt.Sprint(i)})
			}
			errs <- s.UpsertShipment(ctx, sh)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		mustNil(t, "upsert", err)
	}
	got, err := s.FindOrderByNumber(ctx, "shop", "1")
	mustNil(t, "FindOrderByNumber", err)
	// Upsert i has status, SKUs, carrier and event statuses "i", and i+1
	// lines and events.
	if i, _ := strconv.Atoi(got.Status); len(got.Lines) != i+1 {
		t.Errorf("order of upsert %s has %d lines: %s", got.Status, len(got.Lines), show(got.Lines))
	}
	for _, l := range got.Lines {
		if l.SKU != got.Status {
			t.Errorf("order of upsert %s has a line of upsert %s", got.Status, l.SKU)
		}
	}
	sh, err := s.FindShipmentByTrackingNumber(ctx, "shop", "T1")
	mustNil(t, "FindShipmentByTrackingNumber", err) // ECONFLICT if two upserts both created it
	if i, _ := strconv.Atoi(sh.Carrier); len(sh.Events) != i+1 {
		t.Errorf("shipment of upsert %s has %d events: %s", sh.Carrier, len(sh.Events), show(sh.Events))
	}
	for _, e := range sh.Events {
		if e.Status != sh.Carrier {
			t.Errorf("shipment of upsert %s has an event of upsert %s", sh.Carrier, e.Status)
		}
	}
}
