package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestBenchAnalytics runs the analytics scenario small: it generates a
// history into a SQLite file and times every panel.
func TestBenchAnalytics(t *testing.T) {
	if testing.Short() {
		t.Skip("bench scenario skipped in -short mode")
	}
	env, out, errOut := testEnv("", nil)
	args := []string{"bench", "--scenario", "analytics", "--conversations", "600", "--days", "30", "--runs", "2"}
	if code := Run(context.Background(), args, env); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var res analyticsBenchResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	if res.Scenario != "analytics" || res.Conversations != 600 || res.Messages != 6000 || res.FileMB <= 0 || len(res.Panels) != 6 {
		t.Errorf("result %+v", res)
	}
	for name, p := range res.Panels {
		if p.P50MS <= 0 || p.P99MS < p.P50MS {
			t.Errorf("panel %s = %+v", name, p)
		}
	}
	if !strings.Contains(errOut.String(), "generating [") {
		t.Errorf("no progress bar on stderr: %q", errOut)
	}
}
