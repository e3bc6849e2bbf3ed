package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	customerCols      = `id, tenant_id, external_id, name, email, phone, language, country, vip, created_at`
	qCreateCustomer   = `INSERT INTO customers (` + customerCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`
	qFindCustomerByID = `SELECT ` + customerCols + ` FROM customers WHERE id = $1 AND tenant_id = $2`
	// The literal external_id <> '' lets the planner use the partial unique index.
	qFindCustomerByExternalID = `SELECT ` + customerCols + ` FROM customers
		WHERE tenant_id = $1 AND external_id = $2 AND external_id <> ''`
)

// CreateCustomer stores c; ECONFLICT if its ExternalID is taken in the
// tenant, ENOTFOUND if the tenant does not exist.
func (db *DB) CreateCustomer(ctx context.Context, c *kefu.Customer) error {
	const op = "postgres.CreateCustomer"
	if err := c.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := c.ID
	if id == "" {
		id = kefu.NewID("cu")
	}
	created := db.stamp(c.CreatedAt)
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateCustomer, id, c.TenantID, c.ExternalID, c.Name, c.Email, c.Phone,
			c.Language, c.Country, c.VIP, created)
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
	return db.findCustomer(ctx, "postgres.FindCustomerByID", qFindCustomerByID, id, tenantID)
}

// FindCustomerByExternalID returns ENOTFOUND if no customer of the tenant
// has that external ID.
func (db *DB) FindCustomerByExternalID(ctx context.Context, tenantID, externalID string) (*kefu.Customer, error) {
	return db.findCustomer(ctx, "postgres.FindCustomerByExternalID", qFindCustomerByExternalID, tenantID, externalID)
}

func (db *DB) findCustomer(ctx context.Context, op, query string, args ...any) (*kefu.Customer, error) {
	var c *kefu.Customer
	err := db.run(ctx, op, func(q querier) (err error) {
		c, err = scanCustomer(q.QueryRow(ctx, query, args...))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "customer", "")
	}
	return c, nil
}

func scanCustomer(row pgx.Row) (*kefu.Customer, error) {
	var c kefu.Customer
	err := row.Scan(&c.ID, &c.TenantID, &c.ExternalID, &c.Name, &c.Email, &c.Phone, &c.Language, &c.Country,
		&c.VIP, &c.CreatedAt)
	if err != nil {
		return nil, err
	}
	c.CreatedAt = c.CreatedAt.UTC()
	return &c, nil
}
