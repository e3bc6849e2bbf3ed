package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	tenantCols      = `id, name, settings, created_at`
	qCreateTenant   = `INSERT INTO tenants (` + tenantCols + `) VALUES ($1, $2, $3, $4)`
	qFindTenantByID = `SELECT ` + tenantCols + ` FROM tenants WHERE id = $1`
	qFindTenants    = `SELECT ` + tenantCols + ` FROM tenants ORDER BY id`

	qUpdateTenantSettings = `UPDATE tenants SET settings = $1 WHERE id = $2`

	apiKeyCols    = `id, tenant_id, name, hash, created_at, scope, prefix, revoked_at`
	qCreateAPIKey = `INSERT INTO api_keys (` + apiKeyCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)`
	// Revoked keys authenticate nothing.
	qFindAPIKeyByHash = `SELECT ` + apiKeyCols + ` FROM api_keys WHERE hash = $1 AND revoked_at IS NULL`
	qFindAPIKeys      = `SELECT ` + apiKeyCols + ` FROM api_keys WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC`
	// A second revocation keeps the first time.
	qRevokeAPIKey     = `UPDATE api_keys SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2 AND tenant_id = $3`
	qUpdateTenantName = `UPDATE tenants SET name = $1 WHERE id = $2`
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
		_, err := q.Exec(ctx, qCreateAPIKey, id, k.TenantID, k.Name, k.Hash, created, string(k.Scope), k.Prefix)
		return err
	})
	if err != nil {
		return fail(op, err, "api key", "tenant")
	}
	k.ID, k.CreatedAt = id, created
	return nil
}

// FindAPIKeyByHash returns ENOTFOUND if no key that works has that
// hash: none was stored, or it was revoked.
func (db *DB) FindAPIKeyByHash(ctx context.Context, hash string) (*kefu.APIKey, error) {
	const op = "postgres.FindAPIKeyByHash"
	var k *kefu.APIKey
	err := db.run(ctx, op, func(q querier) (err error) {
		k, err = scanAPIKey(q.QueryRow(ctx, qFindAPIKeyByHash, hash))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "api key", "")
	}
	return k, nil
}

// FindAPIKeys returns the tenant's keys, newest first, revoked ones
// included.
func (db *DB) FindAPIKeys(ctx context.Context, tenantID string) ([]*kefu.APIKey, error) {
	const op = "postgres.FindAPIKeys"
	if tenantID == "" {
		return nil, invalid(op, "tenant_id is required")
	}
	var ks []*kefu.APIKey
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindAPIKeys, tenantID)
		if err != nil {
			return err
		}
		ks, err = collect(rows, scanAPIKey)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "api key", "")
	}
	return ks, nil
}

// RevokeAPIKey revokes a key of the tenant; ENOTFOUND if the tenant has
// no key with that ID. A revoked key stays revoked at its first time.
func (db *DB) RevokeAPIKey(ctx context.Context, tenantID, id string) error {
	const op = "postgres.RevokeAPIKey"
	now := db.now()
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qRevokeAPIKey, now, id, tenantID)
		if err == nil && tag.RowsAffected() == 0 {
			err = pgx.ErrNoRows
		}
		return err
	})
	return fail(op, err, "api key", "")
}

// UpdateTenantName sets a tenant's display name; EINVALID if it is blank,
// ENOTFOUND if there is no such tenant.
func (db *DB) UpdateTenantName(ctx context.Context, id, name string) error {
	const op = "postgres.UpdateTenantName"
	if err := kefu.CheckTenantName(name); err != nil {
		return kefu.E(op, err)
	}
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qUpdateTenantName, name, id)
		if err == nil && tag.RowsAffected() == 0 {
			err = pgx.ErrNoRows
		}
		return err
	})
	return fail(op, err, "tenant", "")
}

func scanAPIKey(row pgx.Row) (*kefu.APIKey, error) {
	var (
		k       kefu.APIKey
		scope   string
		revoked *time.Time
	)
	if err := row.Scan(&k.ID, &k.TenantID, &k.Name, &k.Hash, &k.CreatedAt, &scope, &k.Prefix, &revoked); err != nil {
		return nil, err
	}
	k.CreatedAt, k.Scope = k.CreatedAt.UTC(), kefu.KeyScope(scope)
	if revoked != nil {
		t := revoked.UTC()
		k.RevokedAt = &t
	}
	return &k, nil
}
