package epcis

import (
	"fmt"
	"strings"
	"testing"
)

// benchDoc is a document of n ObjectEvents as a cold chain sends them:
// a business step, a lot and a temperature and humidity report each.
func benchDoc(n int) []byte {
	steps := []string{"receiving", "storing", "picking", "packing", "loading", "departing", "arriving", "accepting"}
	evs := make([]string, n)
	for i := range evs {
		evs[i] = fmt.Sprintf(`{"type":"ObjectEvent","eventTime":"2024-05-01T%02d:%02d:%02dZ","eventTimeZoneOffset":"+08:00","action":"OBSERVE",`+
			`"bizStep":%q,"disposition":"in_transit","readPoint":{"id":"urn:epc:id:sgln:4012345.00001.%d"},`+
			`"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.LOT%d","quantity":12,"uom":"KGM"}],`+
			`"bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:FF-%d"}],`+
			`"sensorElementList":[{"sensorMetadata":{"deviceID":"urn:epc:id:giai:4000001.%d"},"sensorReport":[`+
			`{"type":"Temperature","value":%d.5,"uom":"CEL"},{"type":"RelativeHumidity","value":85,"uom":"P1"}]}]}`,
			i/3600%12, i/60%60, i%60, steps[i%len(steps)], i%10, i%20, i, i%50, i%8)
	}
	return testDoc(strings.Join(evs, ","))
}

func BenchmarkParse1000(b *testing.B) {
	doc := benchDoc(1000)
	c := mustParse(b, doc)
	if c.EventCount != 1000 || len(c.Custody) != 1000 || len(c.Readings) != 1000 || len(c.Quarantined) != 0 {
		b.Fatalf("capture: %d events, %d custody, %d readings, %d quarantined", c.EventCount, len(c.Custody), len(c.Readings), len(c.Quarantined))
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(doc, "t1", testNow); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*1000)/b.Elapsed().Seconds(), "events/s")
}
