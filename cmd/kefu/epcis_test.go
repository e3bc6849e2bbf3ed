package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
)

// captureDoc is an EPCIS 2.0 document of the freshfarm demo: an
// inspection of FF-20918's goods at delivery, with the logger's reading.
const captureDoc = `{
 "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-10-24T04:30:00Z",
 "epcisBody": {"eventList": [{
  "type": "ObjectEvent", "eventTime": "2026-10-24T04:25:00Z", "eventTimeZoneOffset": "+08:00",
  "epcList": ["urn:epc:id:sgtin:0614141.107346.2018"], "action": "OBSERVE",
  "bizStep": "inspecting", "disposition": "damaged",
  "readPoint": {"id": "urn:epc:id:sgln:0614141.00777.0"},
  "bizTransactionList": [{"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:0614141073467:FF-20918"}],
  "sensorElementList": [{"sensorMetadata": {"time": "2026-10-24T04:25:00Z", "deviceID": "urn:epc:id:giai:0614141.20918"},
   "sensorReport": [{"type": "Temperature", "value": 15.8, "uom": "FAH"}]}]
 }]}
}`

// TestEPCISCapture captures EPCIS documents into the demo: the freshfarm
// inspection is linked to FF-20918's shipment and its reading stored
// (from Fahrenheit), a second capture stores nothing new, a reading of an
// unknown device is quarantined, and a broken document stores nothing and
// names the failing path. Every GS1 example document is accepted.
func TestEPCISCapture(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["freshfarm"]
	capture := func(doc string) (int, map[string]any) {
		return call(t, "POST", d.URL+"/v1/epcis/capture", key, "application/ld+json", strings.NewReader(doc))
	}
	// The logger is registered with its EPCIS device id.
	db, err := sqlite.Open(context.Background(), filepath.Join(d.Data, "kefu.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.UpsertDevice(context.Background(), &kefu.Device{ID: "urn:epc:id:giai:0614141.20918", TenantID: "freshfarm", Kind: kefu.DeviceLogger}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	status, body := capture(captureDoc)
	if status != http.StatusOK || body["custody"].(float64) != 1 || body["linked"].(float64) != 1 || body["readings"].(float64) != 1 {
		t.Fatalf("first capture: %d %v", status, body)
	}
	// Again: nothing new.
	status, body = capture(captureDoc)
	if status != http.StatusOK || body["custody"].(float64) != 0 || body["readings"].(float64) != 0 || body["duplicates"].(float64) != 1 {
		t.Fatalf("second capture: %d %v", status, body)
	}
	// A reading of a device the shop does not have is quarantined; the event is kept.
	other := strings.ReplaceAll(strings.Replace(captureDoc, "0614141.20918", "0614141.99999", 1), "04:25:00Z", "04:26:00Z")
	status, body = capture(other)
	if q, _ := body["quarantined"].([]any); status != http.StatusOK || body["custody"].(float64) != 1 || len(q) != 1 ||
		!strings.Contains(q[0].(map[string]any)["reason"].(string), "unknown_device") {
		t.Fatalf("unknown device: %d %v", status, body)
	}
	db, _ = sqlite.Open(context.Background(), filepath.Join(d.Data, "kefu.db"), nil)
	defer db.Close()
	rs, err := db.FindReadings(context.Background(), "freshfarm", "urn:epc:id:giai:0614141.20918",
		time.Date(2026, 10, 24, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 25, 0, 0, 0, 0, time.UTC))
	if err != nil || len(rs) != 1 || rs[0].TempC < -9.01 || rs[0].TempC > -8.99 {
		t.Fatalf("stored readings %+v %v (want -9 °C from 15.8 °F)", rs, err)
	}
	o, _ := db.FindOrderByNumber(context.Background(), "freshfarm", "FF-20918")
	ships, _ := db.FindShipmentsByOrder(context.Background(), "freshfarm", o.ID)
	es, _ := db.FindCustodyEvents(context.Background(), "freshfarm", ships[0].ID)
	found := false
	for _, e := range es {
		found = found || e.Step == kefu.StepInspected && !e.ChecksPassed
	}
	if !found {
		t.Errorf("no failed inspection among FF-20918's custody events: %+v", es)
	}

	// A broken document: nothing stored, the path named.
	status, body = capture(strings.Replace(captureDoc, `"action": "OBSERVE"`, `"action": "LOOK"`, 1))
	if status != http.StatusBadRequest || !strings.Contains(str(body, "error", "field"), "/action") {
		t.Fatalf("broken document: %d %v", status, body)
	}
	// GS1's own examples, read in place.
	dir := filepath.Join("..", "..", "..", "shared", "datasets", "gs1-epcis-examples", "JSON")
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonld"))
	if len(files) == 0 {
		if os.Getenv("KEFU_REQUIRE_SERVICES") == "1" {
			t.Fatalf("no GS1 examples in %s", dir)
		}
		t.Skipf("no GS1 examples in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(filepath.Base(f), "Query") {
			continue // query documents are not captures
		}
		if status, body := capture(string(b)); status != http.StatusOK {
			t.Errorf("%s: %d %v", filepath.Base(f), status, body)
		}
	}
}
