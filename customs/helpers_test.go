package customs

import (
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/internal/money"
)

var (
	tablesOnce sync.Once
	tablesVal  *Tables
	tablesErr  error
)

// MustTables returns the embedded tables, loaded once per test binary, or
// fails the test.
func MustTables(tb testing.TB) *Tables {
	tb.Helper()
	tablesOnce.Do(func() { tablesVal, tablesErr = Open() })
	if tablesErr != nil {
		tb.Fatal(tablesErr)
	}
	return tablesVal
}

// MustAmount parses "199 CNY" or fails the test.
func MustAmount(tb testing.TB, s string) money.Amount {
	tb.Helper()
	a, err := money.ParseAmount(s)
	if err != nil {
		tb.Fatalf("amount %q: %v", s, err)
	}
	return a
}

// MustDate parses "2026-11-10" (UTC) or fails the test.
func MustDate(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatalf("date %q: %v", s, err)
	}
	return d
}
