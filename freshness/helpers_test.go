package freshness_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/sqlite"
)

// checkJSON fails t unless got and want are deeply equal, showing both
// as JSON.
func checkJSON(t testing.TB, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", "  ")
		w, _ := json.MarshalIndent(want, "", "  ")
		t.Errorf("%s:\ngot  %s\nwant %s", what, g, w)
	}
}

// testClock is a settable clock.
type testClock struct {
	mu sync.Mutex // guards t
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// stores are the store adapters the freshness tests run on.
var stores = []struct {
	name string
	open func(testing.TB, kefu.Clock) kefu.Store
}{{"sqlite", MustOpen}, {"postgres", MustOpenPostgres}}

// MustOpenPostgres opens a PostgreSQL store on a fresh schema of the
// test server (skipped without one, unless services are required) with
// a shop "shop", or fails tb.
func MustOpenPostgres(tb testing.TB, clock kefu.Clock) kefu.Store {
	tb.Helper()
	db, err := postgres.Open(context.Background(), testenv.PostgresDSN(tb), clock)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	mustShop(tb, db)
	return db
}

// mustShop creates the shop "shop" (English, also Chinese), or fails tb.
func mustShop(tb testing.TB, st kefu.Store) {
	tb.Helper()
	t := &kefu.Tenant{ID: "shop", Name: "Lumi Beauty", Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "zh"}}}
	if err := st.CreateTenant(context.Background(), t); err != nil {
		tb.Fatal(err)
	}
}

// MustOpen opens a SQLite store in a temporary directory with a shop
// "shop" (English), or fails tb.
func MustOpen(tb testing.TB, clock kefu.Clock) kefu.Store {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kefu.db"), clock)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	mustShop(tb, db)
	return db
}

// MustSource stores a feed source of shop, or fails tb.
func MustSource(tb testing.TB, st kefu.Store, name string, format kefu.FeedFormat) *kefu.FeedSource {
	tb.Helper()
	src := &kefu.FeedSource{TenantID: "shop", Name: name, Format: format, Currency: "EUR"}
	if err := st.UpsertFeedSource(context.Background(), src, false); err != nil {
		tb.Fatal(err)
	}
	got, err := st.FindFeedSource(context.Background(), "shop", name)
	if err != nil {
		tb.Fatal(err)
	}
	return got
}

// MustDeliver delivers body to the source named name, or fails tb.
func MustDeliver(tb testing.TB, s *freshness.Service, name string, body []byte) *freshness.Result {
	tb.Helper()
	src, err := s.Store.FindFeedSource(context.Background(), "shop", name)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := s.Deliver(context.Background(), src, body)
	if err != nil {
		tb.Fatalf("Deliver: %v", err)
	}
	return res
}
