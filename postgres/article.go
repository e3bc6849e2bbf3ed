package postgres

import (
	"context"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ArticleService = (*DB)(nil)

const (
	articleCols = `id, tenant_id, key, language, title, body, tags, intents, status, version, updated_at`
	// A new (key, language) inserts the article at version 1; an existing
	// one is left alone here and updated by UpsertArticle after comparing
	// texts.
	qInsertArticle = `INSERT INTO articles (` + articleCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10)
		ON CONFLICT (tenant_id, key, language) DO NOTHING`
	qLockArticleByKey = `SELECT ` + articleCols + ` FROM articles WHERE tenant_id = $1 AND key = $2 AND language = $3 FOR UPDATE`
	qUpdateArticle    = `UPDATE articles SET title = $1, body = $2, tags = $3, intents = $4, status = $5, version = $6,
		updated_at = $7 WHERE id = $8`
	qSetArticleStatus     = `UPDATE articles SET status = $1, updated_at = $2 WHERE id = $3`
	qInsertArticleVersion = `INSERT INTO article_versions (tenant_id, article_id, version, title, body, tags, intents, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`
	qFindArticleByID     = `SELECT ` + articleCols + ` FROM articles WHERE id = $1 AND tenant_id = $2`
	qLockArticleByID     = qFindArticleByID + ` FOR UPDATE`
	qFindArticleByKey    = `SELECT ` + articleCols + ` FROM articles WHERE tenant_id = $1 AND key = $2 AND language = $3`
	qDeleteArticle       = `DELETE FROM articles WHERE id = $1 AND tenant_id = $2` // revisions: ON DELETE CASCADE
	qFindArticleVersions = `SELECT article_id, version, title, body, tags, intents, created_at FROM article_versions
		WHERE tenant_id = $1 AND article_id = $2 ORDER BY version DESC`
)

// UpsertArticle creates the article or updates the one with the same
// (Key, Language); see kefu.ArticleService. It runs in one transaction and
// locks the existing row, so concurrent upserts of one article serialise.
func (db *DB) UpsertArticle(ctx context.Context, a *kefu.Article) error {
	const op = "postgres.UpsertArticle"
	if err := a.Validate(); err != nil {
		return kefu.E(op, err)
	}
	status := a.StatusOrDraft()
	tags, err := jsonb(a.Tags)
	if err != nil {
		return kefu.E(op, err)
	}
	intents, err := jsonb(a.Intents)
	if err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("ar")
	}
	updated := db.stamp(a.UpdatedAt)
	var stored *kefu.Article
	err = db.multi(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qInsertArticle, id, a.TenantID, a.Key, a.Language, a.Title, a.Body, tags, intents,
			string(status), updated)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 1 {
			stored = &kefu.Article{ID: id, Version: 1, Status: status, UpdatedAt: updated}
			_, err := q.Exec(ctx, qInsertArticleVersion, a.TenantID, id, 1, a.Title, a.Body, tags, intents, updated)
			return err
		}
		cur, err := scanArticle(q.QueryRow(ctx, qLockArticleByKey, a.TenantID, a.Key, a.Language))
		if err != nil {
			return err
		}
		stored = cur
		switch {
		case !cur.SameText(a):
			stored.Version++
			stored.Status, stored.UpdatedAt = status, updated
			if _, err := q.Exec(ctx, qUpdateArticle, a.Title, a.Body, tags, intents, string(status), stored.Version,
				updated, cur.ID); err != nil {
				return err
			}
			_, err = q.Exec(ctx, qInsertArticleVersion, a.TenantID, cur.ID, stored.Version, a.Title, a.Body, tags, intents,
				updated)
			return err
		case cur.Status != status:
			stored.Status, stored.UpdatedAt = status, updated
			_, err = q.Exec(ctx, qSetArticleStatus, string(status), updated, cur.ID)
			return err
		}
		return nil // nothing changed
	})
	if err != nil {
		return fail(op, err, "article", "tenant")
	}
	a.ID, a.Status, a.Version, a.UpdatedAt = stored.ID, stored.Status, stored.Version, stored.UpdatedAt
	return nil
}

// UpdateArticleStatus moves an article along the review workflow; see
// kefu.ArticleService.
func (db *DB) UpdateArticleStatus(ctx context.Context, tenantID, id string, status kefu.ArticleStatus) (*kefu.Article, error) {
	const op = "postgres.UpdateArticleStatus"
	if tenantID == "" || id == "" {
		return nil, invalid(op, "tenant id and article id required")
	}
	if !status.Valid() {
		return nil, invalid(op, "invalid article status %q", status)
	}
	var a *kefu.Article
	err := db.multi(ctx, op, func(q querier) (err error) {
		a, err = scanArticle(q.QueryRow(ctx, qLockArticleByID, id, tenantID))
		switch {
		case err != nil:
			return err
		case !a.Status.CanMoveTo(status):
			return &kefu.Error{Code: kefu.ECONFLICT, Op: op,
				Message: "an article in status " + string(a.Status) + " cannot move to " + string(status)}
		case a.Status == status:
			return nil
		}
		a.Status, a.UpdatedAt = status, db.now()
		_, err = q.Exec(ctx, qSetArticleStatus, string(status), a.UpdatedAt, a.ID)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return a, nil
}

// FindArticleByID returns ENOTFOUND if the tenant has no such article.
func (db *DB) FindArticleByID(ctx context.Context, tenantID, id string) (*kefu.Article, error) {
	const op = "postgres.FindArticleByID"
	var a *kefu.Article
	err := db.run(ctx, op, func(q querier) (err error) {
		a, err = scanArticle(q.QueryRow(ctx, qFindArticleByID, id, tenantID))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return a, nil
}

// FindArticleByKey returns the tenant's article of that key in that
// language; ENOTFOUND if there is none.
func (db *DB) FindArticleByKey(ctx context.Context, tenantID, key, language string) (*kefu.Article, error) {
	const op = "postgres.FindArticleByKey"
	var a *kefu.Article
	err := db.run(ctx, op, func(q querier) (err error) {
		a, err = scanArticle(q.QueryRow(ctx, qFindArticleByKey, tenantID, key, language))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return a, nil
}

// DeleteArticle removes the article and its revisions; ENOTFOUND if the
// tenant has no such article.
func (db *DB) DeleteArticle(ctx context.Context, tenantID, id string) error {
	return db.deleteOne(ctx, "postgres.DeleteArticle", "article", qDeleteArticle, id, tenantID)
}

// FindArticles returns the tenant's articles ordered by Key, then
// Language, after (f.AfterKey, f.AfterLanguage) when either is set.
func (db *DB) FindArticles(ctx context.Context, f kefu.ArticleFilter) ([]*kefu.Article, error) {
	const op = "postgres.FindArticles"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT ` + articleCols + ` FROM articles WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.Language != "" {
		args = append(args, f.Language)
		sb.WriteString(` AND language = $` + strconv.Itoa(len(args)))
	}
	if f.Status != "" {
		args = append(args, string(f.Status))
		sb.WriteString(` AND status = $` + strconv.Itoa(len(args)))
	}
	if f.Answerable {
		sb.WriteString(` AND status = 'published' AND NOT EXISTS (SELECT 1 FROM article_flags g
			WHERE g.article_id = articles.id AND g.resolved_at IS NULL AND g.withdraws)`)
	}
	if f.AfterKey != "" || f.AfterLanguage != "" {
		// A row comparison on the columns of the unique index
		// (tenant_id, key, language), so that the scan starts at the cursor.
		args = append(args, f.AfterKey, f.AfterLanguage)
		n := len(args)
		sb.WriteString(` AND (tenant_id, key, language) > ($1, $` + strconv.Itoa(n-1) + `, $` + strconv.Itoa(n) + `)`)
	}
	sb.WriteString(` ORDER BY key, language`)
	if f.Limit > 0 {
		args = append(args, f.Limit)
		sb.WriteString(` LIMIT $` + strconv.Itoa(len(args)))
	}
	var as []*kefu.Article
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, sb.String(), args...)
		if err != nil {
			return err
		}
		as, err = collect(rows, scanArticle)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return as, nil
}

// FindArticleVersions returns the article's revisions, newest first.
func (db *DB) FindArticleVersions(ctx context.Context, tenantID, id string) ([]*kefu.ArticleVersion, error) {
	const op = "postgres.FindArticleVersions"
	if tenantID == "" {
		return nil, invalid(op, "tenant id required")
	}
	var vs []*kefu.ArticleVersion
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindArticleVersions, tenantID, id)
		if err != nil {
			return err
		}
		vs, err = collect(rows, scanArticleVersion)
		return err
	})
	if err == nil && len(vs) == 0 {
		// Every article has at least one revision: none means no article.
		err = pgx.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return vs, nil
}

func scanArticleVersion(row pgx.Row) (*kefu.ArticleVersion, error) {
	var (
		v             kefu.ArticleVersion
		tags, intents []byte
	)
	if err := row.Scan(&v.ArticleID, &v.Version, &v.Title, &v.Body, &tags, &intents, &v.CreatedAt); err != nil {
		return nil, err
	}
	v.CreatedAt = v.CreatedAt.UTC()
	if err := unjson(tags, &v.Tags); err != nil {
		return nil, err
	}
	if err := unjson(intents, &v.Intents); err != nil {
		return nil, err
	}
	return &v, nil
}

func scanArticle(row pgx.Row) (*kefu.Article, error) {
	var (
		a             kefu.Article
		tags, intents []byte
		status        string
	)
	err := row.Scan(&a.ID, &a.TenantID, &a.Key, &a.Language, &a.Title, &a.Body, &tags, &intents, &status,
		&a.Version, &a.UpdatedAt)
	if err != nil {
		return nil, err
	}
	a.Status = kefu.ArticleStatus(status)
	a.UpdatedAt = a.UpdatedAt.UTC()
	if err := unjson(tags, &a.Tags); err != nil {
		return nil, err
	}
	if err := unjson(intents, &a.Intents); err != nil {
		return nil, err
	}
	return &a, nil
}
