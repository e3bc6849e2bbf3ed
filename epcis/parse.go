package epcis

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// Capture is what one EPCIS document says in kefu's nouns. Parse fills
// it; the caller stores it (after linking custody events to shipments
// through Refs) and counts Quarantined.
type Capture struct {
	// EventCount is the number of events in the document.
	EventCount int `json:"event_count"`
	// Custody has one event per EPCIS event whose business step is a
	// custody step, in document order. ShipmentID is empty: the caller
	// links events to shipments, with Refs.
	Custody []kefu.CustodyEvent `json:"custody"`
	// Readings are the sensor reports of all events, one reading per
	// device and time, each valid against now (kefu.Reading.Validate).
	Readings []kefu.Reading `json:"readings"`
	// Batches are the lots the document names, one per GTIN and lot, with
	// what it says of them (ILMD). SKU is the GTIN-14. Fields the document
	// leaves out are zero: merge into a stored batch rather than replace it.
	Batches []kefu.Batch `json:"batches"`
	// Refs has one entry per event, in document order, with the
	// identifiers that link it to kefu's shipments and orders.
	Refs []Refs `json:"refs"`
	// Quarantined are readings, custody events and batches refused, each
	// with its reason; the rest of the document is mapped.
	Quarantined []Problem `json:"quarantined"`
	// Ignored counts the events kefu has no use for: no custody step, no
	// sensor report, no batch (e.g. commissioning, an extension event
	// type), and events that declare an earlier event an error.
	Ignored int `json:"ignored"`
}

// Problem is a part of a document that was refused.
type Problem struct {
	// Path is the JSON pointer of the refused part in the document.
	Path string `json:"path"`
	// EventID is the id (see Refs.EventID) of the event it belongs to.
	EventID string `json:"event_id,omitempty"`
	// Field is the field of the kefu record at fault ("at", "temp_c"),
	// when one is.
	Field  string `json:"field,omitempty"`
	Reason string `json:"reason"`
	// Reading is the reading refused, when a reading was.
	Reading *kefu.Reading `json:"reading,omitempty"`
}

// Refs are the identifiers of one EPCIS event a caller uses to link it
// to its shipments, orders and devices.
type Refs struct {
	// EventID is the event's eventID, or "sha256:" and the hash of its
	// canonical JSON when it has none (see eventID); the custody event,
	// if any, has this ID.
	EventID string `json:"event_id"`
	// Index is the event's position in the document (0 for a single event).
	Index int `json:"index"`
	// Type is the event type ("ObjectEvent", ...) and Action its action.
	Type   string    `json:"type"`
	Action string    `json:"action,omitempty"`
	At     time.Time `json:"at"`
	// BizStep and Disposition are in CBV short form ("receiving") when CBV
	// terms, else as given.
	BizStep     string `json:"biz_step,omitempty"`
	Disposition string `json:"disposition,omitempty"`
	// Step is the custody step recorded, "" when none was.
	Step kefu.CustodyStep `json:"step,omitempty"`
	// ReadPoint and BizLocation are the location ids as given (SGLN URNs
	// or Digital Link URIs).
	ReadPoint   string `json:"read_point,omitempty"`
	BizLocation string `json:"biz_location,omitempty"`
	// Transactions are bizTransactionList: type in CBV short form ("po",
	// "desadv", "bol", "inv", ...; "" when untyped) and the transaction id.
	Transactions []Link `json:"transactions,omitempty"`
	// Sources and Destinations are sourceList and destinationList (type
	// "owning_party", "possessing_party", "location").
	Sources      []Link `json:"sources,omitempty"`
	Destinations []Link `json:"destinations,omitempty"`
	// Parent is parentID: the pallet, case or logistic unit.
	Parent string `json:"parent,omitempty"`
	// EPCs are the instance-level ids the event is about (epcList,
	// childEPCs, inputEPCList, outputEPCList) and Classes the class-level
	// ones (epcClass of the quantity lists), as given.
	EPCs    []string `json:"epcs,omitempty"`
	Classes []string `json:"classes,omitempty"`
	// SSCCs are the 18-digit SSCCs among Parent and EPCs: a shipment's
	// logistic units, the usual link to a delivery.
	SSCCs []string `json:"ssccs,omitempty"`
	// Devices are the sensor devices that reported in the event.
	Devices []string `json:"devices,omitempty"`
	// ErrorDeclaration is set when the event declares an earlier event
	// erroneous; such an event maps to nothing else.
	ErrorDeclaration *ErrorDeclaration `json:"error_declaration,omitempty"`
}

// Link is a typed identifier of an event's list.
type Link struct {
	Type string `json:"type,omitempty"`
	ID   string `json:"id"`
}

// ErrorDeclaration says an earlier event (the one with the same eventID)
// was wrong.
type ErrorDeclaration struct {
	DeclarationTime    time.Time `json:"declaration_time"`
	Reason             string    `json:"reason,omitempty"` // CBV short form ("incorrect_data")
	CorrectiveEventIDs []string  `json:"corrective_event_ids,omitempty"`
}

// eventTypes are the EPCIS 2.0 event types.
var eventTypes = map[string]bool{
	"ObjectEvent": true, "AggregationEvent": true, "TransformationEvent": true,
	"TransactionEvent": true, "AssociationEvent": true,
}

// Parse validates an EPCIS 2.0 document, query document or single event
// (see Validate for its errors) and maps its events for the tenant. now
// is the server's clock: readings are validated against it.
//
// Parse is a pure function of its arguments: the same document gives the
// same Capture, so capturing a document twice stores nothing new (ids are
// eventIDs or hashes of the events). Parts that cannot be mapped go to
// Capture.Quarantined and never fail the document.
func Parse(doc []byte, tenantID string, now time.Time) (*Capture, error) {
	if tenantID == "" {
		e := kefu.Invalidf("tenant_id", "tenant_id is required")
		e.Op = "epcis.Parse"
		return nil, e
	}
	v, err := decode(doc)
	if err != nil {
		return nil, err
	}
	m := &mapper{tenant: tenantID, now: now, readings: map[readingKey]int{}, batches: map[batchKey]int{}}
	base, events := eventsOf(v)
	m.c.EventCount = len(events)
	for i, ev := range events {
		path := base + "/" + strconv.Itoa(i)
		if base == "" { // a single event
			path = ""
		}
		if err := m.event(obj(ev), i, path); err != nil {
			return nil, err
		}
	}
	return &m.c, nil
}

// eventsOf returns the events of a validated document and the pointer of
// their list ("" for a single event).
func eventsOf(v any) (string, []any) {
	switch str(obj(v)["type"]) {
	case "EPCISDocument":
		return "/epcisBody/eventList", arr(obj(obj(v)["epcisBody"])["eventList"])
	case "EPCISQueryDocument":
		return "/epcisBody/queryResults/resultsBody/eventList",
			arr(obj(obj(obj(obj(v)["epcisBody"])["queryResults"])["resultsBody"])["eventList"])
	}
	return "", []any{v}
}

// eventList is eventsOf's list, for counting before validation (where v
// may have any shape).
func eventList(v any) []any {
	_, evs := eventsOf(v)
	return evs
}

type readingKey struct {
	device string
	at     int64 // Unix nanoseconds
}

type batchKey struct{ sku, lot string }

// mapper accumulates a Capture.
type mapper struct {
	tenant   string
	now      time.Time
	c        Capture
	readings map[readingKey]int // index into c.Readings
	batches  map[batchKey]int   // index into c.Batches
}

// event maps one event at path (a JSON pointer).
func (m *mapper) event(ev map[string]any, index int, path string) error {
	typ := str(ev["type"])
	at, err := parseTime(str(ev["eventTime"]))
	if err != nil {
		e := kefu.Invalidf(path+"/eventTime", "eventTime %q is not an RFC 3339 time", str(ev["eventTime"]))
		e.Op = "epcis.Parse"
		return e
	}
	ref := Refs{
		EventID:     eventID(ev),
		Index:       index,
		Type:        typ,
		Action:      str(ev["action"]),
		At:          at,
		BizStep:     cbvTerm("BizStep", str(ev["bizStep"])),
		Disposition: cbvTerm("Disp", str(ev["disposition"])),
		ReadPoint:   str(obj(ev["readPoint"])["id"]),
		BizLocation: str(obj(ev["bizLocation"])["id"]),
		Parent:      str(ev["parentID"]),
	}
	for _, x := range arr(ev["bizTransactionList"]) {
		ref.Transactions = append(ref.Transactions, Link{cbvTerm("BTT", str(obj(x)["type"])), str(obj(x)["bizTransaction"])})
	}
	for _, x := range arr(ev["sourceList"]) {
		ref.Sources = append(ref.Sources, Link{cbvTerm("SDT", str(obj(x)["type"])), str(obj(x)["source"])})
	}
	for _, x := range arr(ev["destinationList"]) {
		ref.Destinations = append(ref.Destinations, Link{cbvTerm("SDT", str(obj(x)["type"])), str(obj(x)["destination"])})
	}
	// The objects the event is about, the ones a lot is read from first:
	// a transformation's outputs before its inputs.
	for _, k := range []string{"epcList", "childEPCs", "outputEPCList", "inputEPCList"} {
		for _, x := range arr(ev[k]) {
			ref.EPCs = append(ref.EPCs, str(x))
		}
	}
	for _, k := range []string{"quantityList", "childQuantityList", "outputQuantityList", "inputQuantityList"} {
		for _, x := range arr(ev[k]) {
			ref.Classes = append(ref.Classes, str(obj(x)["epcClass"]))
		}
	}
	for _, id := range append([]string{ref.Parent}, ref.EPCs...) {
		if it, ok := parseID(id); ok && it.SSCC != "" {
			ref.SSCCs = append(ref.SSCCs, it.SSCC)
		}
	}

	if ed := obj(ev["errorDeclaration"]); ed != nil {
		dt, _ := parseTime(str(ed["declarationTime"]))
		decl := &ErrorDeclaration{DeclarationTime: dt, Reason: cbvTerm("ER", str(ed["reason"]))}
		for _, x := range arr(ed["correctiveEventIDs"]) {
			decl.CorrectiveEventIDs = append(decl.CorrectiveEventIDs, str(x))
		}
		ref.ErrorDeclaration = decl
		m.c.Refs = append(m.c.Refs, ref)
		m.c.Ignored++
		return nil
	}

	nProblems := len(m.c.Quarantined)
	temps := m.sensors(ev, path, &ref, at)
	sku, lot, nBatches := m.lots(ev, path, &ref)

	// An extension event type (a URI) gives its sensor data and lots
	// (which the schema holds to the standard's shape), never custody.
	if step, ok := stepOf(str(ev["bizStep"])); ok && eventTypes[typ] {
		ce := kefu.CustodyEvent{
			ID:       ref.EventID,
			TenantID: m.tenant,
			Step:     step,
			At:       at,
			Location: ref.BizLocation,
			SKU:      sku,
			Lot:      lot,
			TempC:    nearest(temps, at),
		}
		if ce.Location == "" {
			ce.Location = ref.ReadPoint
		} else {
			ce.Station = ref.ReadPoint
		}
		ce.ChecksPassed, ce.Notes = checks(ev)
		if err := ce.Validate(); err != nil {
			m.problem(Problem{Path: path, EventID: ref.EventID, Field: kefu.ErrorField(err), Reason: kefu.ErrorMessage(err)})
		} else {
			m.c.Custody = append(m.c.Custody, ce)
			ref.Step = step
		}
	}
	if ref.Step == "" && len(ref.Devices) == 0 && len(m.c.Quarantined) == nProblems && nBatches == 0 {
		m.c.Ignored++
	}
	m.c.Refs = append(m.c.Refs, ref)
	return nil
}

// checks reads the event's disposition and persistent dispositions:
// false when one of them is failing; the notes name them all.
func checks(ev map[string]any) (bool, string) {
	passed := true
	var notes []string
	if d := str(ev["disposition"]); d != "" {
		t := cbvTerm("Disp", d)
		passed = passed && !failing[t]
		notes = append(notes, "disposition "+t)
	}
	pd := obj(ev["persistentDisposition"])
	for _, k := range []string{"set", "unset"} {
		var ts []string
		for _, x := range arr(pd[k]) {
			t := cbvTerm("Disp", str(x))
			if k == "set" && failing[t] {
				passed = false
			}
			ts = append(ts, t)
		}
		if len(ts) > 0 {
			notes = append(notes, "persistent disposition "+k+" "+strings.Join(ts, ", "))
		}
	}
	return passed, strings.Join(notes, "; ")
}

// problem records a refused part.
func (m *mapper) problem(p Problem) { m.c.Quarantined = append(m.c.Quarantined, p) }

// timedTemp is a temperature of the event at a time.
type timedTemp struct {
	at time.Time
	c  float64
}

// nearest is the temperature taken closest to at, NaN when none was.
func nearest(ts []timedTemp, at time.Time) float64 {
	best, bestD := math.NaN(), time.Duration(math.MaxInt64)
	for _, t := range ts {
		d := t.at.Sub(at)
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = t.c, d
		}
	}
	return best
}

// draft is a reading being built from an event's reports, with the
// path of its first report.
type draft struct {
	r    kefu.Reading
	path string
}

// sensors maps the event's sensorElementList to readings, merged per
// device and time across the document; it returns the event's valid
// temperatures, for its custody event.
func (m *mapper) sensors(ev map[string]any, path string, ref *Refs, eventTime time.Time) []timedTemp {
	local := map[readingKey]*draft{}
	var order []readingKey
	for i, el := range arr(ev["sensorElementList"]) {
		meta := obj(obj(el)["sensorMetadata"])
		for j, r := range arr(obj(el)["sensorReport"]) {
			rep := obj(r)
			rpath := fmt.Sprintf("%s/sensorElementList/%d/sensorReport/%d", path, i, j)
			meas, ok := measure(rep)
			if !ok {
				continue // a measurement kefu does not keep
			}
			if meas.problem != "" {
				m.problem(Problem{Path: rpath, EventID: ref.EventID, Reason: meas.problem})
				continue
			}
			device := firstOf(str(rep["deviceID"]), str(meta["deviceID"]))
			if device == "" {
				m.problem(Problem{Path: rpath, EventID: ref.EventID, Field: "device", Reason: "the sensor report names no deviceID"})
				continue
			}
			at, err := reportTime(rep, meta, eventTime)
			if err != nil {
				m.problem(Problem{Path: rpath, EventID: ref.EventID, Field: "at", Reason: err.Error()})
				continue
			}
			key := readingKey{device, at.UnixNano()}
			d := local[key]
			if d == nil {
				d = &draft{r: kefu.NewReading(device, at), path: rpath}
				local[key] = d
				order = append(order, key)
			}
			if conflict := meas.into(&d.r); conflict != "" {
				m.problem(Problem{Path: rpath, EventID: ref.EventID, Reason: conflict})
			}
		}
	}
	var temps []timedTemp
	seen := map[string]bool{}
	for _, key := range order {
		d := local[key]
		if !seen[key.device] {
			seen[key.device] = true
			ref.Devices = append(ref.Devices, key.device)
		}
		if err := d.r.Validate(m.now); err != nil {
			r := d.r
			m.problem(Problem{Path: d.path, EventID: ref.EventID, Field: kefu.ErrorField(err), Reason: kefu.ErrorMessage(err), Reading: &r})
			continue
		}
		if kefu.Has(d.r.TempC) {
			temps = append(temps, timedTemp{d.r.At, d.r.TempC})
		}
		if idx, ok := m.readings[key]; ok {
			// The same device and time in an earlier event: one reading.
			if conflict := merge(&m.c.Readings[idx], d.r); conflict != "" {
				m.problem(Problem{Path: d.path, EventID: ref.EventID, Reason: conflict})
			}
			continue
		}
		m.readings[key] = len(m.c.Readings)
		m.c.Readings = append(m.c.Readings, d.r)
	}
	return temps
}

// measurement is what one sensor report adds to a reading.
type measurement struct {
	field   string // "temp_c", "humidity", "lat", "lon"; "" for an alarm alone
	value   float64
	alarm   string // "alarm_condition", "error_condition"
	problem string // why the report is refused
}

// measure reads a sensor report; ok is false for a report kefu does not
// keep (a type other than temperature, relative humidity or a WGS 84
// latitude or longitude, without an alarm).
func measure(rep map[string]any) (meas measurement, ok bool) {
	if ex := str(rep["exception"]); ex != "" {
		meas.alarm = strings.ToLower(strings.TrimPrefix(gs1Term(ex), "SensorAlertType-"))
	}
	uom := str(rep["uom"])
	switch typ := gs1Term(str(rep["type"])); typ {
	case "Temperature":
		v, has := reportValue(rep, true)
		if !has {
			break
		}
		c, err := celsius(v, uom)
		if err != "" {
			return measurement{problem: err}, true
		}
		meas.field, meas.value = "temp_c", c
	case "RelativeHumidity":
		v, has := reportValue(rep, false)
		if !has {
			break
		}
		if uom != "" && uom != "P1" {
			return measurement{problem: fmt.Sprintf("RelativeHumidity in %q, not percent (P1)", uom)}, true
		}
		meas.field, meas.value = "humidity", v
	case "Angle":
		comp := gs1Term(str(rep["component"]))
		if comp != "latitude" && comp != "longitude" || !wgs84(str(rep["coordinateReferenceSystem"])) {
			break
		}
		v, has := reportValue(rep, false)
		if !has {
			break
		}
		if uom != "" && uom != "DD" {
			return measurement{problem: fmt.Sprintf("%s in %q, not decimal degrees (DD)", comp, uom)}, true
		}
		meas.field, meas.value = map[string]string{"latitude": "lat", "longitude": "lon"}[comp], v
	}
	return meas, meas.field != "" || meas.alarm != ""
}

// celsius converts a temperature in a UN/CEFACT unit to °C; the reason
// when it cannot.
func celsius(v float64, uom string) (float64, string) {
	switch uom {
	case "CEL":
		return v, ""
	case "FAH":
		return (v - 32) * 5 / 9, ""
	case "KEL":
		return v - 273.15, ""
	case "":
		return 0, "Temperature without uom (CEL, FAH or KEL)"
	}
	return 0, fmt.Sprintf("Temperature in %q, not CEL, FAH or KEL", uom)
}

// wgs84 reports whether a coordinate reference system is WGS 84 in
// longitude-latitude degrees; an empty one is taken to be.
func wgs84(crs string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(crs, "https://"), "http://") {
	case "", "www.opengis.net/def/crs/OGC/1.3/CRS84", "www.opengis.net/def/crs/EPSG/0/4326":
		return true
	}
	return false
}

// reportValue is the report's value, else its meanValue, else (for a
// temperature) its maxValue: of an interval's summary, the warmest is
// what spoils chilled and frozen food.
func reportValue(rep map[string]any, temperature bool) (float64, bool) {
	keys := []string{"value", "meanValue"}
	if temperature {
		keys = append(keys, "maxValue")
	}
	for _, k := range keys {
		if v, ok := num(rep[k]); ok {
			return v, true
		}
	}
	return 0, false
}

// into adds the measurement to r; a conflict (another value of the same
// measurement at the same time) keeps r's and returns the reason.
func (meas measurement) into(r *kefu.Reading) string {
	if meas.field != "" {
		p := fieldOf(r, meas.field)
		switch {
		case !kefu.Has(*p):
			*p = meas.value
		case *p != meas.value:
			return fmt.Sprintf("a second %s of device %s at %s (%v; %v kept)", meas.field, r.DeviceID, r.At.Format(time.RFC3339Nano), meas.value, *p)
		}
	}
	if meas.alarm != "" {
		switch r.Alarm {
		case "":
			r.Alarm = meas.alarm
		case meas.alarm:
		default:
			return fmt.Sprintf("a second alarm of device %s at %s (%s; %s kept)", r.DeviceID, r.At.Format(time.RFC3339Nano), meas.alarm, r.Alarm)
		}
	}
	return ""
}

func fieldOf(r *kefu.Reading, field string) *float64 {
	switch field {
	case "temp_c":
		return &r.TempC
	case "humidity":
		return &r.Humidity
	case "lat":
		return &r.Lat
	}
	return &r.Lon
}

// merge adds src's measurements to dst (both valid readings of the same
// device and time); a conflict keeps dst's and returns the reason.
func merge(dst *kefu.Reading, src kefu.Reading) string {
	var conflicts []string
	for _, f := range []string{"temp_c", "humidity"} {
		if v := *fieldOf(&src, f); kefu.Has(v) {
			if c := (measurement{field: f, value: v}).into(dst); c != "" {
				conflicts = append(conflicts, c)
			}
		}
	}
	if kefu.Has(src.Lat) {
		if !kefu.Has(dst.Lat) {
			dst.Lat, dst.Lon = src.Lat, src.Lon
		} else if dst.Lat != src.Lat || dst.Lon != src.Lon {
			conflicts = append(conflicts, fmt.Sprintf("a second position of device %s at %s", dst.DeviceID, dst.At.Format(time.RFC3339Nano)))
		}
	}
	if src.Alarm != "" {
		if c := (measurement{alarm: src.Alarm}).into(dst); c != "" {
			conflicts = append(conflicts, c)
		}
	}
	return strings.Join(conflicts, "; ")
}

// reportTime is when a report was taken: its own time, else its
// element's time, else the end of its element's interval, else the
// event's time.
func reportTime(rep, meta map[string]any, eventTime time.Time) (time.Time, error) {
	for _, s := range []string{str(rep["time"]), str(meta["time"]), str(meta["endTime"])} {
		if s != "" {
			t, err := parseTime(s)
			if err != nil {
				return time.Time{}, fmt.Errorf("time %q is not an RFC 3339 time", s)
			}
			return t, nil
		}
	}
	return eventTime, nil
}

// lots reads the batches the event names: lot-level GTINs (LGTIN EPC
// classes, Digital Links with a lot) and the event's ILMD lotNumber with
// the event's GTINs, with the ILMD's dates and country. It returns the
// first GTIN and lot, for the custody event, and how many batches the
// event named.
func (m *mapper) lots(ev map[string]any, path string, ref *Refs) (sku, lot string, n int) {
	var gtins []string
	type pair struct{ gtin, lot string }
	var pairs []pair
	for _, id := range append(slices.Clone(ref.EPCs), ref.Classes...) {
		it, ok := parseID(id)
		if !ok || it.GTIN == "" {
			continue
		}
		if !slices.Contains(gtins, it.GTIN) {
			gtins = append(gtins, it.GTIN)
		}
		if it.Lot != "" && !slices.Contains(pairs, pair{it.GTIN, it.Lot}) {
			pairs = append(pairs, pair{it.GTIN, it.Lot})
		}
	}
	facts := kefu.Batch{}
	ilmd := obj(ev["ilmd"])
	var ilmdLot string
	keys := make([]string, 0, len(ilmd))
	for k := range ilmd {
		keys = append(keys, k)
	}
	slices.Sort(keys) // problems in a stable order
	for _, k := range keys {
		v := ilmd[k]
		switch name := cbvmdaKey(k); name {
		case "lotNumber":
			ilmdLot = scalar(v)
		case "countryOfOrigin":
			c := strings.ToUpper(scalar(v))
			if kefu.ValidCountry(c) {
				facts.Country = c
			} else {
				m.problem(Problem{Path: path + "/ilmd/" + pointerEscaper.Replace(k), EventID: ref.EventID, Field: "country",
					Reason: fmt.Sprintf("countryOfOrigin %q is not an ISO 3166-1 alpha-2 code", scalar(v))})
			}
		case "bestBeforeDate":
			facts.BestBefore = m.date(facts.BestBefore, v, path+"/ilmd/"+pointerEscaper.Replace(k), ref.EventID)
		case "itemExpirationDate":
			if t := m.date(time.Time{}, v, path+"/ilmd/"+pointerEscaper.Replace(k), ref.EventID); facts.BestBefore.IsZero() {
				facts.BestBefore = t // bestBeforeDate, read before or after, wins
			}
		case "productionDate", "harvestEndDate":
			// A production date says more than the end of a harvest.
			if t := m.date(time.Time{}, v, path+"/ilmd/"+pointerEscaper.Replace(k), ref.EventID); name == "productionDate" || facts.ProducedAt.IsZero() {
				if !t.IsZero() {
					facts.ProducedAt = t
				}
			}
		}
	}
	if ilmdLot != "" {
		if len(gtins) == 0 {
			m.problem(Problem{Path: path + "/ilmd", EventID: ref.EventID, Field: "sku",
				Reason: fmt.Sprintf("lot %q names no GTIN: the event has no GTIN-based EPC or class", ilmdLot)})
		}
		for _, g := range gtins {
			if !slices.Contains(pairs, pair{g, ilmdLot}) {
				pairs = append(pairs, pair{g, ilmdLot})
			}
		}
	}
	for _, p := range pairs {
		b := facts
		b.TenantID, b.SKU, b.Lot, b.UpdatedAt = m.tenant, p.gtin, p.lot, m.now
		if err := b.Validate(); err != nil {
			m.problem(Problem{Path: path, EventID: ref.EventID, Field: kefu.ErrorField(err), Reason: kefu.ErrorMessage(err)})
			continue
		}
		m.batch(b)
		n++
		if sku == "" {
			sku, lot = p.gtin, p.lot
		}
	}
	if sku == "" && len(gtins) > 0 {
		sku = gtins[0]
	}
	return sku, lot, n
}

// batch adds b to the capture, filling the empty fields of a batch with
// the same SKU and lot already there.
func (m *mapper) batch(b kefu.Batch) {
	k := batchKey{b.SKU, b.Lot}
	i, ok := m.batches[k]
	if !ok {
		m.batches[k] = len(m.c.Batches)
		m.c.Batches = append(m.c.Batches, b)
		return
	}
	old := &m.c.Batches[i]
	if old.Country == "" {
		old.Country = b.Country
	}
	if old.ProducedAt.IsZero() {
		old.ProducedAt = b.ProducedAt
	}
	if old.BestBefore.IsZero() {
		old.BestBefore = b.BestBefore
	}
}

// date reads an ILMD date (xsd:date "2024-05-01" or a date-time); old
// when it is not one, with a problem.
func (m *mapper) date(old time.Time, v any, path, eventID string) time.Time {
	s := scalar(v)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t
	}
	if t, err := parseTime(s); err == nil {
		return t
	}
	m.problem(Problem{Path: path, EventID: eventID, Reason: fmt.Sprintf("%q is not a date", s)})
	return old
}

// eventID is the event's eventID, or "sha256:" and the SHA-256 of the
// event's canonical JSON (keys sorted, numbers as written) without
// "@context" and "recordTime", which the capturing system, not the event,
// decides. An eventID longer than kefu.MaxExternalIDLen is hashed too.
func eventID(ev map[string]any) string {
	if id := str(ev["eventID"]); id != "" {
		if len(id) <= kefu.MaxExternalIDLen {
			return id
		}
		sum := sha256.Sum256([]byte(id))
		return "sha256:" + hex.EncodeToString(sum[:])
	}
	c := make(map[string]any, len(ev))
	for k, v := range ev {
		if k != "@context" && k != "recordTime" {
			c[k] = v
		}
	}
	b, err := json.Marshal(c)
	if err != nil { // cannot happen: the value came from JSON
		b = []byte(fmt.Sprint(c))
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// parseTime reads an RFC 3339 time, in UTC.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, err
	}
	return t.UTC(), nil
}

// Accessors of decoded JSON: the zero value when v is not of the kind.

func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }
func arr(v any) []any          { a, _ := v.([]any); return a }
func str(v any) string         { s, _ := v.(string); return s }

// scalar is a string, or a number as written.
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	}
	return ""
}

// num is a finite number.
func num(v any) (float64, bool) {
	var f float64
	switch v := v.(type) {
	case json.Number:
		var err error
		if f, err = v.Float64(); err != nil {
			return 0, false
		}
	case float64:
		f = v
	default:
		return 0, false
	}
	return f, !math.IsInf(f, 0) && !math.IsNaN(f)
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
