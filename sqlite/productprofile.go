package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ProductProfileService = (*DB)(nil)

const (
	profileCols = `tenant_id, sku, partial, tags, derived_at`
	// A replaced profile keeps its row (no cascade to its tags), whose
	// tags are then deleted and inserted again from the profile's JSON.
	qUpsertProfile = `INSERT INTO product_profiles (` + profileCols + `) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, sku) DO UPDATE SET
			partial = excluded.partial, tags = excluded.tags, derived_at = excluded.derived_at`
	qDeleteProfileTags = `DELETE FROM product_profile_tags WHERE tenant_id = ? AND sku = ?`
	// qInsertProfileTags indexes the tags listed in ?3, a JSON array of
	// [dimension, value, level, shop (0 or 1)] arrays (profileIndex):
	// parsing that is cheaper than the whole profile with its evidence.
	qInsertProfileTags = `INSERT INTO product_profile_tags (tenant_id, dimension, value, sku, level, shop)
		SELECT ?1, j.value ->> 0, j.value ->> 1, ?2, j.value ->> 2, j.value ->> 3
		FROM json_each(?3) AS j`
	qFindProfileBySKU = `SELECT ` + profileCols + ` FROM product_profiles WHERE tenant_id = ? AND sku = ?`
	qFindProfiles     = `SELECT ` + profileCols + ` FROM product_profiles WHERE tenant_id = ? AND sku > ?
		ORDER BY sku LIMIT ?`
	qFindProfilesByTag = `SELECT p.tenant_id, p.sku, p.partial, p.tags, p.derived_at
		FROM product_profile_tags t JOIN product_profiles p ON p.tenant_id = t.tenant_id AND p.sku = t.sku
		WHERE t.tenant_id = ? AND t.dimension = ? AND t.value = ? AND t.sku > ?
		ORDER BY t.sku LIMIT ?`
	qDeleteProfile = `DELETE FROM product_profiles WHERE tenant_id = ? AND sku = ?`
)

// ReplaceProductProfiles writes the tenant's profiles, all or none; see
// kefu.ProductProfileService.
func (db *DB) ReplaceProductProfiles(ctx context.Context, tenantID string, ps []*kefu.ProductProfile) error {
	const op = "sqlite.ReplaceProductProfiles"
	if err := checkProfiles(tenantID, ps); err != nil {
		return kefu.E(op, err)
	}
	if len(ps) == 0 {
		return nil
	}
	tags, index := make([]string, len(ps)), make([]string, len(ps))
	for i, p := range ps {
		var err error
		if tags[i], err = jsonText(profileTags(p)); err != nil {
			return kefu.E(op, err)
		}
		if index[i], err = jsonText(profileIndex(p)); err != nil {
			return kefu.E(op, err)
		}
	}
	at := make([]int64, len(ps))
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		now := nanos(db.now())
		for i, p := range ps {
			at[i] = now
			if !p.DerivedAt.IsZero() {
				at[i] = nanos(p.DerivedAt)
			}
			if _, err := tx.exec(ctx, qUpsertProfile, tenantID, p.SKU, p.Partial, tags[i], at[i]); err != nil {
				if kefu.ErrorCode(fail(op, err, "", "")) == kefu.ENOTFOUND {
					return kefu.Errorf(kefu.ENOTFOUND, "product %q not found", p.SKU)
				}
				return err
			}
			if _, err := tx.exec(ctx, qDeleteProfileTags, tenantID, p.SKU); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, qInsertProfileTags, tenantID, p.SKU, index[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(op, err, "product profile", "product")
	}
	for i, p := range ps {
		p.DerivedAt, p.Tags = fromNanos(at[i]), profileTags(p)
	}
	return nil
}

// checkProfiles checks a batch of profiles for tenantID.
func checkProfiles(tenantID string, ps []*kefu.ProductProfile) error {
	if err := (kefu.ProductProfileFilter{TenantID: tenantID}).Validate(); err != nil {
		return err
	}
	if len(ps) > kefu.MaxProfileBatch {
		return kefu.Invalidf("profiles", "%d profiles in one batch, over %d", len(ps), kefu.MaxProfileBatch)
	}
	for _, p := range ps {
		if err := p.Validate(); err != nil {
			return err
		}
		if p.TenantID != tenantID {
			return kefu.Invalidf("tenant_id", "profile of %q belongs to tenant %q, not %q", p.SKU, p.TenantID, tenantID)
		}
	}
	return nil
}

// profileTags is the stored form of p's tags: never null.
func profileTags(p *kefu.ProductProfile) []kefu.ProfileTag {
	if p.Tags == nil {
		return []kefu.ProfileTag{}
	}
	return p.Tags
}

// profileIndex lists p's tags as the rows of its tag index: [dimension,
// value, level, shop].
func profileIndex(p *kefu.ProductProfile) [][4]any {
	rows := make([][4]any, len(p.Tags))
	for i, t := range p.Tags {
		shop := 0
		if t.Shop {
			shop = 1
		}
		rows[i] = [4]any{t.Dimension, t.Value, t.Level, shop}
	}
	return rows
}

// FindProductProfileBySKU returns ENOTFOUND if the tenant has no profile
// of sku.
func (db *DB) FindProductProfileBySKU(ctx context.Context, tenantID, sku string) (*kefu.ProductProfile, error) {
	const op = "sqlite.FindProductProfileBySKU"
	p, err := scanProfile(func(dest ...any) error {
		return db.row(ctx, qFindProfileBySKU, []any{tenantID, sku}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "product profile", "")
	}
	return p, nil
}

// FindProductProfiles returns the tenant's profiles matching f, ordered
// by SKU, at most f.Limit (default 1000).
func (db *DB) FindProductProfiles(ctx context.Context, f kefu.ProductProfileFilter) ([]*kefu.ProductProfile, error) {
	const op = "sqlite.FindProductProfiles"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindProfiles, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.Dimension != "" {
		q, args = qFindProfilesByTag, []any{f.TenantID, f.Dimension, f.Value, f.After, limit(f.Limit, 1000)}
	}
	var ps []*kefu.ProductProfile
	err := db.rows(ctx, q, args, func(rows *sql.Rows) error {
		p, err := scanProfile(rows.Scan)
		ps = append(ps, p)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "product profile", "")
	}
	return ps, nil
}

// DeleteProductProfile removes the profile of sku (its tags cascade);
// ENOTFOUND if there is none.
func (db *DB) DeleteProductProfile(ctx context.Context, tenantID, sku string) error {
	return db.deleteOne(ctx, "sqlite.DeleteProductProfile", "product profile", qDeleteProfile, tenantID, sku)
}

func scanProfile(scan func(...any) error) (*kefu.ProductProfile, error) {
	var (
		p       kefu.ProductProfile
		tags    string
		derived int64
	)
	if err := scan(&p.TenantID, &p.SKU, &p.Partial, &tags, &derived); err != nil {
		return nil, err
	}
	p.DerivedAt = fromNanos(derived)
	if err := unjson(tags, &p.Tags); err != nil {
		return nil, err
	}
	return &p, nil
}
