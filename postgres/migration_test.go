package postgres_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/storetest"
)

// TestMigratePromotions checks that migration 0007 moves the promotions
// and canned replies of a database written before it out of the tenants'
// settings into their tables.
func TestMigratePromotions(t *testing.T) {
	ctx := context.Background()
	dsn := testenv.PostgresDSN(t)
	old, err := postgres.OpenBefore(ctx, dsn, storetest.Clock(), "migration/0007")
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, old, "shop")
	storetest.MustCreateTenant(t, old, "plain")
	if err := old.Exec(ctx, `UPDATE tenants SET settings = $1::jsonb WHERE id = 'shop'`, storetest.LegacyPromotionSettings); err != nil {
		t.Fatal(err)
	}
	plain, err := old.QueryString(ctx, `SELECT settings::text FROM tenants WHERE id = 'plain'`)
	if err != nil {
		t.Fatal(err)
	}
	old.Close()

	db := MustOpen(t, dsn)
	storetest.CheckPromotionMigration(t, db, "shop", func() string {
		s, err := db.QueryString(ctx, `SELECT settings::text FROM tenants WHERE id = 'shop'`)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
	if s, err := db.QueryString(ctx, `SELECT settings::text FROM tenants WHERE id = 'plain'`); err != nil || s != plain {
		t.Errorf("settings of a tenant without promotions: %q, %v; want them unchanged: %q", s, err, plain)
	}
}

// TestMigrateLots checks that migration 0008 leaves the order lines of
// a database written before it as they were, with no lot.
func TestMigrateLots(t *testing.T) {
	ctx := context.Background()
	dsn := testenv.PostgresDSN(t)
	old, err := postgres.OpenBefore(ctx, dsn, storetest.Clock(), "migration/0008")
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, old, "shop")
	o := storetest.MustCreateOrder(t, old, &kefu.Order{TenantID: "shop", Number: "FF-1"})
	if err := old.Exec(ctx, `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price) VALUES ($1, 0, 'SALMON', 'Salmon', 2, 8900)`,
		o.ID); err != nil {
		t.Fatal(err)
	}
	old.Close()
	storetest.CheckLotMigration(t, MustOpen(t, dsn), "shop", "FF-1")
}
