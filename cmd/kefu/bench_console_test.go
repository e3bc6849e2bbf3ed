package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestBenchConsole runs the console scenario small: real logins, live
// console websockets, customers writing into held conversations; every
// accepted message must reach its agent's console.
func TestBenchConsole(t *testing.T) {
	if testing.Short() {
		t.Skip("bench scenario skipped in -short mode")
	}
	env, out, errOut := testEnv("", nil)
	args := []string{"bench", "--scenario", "console", "--consoles", "3", "--chats", "2", "--rate", "60", "--duration", "1s", "--warmup", "200ms"}
	if code := Run(context.Background(), args, env); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var res consoleResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	if res.Scenario != "console" || res.Consoles != 3 || res.Delivered < 40 || res.Lost != 0 || res.Errors != 0 || res.P99MS <= 0 {
		t.Errorf("result %+v\n%s", res, out)
	}
}
