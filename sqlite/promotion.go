package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guards.
var (
	_ kefu.PromotionService   = (*DB)(nil)
	_ kefu.CannedReplyService = (*DB)(nil)
)

const (
	promotionCols    = `tenant_id, id, code, text, starts_at, ends_at, categories, products, min_total, currency, updated_at`
	qUpsertPromotion = `INSERT INTO promotions (` + promotionCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			code = excluded.code, text = excluded.text, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
			categories = excluded.categories, products = excluded.products, min_total = excluded.min_total,
			currency = excluded.currency, updated_at = excluded.updated_at`
	qFindPromotionByID = `SELECT ` + promotionCols + ` FROM promotions WHERE tenant_id = ? AND id = ?`
	qFindPromotions    = `SELECT ` + promotionCols + ` FROM promotions WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?`
	// Unset times are 0: a zero start is always passed, a zero end never.
	qFindActivePromotions = `SELECT ` + promotionCols + ` FROM promotions WHERE tenant_id = ? AND id > ?
		AND starts_at <= ? AND (ends_at = 0 OR ends_at > ?) ORDER BY id LIMIT ?`
	qDeletePromotion = `DELETE FROM promotions WHERE tenant_id = ? AND id = ?`

	cannedCols    = `tenant_id, id, title, language, text, updated_at`
	qUpsertCanned = `INSERT INTO canned_replies (` + cannedCols + `) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			title = excluded.title, language = excluded.language, text = excluded.text, updated_at = excluded.updated_at`
	qFindCannedByID     = `SELECT ` + cannedCols + ` FROM canned_replies WHERE tenant_id = ? AND id = ?`
	qFindCanned         = `SELECT ` + cannedCols + ` FROM canned_replies WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?`
	qFindCannedLanguage = `SELECT ` + cannedCols + ` FROM canned_replies WHERE tenant_id = ? AND language = ? AND id > ? ORDER BY id LIMIT ?`
	qDeleteCanned       = `DELETE FROM canned_replies WHERE tenant_id = ? AND id = ?`
)

// UpsertPromotion creates the promotion or replaces the tenant's one with
// the same ID; p.UpdatedAt is set to now.
func (db *DB) UpsertPromotion(ctx context.Context, p *kefu.Promotion) error {
	const op = "sqlite.UpsertPromotion"
	if err := p.Validate(); err != nil {
		return kefu.E(op, err)
	}
	text, err := jsonText(p.Text)
	if err != nil {
		return kefu.E(op, err)
	}
	cats, err := jsonText(p.Categories)
	if err != nil {
		return kefu.E(op, err)
	}
	prods, err := jsonText(p.Products)
	if err != nil {
		return kefu.E(op, err)
	}
	updated := db.now()
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qUpsertPromotion, p.TenantID, p.ID, p.Code, text, optNanos(p.Start), optNanos(p.End),
			cats, prods, p.MinTotal, p.Currency, nanos(updated))
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
	const op = "sqlite.FindPromotionByID"
	p, err := scanPromotion(func(dest ...any) error {
		return db.row(ctx, qFindPromotionByID, []any{tenantID, id}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "promotion", "")
	}
	return p, nil
}

// FindPromotions returns the tenant's promotions ordered by ID, at most
// f.Limit (default 1000).
func (db *DB) FindPromotions(ctx context.Context, f kefu.PromotionFilter) ([]*kefu.Promotion, error) {
	const op = "sqlite.FindPromotions"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindPromotions, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if !f.ActiveAt.IsZero() {
		at := nanos(f.ActiveAt)
		q, args = qFindActivePromotions, []any{f.TenantID, f.After, at, at, limit(f.Limit, 1000)}
	}
	var ps []*kefu.Promotion
	err := db.rows(ctx, q, args, func(rs *sql.Rows) error {
		p, err := scanPromotion(rs.Scan)
		ps = append(ps, p)
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
	const op = "sqlite.DeletePromotion"
	return db.deleteOne(ctx, op, "promotion", qDeletePromotion, tenantID, id)
}

func scanPromotion(scan func(...any) error) (*kefu.Promotion, error) {
	var (
		p                   kefu.Promotion
		text, cats, prods   string
		start, end, updated int64
	)
	err := scan(&p.TenantID, &p.ID, &p.Code, &text, &start, &end, &cats, &prods, &p.MinTotal, &p.Currency, &updated)
	if err != nil {
		return nil, err
	}
	p.Start, p.End, p.UpdatedAt = fromOptNanos(start), fromOptNanos(end), fromNanos(updated)
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
	const op = "sqlite.UpsertCannedReply"
	if err := c.Validate(); err != nil {
		return kefu.E(op, err)
	}
	updated := db.now()
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qUpsertCanned, c.TenantID, c.ID, c.Title, c.Language, c.Text, nanos(updated))
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
	const op = "sqlite.FindCannedReplyByID"
	c, err := scanCanned(func(dest ...any) error {
		return db.row(ctx, qFindCannedByID, []any{tenantID, id}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "canned reply", "")
	}
	return c, nil
}

// FindCannedReplies returns the tenant's replies ordered by ID, at most
// f.Limit (default 1000).
func (db *DB) FindCannedReplies(ctx context.Context, f kefu.CannedReplyFilter) ([]*kefu.CannedReply, error) {
	const op = "sqlite.FindCannedReplies"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindCanned, []any{f.TenantID, f.After, limit(f.Limit, 1000)}
	if f.Language != "" {
		q, args = qFindCannedLanguage, []any{f.TenantID, f.Language, f.After, limit(f.Limit, 1000)}
	}
	var cs []*kefu.CannedReply
	err := db.rows(ctx, q, args, func(rs *sql.Rows) error {
		c, err := scanCanned(rs.Scan)
		cs = append(cs, c)
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
	const op = "sqlite.DeleteCannedReply"
	return db.deleteOne(ctx, op, "canned reply", qDeleteCanned, tenantID, id)
}

func scanCanned(scan func(...any) error) (*kefu.CannedReply, error) {
	var (
		c       kefu.CannedReply
		updated int64
	)
	if err := scan(&c.TenantID, &c.ID, &c.Title, &c.Language, &c.Text, &updated); err != nil {
		return nil, err
	}
	c.UpdatedAt = fromNanos(updated)
	return &c, nil
}
