package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kefu-ai/kefu"
)

const (
	articleCols = `id, tenant_id, key, language, title, body, tags, intents, status, version, updated_at`
	// On a (key, language) conflict the row keeps its ID, the rest is
	// replaced and the version goes up by one.
	qUpsertArticle = `INSERT INTO articles (` + articleCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (tenant_id, key, language) DO UPDATE SET
			title = excluded.title, body = excluded.body, tags = excluded.tags, intents = excluded.intents,
			status = excluded.status, version = articles.version + 1, updated_at = excluded.updated_at
		RETURNING id, version`
	qFindArticleByID = `SELECT ` + articleCols + ` FROM articles WHERE id = ? AND tenant_id = ?`
)

// validArticleStatus reports whether s is a known article status.
func validArticleStatus(s kefu.ArticleStatus) bool {
	switch s {
	case kefu.ArticleDraft, kefu.ArticleReview, kefu.ArticlePublished:
		return true
	}
	return false
}

// UpsertArticle creates the article (Version 1) or replaces the one with
// the same (Key, Language), which keeps its ID, and bumps its Version. It
// sets a.ID and a.Version to the stored ones. A zero Status becomes draft,
// a zero UpdatedAt now.
func (db *DB) UpsertArticle(ctx context.Context, a *kefu.Article) error {
	const op = "sqlite.UpsertArticle"
	status := a.Status
	if status == "" {
		status = kefu.ArticleDraft
	}
	switch {
	case a.TenantID == "":
		return invalid(op, "tenant id required")
	case a.Key == "" || a.Language == "":
		return invalid(op, "article key and language required")
	case !validArticleStatus(status):
		return invalid(op, "invalid article status %q", a.Status)
	}
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
	var version int
	args := []any{id, a.TenantID, a.Key, a.Language, a.Title, a.Body, tags, intents, string(status), nanos(updated)}
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		return tx.row(ctx, qUpsertArticle, args, &id, &version)
	})
	if err != nil {
		return fail(op, err, "article", "tenant")
	}
	a.ID, a.Status, a.Version, a.UpdatedAt = id, status, version, updated
	return nil
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
	if f.TenantID == "" {
		return nil, invalid(op, "tenant id required")
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
