package intent

import (
	"encoding/csv"
	"io"
	"testing"
)

// readColumn returns one named column of a CSV with a header.
func readColumn(tb testing.TB, r io.Reader, name string) []string {
	tb.Helper()
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	idx := -1
	for i, h := range recs[0] {
		if h == name {
			idx = i
		}
	}
	if idx < 0 {
		tb.Fatalf("no %s column", name)
	}
	var out []string
	for _, r := range recs[1:] {
		out = append(out, r[idx])
	}
	return out
}
