package postgres

import (
	"context"
	"errors"

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
	// On an external ID conflict the row keeps its ID and CreatedAt.
	qUpsertCustomer = `INSERT INTO customers (` + customerCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (tenant_id, external_id) WHERE external_id <> '' DO UPDATE SET
			name = excluded.name, email = excluded.email, phone = excluded.phone, language = excluded.language,
			country = excluded.country, vip = excluded.vip
		RETURNING id, created_at`
	// external_id > $2 also excludes the empty external IDs, and lets the
	// listing walk the partial unique index.
	qFindCustomers = `SELECT ` + customerCols + ` FROM customers
		WHERE tenant_id = $1 AND external_id <> '' AND external_id > $2 ORDER BY external_id LIMIT $3`
	// A customer is deleted only while no order or conversation names it,
	// and its reviews are unsigned with it; the count is of customers
	// deleted. When nothing is deleted, qCustomerExists tells a missing
	// customer (no row) from one in use.
	qDeleteCustomer = `WITH d AS (DELETE FROM customers c WHERE tenant_id = $1 AND external_id = $2 AND external_id <> ''
			AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.tenant_id = c.tenant_id AND o.customer_id = c.id)
			AND NOT EXISTS (SELECT 1 FROM conversations v WHERE v.tenant_id = c.tenant_id AND v.customer_id = c.id)
			RETURNING c.tenant_id, c.id),
		u AS (UPDATE reviews r SET customer_id = '' FROM d WHERE r.tenant_id = d.tenant_id AND r.customer_id = d.id),
		t AS (DELETE FROM customer_traits x USING d WHERE x.tenant_id = d.tenant_id AND x.customer_id = d.id),
		e AS (DELETE FROM behaviour_events x USING d WHERE x.tenant_id = d.tenant_id AND x.customer_id = d.id)
		SELECT count(*) FROM d`
	qCustomerExists = `SELECT true FROM customers WHERE tenant_id = $1 AND external_id = $2 AND external_id <> ''`
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

// UpsertCustomer creates the customer or replaces the fields of the one
// with the same ExternalID, which keeps its ID and CreatedAt; c.ID and
// c.CreatedAt are set to the stored ones. A zero CreatedAt of a new
// customer becomes now. EINVALID without an ExternalID, ENOTFOUND for an
// unknown tenant.
func (db *DB) UpsertCustomer(ctx context.Context, c *kefu.Customer) error {
	const op = "postgres.UpsertCustomer"
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
	created := db.stamp(c.CreatedAt)
	err := db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qUpsertCustomer, id, c.TenantID, c.ExternalID, c.Name, c.Email, c.Phone,
			c.Language, c.Country, c.VIP, created).Scan(&id, &created)
	})
	if err != nil {
		return fail(op, err, "customer", "tenant")
	}
	c.ID, c.CreatedAt = id, created.UTC()
	return nil
}

// FindCustomers returns the tenant's customers that have an external ID,
// ordered by it, at most f.Limit (default 1000).
func (db *DB) FindCustomers(ctx context.Context, f kefu.CustomerFilter) ([]*kefu.Customer, error) {
	const op = "postgres.FindCustomers"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var cs []*kefu.Customer
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindCustomers, f.TenantID, f.After, limit(f.Limit, 1000))
		if err != nil {
			return err
		}
		cs, err = collect(rows, scanCustomer)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "customer", "")
	}
	return cs, nil
}

// DeleteCustomer removes the customer with that external ID; ENOTFOUND if
// the tenant has none, ECONFLICT while an order or a conversation names
// the customer. The customer's reviews stay, unsigned; their profile
// traits and behaviour events go. It is one statement; only a failed delete reads again to
// tell the two apart.
func (db *DB) DeleteCustomer(ctx context.Context, tenantID, externalID string) error {
	const op = "postgres.DeleteCustomer"
	err := db.write(ctx, op, func(q querier) error {
		var n int
		if err := q.QueryRow(ctx, qDeleteCustomer, tenantID, externalID).Scan(&n); err != nil || n > 0 {
			return err
		}
		var exists bool
		if err := q.QueryRow(ctx, qCustomerExists, tenantID, externalID).Scan(&exists); err != nil {
			return err
		}
		return errCustomerInUse
	})
	if errors.Is(err, errCustomerInUse) {
		return kefu.E(op, kefu.Errorf(kefu.ECONFLICT, "customer %q has orders or conversations: delete those first", externalID))
	}
	return fail(op, err, "customer", "")
}

// errCustomerInUse is DeleteCustomer's internal signal that the customer
// exists but is named by an order or a conversation.
var errCustomerInUse = errors.New("customer in use")

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
