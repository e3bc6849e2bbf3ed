package epcis

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu"
)

// FuzzParse checks that Parse never panics, refuses only with EINVALID or
// ETOOLARGE, and returns only what it promises.
func FuzzParse(f *testing.F) {
	f.Add(testDoc(objectEvent(`"bizStep":"receiving","disposition":"damaged"`)))
	f.Add(testDoc(sensorEvent(`{"type":"Temperature","value":39.2,"uom":"FAH"},{"type":"RelativeHumidity","value":80}`)))
	f.Add(testDoc(objectEvent(`"action":"ADD","bizStep":"packing","ilmd":{"cbvmda:lotNumber":"L1","cbvmda:bestBeforeDate":"2024-05-12"},` +
		`"quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":2}]`)))
	f.Add([]byte(`{"type":"ObjectEvent"}`))
	f.Add([]byte(`[]`))
	// The shared examples, when they are there.
	for _, dir := range []string{
		filepath.Join("..", "..", "shared", "datasets", "gs1-epcis-examples", "JSON", "WithSensorData"),
		filepath.Join("..", "..", "shared", "datasets", "openepcis-test-resources", "JSON", "Capture", "Invalid"),
	} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		c, err := Parse(doc, "t1", testNow)
		if err != nil {
			if code := kefu.ErrorCode(err); code != kefu.EINVALID && code != kefu.ETOOLARGE {
				t.Fatalf("code %q: %v", code, err)
			}
			return
		}
		checkCapture(t, c, testNow)
	})
}
