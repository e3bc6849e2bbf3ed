package kefu

import (
	"context"
	"time"
)

// ArticleStatus is where an article is in the review workflow.
type ArticleStatus string

// Article statuses. Only published articles are used to answer customers.
const (
	ArticleDraft     ArticleStatus = "draft"
	ArticleReview    ArticleStatus = "review"
	ArticlePublished ArticleStatus = "published"
)

// Article is a knowledge-base entry in one language. Articles that say the
// same thing in several languages share a Key.
type Article struct {
	ID        string        `json:"id"`
	TenantID  string        `json:"tenant_id"`
	Key       string        `json:"key"` // groups translations, e.g. "shipping-times"
	Language  string        `json:"language"`
	Title     string        `json:"title"`
	Body      string        `json:"body"`
	Tags      []string      `json:"tags,omitempty"`
	Intents   []string      `json:"intents,omitempty"` // intents this article answers
	Status    ArticleStatus `json:"status"`
	Version   int           `json:"version"`
	UpdatedAt time.Time     `json:"updated_at"`
}

// ArticleFilter selects articles of one tenant.
type ArticleFilter struct {
	TenantID string
	Language string        // empty: all languages
	Status   ArticleStatus // empty: all statuses
	Limit    int           // 0 means no limit
}

// ArticleService manages knowledge articles.
type ArticleService interface {
	// UpsertArticle creates the article or replaces the one with the same
	// (Key, Language), bumping its Version.
	UpsertArticle(ctx context.Context, a *Article) error
	FindArticleByID(ctx context.Context, tenantID, id string) (*Article, error)
	// FindArticles returns articles ordered by Key, then Language.
	FindArticles(ctx context.Context, f ArticleFilter) ([]*Article, error)
}
