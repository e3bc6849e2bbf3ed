package postgres

import (
	"context"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	productCols = `id, tenant_id, sku, name, description, category, brand, hs_code, price, currency, stock, attributes, updated_at`
	// On a SKU conflict the row keeps its ID and everything else is replaced.
	qUpsertProduct = `INSERT INTO products (` + productCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
		ON CONFLICT (tenant_id, sku) DO UPDATE SET
			name = excluded.name, description = excluded.description, category = excluded.category,
			brand = excluded.brand, hs_code = excluded.hs_code, price = excluded.price,
			currency = excluded.currency, stock = excluded.stock, attributes = excluded.attributes,
			updated_at = excluded.updated_at
		RETURNING id`
	qFindProductBySKU = `SELECT ` + productCols + ` FROM products WHERE tenant_id = $1 AND sku = $2`
	qDeleteProduct    = `DELETE FROM products WHERE tenant_id = $1 AND sku = $2`
)

// UpsertProduct creates the product or replaces the one with the same SKU,
// which keeps its ID; p.ID is set to the stored ID. A zero UpdatedAt
// becomes now.
func (db *DB) UpsertProduct(ctx context.Context, p *kefu.Product) error {
	const op = "postgres.UpsertProduct"
	if err := p.Validate(); err != nil {
		return kefu.E(op, err)
	}
	attrs, err := jsonb(p.Attributes)
	if err != nil {
		return kefu.E(op, err)
	}
	id := p.ID
	if id == "" {
		id = kefu.NewID("pr")
	}
	updated := db.stamp(p.UpdatedAt)
	err = db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qUpsertProduct, id, p.TenantID, p.SKU, p.Name, p.Description, p.Category, p.Brand,
			p.HSCode, p.Price, p.Currency, p.Stock, attrs, updated).Scan(&id)
	})
	if err != nil {
		return fail(op, err, "product", "tenant")
	}
	p.ID, p.UpdatedAt = id, updated
	return nil
}

// FindProductBySKU returns ENOTFOUND if the tenant has no such SKU.
func (db *DB) FindProductBySKU(ctx context.Context, tenantID, sku string) (*kefu.Product, error) {
	const op = "postgres.FindProductBySKU"
	var p *kefu.Product
	err := db.run(ctx, op, func(q querier) (err error) {
		p, err = scanProduct(q.QueryRow(ctx, qFindProductBySKU, tenantID, sku))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "product", "")
	}
	return p, nil
}

// FindProducts returns the tenant's products ordered by SKU, after
// f.After, at most f.Limit (default 1000).
func (db *DB) FindProducts(ctx context.Context, f kefu.ProductFilter) ([]*kefu.Product, error) {
	const op = "postgres.FindProducts"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	// sku > $2 with the empty string selects every product (SKUs are
	// required), so there is one query per shape; both walk an index on
	// (tenant_id[, category], sku).
	query := `SELECT ` + productCols + ` FROM products WHERE tenant_id = $1 AND sku > $2`
	args := []any{f.TenantID, f.After}
	if f.Category != "" {
		args = append(args, f.Category)
		query += ` AND category = $3`
	}
	args = append(args, limit(f.Limit, 1000))
	query += ` ORDER BY sku LIMIT $` + strconv.Itoa(len(args))
	var ps []*kefu.Product
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		ps, err = collect(rows, scanProduct)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "product", "")
	}
	return ps, nil
}

// DeleteProduct removes the product with that SKU; ENOTFOUND if the
// tenant has none. Order lines are copies and keep their SKU and name.
func (db *DB) DeleteProduct(ctx context.Context, tenantID, sku string) error {
	return db.deleteOne(ctx, "postgres.DeleteProduct", "product", qDeleteProduct, tenantID, sku)
}

func scanProduct(row pgx.Row) (*kefu.Product, error) {
	var (
		p     kefu.Product
		attrs []byte
	)
	err := row.Scan(&p.ID, &p.TenantID, &p.SKU, &p.Name, &p.Description, &p.Category, &p.Brand, &p.HSCode,
		&p.Price, &p.Currency, &p.Stock, &attrs, &p.UpdatedAt)
	if err != nil {
		return nil, err
	}
	p.UpdatedAt = p.UpdatedAt.UTC()
	if err := unjson(attrs, &p.Attributes); err != nil {
		return nil, err
	}
	return &p, nil
}
