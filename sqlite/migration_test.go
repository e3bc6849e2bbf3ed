package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// TestMigratePromotions checks that migration 0007 moves the promotions
// and canned replies of a database written before it out of the tenants'
// settings into their tables.
func TestMigratePromotions(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	old, err := sqlite.OpenBefore(ctx, path, storetest.Clock(), "migration/0007")
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, old, "shop")
	storetest.MustCreateTenant(t, old, "plain")
	if err := old.Exec(ctx, `UPDATE tenants SET settings = ? WHERE id = 'shop'`, storetest.LegacyPromotionSettings); err != nil {
		t.Fatal(err)
	}
	plain, err := old.QueryString(ctx, `SELECT settings FROM tenants WHERE id = 'plain'`)
	if err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	db := MustOpenPath(t, path)
	storetest.CheckPromotionMigration(t, db, "shop", func() string {
		s, err := db.QueryString(ctx, `SELECT settings FROM tenants WHERE id = 'shop'`)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
	if s, err := db.QueryString(ctx, `SELECT settings FROM tenants WHERE id = 'plain'`); err != nil || s != plain {
		t.Errorf("settings of a tenant without promotions: %q, %v; want them unchanged: %q", s, err, plain)
	}
}

// TestMigrateLots checks that migration 0008 leaves the order lines of
// a database written before it as they were, with no lot.
func TestMigrateLots(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	old, err := sqlite.OpenBefore(ctx, path, storetest.Clock(), "migration/0008")
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, old, "shop")
	o := storetest.MustCreateOrder(t, old, &kefu.Order{TenantID: "shop", Number: "FF-1"})
	if err := old.Exec(ctx, `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price) VALUES (?, 0, 'SALMON', 'Salmon', 2, 8900)`,
		o.ID); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	storetest.CheckLotMigration(t, MustOpenPath(t, path), "shop", "FF-1")
}
