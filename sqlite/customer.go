package sqlite

import (
	"context"

	"github.com/kefu-ai/kefu"
)

const (
	customerCols      = `id, tenant_id, external_id, name, email, phone, language, country, vip, created_at`
	qCreateCustomer   = `INSERT INTO customers (` + customerCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindCustomerByID = `SELECT ` + customerCols + ` FROM customers WHERE id = ? AND tenant_id = ?`
	// The literal external_id <> '' lets SQLite use the partial unique index.
	qFindCustomerByExternalID = `SELECT ` + customerCols + ` FROM customers
		WHERE tenant_id = ? AND external_id = ? AND external_id <> ''`
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
