package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/sqlite"
)

// TestEventLog runs the durable log contract; each node is a DB of its
// own on the same file, as two processes would have.
func TestEventLog(t *testing.T) {
	bustest.RunLog(t, func(t *testing.T) func() kefu.EventLog {
		path := filepath.Join(t.TempDir(), "kefu.db")
		return func() kefu.EventLog { return mustOpenRealClock(t, path) }
	})
}

// mustOpenRealClock opens the database at path with the real clock, which
// leases need, and closes it when tb ends.
func mustOpenRealClock(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		tb.Fatalf("sqlite.Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func BenchmarkEventLog(b *testing.B) {
	bustest.BenchLog(b, func(b *testing.B) kefu.EventLog {
		return mustOpenRealClock(b, filepath.Join(b.TempDir(), "kefu.db"))
	})
}
