package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guards.
var (
	_ kefu.PromotionService   = (*DB)(nil)
	_ kefu.CannedReplyService = (*DB)(nil)
)

const (
	promotionCols    = `tenant_id, id, code, text, starts_at, ends_at, categories, products, min_total, currency, updated_at`
	qUpsertPromotion = `INSERT INTO promotions (` + promotionCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			code = excluded.code, text = excluded.text, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
			categories = excluded.categories, products = excluded.products, min_total = excluded.min_total,
			currency = excluded.currency, updated_at = excluded.updated_at`
	qFindPromotionByID = `SELECT ` + promotionCols + ` FROM promotions WHERE tenant_id = $1 AND id = $2`
	qFindPromotions    = `SELECT ` + promotionCols + ` FROM promotions WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3`
	// Unset times are NULL: an open start is always passed, an open end never.
	qFindActivePromotions = `SELECT ` + promotionCols + ` FROM promotions WHERE tenant_id = $1 AND id > $2
		AND (starts_at IS NULL OR starts_at <= $3) AND (ends_at IS NULL OR ends_at > $3) ORDER BY id LIMIT $4`
	qDeletePromotion = `DELETE FROM promotions WHERE tenant_id = $1 AND id = $2`

	cannedCols    = `tenant_id, id, title, language, text, updated_at`
	qUpsertCanned = `INSERT INTO canned_replies (` + cannedCols + `) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			title = excluded.title, language = excluded.language, text = excluded.text, updated_at = excluded.updated_at`
	qFindCannedByID     = `SELECT ` + cannedCols + ` FROM canned_replies WHERE tenant_id = $1 AND id = $2`
	qFindCanned         = `SELECT ` + cannedCols + ` FROM canned_replies WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3`
	qFindCannedLanguage = `SELECT ` + cannedCols + ` FROM canned_replies WHERE tenant_id = $1 AND language = $2 AND id > $3
		ORDER BY id LIMIT $4`
	qDeleteCanned = `DELETE FROM canned_replies WHERE tenant_id = $1 AND id = $2`
)

// UpsertPromotion creates the promotion or replaces the tenant's one with
// the same ID; p.UpdatedAt is set to now. Start and End are kept to the
// microsecond.
func (db *DB) UpsertPromotion(ctx context.Context, p *kefu.Promotion) error {
	const op = "postgres.UpsertPromotion"
	if err := p.Validate(); err != nil {
		return kefu.E(op, err)
	}
	text, err := jsonb(p.Text)
	if err != nil {
		return kefu.E(op, err)
	}
	cats, err := jsonb(p.Categories)
	if err != nil {
		return kefu.E(op, err)
	}
	prods, err := jsonb(p.Products)
	if err != nil {
		return kefu.E(op, err)
	}
	updated := db.now()
	err = db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qUpsertPromotion, p.TenantID, p.ID, p.Code, text, optTime(p.Start), optTime(p.End),
			cats, prods, p.MinTotal, p.Currency, updated)
		return err
	})
	if err != nil {
		return fail(op, err, "promotion", "tenant")
	}
	p.UpdatedAt = updated
	return nil
}

// FindPromotionByID returns ENOTFOUND if the tenant has no such promotion.
func (db *DB) FindPromotionByID(ctx context.Context, tenantID, id string) (*kefu.Promotion, error) {
	const op = "postgres.FindPromotionByID"
	var p *kefu.Promotion
	err := db.run(ctx, op, func(q querier) (err error) {
		p, err = scanPromotion(q.QueryRow(ctx, qFindPromotionByID, tenantID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "promotion", "")
	}
	return p, nil
}

// FindPromotions returns the tenant's promotions ordered by ID, at most
// f.Limit (default 1000).
func (db *DB) FindPromotions(ctx context.Context, f kefu.PromotionFilter) ([]*kefu.Promotion, error) {
	const op = "postgres.FindPromotions"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	query, args := qFindPromotions, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if !f.ActiveAt.IsZero() {
		query, args = qFindActivePromotions, []any{f.TenantID, f.After, f.ActiveAt, limit(f.Limit, 1000)}
	}
	var ps []*kefu.Promotion
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		ps, err = collect(rows, scanPromotion)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "promotion", "")
	}
	return ps, nil
}

// DeletePromotion removes the promotion; ENOTFOUND if the tenant has no
// such promotion.
func (db *DB) DeletePromotion(ctx context.Context, tenantID, id string) error {
	const op = "postgres.DeletePromotion"
	return db.deleteOne(ctx, op, "promotion", qDeletePromotion, tenantID, id)
}

func scanPromotion(row pgx.Row) (*kefu.Promotion, error) {
	var (
		p                 kefu.Promotion
		text, cats, prods []byte
		start, end        *time.Time
	)
	err := row.Scan(&p.TenantID, &p.ID, &p.Code, &text, &start, &end, &cats, &prods, &p.MinTotal, &p.Currency, &p.UpdatedAt)
	if err != nil {
		return nil, err
	}
	p.UpdatedAt = p.UpdatedAt.UTC()
	if start != nil {
		p.Start = start.UTC()
	}
	if end != nil {
		p.End = end.UTC()
	}
	if err := unjson(text, &p.Text); err != nil {
		return nil, err
	}
	if err := unjson(cats, &p.Categories); err != nil {
		return nil, err
	}
	if err := unjson(prods, &p.Products); err != nil {
		return nil, err
	}
	return &p, nil
}

// UpsertCannedReply creates the reply or replaces the tenant's one with
// the same ID; c.UpdatedAt is set to now.
func (db *DB) UpsertCannedReply(ctx context.Context, c *kefu.CannedReply) error {
	const op = "postgres.UpsertCannedReply"
	if err := c.Validate(); err != nil {
		return kefu.E(op, err)
	}
	updated := db.now()
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qUpsertCanned, c.TenantID, c.ID, c.Title, c.Language, c.Text, updated)
		return err
	})
	if err != nil {
		return fail(op, err, "canned reply", "tenant")
	}
	c.UpdatedAt = updated
	return nil
}

// FindCannedReplyByID returns ENOTFOUND if the tenant has no such reply.
func (db *DB) FindCannedReplyByID(ctx context.Context, tenantID, id string) (*kefu.CannedReply, error) {
	const op = "postgres.FindCannedReplyByID"
	var c *kefu.CannedReply
	err := db.run(ctx, op, func(q querier) (err error) {
		c, err = scanCanned(q.QueryRow(ctx, qFindCannedByID, tenantID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "canned reply", "")
	}
	return c, nil
}

// FindCannedReplies returns the tenant's replies ordered by ID, at most
// f.Limit (default 1000).
func (db *DB) FindCannedReplies(ctx context.Context, f kefu.CannedReplyFilter) ([]*kefu.CannedReply, error) {
	const op = "postgres.FindCannedReplies"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	query, args := qFindCanned, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.Language != "" {
		query, args = qFindCannedLanguage, []any{f.TenantID, f.Language, f.After, limit(f.Limit, 1000)}
	}
	var cs []*kefu.CannedReply
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		cs, err = collect(rows, scanCanned)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "canned reply", "")
	}
	return cs, nil
}

// DeleteCannedReply removes the reply; ENOTFOUND if the tenant has no
// such reply.
func (db *DB) DeleteCannedReply(ctx context.Context, tenantID, id string) error {
	const op = "postgres.DeleteCannedReply"
	return db.deleteOne(ctx, op, "canned reply", qDeleteCanned, tenantID, id)
}

func scanCanned(row pgx.Row) (*kefu.CannedReply, error) {
	var c kefu.CannedReply
	if err := row.Scan(&c.TenantID, &c.ID, &c.Title, &c.Language, &c.Text, &c.UpdatedAt); err != nil {
		return nil, err
	}
	c.UpdatedAt = c.UpdatedAt.UTC()
	return &c, nil
}
