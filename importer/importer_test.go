package importer_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/sqlite"
)

// fixedClock is the clock of test stores: imports must not depend on the
// wall clock.
func fixedClock() time.Time { return time.Date(2026, 11, 10, 12, 0, 0, 0, time.UTC) }

// MustOpen opens a new SQLite store in tb's temporary directory and
// closes it when tb ends.
func MustOpen(tb testing.TB) kefu.Store {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kefu.db"), fixedClock)
	if err != nil {
		tb.Fatalf("sqlite.Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

// MustCreateTenant stores a tenant like the demo's GlobalMart: CNY,
// five-digit order numbers starting with 1.
func MustCreateTenant(tb testing.TB, st kefu.Store, id string) *kefu.Tenant {
	tb.Helper()
	t := &kefu.Tenant{ID: id, Name: id, Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "CNY",
		Timezone: "Asia/Shanghai", OrderNumberPattern: `\b1\d{4}\b`}}
	if err := st.CreateTenant(context.Background(), t); err != nil {
		tb.Fatalf("CreateTenant(%s): %v", id, err)
	}
	return t
}

// MustImport imports input and fails tb unless it succeeds.
func MustImport(tb testing.TB, st kefu.Store, tenantID, kind, format, input string) *importer.Summary {
	tb.Helper()
	sum, err := importer.Import(context.Background(), st, tenantID, kind, format, strings.NewReader(input))
	if err != nil {
		tb.Fatalf("Import(%s %s): %v", kind, format, err)
	}
	return sum
}

// snapshot is what a failed import must leave untouched.
type snapshot struct {
	products, orders, articles, shipments int
	customers                             string // which of the probed external IDs exist
}

// takeSnapshot counts the tenant's records. Customers cannot be listed,
// so it probes the external IDs the tests use.
func takeSnapshot(tb testing.TB, st kefu.Store, tenantID string) snapshot {
	tb.Helper()
	ctx := context.Background()
	ps, err := st.FindProducts(ctx, kefu.ProductFilter{TenantID: tenantID})
	if err != nil {
		tb.Fatal(err)
	}
	os, err := st.FindOrders(ctx, kefu.OrderFilter{TenantID: tenantID, Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	as, err := st.FindArticles(ctx, kefu.ArticleFilter{TenantID: tenantID})
	if err != nil {
		tb.Fatal(err)
	}
	s := snapshot{products: len(ps), orders: len(os), articles: len(as)}
	for _, o := range os {
		ss, err := st.FindShipmentsByOrder(ctx, tenantID, o.ID)
		if err != nil {
			tb.Fatal(err)
		}
		for _, sh := range ss {
			s.shipments += 1 + len(sh.Events)
		}
	}
	for _, id := range []string{"c-1", "c-2", "c-3", "c-9", "c-new"} {
		if _, err := st.FindCustomerByExternalID(ctx, tenantID, id); err == nil {
			s.customers += id + " "
		}
	}
	return s
}
