package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ReviewService = (*DB)(nil)

const (
	reviewCols = `tenant_id, id, sku, customer_id, rating, title, text, language, skin_type, verified, created_at`
	// qReviewRefs reads what an upsert needs to know first: whether the
	// tenant, the product and the customer ('' is none) exist, and the
	// stored review's created_at (NULL for a new review).
	qReviewRefs = `SELECT EXISTS (SELECT 1 FROM tenants WHERE id = ?1),
		EXISTS (SELECT 1 FROM products WHERE tenant_id = ?1 AND sku = ?2),
		?3 = '' OR EXISTS (SELECT 1 FROM customers WHERE tenant_id = ?1 AND id = ?3),
		(SELECT created_at FROM reviews WHERE tenant_id = ?1 AND id = ?4)`
	qUpsertReview = `INSERT INTO reviews (` + reviewCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			sku = excluded.sku, customer_id = excluded.customer_id, rating = excluded.rating, title = excluded.title,
			text = excluded.text, language = excluded.language, skin_type = excluded.skin_type,
			verified = excluded.verified, created_at = excluded.created_at`
	qFindReviewByID = `SELECT ` + reviewCols + ` FROM reviews WHERE tenant_id = ? AND id = ?`
	qFindReviews    = `SELECT ` + reviewCols + ` FROM reviews WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?`
	qFindReviewsSKU = `SELECT ` + reviewCols + ` FROM reviews WHERE tenant_id = ? AND sku = ? AND id > ? ORDER BY id LIMIT ?`
	qDeleteReview   = `DELETE FROM reviews WHERE tenant_id = ? AND id = ?`
	qReviewSummary  = `SELECT rating, skin_type, count(*), sum(verified) FROM reviews WHERE tenant_id = ? AND sku = ? GROUP BY rating, skin_type`
	qUnsignReviews  = `UPDATE reviews SET customer_id = '' WHERE tenant_id = ? AND customer_id = ? AND customer_id <> ''`
)

// UpsertReview creates the review or replaces the tenant's one with the
// same ID; see kefu.ReviewService.
func (db *DB) UpsertReview(ctx context.Context, r *kefu.Review) error {
	const op = "sqlite.UpsertReview"
	if err := r.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var created int64
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var (
			tenant, product, customer bool
			stored                    sql.NullInt64
		)
		err := tx.row(ctx, qReviewRefs, []any{r.TenantID, r.SKU, r.CustomerID, r.ID}, &tenant, &product, &customer, &stored)
		switch {
		case err != nil:
			return err
		case !tenant:
			return kefu.Errorf(kefu.ENOTFOUND, "tenant not found")
		case !product:
			return kefu.Invalidf("sku", "sku %q is not in the catalogue: send the product first", r.SKU)
		case !customer:
			return kefu.Invalidf("customer_id", "customer %q does not exist", r.CustomerID)
		}
		switch {
		case !r.CreatedAt.IsZero():
			created = nanos(r.CreatedAt)
		case stored.Valid:
			created = stored.Int64
		default:
			created = nanos(db.now())
		}
		_, err = tx.exec(ctx, qUpsertReview, r.TenantID, r.ID, r.SKU, r.CustomerID, r.Rating, r.Title, r.Text,
			r.Language, r.SkinType, r.Verified, created)
		return err
	})
	if err != nil {
		return fail(op, err, "review", "tenant")
	}
	r.CreatedAt = fromNanos(created)
	return nil
}

// FindReviewByID returns ENOTFOUND if the tenant has no such review.
func (db *DB) FindReviewByID(ctx context.Context, tenantID, id string) (*kefu.Review, error) {
	const op = "sqlite.FindReviewByID"
	r, err := scanReview(func(dest ...any) error {
		return db.row(ctx, qFindReviewByID, []any{tenantID, id}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "review", "")
	}
	return r, nil
}

// FindReviews returns the tenant's reviews (of f.SKU when set) ordered by
// ID, at most f.Limit (default 1000).
func (db *DB) FindReviews(ctx context.Context, f kefu.ReviewFilter) ([]*kefu.Review, error) {
	const op = "sqlite.FindReviews"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindReviews, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.SKU != "" {
		q, args = qFindReviewsSKU, []any{f.TenantID, f.SKU, f.After, limit(f.Limit, 1000)}
	}
	var rs []*kefu.Review
	err := db.rows(ctx, q, args, func(rows *sql.Rows) error {
		r, err := scanReview(rows.Scan)
		rs = append(rs, r)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "review", "")
	}
	return rs, nil
}

// DeleteReview removes the review; ENOTFOUND if the tenant has no such
// review.
func (db *DB) DeleteReview(ctx context.Context, tenantID, id string) error {
	const op = "sqlite.DeleteReview"
	return db.deleteOne(ctx, op, "review", qDeleteReview, tenantID, id)
}

// ReviewSummary sums up the tenant's reviews of sku.
func (db *DB) ReviewSummary(ctx context.Context, tenantID, sku string) (*kefu.ReviewSummary, error) {
	const op = "sqlite.ReviewSummary"
	if err := (kefu.ReviewFilter{TenantID: tenantID}).Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	s := &kefu.ReviewSummary{SKU: sku}
	err := db.rows(ctx, qReviewSummary, []any{tenantID, sku}, func(rows *sql.Rows) error {
		var (
			rating, n, verified int
			skin                string
		)
		if err := rows.Scan(&rating, &skin, &n, &verified); err != nil {
			return err
		}
		s.Add(rating, skin, n, verified)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "review", "")
	}
	return s, nil
}

func scanReview(scan func(...any) error) (*kefu.Review, error) {
	var (
		r       kefu.Review
		created int64
	)
	err := scan(&r.TenantID, &r.ID, &r.SKU, &r.CustomerID, &r.Rating, &r.Title, &r.Text, &r.Language, &r.SkinType,
		&r.Verified, &created)
	if err != nil {
		return nil, err
	}
	r.CreatedAt = fromNanos(created)
	return &r, nil
}
