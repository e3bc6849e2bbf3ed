package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

const (
	customerCols      = `id, tenant_id, external_id, name, email, phone, language, country, vip, created_at`
	qCreateCustomer   = `INSERT INTO customers (` + customerCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindCustomerByID = `SELECT ` + customerCols + ` FROM customers WHERE id = ? AND tenant_id = ?`
	// The literal external_id <> '' lets SQLite use the partial unique index.
	qFindCustomerByExternalID = `SELECT ` + customerCols + ` FROM customers
		WHERE tenant_id = ? AND external_id = ? AND external_id <> ''`
	// On an external ID conflict the row keeps its ID and CreatedAt.
	qUpsertCustomer = `INSERT INTO customers (` + customerCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, external_id) WHERE external_id <> '' DO UPDATE SET
			name = excluded.name, email = excluded.email, phone = excluded.phone, language = excluded.language,
			country = excluded.country, vip = excluded.vip
		RETURNING id, created_at`
	qFindCustomers = `SELECT ` + customerCols + ` FROM customers
		WHERE tenant_id = ? AND external_id <> '' AND external_id > ? ORDER BY external_id LIMIT ?`
	// A customer is in use while an order or a conversation names it.
	qCustomerInUse = `SELECT EXISTS (SELECT 1 FROM orders WHERE tenant_id = ?1 AND customer_id = ?2)
		OR EXISTS (SELECT 1 FROM conversations WHERE tenant_id = ?1 AND customer_id = ?2)`
)

// CreateCustomer stores c; ECONFLICT if its ExternalID is taken in the
// tenant, ENOTFOUND if the tenant does not exist.
func (db *DB) CreateCustomer(ctx context.Context, c *kefu.Customer) error {
	const op = "sqlite.CreateCustomer"
	if err := c.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := c.ID
	if id == "" {
		id = kefu.NewID("cu")
	}
	created := db.stamp(c.CreatedAt)
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateCustomer, id, c.TenantID, c.ExternalID, c.Name, c.Email, c.Phone,
			c.Language, c.Country, c.VIP, nanos(created))
		return err
	})
	if err != nil {
		return fail(op, err, "customer", "tenant")
	}
	c.ID, c.CreatedAt = id, created
	return nil
}

// FindCustomerByID returns ENOTFOUND if the customer does not exist in the tenant.
func (db *DB) FindCustomerByID(ctx context.Context, tenantID, id string) (*kefu.Customer, error) {
	c, err := db.findCustomer(ctx, qFindCustomerByID, id, tenantID)
	return c, fail("sqlite.FindCustomerByID", err, "customer", "")
}

// FindCustomerByExternalID returns ENOTFOUND if no customer of the tenant
// has that external ID.
func (db *DB) FindCustomerByExternalID(ctx context.Context, tenantID, externalID string) (*kefu.Customer, error) {
	c, err := db.findCustomer(ctx, qFindCustomerByExternalID, tenantID, externalID)
	return c, fail("sqlite.FindCustomerByExternalID", err, "customer", "")
}

func (db *DB) findCustomer(ctx context.Context, query string, args ...any) (*kefu.Customer, error) {
	var (
		c       kefu.Customer
		created int64
	)
	err := db.row(ctx, query, args, &c.ID, &c.TenantID, &c.ExternalID, &c.Name, &c.Email, &c.Phone,
		&c.Language, &c.Country, &c.VIP, &created)
	if err != nil {
		return nil, err
	}
	c.CreatedAt = fromNanos(created)
	return &c, nil
}

// UpsertCustomer creates the customer or replaces the fields of the one
// with the same ExternalID, which keeps its ID and CreatedAt.
func (db *DB) UpsertCustomer(ctx context.Context, c *kefu.Customer) error {
	const op = "sqlite.UpsertCustomer"
	if err := c.Validate(); err != nil {
		return kefu.E(op, err)
	}
	if c.ExternalID == "" {
		return kefu.E(op, kefu.Invalidf("external_id", "external_id is required"))
	}
	id := c.ID
	if id == "" {
		id = kefu.NewID("cu")
	}
	created := nanos(db.stamp(c.CreatedAt))
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		return tx.row(ctx, qUpsertCustomer, []any{id, c.TenantID, c.ExternalID, c.Name, c.Email, c.Phone,
			c.Language, c.Country, c.VIP, created}, &id, &created)
	})
	if err != nil {
		return fail(op, err, "customer", "tenant")
	}
	c.ID, c.CreatedAt = id, fromNanos(created)
	return nil
}

// FindCustomers returns the tenant's customers with an external ID,
// ordered by it, at most f.Limit (default 1000).
func (db *DB) FindCustomers(ctx context.Context, f kefu.CustomerFilter) ([]*kefu.Customer, error) {
	const op = "sqlite.FindCustomers"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var cs []*kefu.Customer
	err := db.rows(ctx, qFindCustomers, []any{f.TenantID, f.After, limit(f.Limit, 1000)}, func(rs *sql.Rows) error {
		var (
			c       kefu.Customer
			created int64
		)
		if err := rs.Scan(&c.ID, &c.TenantID, &c.ExternalID, &c.Name, &c.Email, &c.Phone,
			&c.Language, &c.Country, &c.VIP, &created); err != nil {
			return err
		}
		c.CreatedAt = fromNanos(created)
		cs = append(cs, &c)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "customer", "")
	}
	return cs, nil
}

// DeleteCustomer removes the customer with that external ID; ECONFLICT
// while an order or a conversation names the customer. The customer's
// reviews stay, unsigned; their profile traits and behaviour events go.
func (db *DB) DeleteCustomer(ctx context.Context, tenantID, externalID string) error {
	const op = "sqlite.DeleteCustomer"
	inUse := false
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var id string
		if err := tx.row(ctx, `SELECT id FROM customers WHERE tenant_id = ? AND external_id = ? AND external_id <> ''`,
			[]any{tenantID, externalID}, &id); err != nil {
			return err
		}
		if err := tx.row(ctx, qCustomerInUse, []any{tenantID, id}, &inUse); err != nil || inUse {
			return err
		}
		if _, err := tx.exec(ctx, qUnsignReviews, tenantID, id); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qDeleteCustomerTraits, tenantID, id); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qDeleteCustomerEvents, tenantID, id); err != nil {
			return err
		}
		_, err := tx.exec(ctx, `DELETE FROM customers WHERE id = ?`, id)
		return err
	})
	if err == nil && inUse {
		return kefu.E(op, kefu.Errorf(kefu.ECONFLICT, "customer %q has orders or conversations: delete those first", externalID))
	}
	return fail(op, err, "customer", "")
}
