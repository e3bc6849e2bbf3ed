package postgres_test

import (
	"context"
	"sync"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kefu.Store { return MustOpen(t, testenv.PostgresDSN(t)) })
}

// MustOpen opens the database at dsn and closes it when tb ends.
func MustOpen(tb testing.TB, dsn string) *postgres.DB {
	tb.Helper()
	db, err := postgres.Open(context.Background(), dsn, storetest.Clock())
	if err != nil {
		tb.Fatalf("postgres.Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestOpenConcurrently(t *testing.T) {
	// Processes that start together on a new database must all succeed
	// and migrate it once.
	dsn := testenv.PostgresDSN(t)
	var wg sync.WaitGroup
	errs := make([]error, 6)
	dbs := make([]*postgres.DB, len(errs))
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = postgres.Open(context.Background(), dsn, nil)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	storetest.MustCreateTenant(t, dbs[0], "shop")
	if _, err := dbs[5].FindTenantByID(context.Background(), "shop"); err != nil {
		t.Fatal(err)
	}
	// Reopening applies nothing twice.
	MustOpen(t, dsn)
}

func TestOpenErrors(t *testing.T) {
	for _, tc := range []struct{ name, dsn, code string }{
		{"bad DSN", "postgres://%zz", kefu.EINVALID},
		{"bad pool size", "postgres://u@127.0.0.1:1/db?pool_max_conns=zero", kefu.EINVALID},
		{"unreachable", "postgres://postgres@127.0.0.1:1/test?sslmode=disable&connect_timeout=1", kefu.EUNAVAILABLE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := postgres.Open(context.Background(), tc.dsn, nil)
			if got := kefu.ErrorCode(err); got != tc.code {
				t.Errorf("Open error %v, want code %s", err, tc.code)
			}
		})
	}
}
