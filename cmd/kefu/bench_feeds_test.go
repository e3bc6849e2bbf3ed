package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// TestBenchFeeds runs the feeds scenario on a small catalogue and checks
// its last line: every product new, then every price changed, then
// every product unchanged.
func TestBenchFeeds(t *testing.T) {
	var out bytes.Buffer
	cfg := DefaultConfig()
	if err := benchFeeds(context.Background(), &Env{Stdout: &out, Stderr: io.Discard, Getenv: func(string) string { return "" }}, &cfg, "globalmart", 300); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var res feedsBenchResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line %q is not JSON: %v", lines[len(lines)-1], err)
	}
	if res.Scenario != "feeds" || res.Products != 300 || res.Drafts != 300 || res.PriceChanges != 300 || res.Unchanged != 300 || res.NewSeconds <= 0 {
		t.Errorf("result %+v", res)
	}
}
