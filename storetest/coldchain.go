package storetest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// coldChainTests cover devices, their assignments and readings, batches,
// custody events and the lots of order lines.
var coldChainTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Devices", testDevices},
	{"Assignments", testAssignments},
	{"Readings", testReadings},
	{"ReadingBuckets", testReadingBuckets},
	{"ManyReadings", testManyReadings},
	{"ReadingValidation", testReadingValidation},
	{"ReadingsInTx", testReadingsInTx},
	{"Batches", testBatches},
	{"CustodyEvents", testCustodyEvents},
	{"OrderLineLots", testOrderLineLots},
	{"ColdChainIsolation", testColdChainIsolation},
}

// ccAt is when the cold-chain tests' readings are taken: before the
// stores' clock (Clock), since readings from the future are refused.
var ccAt = time.Date(2024, 11, 20, 8, 0, 0, 0, time.UTC)

// MustUpsertDevice upserts d, or fails tb.
func MustUpsertDevice(tb testing.TB, s kefu.Store, d *kefu.Device) *kefu.Device {
	tb.Helper()
	if err := s.UpsertDevice(context.Background(), d); err != nil {
		tb.Fatalf("UpsertDevice(%+v): %v", d, err)
	}
	return d
}

// MustAddReadings adds rs to the tenant, or fails tb; it returns how many
// were new.
func MustAddReadings(tb testing.TB, s kefu.Store, tenantID string, rs []kefu.Reading) int {
	tb.Helper()
	n, err := s.AddReadings(context.Background(), tenantID, rs)
	if err != nil {
		tb.Fatalf("AddReadings(%d readings): %v", len(rs), err)
	}
	return n
}

// reading returns a reading of the device at ccAt plus d with a
// temperature and humidity.
func reading(device string, d time.Duration, temp, hum float64) kefu.Reading {
	r := kefu.NewReading(device, ccAt.Add(d))
	r.TempC, r.Humidity = temp, hum
	return r
}

// sameFloat is == with NaN equal to NaN.
func sameFloat(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

// checkReadings reports an error unless got and want hold the same
// readings in the same order, NaN equal to NaN and times in UTC.
func checkReadings(t testing.TB, what string, got, want []kefu.Reading) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d readings, want %d", what, len(got), len(want))
	}
	bad := 0
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.DeviceID != w.DeviceID || !g.At.Equal(w.At) || g.At.Location() != time.UTC || !sameFloat(g.TempC, w.TempC) ||
			!sameFloat(g.Humidity, w.Humidity) || !sameFloat(g.Lat, w.Lat) || !sameFloat(g.Lon, w.Lon) || g.Door != w.Door || g.Alarm != w.Alarm {
			if bad++; bad <= 5 {
				t.Errorf("%s: reading %d\n got %s %+v\nwant %s %+v", what, i, g.At.Format(time.RFC3339Nano), g, w.At.Format(time.RFC3339Nano), w)
			}
		}
	}
}

// newShipment creates an order and a shipment of it in the tenant.
func newShipment(t testing.TB, s kefu.Store, tenant, number string) *kefu.Shipment {
	t.Helper()
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: tenant, Number: number, Lines: []kefu.OrderLine{{SKU: "SALMON", Quantity: 1, Lot: "L1"}}})
	return MustCreateShipment(t, s, &kefu.Shipment{TenantID: tenant, OrderID: o.ID, Carrier: "SF", TrackingNumber: "T" + number, ColdChain: true})
}

func testDevices(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	d := MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "logger-1", Kind: kefu.DeviceLogger, Name: "Box logger"})
	if d.CreatedAt.IsZero() {
		t.Errorf("UpsertDevice left CreatedAt zero")
	}
	got, err := s.FindDeviceByID(ctx, "shop", "logger-1")
	mustNil(t, "FindDeviceByID", err)
	checkEqual(t, "FindDeviceByID", got, d)

	// A replace changes kind and name, and keeps the creation time.
	repl := MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "logger-1", Kind: kefu.DeviceSensor})
	if !sameTime(repl.CreatedAt, d.CreatedAt) {
		t.Errorf("replaced device CreatedAt %v, want the first %v", repl.CreatedAt, d.CreatedAt)
	}
	got, err = s.FindDeviceByID(ctx, "shop", "logger-1")
	mustNil(t, "FindDeviceByID", err)
	checkEqual(t, "replaced device", got, &kefu.Device{TenantID: "shop", ID: "logger-1", Kind: kefu.DeviceSensor, CreatedAt: d.CreatedAt})

	for _, id := range []string{"reefer-9", "a-sensor", "truck-2"} {
		MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: id, Kind: kefu.DeviceReefer})
	}
	pages := walkPages(t, func(after string) ([]string, error) {
		ds, err := s.FindDevices(ctx, kefu.DeviceFilter{TenantID: "shop", After: after, Limit: 3})
		var ids []string
		for _, d := range ds {
			ids = append(ids, d.ID)
		}
		return ids, err
	})
	if got := fmt.Sprint(pages); got != "[[a-sensor logger-1 reefer-9] [truck-2]]" {
		t.Errorf("FindDevices pages %s", got)
	}

	_, err = s.FindDeviceByID(ctx, "shop", "nope")
	wantCode(t, "FindDeviceByID(missing)", err, kefu.ENOTFOUND)
	wantCode(t, "UpsertDevice(unknown tenant)", s.UpsertDevice(ctx, &kefu.Device{TenantID: "ghost", ID: "x", Kind: kefu.DeviceLogger}),
		kefu.ENOTFOUND)
	wantField(t, "UpsertDevice(bad kind)", s.UpsertDevice(ctx, &kefu.Device{TenantID: "shop", ID: "x", Kind: "toaster"}),
		kefu.EINVALID, "kind")
	wantField(t, "UpsertDevice(no id)", s.UpsertDevice(ctx, &kefu.Device{TenantID: "shop", Kind: kefu.DeviceLogger}), kefu.EINVALID, "id")
	_, err = s.FindDevices(ctx, kefu.DeviceFilter{})
	wantField(t, "FindDevices without tenant", err, kefu.EINVALID, "tenant_id")
}

func testAssignments(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	sh := newShipment(t, s, "shop", "FF-1")
	osh := newShipment(t, s, "other", "FF-1")
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "box-1", Kind: kefu.DeviceLogger})
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "truck-1", Kind: kefu.DeviceSensor})
	h := time.Hour

	box := &kefu.DeviceAssignment{TenantID: "shop", DeviceID: "box-1", CarrierKind: kefu.CarrierBox, CarrierID: "BOX-7",
		ShipmentID: sh.ID, From: ccAt}
	mustNil(t, "AssignDevice", s.AssignDevice(ctx, box))
	if box.ID == "" {
		t.Fatalf("AssignDevice left the ID empty")
	}
	room := &kefu.DeviceAssignment{ID: "room-a", TenantID: "shop", DeviceID: "truck-1", CarrierKind: kefu.CarrierRoom,
		CarrierID: "cold room 3", From: ccAt.Add(-10 * h), To: ccAt.Add(-2 * h)}
	truck := &kefu.DeviceAssignment{ID: "truck-a", TenantID: "shop", DeviceID: "truck-1", CarrierKind: kefu.CarrierVehicle,
		CarrierID: "沪A·12345", ShipmentID: sh.ID, From: ccAt.Add(h)}
	for _, a := range []*kefu.DeviceAssignment{room, truck} {
		mustNil(t, "AssignDevice "+a.ID, s.AssignDevice(ctx, a))
	}
	if room.ID != "room-a" {
		t.Errorf("AssignDevice changed the given ID to %q", room.ID)
	}

	ids := func(as []*kefu.DeviceAssignment) string {
		var ss []string
		for _, a := range as {
			ss = append(ss, a.ID)
		}
		return strings.Join(ss, ",")
	}
	for _, tc := range []struct {
		name string
		f    kefu.AssignmentFilter
		want string
	}{
		{"all", kefu.AssignmentFilter{TenantID: "shop"}, "room-a," + box.ID + ",truck-a"},
		{"device", kefu.AssignmentFilter{TenantID: "shop", DeviceID: "truck-1"}, "room-a,truck-a"},
		{"shipment", kefu.AssignmentFilter{TenantID: "shop", ShipmentID: sh.ID}, box.ID + ",truck-a"},
		{"device and shipment", kefu.AssignmentFilter{TenantID: "shop", DeviceID: "truck-1", ShipmentID: sh.ID}, "truck-a"},
		{"at the start", kefu.AssignmentFilter{TenantID: "shop", At: ccAt}, box.ID},
		{"before the start", kefu.AssignmentFilter{TenantID: "shop", At: ccAt.Add(-time.Nanosecond * 1000)}, ""},
		{"inside a window", kefu.AssignmentFilter{TenantID: "shop", At: ccAt.Add(-5 * h)}, "room-a"},
		{"at the end (excluded)", kefu.AssignmentFilter{TenantID: "shop", At: ccAt.Add(-2 * h)}, ""},
		{"open-ended", kefu.AssignmentFilter{TenantID: "shop", At: ccAt.Add(1000 * h)}, box.ID + ",truck-a"},
		{"in another zone", kefu.AssignmentFilter{TenantID: "shop", DeviceID: "truck-1",
			At: ccAt.Add(-5 * h).In(time.FixedZone("CST", 8*3600))}, "room-a"},
		{"unknown device", kefu.AssignmentFilter{TenantID: "shop", DeviceID: "nope"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.FindAssignments(ctx, tc.f)
			mustNil(t, "FindAssignments", err)
			if got := ids(as); got != tc.want {
				t.Errorf("IDs = %q, want %q", got, tc.want)
			}
			for _, a := range as {
				if !tc.f.At.IsZero() && !a.Covers(tc.f.At) {
					t.Errorf("%s is returned but does not cover %v", a.ID, tc.f.At)
				}
			}
		})
	}
	as, err := s.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: "shop", DeviceID: "truck-1"})
	mustNil(t, "FindAssignments", err)
	checkEqual(t, "stored assignments", as, []*kefu.DeviceAssignment{room, truck})

	t.Run("EndAssignment", func(t *testing.T) {
		end := ccAt.Add(5 * h)
		mustNil(t, "EndAssignment", s.EndAssignment(ctx, "shop", box.ID, end))
		as, err := s.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: "shop", DeviceID: "box-1"})
		mustNil(t, "FindAssignments", err)
		want := *box
		want.To = end
		checkEqual(t, "ended assignment", as, []*kefu.DeviceAssignment{&want})
		wantCode(t, "EndAssignment twice", s.EndAssignment(ctx, "shop", box.ID, end.Add(h)), kefu.ECONFLICT)
		wantCode(t, "EndAssignment of an ended one", s.EndAssignment(ctx, "shop", "room-a", end), kefu.ECONFLICT)
		wantCode(t, "EndAssignment(unknown)", s.EndAssignment(ctx, "shop", "nope", end), kefu.ENOTFOUND)
		wantCode(t, "EndAssignment(other tenant)", s.EndAssignment(ctx, "other", "truck-a", end), kefu.ENOTFOUND)
		wantField(t, "EndAssignment(before from)", s.EndAssignment(ctx, "shop", "truck-a", ccAt), kefu.EINVALID, "to")
		wantField(t, "EndAssignment(zero)", s.EndAssignment(ctx, "shop", "truck-a", time.Time{}), kefu.EINVALID, "to")
		as, err = s.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: "shop", At: ccAt.Add(1000 * h)})
		mustNil(t, "FindAssignments", err)
		if got := ids(as); got != "truck-a" {
			t.Errorf("open assignments after the end: %q, want truck-a", got)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		a := func(mod func(a *kefu.DeviceAssignment)) *kefu.DeviceAssignment {
			a := &kefu.DeviceAssignment{TenantID: "shop", DeviceID: "box-1", CarrierKind: kefu.CarrierBox, CarrierID: "B", From: ccAt}
			mod(a)
			return a
		}
		wantCode(t, "unknown device", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.DeviceID = "nope" })), kefu.ENOTFOUND)
		wantCode(t, "unknown shipment", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.ShipmentID = "nope" })), kefu.ENOTFOUND)
		wantCode(t, "another tenant's shipment", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.ShipmentID = osh.ID })),
			kefu.ENOTFOUND)
		wantCode(t, "another tenant's device", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.TenantID = "other" })),
			kefu.ENOTFOUND)
		wantCode(t, "ID in use", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.ID = "truck-a" })), kefu.ECONFLICT)
		wantField(t, "no carrier", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.CarrierID = "" })), kefu.EINVALID, "carrier_id")
		wantField(t, "bad carrier kind", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.CarrierKind = "cart" })),
			kefu.EINVALID, "carrier_kind")
		wantField(t, "to before from", s.AssignDevice(ctx, a(func(a *kefu.DeviceAssignment) { a.To = ccAt.Add(-h) })),
			kefu.EINVALID, "to")
		_, err := s.FindAssignments(ctx, kefu.AssignmentFilter{})
		wantField(t, "FindAssignments without tenant", err, kefu.EINVALID, "tenant_id")
		as, err := s.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: "other"})
		mustNil(t, "FindAssignments(other)", err)
		if len(as) != 0 {
			t.Errorf("the other tenant sees %d assignments", len(as))
		}
	})
}

func testReadings(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "d1", Kind: kefu.DeviceLogger})
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "d2", Kind: kefu.DeviceSensor})
	m := time.Minute

	full := reading("d1", 0, -18.25, 61.5)
	full.Lat, full.Lon = 31.230416, 121.473701
	full.Door, full.Alarm = kefu.DoorOpen, "power_fail"
	onlyDoor := kefu.NewReading("d1", ccAt.Add(m))
	onlyDoor.Door = kefu.DoorClosed
	onlyAlarm := kefu.NewReading("d1", ccAt.Add(2*m))
	onlyAlarm.Alarm = "sensor_fault"
	noHum := reading("d1", 3*m, 4, math.NaN())
	noTemp := reading("d1", 4*m, math.NaN(), 100)
	ms := reading("d1", 5*m+123*time.Millisecond, 0, 0)
	zone := reading("d1", 6*m, 3.5, 80)
	zone.At = zone.At.In(time.FixedZone("CST", 8*3600))
	in := []kefu.Reading{full, onlyDoor, onlyAlarm, noHum, noTemp, ms, zone}
	if n := MustAddReadings(t, s, "shop", in); n != len(in) {
		t.Errorf("AddReadings added %d, want %d", n, len(in))
	}
	want := append([]kefu.Reading(nil), in...)
	want[6].At = want[6].At.UTC()
	all, err := s.FindReadings(ctx, "shop", "d1", ccAt, ccAt.Add(time.Hour))
	mustNil(t, "FindReadings", err)
	checkReadings(t, "stored readings", all, want)

	t.Run("duplicates", func(t *testing.T) {
		// In one call and across calls, the first reading of a device at a
		// time stays, whatever the later ones say.
		again := reading("d1", 0, 89, 1) // full's time
		first := reading("d1", 10*m, 1, 10)
		second := reading("d1", 10*m, 2, 20)
		n := MustAddReadings(t, s, "shop", []kefu.Reading{again, first, second, first})
		if n != 1 {
			t.Errorf("AddReadings with duplicates added %d, want 1", n)
		}
		if n := MustAddReadings(t, s, "shop", []kefu.Reading{second, again}); n != 0 {
			t.Errorf("AddReadings of stored readings added %d, want 0", n)
		}
		// The same time in another device is another reading.
		if n := MustAddReadings(t, s, "shop", []kefu.Reading{reading("d2", 10*m, 5, 50)}); n != 1 {
			t.Errorf("AddReadings of d2 added %d, want 1", n)
		}
		got, err := s.FindReadings(ctx, "shop", "d1", ccAt, ccAt.Add(time.Hour))
		mustNil(t, "FindReadings", err)
		checkReadings(t, "readings after duplicates", got, append(append([]kefu.Reading(nil), want...), first))
		// Times are kept to the millisecond: a reading within the same
		// millisecond is a duplicate.
		dup := ms
		dup.At = dup.At.Add(400 * time.Microsecond)
		if n := MustAddReadings(t, s, "shop", []kefu.Reading{dup}); n != 0 {
			t.Errorf("AddReadings within a stored millisecond added %d, want 0", n)
		}
	})

	t.Run("out of order", func(t *testing.T) {
		MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "d3", Kind: kefu.DeviceLogger})
		var want []kefu.Reading
		for i := range 30 {
			want = append(want, reading("d3", time.Duration(i)*m, float64(i)/4, 50))
		}
		// Evens backwards, then odds in a shuffled order, across calls.
		var evens, odds []kefu.Reading
		for i := len(want) - 1; i >= 0; i-- {
			if i%2 == 0 {
				evens = append(evens, want[i])
			}
		}
		for _, i := range []int{7, 1, 29, 3, 13, 5, 27, 9, 11, 25, 15, 17, 23, 19, 21} {
			odds = append(odds, want[i])
		}
		MustAddReadings(t, s, "shop", evens)
		if n := MustAddReadings(t, s, "shop", odds); n != len(odds) {
			t.Errorf("AddReadings of the odd ones added %d, want %d", n, len(odds))
		}
		got, err := s.FindReadings(ctx, "shop", "d3", ccAt, ccAt.Add(time.Hour))
		mustNil(t, "FindReadings", err)
		checkReadings(t, "readings arrived out of order", got, want)
	})

	t.Run("windows", func(t *testing.T) {
		for _, tc := range []struct {
			name     string
			from, to time.Time
			want     []kefu.Reading
		}{
			{"from is included, to excluded", ccAt.Add(m), ccAt.Add(3 * m), want[1:3]},
			{"sub-millisecond bounds", ms.At.Add(-time.Microsecond), ms.At.Add(time.Microsecond), want[5:6]},
			{"just after a reading", ms.At.Add(time.Nanosecond), ccAt.Add(6 * m), nil},
			{"before any", ccAt.Add(-48 * time.Hour), ccAt, nil},
			{"empty", ccAt.Add(m), ccAt.Add(m), nil},
			{"backwards", ccAt.Add(3 * m), ccAt, nil},
			{"in another zone", ccAt.In(time.FixedZone("X", -5*3600)), ccAt.Add(2 * m), want[:2]},
			{"wide", time.Time{}, ccAt.Add(5 * 365 * 24 * time.Hour), nil}, // checked below
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.FindReadings(ctx, "shop", "d1", tc.from, tc.to)
				mustNil(t, "FindReadings", err)
				if tc.name == "wide" {
					if len(got) != len(want)+1 {
						t.Errorf("a wide window has %d readings, want %d", len(got), len(want)+1)
					}
					return
				}
				checkReadings(t, tc.name, got, tc.want)
			})
		}
		got, err := s.FindReadings(ctx, "shop", "nope", ccAt, ccAt.Add(time.Hour))
		mustNil(t, "FindReadings(unknown device)", err)
		if len(got) != 0 {
			t.Errorf("an unknown device has %d readings", len(got))
		}
	})

	t.Run("unknown device", func(t *testing.T) {
		// All or nothing: the known device's reading is not stored either.
		ok := reading("d2", 20*m, 1, 1)
		_, err := s.AddReadings(ctx, "shop", []kefu.Reading{ok, reading("ghost-7", 20*m, 1, 1)})
		wantCode(t, "AddReadings(unknown device)", err, kefu.ENOTFOUND)
		if !strings.Contains(kefu.ErrorMessage(err), "ghost-7") {
			t.Errorf("error %q does not name the device", kefu.ErrorMessage(err))
		}
		got, err := s.FindReadings(ctx, "shop", "d2", ccAt.Add(20*m), ccAt.Add(21*m))
		mustNil(t, "FindReadings", err)
		checkReadings(t, "readings of a failed call", got, nil)
		n, err := s.AddReadings(ctx, "shop", nil)
		if n != 0 || err != nil {
			t.Errorf("AddReadings(none) = %d, %v", n, err)
		}
	})
}

func testReadingBuckets(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "d1", Kind: kefu.DeviceLogger})
	midnight := time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC)
	at := func(d time.Duration, temp float64) kefu.Reading {
		r := kefu.NewReading("d1", midnight.Add(d))
		r.TempC = temp
		return r
	}
	ms := time.Millisecond
	// Around midnight (an hour and a day boundary) and an hour later,
	// with the last and first millisecond of each hour.
	want := []kefu.Reading{
		at(-2*time.Hour, 1), at(-time.Hour-ms, 2), at(-time.Hour, 3), at(-30*time.Minute, 4), at(-ms, 5),
		at(0, 6), at(ms, 7), at(59*time.Minute, 8), at(time.Hour-ms, 9), at(time.Hour, 10), at(25*time.Hour, 11),
	}
	// One call straddling all boundaries, out of order, then a second
	// with the same and one new.
	in := []kefu.Reading{want[9], want[0], want[5], want[4], want[10], want[2], want[8], want[1], want[6], want[3]}
	if n := MustAddReadings(t, s, "shop", in); n != len(in) {
		t.Errorf("added %d, want %d", n, len(in))
	}
	if n := MustAddReadings(t, s, "shop", []kefu.Reading{want[5], want[7], want[4]}); n != 1 {
		t.Errorf("added %d of 1 new, want 1", n)
	}
	got, err := s.FindReadings(ctx, "shop", "d1", midnight.Add(-24*time.Hour), midnight.Add(48*time.Hour))
	mustNil(t, "FindReadings", err)
	checkReadings(t, "readings around midnight", got, want)
	for _, tc := range []struct {
		name     string
		from, to time.Time
		want     []kefu.Reading
	}{
		{"the hour before midnight", midnight.Add(-time.Hour), midnight, want[2:5]},
		{"the hour after", midnight, midnight.Add(time.Hour), want[5:9]},
		{"across midnight", midnight.Add(-ms), midnight.Add(2 * ms), want[4:7]},
		{"the next day", midnight.Add(24 * time.Hour), midnight.Add(48 * time.Hour), want[10:]},
		{"a gap", midnight.Add(2 * time.Hour), midnight.Add(25 * time.Hour), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindReadings(ctx, "shop", "d1", tc.from, tc.to)
			mustNil(t, "FindReadings", err)
			checkReadings(t, tc.name, got, tc.want)
		})
	}
}

func testManyReadings(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	devices := []string{"d1", "d2", "d3"}
	for _, id := range devices {
		MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: id, Kind: kefu.DeviceLogger})
	}
	// Three devices, a reading every 2 s for 6 hours each, in calls of
	// 500 that mix devices, and a second pass of duplicates and fill-ins
	// at odd seconds.
	const n = 6 * 1800
	want := make(map[string][]kefu.Reading)
	var in []kefu.Reading
	for i := range n {
		for j, id := range devices {
			r := reading(id, time.Duration(2*i)*time.Second, float64((i+j)%700-300)/100, float64(i%5000)/100)
			if i%60 == 0 {
				r.Lat, r.Lon = float64(30_000_000+i)/1e6, float64(120_000_000-j)/1e6
			}
			if i%1000 == 0 {
				r.Door = kefu.DoorOpen
			}
			want[id] = append(want[id], r)
			in = append(in, r)
		}
	}
	added := 0
	for i := 0; i < len(in); i += 500 {
		added += MustAddReadings(t, s, "shop", in[i:min(i+500, len(in))])
	}
	if added != len(in) {
		t.Errorf("added %d, want %d", added, len(in))
	}
	// Every 97th stored reading again, with the odd seconds between.
	var more []kefu.Reading
	for i := 0; i < n; i += 97 {
		r := reading("d2", time.Duration(2*i+1)*time.Second, 7, 7)
		more = append(more, want["d2"][i], r)
	}
	if got := MustAddReadings(t, s, "shop", more); got != len(more)/2 {
		t.Errorf("second pass added %d, want %d", got, len(more)/2)
	}
	for i := len(more) - 1; i >= 0; i -= 2 {
		k := (i - 1) / 2 * 97
		want["d2"] = append(want["d2"][:k+1], append([]kefu.Reading{more[i]}, want["d2"][k+1:]...)...)
	}
	for _, id := range devices {
		got, err := s.FindReadings(ctx, "shop", id, ccAt, ccAt.Add(24*time.Hour))
		mustNil(t, "FindReadings", err)
		checkReadings(t, "readings of "+id, got, want[id])
	}
	// A single call of 20,000 readings of one device.
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "big", Kind: kefu.DeviceReefer})
	big := make([]kefu.Reading, 20000)
	for i := range big {
		big[i] = reading("big", time.Duration(i)*time.Second, float64(i%300-2000)/100, math.NaN())
	}
	if got := MustAddReadings(t, s, "shop", big); got != len(big) {
		t.Errorf("a big call added %d, want %d", got, len(big))
	}
	got, err := s.FindReadings(ctx, "shop", "big", ccAt, ccAt.Add(24*time.Hour))
	mustNil(t, "FindReadings", err)
	checkReadings(t, "a big call's readings", got, big)
}

func testReadingValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "d1", Kind: kefu.DeviceLogger})
	good := reading("d1", 0, 1, 1)
	for _, tc := range []struct {
		name, field string
		mod         func(r *kefu.Reading)
	}{
		{"no device", "readings[1].device", func(r *kefu.Reading) { r.DeviceID = "" }},
		{"no time", "readings[1].at", func(r *kefu.Reading) { r.At = time.Time{} }},
		{"from the future", "readings[1].at", func(r *kefu.Reading) { r.At = time.Now().Add(time.Hour) }},
		{"implausible temperature", "readings[1].temp_c", func(r *kefu.Reading) { r.TempC = 300 }},
		{"infinite temperature", "readings[1].temp_c", func(r *kefu.Reading) { r.TempC = math.Inf(1) }},
		{"humidity", "readings[1].humidity", func(r *kefu.Reading) { r.Humidity = 101 }},
		{"lat without lon", "readings[1].lat", func(r *kefu.Reading) { r.Lat = 1 }},
		{"door", "readings[1].door", func(r *kefu.Reading) { r.Door = "ajar" }},
		{"nothing measured", "readings[1].temp_c", func(r *kefu.Reading) { r.TempC, r.Humidity = math.NaN(), math.NaN() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := reading("d1", time.Minute, 2, 2)
			tc.mod(&bad)
			n, err := s.AddReadings(ctx, "shop", []kefu.Reading{good, bad})
			wantField(t, "AddReadings", err, kefu.EINVALID, tc.field)
			if n != 0 {
				t.Errorf("AddReadings failed but says it added %d", n)
			}
		})
	}
	_, err := s.AddReadings(ctx, "", []kefu.Reading{good})
	wantField(t, "AddReadings without tenant", err, kefu.EINVALID, "tenant_id")
	got, err := s.FindReadings(ctx, "shop", "d1", ccAt.Add(-time.Hour), ccAt.Add(time.Hour))
	mustNil(t, "FindReadings", err)
	checkReadings(t, "readings after failed calls", got, nil)
}

func testReadingsInTx(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "shop", ID: "d1", Kind: kefu.DeviceLogger})
	first := []kefu.Reading{reading("d1", 0, 1, 1), reading("d1", time.Minute, 2, 2)}
	MustAddReadings(t, s, "shop", first[:1])
	err := s.InTx(ctx, func(tx kefu.Store) error {
		n, err := tx.AddReadings(ctx, "shop", append(first[1:], reading("d1", 2*time.Hour, 3, 3)))
		if err != nil || n != 2 {
			t.Errorf("AddReadings in a transaction = %d, %v; want 2", n, err)
		}
		got, err := tx.FindReadings(ctx, "shop", "d1", ccAt, ccAt.Add(3*time.Hour))
		if err != nil || len(got) != 3 {
			t.Errorf("FindReadings in the transaction: %d readings, %v; want 3", len(got), err)
		}
		if err := tx.UpsertDevice(ctx, &kefu.Device{TenantID: "shop", ID: "d2", Kind: kefu.DeviceSensor}); err != nil {
			return err
		}
		return errBoom
	})
	if err != errBoom && !strings.Contains(fmt.Sprint(err), "boom") {
		t.Errorf("InTx = %v, want boom", err)
	}
	got, err := s.FindReadings(ctx, "shop", "d1", ccAt, ccAt.Add(3*time.Hour))
	mustNil(t, "FindReadings", err)
	checkReadings(t, "readings after a rollback", got, first[:1])
	_, err = s.FindDeviceByID(ctx, "shop", "d2")
	wantCode(t, "device of a rolled back transaction", err, kefu.ENOTFOUND)

	// A failing AddReadings inside a transaction leaves the transaction's
	// other writes, which commit.
	err = s.InTx(ctx, func(tx kefu.Store) error {
		if n, err := tx.AddReadings(ctx, "shop", first); err != nil || n != 1 {
			t.Errorf("AddReadings in a transaction = %d, %v; want 1", n, err)
		}
		if _, err := tx.AddReadings(ctx, "shop", []kefu.Reading{reading("d1", 3*time.Minute, 1, 1), reading("nope", 0, 1, 1)}); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("AddReadings(unknown device) in a transaction: %v, want ENOTFOUND", err)
		}
		return nil
	})
	mustNil(t, "InTx", err)
	got, err = s.FindReadings(ctx, "shop", "d1", ccAt, ccAt.Add(3*time.Hour))
	mustNil(t, "FindReadings", err)
	checkReadings(t, "readings after a partly failed transaction", got, first)
}

func testBatches(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	day := 24 * time.Hour
	b := &kefu.Batch{TenantID: "shop", SKU: "SALMON", Lot: "L-2024-11", Origin: "Lofoten, Norway", Country: "NO",
		ProducedAt: ccAt.Add(-3 * day), BestBefore: ccAt.Add(7 * day), Storage: &kefu.TempRange{MinC: 0, MaxC: 4}}
	mustNil(t, "UpsertBatch", s.UpsertBatch(ctx, b))
	if b.UpdatedAt.IsZero() {
		t.Errorf("UpsertBatch left UpdatedAt zero")
	}
	got, err := s.FindBatch(ctx, "shop", "SALMON", "L-2024-11")
	mustNil(t, "FindBatch", err)
	checkEqual(t, "FindBatch", got, b)

	// A replace replaces every field; no storage range is not a 0..0 one.
	repl := &kefu.Batch{TenantID: "shop", SKU: "SALMON", Lot: "L-2024-11", Origin: "Bergen"}
	mustNil(t, "UpsertBatch", s.UpsertBatch(ctx, repl))
	got, err = s.FindBatch(ctx, "shop", "SALMON", "L-2024-11")
	mustNil(t, "FindBatch", err)
	checkEqual(t, "replaced batch", got, repl)
	frozen := &kefu.Batch{TenantID: "shop", SKU: "ICE", Lot: "A", Storage: &kefu.TempRange{MinC: -25.5, MaxC: -18}}
	mustNil(t, "UpsertBatch", s.UpsertBatch(ctx, frozen))
	got, err = s.FindBatch(ctx, "shop", "ICE", "A")
	mustNil(t, "FindBatch", err)
	checkEqual(t, "frozen batch", got, frozen)

	for _, k := range []string{"SALMON/L-2024-12", "SALMON/L-2024-10", "ICE/B", "BEEF/1", "SALMON-X/1"} {
		sku, lot, _ := strings.Cut(k, "/")
		mustNil(t, "UpsertBatch", s.UpsertBatch(ctx, &kefu.Batch{TenantID: "shop", SKU: sku, Lot: lot}))
	}
	keys := func(bs []*kefu.Batch) []string {
		var ks []string
		for _, b := range bs {
			ks = append(ks, b.SKU+"\x00"+b.Lot)
		}
		return ks
	}
	pages := walkPages(t, func(after string) ([]string, error) {
		bs, err := s.FindBatches(ctx, kefu.BatchFilter{TenantID: "shop", After: after, Limit: 3})
		return keys(bs), err
	})
	if got := strings.ReplaceAll(fmt.Sprint(pages), "\x00", "/"); got !=
		"[[BEEF/1 ICE/A ICE/B] [SALMON/L-2024-10 SALMON/L-2024-11 SALMON/L-2024-12] [SALMON-X/1]]" {
		t.Errorf("FindBatches pages %s", got)
	}
	pages = walkPages(t, func(after string) ([]string, error) {
		bs, err := s.FindBatches(ctx, kefu.BatchFilter{TenantID: "shop", SKU: "SALMON", After: after, Limit: 2})
		var lots []string
		for _, b := range bs {
			lots = append(lots, b.Lot)
		}
		return lots, err
	})
	if got := fmt.Sprint(pages); got != "[[L-2024-10 L-2024-11] [L-2024-12]]" {
		t.Errorf("FindBatches of one SKU: pages %s", got)
	}
	bs, err := s.FindBatches(ctx, kefu.BatchFilter{TenantID: "shop", After: "ICE"})
	mustNil(t, "FindBatches", err)
	if got := strings.ReplaceAll(fmt.Sprint(keys(bs)), "\x00", "/"); !strings.HasPrefix(got, "[ICE/A ICE/B SALMON/") {
		t.Errorf("FindBatches after a bare SKU: %s", got)
	}

	_, err = s.FindBatch(ctx, "shop", "SALMON", "nope")
	wantCode(t, "FindBatch(missing)", err, kefu.ENOTFOUND)
	_, err = s.FindBatch(ctx, "other", "SALMON", "L-2024-11")
	wantCode(t, "FindBatch(other tenant)", err, kefu.ENOTFOUND)
	wantCode(t, "UpsertBatch(unknown tenant)", s.UpsertBatch(ctx, &kefu.Batch{TenantID: "ghost", SKU: "A", Lot: "1"}), kefu.ENOTFOUND)
	for _, tc := range []struct {
		field string
		b     kefu.Batch
	}{
		{"sku", kefu.Batch{TenantID: "shop", Lot: "1"}},
		{"lot", kefu.Batch{TenantID: "shop", SKU: "A"}},
		{"country", kefu.Batch{TenantID: "shop", SKU: "A", Lot: "1", Country: "Norway"}},
		{"best_before", kefu.Batch{TenantID: "shop", SKU: "A", Lot: "1", ProducedAt: ccAt, BestBefore: ccAt.Add(-day)}},
		{"storage", kefu.Batch{TenantID: "shop", SKU: "A", Lot: "1", Storage: &kefu.TempRange{MinC: 5, MaxC: 0}}},
	} {
		wantField(t, "UpsertBatch(bad "+tc.field+")", s.UpsertBatch(ctx, &tc.b), kefu.EINVALID, tc.field)
	}
	_, err = s.FindBatches(ctx, kefu.BatchFilter{})
	wantField(t, "FindBatches without tenant", err, kefu.EINVALID, "tenant_id")
}

// sameEvents reports an error unless got and want are the same events,
// NaN temperatures equal.
func sameEvents(t testing.TB, what string, got, want []*kefu.CustodyEvent) {
	t.Helper()
	clean := func(es []*kefu.CustodyEvent) []*kefu.CustodyEvent {
		var out []*kefu.CustodyEvent
		for _, e := range es {
			c := *e
			if math.IsNaN(c.TempC) {
				c.TempC = -999 // NaN is never equal to itself
			}
			out = append(out, &c)
		}
		return out
	}
	checkEqual(t, what, clean(got), clean(want))
}

func testCustodyEvents(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	sh := newShipment(t, s, "shop", "FF-20915")
	osh := newShipment(t, s, "other", "FF-1")
	m := time.Minute
	ev := func(id string, step kefu.CustodyStep, d time.Duration) kefu.CustodyEvent {
		return kefu.CustodyEvent{ID: id, TenantID: "shop", ShipmentID: sh.ID, Step: step, At: ccAt.Add(d), TempC: math.NaN(), ChecksPassed: true}
	}
	sorted := ev("e2", kefu.StepSorted, 30*m)
	sorted.Operator, sorted.Station, sorted.Location = "王芳", "S-4", "Shanghai DC"
	sorted.SKU, sorted.Lot, sorted.TempC, sorted.AmbientMinutes = "SALMON", "L-2024-11", 6.5, 12
	sorted.ChecksPassed, sorted.Notes = false, "label check failed"
	received := ev("e1", kefu.StepReceived, 0)
	received.TenantID = ""                    // the call's tenant
	loaded := ev("e3", kefu.StepLoaded, 30*m) // the same time as sorted: stored order decides
	in := []kefu.CustodyEvent{sorted, received, loaded, ev("e2", kefu.StepDelivered, 0)}
	n, err := s.AddCustodyEvents(ctx, "shop", in)
	mustNil(t, "AddCustodyEvents", err)
	if n != 3 {
		t.Errorf("AddCustodyEvents added %d, want 3 (e2 twice)", n)
	}
	received.TenantID = "shop"
	want := []*kefu.CustodyEvent{&received, &sorted, &loaded}
	got, err := s.FindCustodyEvents(ctx, "shop", sh.ID)
	mustNil(t, "FindCustodyEvents", err)
	sameEvents(t, "stored events", got, want)

	// Again, with one new: the stored ones stay as they were.
	changed := sorted
	changed.Notes = "changed"
	delivered := ev("e4", kefu.StepDelivered, 3*time.Hour)
	n, err = s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{changed, delivered})
	mustNil(t, "AddCustodyEvents", err)
	if n != 1 {
		t.Errorf("AddCustodyEvents added %d, want 1", n)
	}
	got, err = s.FindCustodyEvents(ctx, "shop", sh.ID)
	mustNil(t, "FindCustodyEvents", err)
	sameEvents(t, "events after a second call", got, append(want, &delivered))

	// Events not about a shipment.
	stored := ev("e0", kefu.StepStored, -time.Hour)
	stored.ShipmentID = ""
	n, err = s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{stored})
	if err != nil || n != 1 {
		t.Errorf("AddCustodyEvents without a shipment = %d, %v", n, err)
	}

	t.Run("Errors", func(t *testing.T) {
		// All or nothing: e5 is not stored when e6's shipment is unknown.
		for _, ship := range []string{"nope", osh.ID} {
			e6 := ev("e6", kefu.StepArrived, time.Hour)
			e6.ShipmentID = ship
			_, err := s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{ev("e5", kefu.StepDeparted, time.Hour), e6})
			wantCode(t, "AddCustodyEvents(shipment "+ship+")", err, kefu.ENOTFOUND)
		}
		bad := ev("e7", "teleported", 0)
		_, err := s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{ev("e5", kefu.StepDeparted, time.Hour), bad})
		wantField(t, "AddCustodyEvents(bad step)", err, kefu.EINVALID, "events[1].step")
		noID := ev("", kefu.StepArrived, 0)
		_, err = s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{noID})
		wantField(t, "AddCustodyEvents(no id)", err, kefu.EINVALID, "events[0].id")
		hot := ev("e8", kefu.StepArrived, 0)
		hot.TempC = 120
		_, err = s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{hot})
		wantField(t, "AddCustodyEvents(bad temperature)", err, kefu.EINVALID, "events[0].temp_c")
		foreign := ev("e9", kefu.StepArrived, 0)
		foreign.TenantID = "other"
		_, err = s.AddCustodyEvents(ctx, "shop", []kefu.CustodyEvent{foreign})
		wantField(t, "AddCustodyEvents(another tenant's event)", err, kefu.EINVALID, "events[0].tenant_id")
		_, err = s.AddCustodyEvents(ctx, "", []kefu.CustodyEvent{ev("e10", kefu.StepArrived, 0)})
		wantField(t, "AddCustodyEvents without tenant", err, kefu.EINVALID, "tenant_id")
		got, err := s.FindCustodyEvents(ctx, "shop", sh.ID)
		mustNil(t, "FindCustodyEvents", err)
		sameEvents(t, "events after failed calls", got, append(want, &delivered))
		got, err = s.FindCustodyEvents(ctx, "other", sh.ID)
		mustNil(t, "FindCustodyEvents(other tenant)", err)
		if len(got) != 0 {
			t.Errorf("another tenant sees %d events of the shipment", len(got))
		}
		// The same event ID in another tenant is another event.
		oe := ev("e1", kefu.StepReceived, 0)
		oe.TenantID, oe.ShipmentID = "other", osh.ID
		if n, err := s.AddCustodyEvents(ctx, "other", []kefu.CustodyEvent{oe}); err != nil || n != 1 {
			t.Errorf("AddCustodyEvents(other tenant, same ID) = %d, %v; want 1", n, err)
		}
	})
}

// testOrderLineLots checks that order lines keep their lot and their
// picking record (weighed, short, substituted) through every read.
func testOrderLineLots(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	two := 2
	lines := []kefu.OrderLine{
		{SKU: "SALMON", Name: "Salmon", Quantity: 1, UnitPrice: 8900, Lot: "L-2024-11",
			Picking: &kefu.LinePicking{OrderedGrams: 500, Grams: 430}},
		{SKU: "BAG", Name: "Bag", Quantity: 3, UnitPrice: 10, Picking: &kefu.LinePicking{Quantity: &two, SKU: "BAG-2"}},
		{SKU: "NOTE", Name: "Note", Quantity: 1, UnitPrice: 0},
	}
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "FF-1", CustomerID: "c1", Lines: lines})
	check := func(what string, want []kefu.OrderLine) {
		t.Helper()
		byID, err := s.FindOrderByID(ctx, "shop", o.ID)
		mustNil(t, "FindOrderByID", err)
		checkEqual(t, what+": FindOrderByID", byID.Lines, want)
		byNumber, err := s.FindOrderByNumber(ctx, "shop", "FF-1")
		mustNil(t, "FindOrderByNumber", err)
		checkEqual(t, what+": FindOrderByNumber", byNumber.Lines, want)
		for _, f := range []kefu.OrderFilter{{TenantID: "shop"}, {TenantID: "shop", CustomerID: "c1"}, {TenantID: "shop", ByNumber: true},
			{TenantID: "shop", ByNumber: true, CustomerID: "c1"}} {
			os, err := s.FindOrders(ctx, f)
			mustNil(t, "FindOrders", err)
			if len(os) != 1 {
				t.Fatalf("%s: FindOrders(%+v) = %d orders", what, f, len(os))
			}
			checkEqual(t, fmt.Sprintf("%s: FindOrders(%+v)", what, f), os[0].Lines, want)
		}
	}
	check("created", lines)
	repl := []kefu.OrderLine{{SKU: "SALMON", Name: "Salmon", Quantity: 2, UnitPrice: 8900, Lot: "L-2024-12"}}
	MustUpsertOrder(t, s, &kefu.Order{TenantID: "shop", Number: "FF-1", CustomerID: "c1", Lines: repl})
	check("upserted", repl)
}

func testColdChainIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	// Both tenants have a device "d1".
	for _, tenant := range []string{"a", "b"} {
		MustUpsertDevice(t, s, &kefu.Device{TenantID: tenant, ID: "d1", Kind: kefu.DeviceLogger, Name: "of " + tenant})
	}
	MustUpsertDevice(t, s, &kefu.Device{TenantID: "a", ID: "only-a", Kind: kefu.DeviceLogger})
	ra := []kefu.Reading{reading("d1", 0, 1, 10), reading("d1", time.Minute, 2, 20)}
	rb := []kefu.Reading{reading("d1", 0, -5, 50)}
	MustAddReadings(t, s, "a", ra)
	if n := MustAddReadings(t, s, "b", rb); n != 1 {
		t.Errorf("b's reading at a's time added %d, want 1", n)
	}
	for _, tc := range []struct {
		tenant string
		want   []kefu.Reading
	}{{"a", ra}, {"b", rb}} {
		got, err := s.FindReadings(ctx, tc.tenant, "d1", ccAt, ccAt.Add(time.Hour))
		mustNil(t, "FindReadings", err)
		checkReadings(t, "readings of "+tc.tenant, got, tc.want)
	}
	_, err := s.AddReadings(ctx, "b", []kefu.Reading{reading("only-a", 0, 1, 1)})
	wantCode(t, "AddReadings(another tenant's device)", err, kefu.ENOTFOUND)
	got, err := s.FindReadings(ctx, "b", "only-a", ccAt, ccAt.Add(time.Hour))
	mustNil(t, "FindReadings(another tenant's device)", err)
	checkReadings(t, "another tenant's device", got, nil)
	_, err = s.FindDeviceByID(ctx, "b", "only-a")
	wantCode(t, "FindDeviceByID(another tenant's device)", err, kefu.ENOTFOUND)
	ds, err := s.FindDevices(ctx, kefu.DeviceFilter{TenantID: "b"})
	mustNil(t, "FindDevices", err)
	if len(ds) != 1 || ds[0].Name != "of b" {
		t.Errorf("b's devices: %s", show(ds))
	}
	wantCode(t, "AssignDevice(another tenant's device)", s.AssignDevice(ctx, &kefu.DeviceAssignment{TenantID: "b", DeviceID: "only-a",
		CarrierKind: kefu.CarrierBox, CarrierID: "x", From: ccAt}), kefu.ENOTFOUND)
	mustNil(t, "UpsertBatch", s.UpsertBatch(ctx, &kefu.Batch{TenantID: "a", SKU: "S", Lot: "1", Origin: "a's farm"}))
	bs, err := s.FindBatches(ctx, kefu.BatchFilter{TenantID: "b"})
	mustNil(t, "FindBatches", err)
	if len(bs) != 0 {
		t.Errorf("b sees %d batches of a", len(bs))
	}
}
