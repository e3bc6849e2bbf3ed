package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	tenantCols      = `id, name, settings, created_at`
	qCreateTenant   = `INSERT INTO tenants (` + tenantCols + `) VALUES ($1, $2, $3, $4)`
	qFindTenantByID = `SELECT ` + tenantCols + ` FROM tenants WHERE id = $1`
	qFindTenants    = `SELECT ` + tenantCols + ` FROM tenants ORDER BY id`

	qUpdateTenantSettings = `UPDATE tenants SET settings = $1 WHERE id = $2`

	apiKeyCols        = `id, tenant_id, name, hash, created_at`
	qCreateAPIKey     = `INSERT INTO api_keys (` + apiKeyCols + `) VALUES ($1, $2, $3, $4, $5)`
	qFindAPIKeyByHash = `SELECT ` + apiKeyCols + ` FROM api_keys WHERE hash = $1`
)

// CreateTenant stores a new tenant; EINVALID unless t.Validate() passes,
// ECONFLICT if the ID is taken.
func (db *DB) CreateTenant(ctx context.Context, t *kefu.Tenant) error {
	const op = "postgres.CreateTenant"
	if err := t.Validate(); err != nil {
		return kefu.E(op, err)
	}
	settings, err := jsonb(t.Settings)
	if err != nil {
		return kefu.E(op, err)
	}
	created := db.stamp(t.CreatedAt)
	err = db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateTenant, t.ID, t.Name, settings, created)
		return err
	})
	if err != nil {
		return fail(op, err, "tenant", "")
	}
	t.CreatedAt = created
	return nil
}

// FindTenantByID returns ENOTFOUND if no such tenant exists.
func (db *DB) FindTenantByID(ctx context.Context, id string) (*kefu.Tenant, error) {
	const op = "postgres.FindTenantByID"
	var t *kefu.Tenant
	err := db.run(ctx, op, func(q querier) (err error) {
		t, err = scanTenant(q.QueryRow(ctx, qFindTenantByID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "tenant", "")
	}
	return t, nil
}

// FindTenants returns all tenants ordered by ID.
func (db *DB) FindTenants(ctx context.Context) ([]*kefu.Tenant, error) {
	const op = "postgres.FindTenants"
	var ts []*kefu.Tenant
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindTenants)
		if err != nil {
			return err
		}
		ts, err = collect(rows, scanTenant)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "tenant", "")
	}
	return ts, nil
}

// UpdateTenantSettings replaces a tenant's settings; EINVALID unless
// s.Validate() passes, ENOTFOUND if there is no such tenant.
func (db *DB) UpdateTenantSettings(ctx context.Context, id string, s kefu.TenantSettings) error {
	const op = "postgres.UpdateTenantSettings"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	settings, err := jsonb(s)
	if err != nil {
		return kefu.E(op, err)
	}
	err = db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qUpdateTenantSettings, settings, id)
		if err == nil && tag.RowsAffected() == 0 {
			err = pgx.ErrNoRows
		}
		return err
	})
	return fail(op, err, "tenant", "")
}

func scanTenant(row pgx.Row) (*kefu.Tenant, error) {
	var (
		t        kefu.Tenant
		settings []byte
	)
	if err := row.Scan(&t.ID, &t.Name, &settings, &t.CreatedAt); err != nil {
		return nil, err
	}
	t.CreatedAt = t.CreatedAt.UTC()
	if err := unjson(settings, &t.Settings); err != nil {
		return nil, err
	}
	return &t, nil
}

// collect scans every row with scan.
func collect[T any](rows pgx.Rows, scan func(pgx.Row) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// CreateAPIKey stores k, whose Hash is set by the caller; ENOTFOUND if the
// tenant does not exist, ECONFLICT if the hash is already stored.
func (db *DB) CreateAPIKey(ctx context.Context, k *kefu.APIKey) error {
	const op = "postgres.CreateAPIKey"
	if err := k.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := k.ID
	if id == "" {
		id = kefu.NewID("ak")
	}
	created := db.stamp(k.CreatedAt)
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateAPIKey, id, k.TenantID, k.Name, k.Hash, created)
		return err
	})
	if err != nil {
		return fail(op, err, "api key", "tenant")
	}
	k.ID, k.CreatedAt = id, created
	return nil
}

// FindAPIKeyByHash returns ENOTFOUND if no key has that hash.
func (db *DB) FindAPIKeyByHash(ctx context.Context, hash string) (*kefu.APIKey, error) {
	const op = "postgres.FindAPIKeyByHash"
	var k kefu.APIKey
	err := db.run(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qFindAPIKeyByHash, hash).Scan(&k.ID, &k.TenantID, &k.Name, &k.Hash, &k.CreatedAt)
	})
	if err != nil {
		return nil, fail(op, err, "api key", "")
	}
	k.CreatedAt = k.CreatedAt.UTC()
	return &k, nil
}
