package epcis

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// The example documents are read in place from ../shared (the repository's
// sibling), never copied: GS1's examples carry no licence to redistribute
// them, and OpenEPCIS's are only needed here.

// examplesNow is the clock the examples are parsed against: after every
// reading in them.
var examplesNow = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)

// datasetDir returns the shared dataset's directory, skipping the test
// when it is missing (failing under KEFU_REQUIRE_SERVICES=1).
func datasetDir(tb testing.TB, name string) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "datasets", name)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("KEFU_REQUIRE_SERVICES") == "1" {
			tb.Fatalf("dataset %s is missing (%v) and KEFU_REQUIRE_SERVICES=1", name, err)
		}
		tb.Skipf("dataset %s is missing (%v): skipping", name, err)
	}
	return dir
}

// jsonFiles lists the .json and .jsonld files under dir, recursively.
func jsonFiles(tb testing.TB, dir string) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".jsonld")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// mustParseFile parses a valid example and checks what Parse promises of
// its result.
func mustParseFile(tb testing.TB, path string) *Capture {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := Parse(b, "t1", examplesNow)
	if err != nil {
		tb.Fatalf("%s: %v (field %q)", path, err, kefu.ErrorField(err))
	}
	checkCapture(tb, c, examplesNow)
	return c
}

// checkCapture checks the invariants of a Capture parsed against now.
func checkCapture(tb testing.TB, c *Capture, now time.Time) {
	tb.Helper()
	if len(c.Refs) != c.EventCount {
		tb.Errorf("%d refs for %d events", len(c.Refs), c.EventCount)
	}
	for i := range c.Readings {
		if err := c.Readings[i].Validate(now); err != nil {
			tb.Errorf("reading %d: %v", i, err)
		}
	}
	for i := range c.Custody {
		if err := c.Custody[i].Validate(); err != nil {
			tb.Errorf("custody event %d: %v", i, err)
		}
		if c.Custody[i].ShipmentID != "" {
			tb.Errorf("custody event %d has a shipment", i)
		}
	}
	for i := range c.Batches {
		if err := c.Batches[i].Validate(); err != nil {
			tb.Errorf("batch %d: %v", i, err)
		}
	}
	for _, p := range c.Quarantined {
		if p.Reason == "" {
			tb.Errorf("problem at %q without a reason", p.Path)
		}
	}
}

func TestGS1Examples(t *testing.T) {
	dir := filepath.Join(datasetDir(t, "gs1-epcis-examples"), "JSON")
	files := jsonFiles(t, dir)
	if len(files) < 47 {
		t.Errorf("%d GS1 examples, want at least 47", len(files))
	}
	var events, custody, readings, batches, quarantined int
	for _, f := range files {
		t.Run(strings.TrimPrefix(f, dir+"/"), func(t *testing.T) {
			c := mustParseFile(t, f)
			events += c.EventCount
			custody += len(c.Custody)
			readings += len(c.Readings)
			batches += len(c.Batches)
			quarantined += len(c.Quarantined)
		})
	}
	t.Logf("%d GS1 examples accepted: %d events, %d custody events, %d readings, %d batches, %d quarantined",
		len(files), events, custody, readings, batches, quarantined)
}

// openepcisInvalid are OpenEPCIS's deliberately invalid documents and the
// JSON pointer the error names.
var openepcisInvalid = map[string]string{
	"Capture/Invalid/Combination_of_events_with_missing_mandatory_fields.json":   "/epcisBody/eventList/0/action",
	"Capture/Invalid/Combination_of_multiple_invalid_fields.json":                "/epcisBody/eventList/0/bizStep",
	"Capture/Invalid/Combination_of_non_standard_bizStep_and_disposition.json":   "/epcisBody/eventList/0/bizStep",
	"Capture/Invalid/EPCISDocument_without_context.json":                         "/@context",
	"Capture/Invalid/ObjectEvent_with_ilmd_field_without_namespace.json":         "/epcisBody/eventList/0/ilmd/materialType",
	"Capture/Invalid/ObjectEvent_with_invalid_action.json":                       "/epcisBody/eventList/0/action",
	"Capture/Invalid/ObjectEvent_with_invalid_certificationInfo.json":            "/epcisBody/eventList/0/certificationInfo/0",
	"Capture/Invalid/ObjectEvent_with_invalid_eventTime_format.json":             "/epcisBody/eventList/0/eventTime",
	"Capture/Invalid/ObjectEvent_with_non_standard_bizStep.json":                 "/epcisBody/eventList/0/bizStep",
	"Capture/Invalid/ObjectEvent_with_non_standard_bizStep_in_second_event.json": "/epcisBody/eventList/1/bizStep",
	"Capture/Invalid/ObjectEvent_with_non_standard_disposition.json":             "/epcisBody/eventList/0/disposition",
	"Capture/Invalid/ObjectEvent_with_quantity_as_text.json":                     "/epcisBody/eventList/0/quantityList/0/quantity",
	"Capture/Invalid/ObjectEvent_with_unknown_field_in_quantityList.json":        "/epcisBody/eventList/0/quantityList/0/weight",
	"Capture/Invalid/ObjectEvent_without_action_and_eventTime.json":              "/epcisBody/eventList/0/action",
	"Capture/Invalid/ObjectEvent_without_identifier_list.json":                   "/epcisBody/eventList/0",
	"Query/Invalid/QueryDocument_with_invalid_action.json":                       "/epcisBody/queryResults/resultsBody/eventList/0/action",
	"Query/Invalid/QueryDocument_with_invalid_eventType.json":                    "/epcisBody/queryResults/resultsBody/eventList/0/type",
	"Query/Queries/Invalid/Query_with_invalid_values.json":                       "/type",
	"Query/Queries/Invalid/Query_with_unknown_parameter.json":                    "/type",
}

// openepcisNotDocuments are OpenEPCIS files that are neither documents nor
// events (a query's parameters), so neither accepted nor counted.
var openepcisNotDocuments = map[string]bool{
	"Query/Queries/SimpleEventQuery.json": true,
}

func TestOpenEPCISExamples(t *testing.T) {
	dir := filepath.Join(datasetDir(t, "openepcis-test-resources"), "JSON")
	var accepted, rejected int
	seenInvalid := map[string]bool{}
	for _, f := range jsonFiles(t, dir) {
		name := filepath.ToSlash(strings.TrimPrefix(f, dir+"/"))
		if openepcisNotDocuments[name] {
			continue
		}
		want, invalid := openepcisInvalid[name]
		if !invalid && strings.Contains(name, "Invalid/") {
			t.Errorf("%s: an invalid example without an expected path", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			if !invalid {
				mustParseFile(t, f)
				accepted++
				return
			}
			seenInvalid[name] = true
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(b, "t1", examplesNow)
			if err == nil {
				t.Fatalf("accepted a deliberately invalid document")
			}
			rejected++
			if code := kefu.ErrorCode(err); code != kefu.EINVALID {
				t.Errorf("code %q, want %q: %v", code, kefu.EINVALID, err)
			}
			if got := kefu.ErrorField(err); got != want {
				t.Errorf("field %q, want %q: %v", got, want, err)
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message %q does not name the path %s", err, want)
			}
			if err2 := Validate(b); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("Validate: %v, Parse: %v", err2, err)
			}
			t.Logf("%v", err)
		})
	}
	for name := range openepcisInvalid {
		if !seenInvalid[name] {
			t.Errorf("%s: expected invalid example not found", name)
		}
	}
	if accepted < 50 || rejected < len(openepcisInvalid) {
		t.Errorf("%d accepted, %d rejected: fewer than expected", accepted, rejected)
	}
	t.Logf("OpenEPCIS: %d valid examples accepted, %d invalid rejected", accepted, rejected)
}
