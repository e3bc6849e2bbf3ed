package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

const (
	productCols = `id, tenant_id, sku, name, description, category, brand, hs_code, price, currency, stock, attributes, updated_at`
	// On a SKU conflict the row keeps its ID and everything else is replaced.
	qUpsertProduct = `INSERT INTO products (` + productCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, sku) DO UPDATE SET
			name = excluded.name, description = excluded.description, category = excluded.category,
			brand = excluded.brand, hs_code = excluded.hs_code, price = excluded.price,
			currency = excluded.currency, stock = excluded.stock, attributes = excluded.attributes,
			updated_at = excluded.updated_at
		RETURNING id`
	qFindProductBySKU = `SELECT ` + productCols + ` FROM products WHERE tenant_id = ? AND sku = ?`
)

// UpsertProduct creates the product or replaces the one with the same SKU,
// which keeps its ID; p.ID is set to the stored ID. A zero UpdatedAt
// becomes now.
func (db *DB) UpsertProduct(ctx context.Context, p *kefu.Product) error {
	const op = "sqlite.UpsertProduct"
	if err := p.Validate(); err != nil {
		return kefu.E(op, err)
	}
	attrs, err := jsonText(p.Attributes)
	if err != nil {
		return kefu.E(op, err)
	}
	id := p.ID
	if id == "" {
		id = kefu.NewID("pr")
	}
	updated := db.stamp(p.UpdatedAt)
	args := []any{id, p.TenantID, p.SKU, p.Name, p.Description, p.Category, p.Brand, p.HSCode, p.Price,
		p.Currency, p.Stock, attrs, nanos(updated)}
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		return tx.row(ctx, qUpsertProduct, args, &id)
	})
	if err != nil {
		return fail(op, err, "product", "tenant")
	}
	p.ID, p.UpdatedAt = id, updated
	return nil
}

// FindProductBySKU returns ENOTFOUND if the tenant has no such SKU.
func (db *DB) FindProductBySKU(ctx context.Context, tenantID, sku string) (*kefu.Product, error) {
	const op = "sqlite.FindProductBySKU"
	p, err := scanProduct(func(dest ...any) error {
		return db.row(ctx, qFindProductBySKU, []any{tenantID, sku}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "product", "")
	}
	return p, nil
}

// FindProducts returns the tenant's products ordered by SKU, at most
// f.Limit (default 1000).
func (db *DB) FindProducts(ctx context.Context, f kefu.ProductFilter) ([]*kefu.Product, error) {
	const op = "sqlite.FindProducts"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q := `SELECT ` + productCols + ` FROM products WHERE tenant_id = ? AND sku > ? ORDER BY sku LIMIT ?`
	args := []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.Category != "" {
		q = `SELECT ` + productCols + ` FROM products WHERE tenant_id = ? AND category = ? AND sku > ? ORDER BY sku LIMIT ?`
		args = []any{f.TenantID, f.Category, f.After, limit(f.Limit, 1000)}
	}
	var ps []*kefu.Product
	err := db.rows(ctx, q, args, func(rs *sql.Rows) error {
		p, err := scanProduct(rs.Scan)
		ps = append(ps, p)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "product", "")
	}
	return ps, nil
}

func scanProduct(scan func(...any) error) (*kefu.Product, error) {
	var (
		p       kefu.Product
		attrs   string
		updated int64
	)
	err := scan(&p.ID, &p.TenantID, &p.SKU, &p.Name, &p.Description, &p.Category, &p.Brand, &p.HSCode,
		&p.Price, &p.Currency, &p.Stock, &attrs, &updated)
	if err != nil {
		return nil, err
	}
	p.UpdatedAt = fromNanos(updated)
	if err := unjson(attrs, &p.Attributes); err != nil {
		return nil, err
	}
	return &p, nil
}

// DeleteProduct removes the product with that SKU; ENOTFOUND if the
// tenant has none.
func (db *DB) DeleteProduct(ctx context.Context, tenantID, sku string) error {
	return db.deleteOne(ctx, "sqlite.DeleteProduct", "product", `DELETE FROM products WHERE tenant_id = ? AND sku = ?`, tenantID, sku)
}
