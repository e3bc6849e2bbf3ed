package http

import (
	"os"
	"strings"
	"testing"
)

// TestConsoleRoutesDocumented keeps docs/console.md's API table in step
// with the console's routes, which the OpenAPI document (for /v1) does not
// cover.
func TestConsoleRoutesDocumented(t *testing.T) {
	b, err := os.ReadFile("../docs/console.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, rt := range (&Server{}).consoleRoutes() {
		row := "| " + rt.method + " | `" + rt.pattern
		if !strings.Contains(doc, row) {
			t.Errorf("docs/console.md does not list %s %s", rt.method, rt.pattern)
		}
	}
}
