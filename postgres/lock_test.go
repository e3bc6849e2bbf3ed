package postgres_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
)

// TestLocker runs the lock contract; each node is a Locker (a pool) of its
// own on one schema, as two kefu nodes would have.
func TestLocker(t *testing.T) {
	bustest.RunLocker(t, func(t *testing.T) func() kefu.Locker {
		dsn := testenv.PostgresDSN(t)
		return func() kefu.Locker {
			l, err := postgres.OpenLocker(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { l.Close() })
			return l
		}
	})
}

// BenchmarkLocker measures advisory locks: each node a Locker (a pool)
// of its own on one schema.
func BenchmarkLocker(b *testing.B) {
	bustest.BenchLocker(b, func(b *testing.B) func() kefu.Locker {
		dsn := testenv.PostgresDSN(b)
		return func() kefu.Locker {
			l, err := postgres.OpenLocker(context.Background(), dsn)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { l.Close() })
			return l
		}
	})
}
