package epcis

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// testNow is the server's clock of the unit tests.
var testNow = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

const testContext = `"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"]`

// testDoc wraps events in an EPCISDocument.
func testDoc(events ...string) []byte {
	return []byte(`{` + testContext + `,"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2024-05-01T10:00:00Z",` +
		`"epcisBody":{"eventList":[` + strings.Join(events, ",") + `]}}`)
}

// objectEvent is an ObjectEvent observed at 08:00 UTC with fields added.
func objectEvent(fields string) string {
	e := `{"type":"ObjectEvent","eventTime":"2024-05-01T08:00:00Z","eventTimeZoneOffset":"+00:00","action":"OBSERVE",` +
		`"epcList":["urn:epc:id:sgtin:4012345.011111.1"]`
	if fields != "" {
		e += "," + fields
	}
	return e + "}"
}

// sensorEvent is an ObjectEvent with one sensor report from device d1.
func sensorEvent(report string) string {
	return objectEvent(`"sensorElementList":[{"sensorMetadata":{"deviceID":"urn:epc:id:giai:4000001.1"},"sensorReport":[` + report + `]}]`)
}

// mustParse parses a document that must be valid.
func mustParse(tb testing.TB, doc []byte) *Capture {
	tb.Helper()
	c, err := Parse(doc, "t1", testNow)
	if err != nil {
		tb.Fatalf("Parse: %v (field %q)\n%s", err, kefu.ErrorField(err), doc)
	}
	return c
}

func TestBizStep(t *testing.T) {
	tests := []struct {
		bizStep string
		want    kefu.CustodyStep // "" for none
	}{
		{"receiving", kefu.StepReceived},
		{"https://ref.gs1.org/cbv/BizStep-receiving", kefu.StepReceived},
		{"cbv:BizStep-receiving", kefu.StepReceived},
		{"storing", kefu.StepStored},
		{"stocking", kefu.StepStored},
		{"picking", kefu.StepSorted},
		{"packing", kefu.StepPacked},
		{"https://ref.gs1.org/cbv/BizStep-repackaging", kefu.StepPacked},
		{"loading", kefu.StepLoaded},
		{"departing", kefu.StepDeparted},
		{"shipping", kefu.StepDeparted},
		{"arriving", kefu.StepArrived},
		{"unloading", kefu.StepArrived},
		{"accepting", kefu.StepDelivered},
		{"retail_selling", kefu.StepDelivered},
		{"dispensing", kefu.StepDelivered},
		{"https://ref.gs1.org/cbv/BizStep-inspecting", kefu.StepInspected},
		{"sampling", kefu.StepInspected},
		{"commissioning", ""},
		{"transporting", ""},
		{"sensor_reporting", ""},
		{"https://example.com/bizStep/receiving", ""}, // a shop's own step: not CBV's
	}
	for _, tt := range tests {
		t.Run(tt.bizStep, func(t *testing.T) {
			c := mustParse(t, testDoc(objectEvent(fmt.Sprintf(`"bizStep":%q`, tt.bizStep))))
			if tt.want == "" {
				if len(c.Custody) != 0 || c.Ignored != 1 || c.Refs[0].Step != "" {
					t.Errorf("custody %v, ignored %d, step %q: want none", c.Custody, c.Ignored, c.Refs[0].Step)
				}
				return
			}
			if len(c.Custody) != 1 {
				t.Fatalf("%d custody events, want 1", len(c.Custody))
			}
			if got := c.Custody[0].Step; got != tt.want || c.Refs[0].Step != tt.want {
				t.Errorf("step %q (refs %q), want %q", got, c.Refs[0].Step, tt.want)
			}
		})
	}
}

// TestCBVForms checks the forms of a CBV term, including the EPCIS 1.x URN
// that GS1's schema refuses in JSON (a caller may map XML with it).
func TestCBVForms(t *testing.T) {
	for _, s := range []string{"loading", "urn:epcglobal:cbv:bizstep:loading", "https://ref.gs1.org/cbv/BizStep-loading", "http://ref.gs1.org/cbv/BizStep-loading", "cbv:BizStep-loading"} {
		if step, ok := stepOf(s); !ok || step != kefu.StepLoaded {
			t.Errorf("stepOf(%q) = %q, %v", s, step, ok)
		}
	}
	for vocab, s := range map[string]string{"Disp": "urn:epcglobal:cbv:disp:damaged", "BTT": "urn:epcglobal:cbv:btt:po", "SDT": "https://ref.gs1.org/cbv/SDT-owning_party", "ER": "cbv:ER-incorrect_data"} {
		if got := cbvTerm(vocab, s); strings.ContainsAny(got, ":/") {
			t.Errorf("cbvTerm(%q, %q) = %q", vocab, s, got)
		}
	}
	if got := cbvTerm("BizStep", "https://example.com/bizStep/receiving"); got != "https://example.com/bizStep/receiving" {
		t.Errorf("a shop's own step became %q", got)
	}
}

func TestDisposition(t *testing.T) {
	tests := []struct {
		fields     string
		wantPassed bool
		wantNotes  string
	}{
		{`"disposition":"in_transit"`, true, "disposition in_transit"},
		{`"disposition":"damaged"`, false, "disposition damaged"},
		{`"disposition":"https://ref.gs1.org/cbv/Disp-expired"`, false, "disposition expired"},
		{`"disposition":"https://ref.gs1.org/cbv/Disp-non_sellable_other"`, false, "disposition non_sellable_other"},
		{`"disposition":"conformant"`, true, "disposition conformant"},
		{`"disposition":"in_progress","persistentDisposition":{"set":["recalled"]}`, false, "disposition in_progress; persistent disposition set recalled"},
		{`"persistentDisposition":{"unset":["recalled"]}`, true, "persistent disposition unset recalled"},
		{``, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.fields, func(t *testing.T) {
			f := `"bizStep":"receiving"`
			if tt.fields != "" {
				f += "," + tt.fields
			}
			c := mustParse(t, testDoc(objectEvent(f)))
			if len(c.Custody) != 1 {
				t.Fatalf("%d custody events", len(c.Custody))
			}
			if e := c.Custody[0]; e.ChecksPassed != tt.wantPassed || e.Notes != tt.wantNotes {
				t.Errorf("checks %v, notes %q; want %v, %q", e.ChecksPassed, e.Notes, tt.wantPassed, tt.wantNotes)
			}
		})
	}
}

func TestTemperature(t *testing.T) {
	tests := []struct {
		name   string
		report string
		want   float64 // NaN: quarantined
		reason string  // in the problem's reason
	}{
		{"celsius", `{"type":"Temperature","value":4.5,"uom":"CEL"}`, 4.5, ""},
		{"gs1 prefix", `{"type":"gs1:Temperature","value":-18,"uom":"CEL"}`, -18, ""},
		{"fahrenheit", `{"type":"Temperature","value":39.2,"uom":"FAH"}`, 4, ""},
		{"kelvin", `{"type":"Temperature","value":277.15,"uom":"KEL"}`, 4, ""},
		{"mean of an interval", `{"type":"Temperature","minValue":2,"maxValue":6,"meanValue":3,"uom":"CEL"}`, 3, ""},
		{"warmest of an interval", `{"type":"Temperature","minValue":2,"maxValue":6,"uom":"CEL"}`, 6, ""},
		{"no unit", `{"type":"Temperature","value":4}`, math.NaN(), "without uom"},
		{"not a temperature unit", `{"type":"Temperature","value":4,"uom":"MTR"}`, math.NaN(), `"MTR"`},
		{"implausible", `{"type":"Temperature","value":400,"uom":"CEL"}`, math.NaN(), "not a plausible temperature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, testDoc(sensorEvent(tt.report)))
			if math.IsNaN(tt.want) {
				if len(c.Readings) != 0 || len(c.Quarantined) != 1 {
					t.Fatalf("readings %v, quarantined %v: want one problem", c.Readings, c.Quarantined)
				}
				p := c.Quarantined[0]
				if !strings.Contains(p.Reason, tt.reason) || p.Path != "/epcisBody/eventList/0/sensorElementList/0/sensorReport/0" {
					t.Errorf("problem %+v, want %q at the report", p, tt.reason)
				}
				return
			}
			if len(c.Readings) != 1 || len(c.Quarantined) != 0 {
				t.Fatalf("readings %v, quarantined %v", c.Readings, c.Quarantined)
			}
			r := c.Readings[0]
			if math.Abs(r.TempC-tt.want) > 1e-9 {
				t.Errorf("temp_c %v, want %v", r.TempC, tt.want)
			}
			if r.DeviceID != "urn:epc:id:giai:4000001.1" || !r.At.Equal(time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)) {
				t.Errorf("device %q at %v", r.DeviceID, r.At)
			}
			if kefu.Has(r.Humidity) || kefu.Has(r.Lat) {
				t.Errorf("measured more than the temperature: %+v", r)
			}
		})
	}
}

func TestReadings(t *testing.T) {
	t.Run("one reading per device and time", func(t *testing.T) {
		c := mustParse(t, testDoc(sensorEvent(
			`{"type":"Temperature","value":3,"uom":"CEL"},{"type":"RelativeHumidity","value":85,"uom":"P1"},`+
				`{"type":"Angle","component":"latitude","value":59.91,"uom":"DD"},{"type":"Angle","component":"longitude","value":10.75,"uom":"DD"},`+
				`{"type":"Speed","value":80,"uom":"KMH"}`)))
		if len(c.Readings) != 1 || len(c.Quarantined) != 0 {
			t.Fatalf("readings %+v, quarantined %+v", c.Readings, c.Quarantined)
		}
		r := c.Readings[0]
		if r.TempC != 3 || r.Humidity != 85 || r.Lat != 59.91 || r.Lon != 10.75 {
			t.Errorf("reading %+v", r)
		}
	})
	t.Run("times", func(t *testing.T) {
		c := mustParse(t, testDoc(objectEvent(`"sensorElementList":[`+
			`{"sensorMetadata":{"deviceID":"d:1","time":"2024-05-01T07:00:00Z"},"sensorReport":[{"type":"Temperature","value":1,"uom":"CEL"},{"type":"Temperature","value":2,"uom":"CEL","time":"2024-05-01T07:30:00+02:00"}]},`+
			`{"sensorMetadata":{"deviceID":"d:1","startTime":"2024-05-01T06:00:00Z","endTime":"2024-05-01T06:59:00Z"},"sensorReport":[{"type":"Temperature","meanValue":3,"uom":"CEL"}]},`+
			`{"sensorReport":[{"type":"Temperature","value":4,"uom":"CEL","deviceID":"d:2"}]}]`)))
		want := map[string]float64{
			"d:1 2024-05-01T07:00:00Z": 1, // the element's time
			"d:1 2024-05-01T05:30:00Z": 2, // the report's own, in UTC
			"d:1 2024-05-01T06:59:00Z": 3, // the end of the interval
			"d:2 2024-05-01T08:00:00Z": 4, // the event's
		}
		if len(c.Readings) != len(want) {
			t.Fatalf("readings %+v", c.Readings)
		}
		for _, r := range c.Readings {
			if k := r.DeviceID + " " + r.At.Format(time.RFC3339); want[k] != r.TempC {
				t.Errorf("%s: %v, want %v", k, r.TempC, want[k])
			}
		}
	})
	t.Run("a second value at the same time", func(t *testing.T) {
		c := mustParse(t, testDoc(sensorEvent(`{"type":"Temperature","value":3,"uom":"CEL"},{"type":"Temperature","value":9,"uom":"CEL"}`)))
		if len(c.Readings) != 1 || c.Readings[0].TempC != 3 || len(c.Quarantined) != 1 || !strings.Contains(c.Quarantined[0].Reason, "second temp_c") {
			t.Errorf("readings %+v, quarantined %+v", c.Readings, c.Quarantined)
		}
	})
	t.Run("the same reading in two events", func(t *testing.T) {
		ev := sensorEvent(`{"type":"Temperature","value":3,"uom":"CEL"}`)
		hum := sensorEvent(`{"type":"RelativeHumidity","value":80}`)
		c := mustParse(t, testDoc(ev, ev, hum))
		if len(c.Readings) != 1 || len(c.Quarantined) != 0 || c.Readings[0].Humidity != 80 {
			t.Errorf("readings %+v, quarantined %+v", c.Readings, c.Quarantined)
		}
	})
	t.Run("alarm", func(t *testing.T) {
		c := mustParse(t, testDoc(sensorEvent(`{"type":"Temperature","exception":"ALARM_CONDITION"},{"exception":"gs1:ERROR_CONDITION","deviceID":"d:2"}`)))
		if len(c.Readings) != 2 || c.Readings[0].Alarm != "alarm_condition" || c.Readings[1].Alarm != "error_condition" {
			t.Errorf("readings %+v", c.Readings)
		}
	})
	t.Run("no device", func(t *testing.T) {
		c := mustParse(t, testDoc(objectEvent(`"sensorElementList":[{"sensorReport":[{"type":"Temperature","value":4,"uom":"CEL"}]}]`)))
		if len(c.Readings) != 0 || len(c.Quarantined) != 1 || c.Quarantined[0].Field != "device" {
			t.Errorf("readings %+v, quarantined %+v", c.Readings, c.Quarantined)
		}
	})
}

func TestQuarantineFutureReading(t *testing.T) {
	c := mustParse(t, testDoc(objectEvent(`"bizStep":"shipping","sensorElementList":[{"sensorMetadata":{"deviceID":"d:1"},"sensorReport":[`+
		`{"type":"Temperature","value":4,"uom":"CEL","time":"2024-05-01T11:00:00Z"},`+
		`{"type":"Temperature","value":5,"uom":"CEL","time":"2024-05-01T13:00:00Z"}]}]`)))
	if len(c.Readings) != 1 || c.Readings[0].TempC != 4 {
		t.Errorf("readings %+v, want the one of 11:00", c.Readings)
	}
	if len(c.Quarantined) != 1 {
		t.Fatalf("quarantined %+v, want the one of 13:00", c.Quarantined)
	}
	p := c.Quarantined[0]
	if p.Field != "at" || !strings.Contains(p.Reason, "future") || p.Reading == nil || p.Reading.TempC != 5 ||
		p.Path != "/epcisBody/eventList/0/sensorElementList/0/sensorReport/1" || p.EventID != c.Refs[0].EventID {
		t.Errorf("problem %+v", p)
	}
	if len(c.Custody) != 1 || c.Custody[0].TempC != 4 {
		t.Errorf("custody %+v: want the event with the valid reading's temperature", c.Custody)
	}
}

func TestLots(t *testing.T) {
	tests := []struct {
		name     string
		fields   string
		wantSKU  string
		wantLot  string
		batches  []kefu.Batch // TenantID and UpdatedAt are filled in
		problems int
	}{
		{
			name:    "LGTIN class",
			fields:  `"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":200,"uom":"KGM"}]`,
			wantSKU: "04012345123456", wantLot: "998877",
			batches: []kefu.Batch{{SKU: "04012345123456", Lot: "998877"}},
		},
		{
			name:    "escaped lot",
			fields:  `"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.A%2FB","quantity":1}]`,
			wantSKU: "04012345123456", wantLot: "A/B",
			batches: []kefu.Batch{{SKU: "04012345123456", Lot: "A/B"}},
		},
		{
			name:    "digital link",
			fields:  `"quantityList":[{"epcClass":"https://id.gs1.org/01/09506000134352/10/L%2042","quantity":1}]`,
			wantSKU: "09506000134352", wantLot: "L 42",
			batches: []kefu.Batch{{SKU: "09506000134352", Lot: "L 42"}},
		},
		{
			name: "ILMD",
			fields: `"action":"ADD","ilmd":{"cbvmda:lotNumber":"SAL-7","cbvmda:bestBeforeDate":"2024-05-12",` +
				`"cbvmda:countryOfOrigin":"NO","urn:epcglobal:cbv:mda:harvestEndDate":"2024-04-30T06:00:00Z","example:grade":"A"}`,
			wantSKU: "04012345111118", wantLot: "SAL-7",
			batches: []kefu.Batch{{SKU: "04012345111118", Lot: "SAL-7", Country: "NO",
				BestBefore: time.Date(2024, 5, 12, 0, 0, 0, 0, time.UTC), ProducedAt: time.Date(2024, 4, 30, 6, 0, 0, 0, time.UTC)}},
		},
		{
			name: "ILMD dates that compete",
			fields: `"action":"ADD","ilmd":{"urn:epcglobal:cbv:mda:lotNumber":"L2","cbvmda:productionDate":"2024-04-29","cbvmda:harvestEndDate":"2024-04-28",` +
				`"urn:epcglobal:cbv:mda:bestBeforeDate":"2024-05-10","cbvmda:itemExpirationDate":"2024-05-20"}`,
			wantSKU: "04012345111118", wantLot: "L2",
			batches: []kefu.Batch{{SKU: "04012345111118", Lot: "L2",
				BestBefore: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), ProducedAt: time.Date(2024, 4, 29, 0, 0, 0, 0, time.UTC)}},
		},
		{
			name:     "ILMD with a bad country",
			fields:   `"action":"ADD","ilmd":{"cbvmda:lotNumber":"SAL-7","cbvmda:countryOfOrigin":"Norway"}`,
			wantSKU:  "04012345111118",
			wantLot:  "SAL-7",
			batches:  []kefu.Batch{{SKU: "04012345111118", Lot: "SAL-7"}},
			problems: 1,
		},
		{
			name:    "instance only",
			fields:  ``,
			wantSKU: "04012345111118",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := `"bizStep":"receiving"`
			if tt.fields != "" {
				f += "," + tt.fields
			}
			c := mustParse(t, testDoc(objectEvent(f)))
			if len(c.Custody) != 1 {
				t.Fatalf("custody %+v", c.Custody)
			}
			if e := c.Custody[0]; e.SKU != tt.wantSKU || e.Lot != tt.wantLot {
				t.Errorf("sku %q lot %q, want %q %q", e.SKU, e.Lot, tt.wantSKU, tt.wantLot)
			}
			if len(c.Batches) != len(tt.batches) {
				t.Fatalf("batches %+v, want %+v", c.Batches, tt.batches)
			}
			for i, want := range tt.batches {
				want.TenantID, want.UpdatedAt = "t1", testNow
				if got := c.Batches[i]; got != want {
					t.Errorf("batch %+v, want %+v", got, want)
				}
			}
			if len(c.Quarantined) != tt.problems {
				t.Errorf("quarantined %+v, want %d", c.Quarantined, tt.problems)
			}
		})
	}
}

func TestParseID(t *testing.T) {
	tests := []struct {
		id   string
		want item
		ok   bool
	}{
		{"urn:epc:id:sgtin:0614141.107346.2017", item{GTIN: "10614141073464"}, true},
		{"urn:epc:class:lgtin:4012345.012345.998877", item{GTIN: "04012345123456", Lot: "998877"}, true},
		{"urn:epc:idpat:sgtin:4012345.012345.*", item{GTIN: "04012345123456"}, true},
		{"urn:epc:id:sscc:0614141.1234567890", item{SSCC: "106141412345678908"}, true},
		{"https://id.gs1.org/00/106141412345678908", item{SSCC: "106141412345678908"}, true},
		{"https://example.com/shop/01/04012345123456/21/7", item{GTIN: "04012345123456"}, true},
		{"https://id.gs1.org/01/04012345123456/22/2A/10/X1/21/7", item{GTIN: "04012345123456", Lot: "X1"}, true},
		{"urn:epc:id:sgln:0614141.00777.0", item{}, false},
		{"urn:epc:id:sgtin:061414.107346.2017", item{}, false}, // 12 digits
		{"urn:epc:class:lgtin:4012345.012345.", item{}, false},
		{"https://id.gs1.org/01/123/10/X", item{}, false},
		{"", item{}, false},
	}
	for _, tt := range tests {
		got, ok := parseID(tt.id)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseID(%q) = %+v, %v; want %+v, %v", tt.id, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStableIDs(t *testing.T) {
	ev := objectEvent(`"bizStep":"receiving","recordTime":"2024-05-01T09:00:00Z"`)
	// The same event, keys in another order, captured again later, alone.
	same := `{` + testContext + `,"recordTime":"2024-05-02T00:00:00Z","bizStep":"receiving","epcList":["urn:epc:id:sgtin:4012345.011111.1"],` +
		`"action":"OBSERVE","eventTimeZoneOffset":"+00:00","eventTime":"2024-05-01T08:00:00Z","type":"ObjectEvent"}`
	other := objectEvent(`"bizStep":"receiving","eventID":"urn:uuid:6a1f4d7e-0c1b-4c4e-9d2a-3b5f8e9a0c11"`)

	a := mustParse(t, testDoc(ev))
	b := mustParse(t, testDoc(ev))
	c := mustParse(t, []byte(same))
	d := mustParse(t, testDoc(objectEvent(`"bizStep":"receiving","eventTime":"2024-05-01T08:00:01Z"`)))
	e := mustParse(t, testDoc(other))

	id := a.Custody[0].ID
	if !strings.HasPrefix(id, "sha256:") || len(id) != len("sha256:")+64 {
		t.Errorf("id %q is not a sha256", id)
	}
	if b.Custody[0].ID != id || c.Custody[0].ID != id {
		t.Errorf("ids %q, %q, %q differ for the same event", id, b.Custody[0].ID, c.Custody[0].ID)
	}
	if d.Custody[0].ID == id {
		t.Errorf("another event has the same id %q", id)
	}
	if got := e.Custody[0].ID; got != "urn:uuid:6a1f4d7e-0c1b-4c4e-9d2a-3b5f8e9a0c11" {
		t.Errorf("id %q, want the eventID", got)
	}
	long := "urn:uuid:" + strings.Repeat("a", kefu.MaxExternalIDLen)
	f := mustParse(t, testDoc(objectEvent(`"bizStep":"receiving","eventID":"`+long+`"`)))
	if got := f.Custody[0].ID; !strings.HasPrefix(got, "sha256:") {
		t.Errorf("a too long eventID kept: %q", got)
	}
}

func TestRefs(t *testing.T) {
	ev := `{"type":"AggregationEvent","eventTime":"2024-05-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"ADD",` +
		`"bizStep":"https://ref.gs1.org/cbv/BizStep-loading","disposition":"in_transit",` +
		`"parentID":"urn:epc:id:sscc:0614141.1234567890","childEPCs":["urn:epc:id:sgtin:4012345.011111.1"],` +
		`"readPoint":{"id":"urn:epc:id:sgln:4012345.00001.1"},"bizLocation":{"id":"urn:epc:id:sgln:4012345.00001.0"},` +
		`"bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:FF-20915"},` +
		`{"type":"https://ref.gs1.org/cbv/BTT-desadv","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:D-1"},{"bizTransaction":"https://shop.example/bol/9"}],` +
		`"destinationList":[{"type":"location","destination":"urn:epc:id:sgln:4012345.00002.0"}]}`
	c := mustParse(t, testDoc(ev))
	r := c.Refs[0]
	want := []Link{{"po", "urn:epcglobal:cbv:bt:4012345000009:FF-20915"}, {"desadv", "urn:epcglobal:cbv:bt:4012345000009:D-1"}, {"", "https://shop.example/bol/9"}}
	if fmt.Sprint(r.Transactions) != fmt.Sprint(want) {
		t.Errorf("transactions %v, want %v", r.Transactions, want)
	}
	if fmt.Sprint(r.SSCCs) != "[106141412345678908]" || r.Parent != "urn:epc:id:sscc:0614141.1234567890" {
		t.Errorf("ssccs %v parent %q", r.SSCCs, r.Parent)
	}
	if r.BizStep != "loading" || r.Disposition != "in_transit" || r.Type != "AggregationEvent" || r.Action != "ADD" {
		t.Errorf("refs %+v", r)
	}
	if fmt.Sprint(r.Destinations) != "[{location urn:epc:id:sgln:4012345.00002.0}]" {
		t.Errorf("destinations %v", r.Destinations)
	}
	e := c.Custody[0]
	if e.Step != kefu.StepLoaded || !e.At.Equal(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)) || e.At.Location() != time.UTC ||
		e.Location != "urn:epc:id:sgln:4012345.00001.0" || e.Station != "urn:epc:id:sgln:4012345.00001.1" || e.ShipmentID != "" || e.ID != r.EventID {
		t.Errorf("custody %+v", e)
	}
}

func TestSingleEvent(t *testing.T) {
	ev := `{` + testContext + `,"type":"ObjectEvent","eventTime":"2024-05-01T08:00:00Z","eventTimeZoneOffset":"+00:00","action":"OBSERVE",` +
		`"bizStep":"arriving","epcList":["urn:epc:id:sgtin:4012345.011111.1"],` +
		`"sensorElementList":[{"sensorReport":[{"type":"Temperature","value":4,"uom":"CEL"}]}]}`
	c := mustParse(t, []byte(ev))
	if c.EventCount != 1 || len(c.Custody) != 1 || c.Custody[0].Step != kefu.StepArrived {
		t.Errorf("capture %+v", c)
	}
	if len(c.Quarantined) != 1 || c.Quarantined[0].Path != "/sensorElementList/0/sensorReport/0" {
		t.Errorf("quarantined %+v", c.Quarantined)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		doc   []byte
		code  string
		field string
	}{
		{"not JSON", []byte(`{"type":`), kefu.EINVALID, ""},
		{"two values", []byte(`{} {}`), kefu.EINVALID, ""},
		{"not an object", []byte(`[1]`), kefu.EINVALID, "/type"},
		{"no type", []byte(`{` + testContext + `}`), kefu.EINVALID, "/type"},
		{"no context", []byte(`{"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2024-05-01T10:00:00Z","epcisBody":{"eventList":[]}}`), kefu.EINVALID, "/@context"},
		{"bad time", testDoc(objectEvent(`"eventTime":"yesterday"`)), kefu.EINVALID, "/epcisBody/eventList/0/eventTime"},
		{"bad bizStep", testDoc(objectEvent(`"bizStep":"sorting"`)), kefu.EINVALID, "/epcisBody/eventList/0/bizStep"},
		{"unknown field", testDoc(objectEvent(`"temperature":4`)), kefu.EINVALID, "/epcisBody/eventList/0/temperature"},
		{"second event", testDoc(objectEvent(""), objectEvent(`"action":"MOVE"`)), kefu.EINVALID, "/epcisBody/eventList/1/action"},
		{"too large", append(testDoc(), bytes.Repeat([]byte(" "), MaxDocumentBytes)...), kefu.ETOOLARGE, ""},
		{"too many events", testDoc(strings.Repeat(`{},`, MaxEvents) + `{}`), kefu.ETOOLARGE, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.doc, "t1", testNow)
			if err == nil {
				t.Fatal("accepted")
			}
			if kefu.ErrorCode(err) != tt.code || kefu.ErrorField(err) != tt.field {
				t.Errorf("code %q field %q, want %q %q: %v", kefu.ErrorCode(err), kefu.ErrorField(err), tt.code, tt.field, err)
			}
			if tt.field != "" && !strings.Contains(err.Error(), tt.field) {
				t.Errorf("message %q does not name %s", err, tt.field)
			}
		})
	}
	if _, err := Parse(testDoc(), "", testNow); kefu.ErrorField(err) != "tenant_id" {
		t.Errorf("no tenant: %v", err)
	}
}

func TestIgnored(t *testing.T) {
	c := mustParse(t, testDoc(
		objectEvent(`"bizStep":"commissioning"`),
		objectEvent(`"bizStep":"receiving"`),
		objectEvent(`"bizStep":"receiving","errorDeclaration":{"declarationTime":"2024-05-01T09:00:00Z","reason":"incorrect_data","correctiveEventIDs":["urn:uuid:1"]}`),
		`{"type":"TransactionEvent","eventTime":"2024-05-01T08:00:00Z","eventTimeZoneOffset":"+00:00","action":"ADD",`+
			`"bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:1"}],"epcList":["urn:epc:id:sgtin:4012345.011111.1"]}`,
		`{"type":"https://example.com/epcis/DoorEvent","eventTime":"2024-05-01T08:00:00Z","eventTimeZoneOffset":"+00:00","bizStep":"receiving"}`,
	))
	if c.EventCount != 5 || c.Ignored != 4 || len(c.Custody) != 1 || len(c.Refs) != 5 {
		t.Errorf("events %d ignored %d custody %d refs %d", c.EventCount, c.Ignored, len(c.Custody), len(c.Refs))
	}
	d := c.Refs[2].ErrorDeclaration
	if d == nil || d.Reason != "incorrect_data" || len(d.CorrectiveEventIDs) != 1 {
		t.Errorf("error declaration %+v", d)
	}
	if c.Refs[3].Transactions[0].Type != "po" {
		t.Errorf("transaction event refs %+v", c.Refs[3])
	}
}

func TestCompileRegexp(t *testing.T) {
	re, err := compileRegexp(`^(?!(urn:epcglobal:cbv|https?:\/\/ns\.gs1\.org/cbv\/))`)
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{"https://example.com/x": true, "urn:epcglobal:cbv:bizstep:x": false, "http://ns.gs1.org/cbv/x": false, "": true} {
		if re.MatchString(s) != want {
			t.Errorf("%q: %v, want %v", s, !want, want)
		}
	}
	for _, bad := range []string{`^(?!a)(b)`, `^(?!a)b`, `x(?=y)`} {
		if _, err := compileRegexp(bad); err == nil {
			t.Errorf("%q compiled", bad)
		}
	}
}

func TestSchemaAmendments(t *testing.T) {
	// The embedded file is GS1's, unchanged: the amendments are in code.
	if bytes.Contains(schemaJSON, []byte(measurementTermPattern)) {
		t.Error("the embedded schema has been edited")
	}
	if _, err := gs1Schema(); err != nil {
		t.Fatal(err)
	}
	agg := `{"type":"AggregationEvent","eventTime":"2024-05-01T08:00:00Z","eventTimeZoneOffset":"+00:00","action":"ADD",` +
		`"parentID":"urn:epc:id:sscc:0614141.1234567890","childEPCs":["urn:epc:id:sgtin:4012345.011111.1"],"persistentDisposition":{"set":["completeness_verified"]}}`
	mustParse(t, testDoc(agg))
	mustParse(t, testDoc(sensorEvent(`{"type":"EffectiveDoseRate","value":1,"uom":"P71"}`)))
	mustParse(t, testDoc(sensorEvent(`{"exception":"ALARM_CONDITION"}`)))
	for _, bad := range []string{`{"type":"effective dose","value":1}`, `{"value":1}`} {
		if _, err := Parse(testDoc(sensorEvent(bad)), "t1", testNow); err == nil {
			t.Errorf("sensor report %s accepted", bad)
		}
	}
}
