package kefu

import (
	"context"
	"encoding/json"
	"math"
	"time"
)

// Cold chain: the devices that measure a fresh-food shipment on its way,
// what they measured, the batches the food came from and who handled it
// when. The excursion analysis (package coldchain) reads them to answer
// "did my salmon stay cold?" from the data.

// DeviceKind is what a device is.
type DeviceKind string

// Device kinds.
const (
	DeviceLogger DeviceKind = "logger" // a data logger travelling with the goods (box, pallet)
	DeviceSensor DeviceKind = "sensor" // a fixed sensor of a vehicle, container or room
	DeviceReefer DeviceKind = "reefer" // a refrigerated container's controller
)

// Valid reports whether k is a known device kind.
func (k DeviceKind) Valid() bool { return k == DeviceLogger || k == DeviceSensor || k == DeviceReefer }

// Device is a shop's sensor or data logger. ID is the shop's own device
// id: the last segment of its MQTT topic, its EPCIS sensor device id.
type Device struct {
	ID        string     `json:"id"`
	TenantID  string     `json:"tenant_id"`
	Kind      DeviceKind `json:"kind"`
	Name      string     `json:"name,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
}

// CarrierKind is what a device is placed on.
type CarrierKind string

// Carrier kinds.
const (
	CarrierVehicle   CarrierKind = "vehicle"
	CarrierContainer CarrierKind = "container"
	CarrierBox       CarrierKind = "box"
	CarrierRoom      CarrierKind = "room" // a warehouse cold room or sorting hall
)

// Valid reports whether k is a known carrier kind.
func (k CarrierKind) Valid() bool {
	return k == CarrierVehicle || k == CarrierContainer || k == CarrierBox || k == CarrierRoom
}

// DeviceAssignment places a device on a carrier for a time window; while
// it holds, the device's readings describe the carrier and, when set, the
// shipment it carries. A shipment's readings are those of the devices
// assigned to it over the windows of their assignments.
type DeviceAssignment struct {
	ID          string      `json:"id"`
	TenantID    string      `json:"tenant_id"`
	DeviceID    string      `json:"device_id"`
	CarrierKind CarrierKind `json:"carrier_kind"`
	CarrierID   string      `json:"carrier_id"` // a plate, a container number, a box label
	ShipmentID  string      `json:"shipment_id,omitempty"`
	From        time.Time   `json:"from"`
	To          time.Time   `json:"to,omitzero"` // zero: still assigned
}

// Covers reports whether the assignment holds at t.
func (a *DeviceAssignment) Covers(t time.Time) bool {
	return !t.Before(a.From) && (a.To.IsZero() || t.Before(a.To))
}

// Door states a reading may report.
const (
	DoorOpen   = "open"
	DoorClosed = "closed"
)

// Reading is one telemetry sample of a device. Measurements a device did
// not take are NaN (see Has); in JSON they are absent.
type Reading struct {
	DeviceID string    `json:"device"`
	At       time.Time `json:"at"`
	// TempC is the temperature in degrees Celsius.
	TempC float64 `json:"temp_c"`
	// Humidity is the relative humidity in percent.
	Humidity float64 `json:"humidity"`
	// Lat and Lon are the position in decimal degrees (WGS 84).
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	// Door is DoorOpen, DoorClosed or "" when not reported.
	Door string `json:"door,omitempty"`
	// Alarm is a device alarm code ("power_fail", "sensor_fault", ...), if any.
	Alarm string `json:"alarm,omitempty"`
}

// NewReading returns a reading of the device at t with no measurement.
func NewReading(deviceID string, at time.Time) Reading {
	nan := math.NaN()
	return Reading{DeviceID: deviceID, At: at, TempC: nan, Humidity: nan, Lat: nan, Lon: nan}
}

// Has reports whether a measurement is present (not NaN).
func Has(v float64) bool { return !math.IsNaN(v) }

// readingJSON is Reading on the wire, absent measurements left out.
type readingJSON struct {
	DeviceID string    `json:"device"`
	At       time.Time `json:"at"`
	TempC    *float64  `json:"temp_c,omitempty"`
	Humidity *float64  `json:"humidity,omitempty"`
	Lat      *float64  `json:"lat,omitempty"`
	Lon      *float64  `json:"lon,omitempty"`
	Door     string    `json:"door,omitempty"`
	Alarm    string    `json:"alarm,omitempty"`
}

func ptr(v float64) *float64 {
	if math.IsNaN(v) {
		return nil
	}
	return &v
}

func val(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

// MarshalJSON leaves absent measurements out.
func (r Reading) MarshalJSON() ([]byte, error) {
	return json.Marshal(readingJSON{r.DeviceID, r.At, ptr(r.TempC), ptr(r.Humidity), ptr(r.Lat), ptr(r.Lon), r.Door, r.Alarm})
}

// UnmarshalJSON reads absent measurements as NaN.
func (r *Reading) UnmarshalJSON(b []byte) error {
	var w readingJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Reading{w.DeviceID, w.At, val(w.TempC), val(w.Humidity), val(w.Lat), val(w.Lon), w.Door, w.Alarm}
	return nil
}

// Reading limits.
const (
	// MaxReadingFuture is how far after the server's clock a reading may
	// be stamped; later ones are refused (a logger's clock gone wrong).
	MaxReadingFuture = 10 * time.Minute
	// MinTempC and MaxTempC bound a plausible temperature.
	MinTempC, MaxTempC = -90.0, 90.0
)

// Validate checks a reading as ingest receives it, against now (the
// server's clock); EINVALID naming the field.
func (r *Reading) Validate(now time.Time) error {
	switch {
	case r.DeviceID == "":
		return Invalidf("device", "device is required")
	case len(r.DeviceID) > MaxExternalIDLen:
		return Invalidf("device", "device is longer than %d bytes", MaxExternalIDLen)
	case r.At.IsZero():
		return Invalidf("at", "at is required")
	case r.At.After(now.Add(MaxReadingFuture)):
		return Invalidf("at", "at %s is in the future", r.At.UTC().Format(time.RFC3339))
	case r.At.Year() < 2000:
		return Invalidf("at", "at %s is before 2000", r.At.UTC().Format(time.RFC3339))
	case Has(r.TempC) && (r.TempC < MinTempC || r.TempC > MaxTempC || math.IsInf(r.TempC, 0)):
		return Invalidf("temp_c", "temp_c %v is not a plausible temperature", r.TempC)
	case Has(r.Humidity) && (r.Humidity < 0 || r.Humidity > 100):
		return Invalidf("humidity", "humidity %v is not a percentage", r.Humidity)
	case Has(r.Lat) != Has(r.Lon):
		return Invalidf("lat", "lat and lon come together")
	case Has(r.Lat) && (r.Lat < -90 || r.Lat > 90 || r.Lon < -180 || r.Lon > 180):
		return Invalidf("lat", "lat %v, lon %v is not a position", r.Lat, r.Lon)
	case r.Door != "" && r.Door != DoorOpen && r.Door != DoorClosed:
		return Invalidf("door", "door %q is not open or closed", r.Door)
	case len(r.Alarm) > 64:
		return Invalidf("alarm", "alarm is longer than 64 bytes")
	case !Has(r.TempC) && !Has(r.Humidity) && !Has(r.Lat) && r.Door == "" && r.Alarm == "":
		return Invalidf("temp_c", "the reading measures nothing")
	}
	return nil
}

// TempRange is the storage temperature range of a food, in °C.
type TempRange struct {
	MinC float64 `json:"min_c"`
	MaxC float64 `json:"max_c"`
}

// Batch is a production lot of a product: where and when it was made and
// how long and how cold it keeps. Lot is the shop's lot number, unique per
// SKU within the shop.
type Batch struct {
	TenantID   string    `json:"tenant_id"`
	SKU        string    `json:"sku"`
	Lot        string    `json:"lot"`
	Origin     string    `json:"origin,omitempty"` // farm, fishery or plant, e.g. "Lofoten, Norway"
	Country    string    `json:"country,omitempty"`
	ProducedAt time.Time `json:"produced_at,omitzero"`
	BestBefore time.Time `json:"best_before,omitzero"`
	// Storage is the allowed range; nil takes the product's attributes,
	// else a default for its kind of food (package coldchain).
	Storage   *TempRange `json:"storage,omitempty"`
	UpdatedAt time.Time  `json:"updated_at"`
}

// CustodyStep is a step of a shipment's handling.
type CustodyStep string

// Custody steps, in the order a delivery usually takes them.
const (
	StepReceived  CustodyStep = "received"  // goods in at the warehouse
	StepStored    CustodyStep = "stored"    // put in a cold room
	StepSorted    CustodyStep = "sorted"    // picked and sorted for the order
	StepPacked    CustodyStep = "packed"    // packed with coolant
	StepLoaded    CustodyStep = "loaded"    // onto the vehicle
	StepDeparted  CustodyStep = "departed"  // the vehicle left
	StepArrived   CustodyStep = "arrived"   // at a hub or the destination
	StepDelivered CustodyStep = "delivered" // handed to the customer
	StepInspected CustodyStep = "inspected" // a quality check
)

// Valid reports whether s is a known step.
func (s CustodyStep) Valid() bool {
	switch s {
	case StepReceived, StepStored, StepSorted, StepPacked, StepLoaded, StepDeparted, StepArrived, StepDelivered, StepInspected:
		return true
	}
	return false
}

// CustodyEvent is one handling of a shipment's goods: who did what, where
// and when, and what they measured and checked. ID is the shop's (or the
// EPCIS event's) id; storing the same ID twice keeps the first.
type CustodyEvent struct {
	ID         string      `json:"id"`
	TenantID   string      `json:"tenant_id"`
	ShipmentID string      `json:"shipment_id,omitempty"`
	Step       CustodyStep `json:"step"`
	At         time.Time   `json:"at"`
	Location   string      `json:"location,omitempty"` // "Shanghai DC, cold room 3"
	Operator   string      `json:"operator,omitempty"`
	Station    string      `json:"station,omitempty"`
	// SKU and Lot name the batch handled, when the event is about one.
	SKU string `json:"sku,omitempty"`
	Lot string `json:"lot,omitempty"`
	// TempC is a temperature measured at the step (NaN: none).
	TempC float64 `json:"-"`
	// AmbientMinutes is how long the goods were out of the cold at the
	// step (sorting on an open floor, a door held open).
	AmbientMinutes int `json:"ambient_minutes,omitempty"`
	// ChecksPassed is false when a check of the step failed; Notes say which.
	ChecksPassed bool   `json:"checks_passed"`
	Notes        string `json:"notes,omitempty"`
}

// MarshalJSON writes TempC as temp_c, absent when NaN.
func (e CustodyEvent) MarshalJSON() ([]byte, error) {
	type plain CustodyEvent
	return json.Marshal(struct {
		plain
		TempC *float64 `json:"temp_c,omitempty"`
	}{plain(e), ptr(e.TempC)})
}

// UnmarshalJSON reads temp_c, NaN when absent.
func (e *CustodyEvent) UnmarshalJSON(b []byte) error {
	type plain CustodyEvent
	var w struct {
		plain
		TempC *float64 `json:"temp_c,omitempty"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*e = CustodyEvent(w.plain)
	e.TempC = val(w.TempC)
	return nil
}

// DeviceFilter, AssignmentFilter, BatchFilter select cold-chain records of
// one tenant.
type (
	DeviceFilter struct {
		TenantID string
		After    string // devices whose ID sorts after it
		Limit    int    // 0 means 1000
	}
	AssignmentFilter struct {
		TenantID   string
		DeviceID   string    // empty: all devices
		ShipmentID string    // empty: all shipments
		At         time.Time // zero: any time; else assignments that cover it
	}
	BatchFilter struct {
		TenantID string
		SKU      string // empty: all products
		After    string // with SKU: lots after it; without: "sku\x00lot" after it
		Limit    int    // 0 means 1000
	}
)

// TelemetryService keeps devices, their assignments and their readings.
//
// Readings are stored compactly (see docs/coldchain.md for the format and
// its size). AddReadings is idempotent: a reading of a device at a time
// already stored is a duplicate and is dropped, whatever it says, so that
// an at-least-once delivery stores each reading once; readings may come
// in any order.
type TelemetryService interface {
	// UpsertDevice creates the device or replaces its kind and name.
	UpsertDevice(ctx context.Context, d *Device) error
	// FindDeviceByID returns ENOTFOUND if the tenant has no such device.
	FindDeviceByID(ctx context.Context, tenantID, id string) (*Device, error)
	// FindDevices returns devices ordered by ID.
	FindDevices(ctx context.Context, f DeviceFilter) ([]*Device, error)
	// AssignDevice stores a new assignment (its ID is set when empty);
	// ENOTFOUND for an unknown device or shipment.
	AssignDevice(ctx context.Context, a *DeviceAssignment) error
	// EndAssignment sets the end of an open assignment; ECONFLICT if it
	// has ended already.
	EndAssignment(ctx context.Context, tenantID, id string, to time.Time) error
	// FindAssignments returns assignments ordered by From.
	FindAssignments(ctx context.Context, f AssignmentFilter) ([]*DeviceAssignment, error)
	// AddReadings stores readings of the tenant's devices (each checked
	// with Validate against the store's clock by the caller) and returns
	// how many were new; duplicates (same device and time) are dropped.
	// ENOTFOUND if a device does not exist. All or nothing.
	AddReadings(ctx context.Context, tenantID string, rs []Reading) (added int, err error)
	// FindReadings returns the device's readings with from <= At < to,
	// oldest first.
	FindReadings(ctx context.Context, tenantID, deviceID string, from, to time.Time) ([]Reading, error)
}

// BatchService keeps production batches.
type BatchService interface {
	// UpsertBatch creates the batch or replaces the one with the same SKU and lot.
	UpsertBatch(ctx context.Context, b *Batch) error
	// FindBatch returns ENOTFOUND if the tenant has no such batch.
	FindBatch(ctx context.Context, tenantID, sku, lot string) (*Batch, error)
	// FindBatches returns batches ordered by SKU, then lot.
	FindBatches(ctx context.Context, f BatchFilter) ([]*Batch, error)
}

// CustodyService keeps custody events.
type CustodyService interface {
	// AddCustodyEvents stores the events whose ID is new and returns how
	// many were; ENOTFOUND for an unknown shipment. All or nothing.
	AddCustodyEvents(ctx context.Context, tenantID string, es []CustodyEvent) (added int, err error)
	// FindCustodyEvents returns a shipment's events, oldest first.
	FindCustodyEvents(ctx context.Context, tenantID, shipmentID string) ([]*CustodyEvent, error)
}

// Validate checks a device; EINVALID naming the field.
func (d *Device) Validate() error {
	if err := requireTenant(d.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(d.ID); err != nil {
		return err
	}
	if !d.Kind.Valid() {
		return Invalidf("kind", "kind %q is not logger, sensor or reefer", d.Kind)
	}
	return nil
}

// Validate checks an assignment; EINVALID naming the field.
func (a *DeviceAssignment) Validate() error {
	switch {
	case a.TenantID == "":
		return requireTenant(a.TenantID)
	case a.DeviceID == "":
		return Invalidf("device_id", "device_id is required")
	case !a.CarrierKind.Valid():
		return Invalidf("carrier_kind", "carrier_kind %q is not vehicle, container, box or room", a.CarrierKind)
	case a.CarrierID == "":
		return Invalidf("carrier_id", "carrier_id is required")
	case a.From.IsZero():
		return Invalidf("from", "from is required")
	case !a.To.IsZero() && !a.To.After(a.From):
		return Invalidf("to", "to is not after from")
	}
	return nil
}

// Validate checks a batch; EINVALID naming the field.
func (b *Batch) Validate() error {
	switch {
	case b.TenantID == "":
		return requireTenant(b.TenantID)
	case b.SKU == "":
		return Invalidf("sku", "sku is required")
	case b.Lot == "":
		return Invalidf("lot", "lot is required")
	case b.Country != "" && !ValidCountry(b.Country):
		return Invalidf("country", "country %q is not an ISO 3166-1 code like \"NO\"", b.Country)
	case !b.ProducedAt.IsZero() && !b.BestBefore.IsZero() && b.BestBefore.Before(b.ProducedAt):
		return Invalidf("best_before", "best_before is before produced_at")
	case b.Storage != nil && !(b.Storage.MinC <= b.Storage.MaxC):
		return Invalidf("storage", "storage min_c is above max_c")
	}
	return nil
}

// Validate checks a custody event; EINVALID naming the field.
func (e *CustodyEvent) Validate() error {
	if err := requireTenant(e.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(e.ID); err != nil {
		return err
	}
	switch {
	case !e.Step.Valid():
		return Invalidf("step", "step %q is not a custody step", e.Step)
	case e.At.IsZero():
		return Invalidf("at", "at is required")
	case Has(e.TempC) && (e.TempC < MinTempC || e.TempC > MaxTempC):
		return Invalidf("temp_c", "temp_c %v is not a plausible temperature", e.TempC)
	case e.AmbientMinutes < 0:
		return Invalidf("ambient_minutes", "ambient_minutes is negative")
	}
	return nil
}

// Validate checks the filters; EINVALID without a tenant.
func (f DeviceFilter) Validate() error     { return requireTenant(f.TenantID) }
func (f AssignmentFilter) Validate() error { return requireTenant(f.TenantID) }
func (f BatchFilter) Validate() error      { return requireTenant(f.TenantID) }
