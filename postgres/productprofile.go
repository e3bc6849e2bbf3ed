package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ProductProfileService = (*DB)(nil)

const (
	profileCols = `tenant_id, sku, partial, tags, derived_at`
	// A replaced profile keeps its row (no cascade to its tags), whose
	// tags are then deleted and inserted again from the profile's JSON.
	qUpsertProfile = `INSERT INTO product_profiles (` + profileCols + `) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (tenant_id, sku) DO UPDATE SET
			partial = excluded.partial, tags = excluded.tags, derived_at = excluded.derived_at`
	qDeleteProfileTags = `DELETE FROM product_profile_tags WHERE tenant_id = $1 AND sku = $2`
	// qInsertProfileTags indexes the tags of the profile JSON $3.
	qInsertProfileTags = `INSERT INTO product_profile_tags (tenant_id, dimension, value, sku, level, shop)
		SELECT $1, t.dimension, t.value, $2, coalesce(t.level, ''), coalesce(t.shop, false)
		FROM jsonb_to_recordset($3::jsonb) AS t (dimension text, value text, level text, shop boolean)`
	qFindProfileBySKU = `SELECT ` + profileCols + ` FROM product_profiles WHERE tenant_id = $1 AND sku = $2`
	qFindProfiles     = `SELECT ` + profileCols + ` FROM product_profiles WHERE tenant_id = $1 AND sku > $2
		ORDER BY sku LIMIT $3`
	qFindProfilesByTag = `SELECT p.tenant_id, p.sku, p.partial, p.tags, p.derived_at
		FROM product_profile_tags t JOIN product_profiles p ON p.tenant_id = t.tenant_id AND p.sku = t.sku
		WHERE t.tenant_id = $1 AND t.dimension = $2 AND t.value = $3 AND t.sku > $4
		ORDER BY t.sku LIMIT $5`
	qDeleteProfile = `DELETE FROM product_profiles WHERE tenant_id = $1 AND sku = $2`
)

// ReplaceProductProfiles writes the tenant's profiles, all or none, in
// one round trip; see kefu.ProductProfileService. DerivedAt is kept to
// the microsecond.
func (db *DB) ReplaceProductProfiles(ctx context.Context, tenantID string, ps []*kefu.ProductProfile) error {
	const op = "postgres.ReplaceProductProfiles"
	if err := checkProfiles(tenantID, ps); err != nil {
		return kefu.E(op, err)
	}
	if len(ps) == 0 {
		return nil
	}
	tags := make([][]byte, len(ps))
	at := make([]time.Time, len(ps))
	for i, p := range ps {
		var err error
		if tags[i], err = jsonb(profileTags(p)); err != nil {
			return kefu.E(op, err)
		}
		at[i] = db.stamp(p.DerivedAt)
	}
	err := db.multi(ctx, op, func(q querier) error {
		b := &pgx.Batch{}
		for i, p := range ps {
			b.Queue(qUpsertProfile, tenantID, p.SKU, p.Partial, tags[i], at[i])
			b.Queue(qDeleteProfileTags, tenantID, p.SKU)
			b.Queue(qInsertProfileTags, tenantID, p.SKU, tags[i])
		}
		br := q.(interface {
			SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
		}).SendBatch(ctx, b)
		for i := range b.Len() {
			if _, err := br.Exec(); err != nil {
				br.Close()
				var pe *pgconn.PgError
				if errors.As(err, &pe) && pe.Code == "23503" {
					return kefu.Errorf(kefu.ENOTFOUND, "product %q not found", ps[i/3].SKU)
				}
				return err
			}
		}
		return br.Close()
	})
	if err != nil {
		return fail(op, err, "product profile", "product")
	}
	for i, p := range ps {
		p.DerivedAt, p.Tags = at[i].UTC(), profileTags(p)
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

// FindProductProfileBySKU returns ENOTFOUND if the tenant has no profile
// of sku.
func (db *DB) FindProductProfileBySKU(ctx context.Context, tenantID, sku string) (*kefu.ProductProfile, error) {
	const op = "postgres.FindProductProfileBySKU"
	var p *kefu.ProductProfile
	err := db.run(ctx, op, func(q querier) (err error) {
		p, err = scanProfile(q.QueryRow(ctx, qFindProfileBySKU, tenantID, sku))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "product profile", "")
	}
	return p, nil
}

// FindProductProfiles returns the tenant's profiles matching f, ordered
// by SKU (byte order), at most f.Limit (default 1000).
func (db *DB) FindProductProfiles(ctx context.Context, f kefu.ProductProfileFilter) ([]*kefu.ProductProfile, error) {
	const op = "postgres.FindProductProfiles"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	query, args := qFindProfiles, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.Dimension != "" {
		query, args = qFindProfilesByTag, []any{f.TenantID, f.Dimension, f.Value, f.After, limit(f.Limit, 1000)}
	}
	var ps []*kefu.ProductProfile
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		ps, err = collect(rows, scanProfile)
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
	return db.deleteOne(ctx, "postgres.DeleteProductProfile", "product profile", qDeleteProfile, tenantID, sku)
}

func scanProfile(row pgx.Row) (*kefu.ProductProfile, error) {
	var (
		p    kefu.ProductProfile
		tags []byte
	)
	if err := row.Scan(&p.TenantID, &p.SKU, &p.Partial, &tags, &p.DerivedAt); err != nil {
		return nil, err
	}
	p.DerivedAt = p.DerivedAt.UTC()
	if err := unjson(tags, &p.Tags); err != nil {
		return nil, err
	}
	return &p, nil
}
