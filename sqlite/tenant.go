package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

const (
	tenantCols      = `id, name, settings, created_at`
	qCreateTenant   = `INSERT INTO tenants (` + tenantCols + `) VALUES (?, ?, ?, ?)`
	qFindTenantByID = `SELECT ` + tenantCols + ` FROM tenants WHERE id = ?`
	qFindTenants    = `SELECT ` + tenantCols + ` FROM tenants ORDER BY id`

	qUpdateTenantSettings = `UPDATE tenants SET settings = ? WHERE id = ?`

	apiKeyCols    = `id, tenant_id, name, hash, created_at, scope, prefix, revoked_at`
	qCreateAPIKey = `INSERT INTO api_keys (` + apiKeyCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`
	// Revoked keys authenticate nothing.
	qFindAPIKeyByHash = `SELECT ` + apiKeyCols + ` FROM api_keys WHERE hash = ? AND revoked_at IS NULL`
	qFindAPIKeys      = `SELECT ` + apiKeyCols + ` FROM api_keys WHERE tenant_id = ? ORDER BY created_at DESC, id DESC`
	// A second revocation keeps the first time.
	qRevokeAPIKey     = `UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND tenant_id = ?`
	qUpdateTenantName = `UPDATE tenants SET name = ? WHERE id = ?`
)

// CreateTenant stores a new tenant; EINVALID unless t.Validate() passes,
// ECONFLICT if the ID is taken.
func (db *DB) CreateTenant(ctx context.Context, t *kefu.Tenant) error {
	const op = "sqlite.CreateTenant"
	if err := t.Validate(); err != nil {
		return kefu.E(op, err)
	}
	settings, err := jsonText(t.Settings)
	if err != nil {
		return kefu.E(op, err)
	}
	created := db.stamp(t.CreatedAt)
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateTenant, t.ID, t.Name, settings, nanos(created))
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
	const op = "sqlite.FindTenantByID"
	t, err := scanTenant(func(dest ...any) error { return db.row(ctx, qFindTenantByID, []any{id}, dest...) })
	if err != nil {
		return nil, fail(op, err, "tenant", "")
	}
	return t, nil
}

// FindTenants returns all tenants ordered by ID.
func (db *DB) FindTenants(ctx context.Context) ([]*kefu.Tenant, error) {
	const op = "sqlite.FindTenants"
	var ts []*kefu.Tenant
	err := db.rows(ctx, qFindTenants, nil, func(rs *sql.Rows) error {
		t, err := scanTenant(rs.Scan)
		ts = append(ts, t)
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
	const op = "sqlite.UpdateTenantSettings"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	settings, err := jsonText(s)
	if err != nil {
		return kefu.E(op, err)
	}
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qUpdateTenantSettings, settings, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return sql.ErrNoRows
		}
		return nil
	})
	return fail(op, err, "tenant", "")
}

func scanTenant(scan func(...any) error) (*kefu.Tenant, error) {
	var (
		t        kefu.Tenant
		settings string
		created  int64
	)
	if err := scan(&t.ID, &t.Name, &settings, &created); err != nil {
		return nil, err
	}
	t.CreatedAt = fromNanos(created)
	if err := unjson(settings, &t.Settings); err != nil {
		return nil, err
	}
	return &t, nil
}

// CreateAPIKey stores k, whose Hash is set by the caller; ENOTFOUND if the
// tenant does not exist, ECONFLICT if the hash is already stored.
func (db *DB) CreateAPIKey(ctx context.Context, k *kefu.APIKey) error {
	const op = "sqlite.CreateAPIKey"
	if err := k.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := k.ID
	if id == "" {
		id = kefu.NewID("ak")
	}
	created := db.stamp(k.CreatedAt)
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateAPIKey, id, k.TenantID, k.Name, k.Hash, nanos(created), string(k.Scope), k.Prefix)
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
	const op = "sqlite.FindAPIKeyByHash"
	k, err := scanAPIKey(func(dest ...any) error { return db.row(ctx, qFindAPIKeyByHash, []any{hash}, dest...) })
	if err != nil {
		return nil, fail(op, err, "api key", "")
	}
	return k, nil
}

// FindAPIKeys returns the tenant's keys, newest first, revoked ones
// included.
func (db *DB) FindAPIKeys(ctx context.Context, tenantID string) ([]*kefu.APIKey, error) {
	const op = "sqlite.FindAPIKeys"
	if tenantID == "" {
		return nil, invalid(op, "tenant_id is required")
	}
	var ks []*kefu.APIKey
	err := db.rows(ctx, qFindAPIKeys, []any{tenantID}, func(rs *sql.Rows) error {
		k, err := scanAPIKey(rs.Scan)
		ks = append(ks, k)
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
	const op = "sqlite.RevokeAPIKey"
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		return affectOne(tx.exec(ctx, qRevokeAPIKey, nanos(tx.now()), id, tenantID))
	})
	return fail(op, err, "api key", "")
}

// UpdateTenantName sets a tenant's display name; EINVALID if it is blank,
// ENOTFOUND if there is no such tenant.
func (db *DB) UpdateTenantName(ctx context.Context, id, name string) error {
	const op = "sqlite.UpdateTenantName"
	if err := kefu.CheckTenantName(name); err != nil {
		return kefu.E(op, err)
	}
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		return affectOne(tx.exec(ctx, qUpdateTenantName, name, id))
	})
	return fail(op, err, "tenant", "")
}

// affectOne turns an update that changed no row into sql.ErrNoRows.
func affectOne(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return sql.ErrNoRows
	}
	return nil
}

func scanAPIKey(scan func(...any) error) (*kefu.APIKey, error) {
	var (
		k       kefu.APIKey
		scope   string
		created int64
		revoked sql.NullInt64
	)
	if err := scan(&k.ID, &k.TenantID, &k.Name, &k.Hash, &created, &scope, &k.Prefix, &revoked); err != nil {
		return nil, err
	}
	k.CreatedAt, k.Scope = fromNanos(created), kefu.KeyScope(scope)
	if revoked.Valid {
		t := fromNanos(revoked.Int64)
		k.RevokedAt = &t
	}
	return &k, nil
}
