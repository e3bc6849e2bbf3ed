package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ArticleService = (*DB)(nil)

const (
	articleCols = `id, tenant_id, key, language, title, body, tags, intents, status, version, updated_at`
	// A new (key, language) inserts the article at version 1; an existing
	// one is left alone here and updated by UpsertArticle after comparing
	// texts.
	qInsertArticle = `INSERT INTO articles (` + articleCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (tenant_id, key, language) DO NOTHING`
	qFindArticleByKey = `SELECT ` + articleCols + ` FROM articles WHERE tenant_id = ? AND key = ? AND language = ?`
	qUpdateArticle    = `UPDATE articles SET title = ?, body = ?, tags = ?, intents = ?, status = ?, version = ?, updated_at = ?
		WHERE id = ?`
	qSetArticleStatus     = `UPDATE articles SET status = ?, updated_at = ? WHERE id = ?`
	qInsertArticleVersion = `INSERT INTO article_versions (tenant_id, article_id, version, title, body, tags, intents, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	qFindArticleByID     = `SELECT ` + articleCols + ` FROM articles WHERE id = ? AND tenant_id = ?`
	qFindArticleVersions = `SELECT article_id, version, title, body, tags, intents, created_at FROM article_versions
		WHERE tenant_id = ? AND article_id = ? ORDER BY version DESC`
)

// UpsertArticle creates the article or updates the one with the same
// (Key, Language); see kefu.ArticleService. The comparison and the write
// run in one transaction on the writer, so concurrent upserts of one
// article each see the other's result.
func (db *DB) UpsertArticle(ctx context.Context, a *kefu.Article) error {
	const op = "sqlite.UpsertArticle"
	if err := a.Validate(); err != nil {
		return kefu.E(op, err)
	}
	status := a.StatusOrDraft()
	tags, err := jsonText(a.Tags)
	if err != nil {
		return kefu.E(op, err)
	}
	intents, err := jsonText(a.Intents)
	if err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("ar")
	}
	updated := db.stamp(a.UpdatedAt)
	var stored *kefu.Article
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qInsertArticle, id, a.TenantID, a.Key, a.Language, a.Title, a.Body, tags, intents,
			string(status), nanos(updated))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 1 {
			stored = &kefu.Article{ID: id, Version: 1, Status: status, UpdatedAt: updated}
			_, err := tx.exec(ctx, qInsertArticleVersion, a.TenantID, id, 1, a.Title, a.Body, tags, intents, nanos(updated))
			return err
		}
		cur, err := scanArticle(func(dest ...any) error {
			return tx.row(ctx, qFindArticleByKey, []any{a.TenantID, a.Key, a.Language}, dest...)
		})
		if err != nil {
			return err
		}
		stored = cur
		switch {
		case !cur.SameText(a):
			stored.Version++
			stored.Status, stored.UpdatedAt = status, updated
			if _, err := tx.exec(ctx, qUpdateArticle, a.Title, a.Body, tags, intents, string(status), stored.Version,
				nanos(updated), cur.ID); err != nil {
				return err
			}
			_, err = tx.exec(ctx, qInsertArticleVersion, a.TenantID, cur.ID, stored.Version, a.Title, a.Body, tags, intents,
				nanos(updated))
			return err
		case cur.Status != status:
			stored.Status, stored.UpdatedAt = status, updated
			_, err = tx.exec(ctx, qSetArticleStatus, string(status), nanos(updated), cur.ID)
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
	const op = "sqlite.UpdateArticleStatus"
	if tenantID == "" || id == "" {
		return nil, invalid(op, "tenant id and article id required")
	}
	if !status.Valid() {
		return nil, invalid(op, "invalid article status %q", status)
	}
	var a *kefu.Article
	err := db.write(ctx, func(ctx context.Context, tx *DB) (err error) {
		a, err = scanArticle(func(dest ...any) error {
			return tx.row(ctx, qFindArticleByID, []any{id, tenantID}, dest...)
		})
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
		_, err = tx.exec(ctx, qSetArticleStatus, string(status), nanos(a.UpdatedAt), a.ID)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return a, nil
}

// FindArticleByID returns ENOTFOUND if the tenant has no such article.
func (db *DB) FindArticleByID(ctx context.Context, tenantID, id string) (*kefu.Article, error) {
	const op = "sqlite.FindArticleByID"
	a, err := scanArticle(func(dest ...any) error {
		return db.row(ctx, qFindArticleByID, []any{id, tenantID}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return a, nil
}

// FindArticles returns the tenant's articles ordered by Key, then Language.
func (db *DB) FindArticles(ctx context.Context, f kefu.ArticleFilter) ([]*kefu.Article, error) {
	const op = "sqlite.FindArticles"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var q strings.Builder
	q.WriteString(`SELECT ` + articleCols + ` FROM articles WHERE tenant_id = ?`)
	args := []any{f.TenantID}
	if f.Language != "" {
		q.WriteString(` AND language = ?`)
		args = append(args, f.Language)
	}
	if f.Status != "" {
		q.WriteString(` AND status = ?`)
		args = append(args, string(f.Status))
	}
	if f.Answerable {
		q.WriteString(` AND status = 'published' AND NOT EXISTS (SELECT 1 FROM article_flags g
			WHERE g.article_id = articles.id AND g.resolved_at = 0 AND g.withdraws = 1)`)
	}
	if f.AfterKey != "" || f.AfterLanguage != "" {
		q.WriteString(` AND (key > ? OR (key = ? AND language > ?))`)
		args = append(args, f.AfterKey, f.AfterKey, f.AfterLanguage)
	}
	q.WriteString(` ORDER BY key, language LIMIT ?`)
	args = append(args, limit(f.Limit, -1)) // -1: no limit
	var as []*kefu.Article
	err := db.rows(ctx, q.String(), args, func(rs *sql.Rows) error {
		a, err := scanArticle(rs.Scan)
		as = append(as, a)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return as, nil
}

// FindArticleVersions returns the article's revisions, newest first.
func (db *DB) FindArticleVersions(ctx context.Context, tenantID, id string) ([]*kefu.ArticleVersion, error) {
	const op = "sqlite.FindArticleVersions"
	if tenantID == "" {
		return nil, invalid(op, "tenant id required")
	}
	var vs []*kefu.ArticleVersion
	err := db.rows(ctx, qFindArticleVersions, []any{tenantID, id}, func(rs *sql.Rows) error {
		var (
			v             kefu.ArticleVersion
			tags, intents string
			created       int64
		)
		if err := rs.Scan(&v.ArticleID, &v.Version, &v.Title, &v.Body, &tags, &intents, &created); err != nil {
			return err
		}
		v.CreatedAt = fromNanos(created)
		if err := unjson(tags, &v.Tags); err != nil {
			return err
		}
		if err := unjson(intents, &v.Intents); err != nil {
			return err
		}
		vs = append(vs, &v)
		return nil
	})
	if err == nil && len(vs) == 0 {
		// Every article has at least one revision: none means no article.
		err = sql.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "article", "")
	}
	return vs, nil
}

func scanArticle(scan func(...any) error) (*kefu.Article, error) {
	var (
		a                     kefu.Article
		tags, intents, status string
		updated               int64
	)
	err := scan(&a.ID, &a.TenantID, &a.Key, &a.Language, &a.Title, &a.Body, &tags, &intents, &status,
		&a.Version, &updated)
	if err != nil {
		return nil, err
	}
	a.Status = kefu.ArticleStatus(status)
	a.UpdatedAt = fromNanos(updated)
	if err := unjson(tags, &a.Tags); err != nil {
		return nil, err
	}
	if err := unjson(intents, &a.Intents); err != nil {
		return nil, err
	}
	return &a, nil
}

// FindArticleByKey returns the tenant's article of that key in that
// language; ENOTFOUND if there is none.
func (db *DB) FindArticleByKey(ctx context.Context, tenantID, key, language string) (*kefu.Article, error) {
	a, err := scanArticle(func(dest ...any) error {
		return db.row(ctx, qFindArticleByKey, []any{tenantID, key, language}, dest...)
	})
	if err != nil {
		return nil, fail("sqlite.FindArticleByKey", err, "article", "")
	}
	return a, nil
}

// DeleteArticle removes the article; its revisions go with it (ON DELETE
// CASCADE). ENOTFOUND if the tenant has no such article.
func (db *DB) DeleteArticle(ctx context.Context, tenantID, id string) error {
	return db.deleteOne(ctx, "sqlite.DeleteArticle", "article", `DELETE FROM articles WHERE tenant_id = ? AND id = ?`, tenantID, id)
}
