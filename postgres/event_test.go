package postgres_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
)

// TestEventLog runs the durable log contract; each node is a pool of its
// own on one schema, as two kefu nodes would have.
func TestEventLog(t *testing.T) {
	bustest.RunLog(t, func(t *testing.T) func() kefu.EventLog {
		dsn := testenv.PostgresDSN(t)
		return func() kefu.EventLog { return mustOpenRealClock(t, dsn) }
	})
}

// mustOpenRealClock opens the database at dsn with the real clock, which
// leases need, and closes it when tb ends.
func mustOpenRealClock(tb testing.TB, dsn string) *postgres.DB {
	tb.Helper()
	db, err := postgres.Open(context.Background(), dsn, nil)
	if err != nil {
		tb.Fatalf("postgres.Open: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func BenchmarkEventLog(b *testing.B) {
	bustest.BenchLog(b, func(b *testing.B) kefu.EventLog {
		return mustOpenRealClock(b, testenv.PostgresDSN(b))
	})
}
