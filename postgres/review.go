package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ReviewService = (*DB)(nil)

const (
	reviewCols = `tenant_id, id, sku, customer_id, rating, title, text, language, skin_type, verified, created_at`
	// qUpsertReview writes the review only when its product and customer
	// ($4, '' for none) exist; when it writes nothing, qReviewRefs tells
	// why. $12 says that the caller gave no created_at, so that a
	// replacement keeps the stored one ($11 is then the store's clock,
	// for a new review).
	qUpsertReview = `INSERT INTO reviews (` + reviewCols + `)
		SELECT $1::text, $2::text, $3::text, $4::text, $5::smallint, $6::text, $7::text, $8::text, $9::text, $10::boolean,
			$11::timestamptz
		WHERE EXISTS (SELECT 1 FROM products WHERE tenant_id = $1 AND sku = $3)
			AND ($4 = '' OR EXISTS (SELECT 1 FROM customers WHERE tenant_id = $1 AND id = $4))
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			sku = excluded.sku, customer_id = excluded.customer_id, rating = excluded.rating, title = excluded.title,
			text = excluded.text, language = excluded.language, skin_type = excluded.skin_type,
			verified = excluded.verified,
			created_at = CASE WHEN $12::boolean THEN reviews.created_at ELSE excluded.created_at END
		RETURNING created_at`
	qReviewRefs = `SELECT EXISTS (SELECT 1 FROM tenants WHERE id = $1),
		EXISTS (SELECT 1 FROM products WHERE tenant_id = $1 AND sku = $2)`
	qFindReviewByID = `SELECT ` + reviewCols + ` FROM reviews WHERE tenant_id = $1 AND id = $2`
	qFindReviews    = `SELECT ` + reviewCols + ` FROM reviews WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3`
	qFindReviewsSKU = `SELECT ` + reviewCols + ` FROM reviews WHERE tenant_id = $1 AND sku = $2 AND id > $3
		ORDER BY id LIMIT $4`
	qDeleteReview  = `DELETE FROM reviews WHERE tenant_id = $1 AND id = $2`
	qReviewSummary = `SELECT rating, skin_type, count(*), count(*) FILTER (WHERE verified) FROM reviews
		WHERE tenant_id = $1 AND sku = $2 GROUP BY rating, skin_type`
)

// UpsertReview creates the review or replaces the tenant's one with the
// same ID; see kefu.ReviewService. CreatedAt is kept to the microsecond.
func (db *DB) UpsertReview(ctx context.Context, r *kefu.Review) error {
	const op = "postgres.UpsertReview"
	if err := r.Validate(); err != nil {
		return kefu.E(op, err)
	}
	keep := r.CreatedAt.IsZero()
	created := db.stamp(r.CreatedAt)
	err := db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qUpsertReview, r.TenantID, r.ID, r.SKU, r.CustomerID, r.Rating, r.Title, r.Text,
			r.Language, r.SkinType, r.Verified, created, keep).Scan(&created)
	})
	if errors.Is(err, pgx.ErrNoRows) {
		// Nothing was written: say which reference is missing.
		err = db.run(ctx, op, func(q querier) error { return reviewRefs(ctx, q, r) })
	}
	if err != nil {
		return fail(op, err, "review", "tenant")
	}
	r.CreatedAt = created.UTC()
	return nil
}

// reviewRefs tells why review r could not be stored: its tenant, product
// or customer is missing.
func reviewRefs(ctx context.Context, q querier, r *kefu.Review) error {
	var tenant, product bool
	if err := q.QueryRow(ctx, qReviewRefs, r.TenantID, r.SKU).Scan(&tenant, &product); err != nil {
		return err
	}
	switch {
	case !tenant:
		return kefu.Errorf(kefu.ENOTFOUND, "tenant not found")
	case !product:
		return kefu.Invalidf("sku", "sku %q is not in the catalogue: send the product first", r.SKU)
	}
	return kefu.Invalidf("customer_id", "customer %q does not exist", r.CustomerID)
}

// FindReviewByID returns ENOTFOUND if the tenant has no such review.
func (db *DB) FindReviewByID(ctx context.Context, tenantID, id string) (*kefu.Review, error) {
	const op = "postgres.FindReviewByID"
	var r *kefu.Review
	err := db.run(ctx, op, func(q querier) (err error) {
		r, err = scanReview(q.QueryRow(ctx, qFindReviewByID, tenantID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "review", "")
	}
	return r, nil
}

// FindReviews returns the tenant's reviews (of f.SKU when set) ordered by
// ID, at most f.Limit (default 1000).
func (db *DB) FindReviews(ctx context.Context, f kefu.ReviewFilter) ([]*kefu.Review, error) {
	const op = "postgres.FindReviews"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	query, args := qFindReviews, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.SKU != "" {
		query, args = qFindReviewsSKU, []any{f.TenantID, f.SKU, f.After, limit(f.Limit, 1000)}
	}
	var rs []*kefu.Review
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		rs, err = collect(rows, scanReview)
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
	const op = "postgres.DeleteReview"
	return db.deleteOne(ctx, op, "review", qDeleteReview, tenantID, id)
}

// ReviewSummary sums up the tenant's reviews of sku.
func (db *DB) ReviewSummary(ctx context.Context, tenantID, sku string) (*kefu.ReviewSummary, error) {
	const op = "postgres.ReviewSummary"
	if err := (kefu.ReviewFilter{TenantID: tenantID}).Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	s := &kefu.ReviewSummary{SKU: sku}
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qReviewSummary, tenantID, sku)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				rating     int16
				n, checked int64
				skin       string
			)
			if err := rows.Scan(&rating, &skin, &n, &checked); err != nil {
				return err
			}
			s.Add(int(rating), skin, int(n), int(checked))
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fail(op, err, "review", "")
	}
	return s, nil
}

func scanReview(row pgx.Row) (*kefu.Review, error) {
	var (
		r      kefu.Review
		rating int16
	)
	err := row.Scan(&r.TenantID, &r.ID, &r.SKU, &r.CustomerID, &rating, &r.Title, &r.Text, &r.Language, &r.SkinType,
		&r.Verified, &r.CreatedAt)
	if err != nil {
		return nil, err
	}
	r.Rating = int(rating)
	r.CreatedAt = r.CreatedAt.UTC()
	return &r, nil
}
