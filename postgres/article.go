package postgres

import (
	"context"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	articleCols = `id, tenant_id, key, language, title, body, tags, intents, status, version, updated_at`
	// On a (key, language) conflict the row keeps its ID, the rest is
	// replaced and the version goes up by one.
	qUpsertArticle = `INSERT INTO articles (` + articleCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10)
		ON CONFLICT (tenant_id, key, language) DO UPDATE SET
			title = excluded.title, body = excluded.body, tags = excluded.tags, intents = excluded.intents,
			status = excluded.status, version = articles.version + 1, updated_at = excluded.updated_at
		RETURNING id, version`
	qFindArticleByID = `SELECT ` + articleCols + ` FROM articles WHERE id = $1 AND tenant_id = $2`
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
	const op = "postgres.UpsertArticle"
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
	var version int
	err = db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qUpsertArticle, id, a.TenantID, a.Key, a.Language, a.Title, a.Body, tags, intents,
			string(status), updated).Scan(&id, &version)
	})
	if err != nil {
		return fail(op, err, "article", "tenant")
	}
	a.ID, a.Status, a.Version, a.UpdatedAt = id, status, version, updated
	return nil
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

// FindArticles returns the tenant's articles ordered by Key, then Language.
func (db *DB) FindArticles(ctx context.Context, f kefu.ArticleFilter) ([]*kefu.Article, error) {
	const op = "postgres.FindArticles"
	if f.TenantID == "" {
		return nil, invalid(op, "tenant id required")
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
