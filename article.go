package kefu

import (
	"context"
	"slices"
	"time"
)

// ArticleStatus is where an article is in the review workflow.
type ArticleStatus string

// Article statuses. Only published articles are used to answer customers.
//
// The workflow is draft -> in_review -> published: a reviewer either
// publishes an article in review or sends it back to draft, and a
// published article can be withdrawn to draft. UpsertArticle (editors,
// imports) may set any status; UpdateArticleStatus enforces the workflow.
const (
	ArticleDraft     ArticleStatus = "draft"
	ArticleReview    ArticleStatus = "in_review"
	ArticlePublished ArticleStatus = "published"
)

// Valid reports whether s is one of the article statuses.
func (s ArticleStatus) Valid() bool {
	switch s {
	case ArticleDraft, ArticleReview, ArticlePublished:
		return true
	}
	return false
}

// CanMoveTo reports whether the review workflow allows an article in
// status s to move to status t. Staying in the same status is allowed.
func (s ArticleStatus) CanMoveTo(t ArticleStatus) bool {
	if s == t {
		return s.Valid()
	}
	switch s {
	case ArticleDraft:
		return t == ArticleReview
	case ArticleReview:
		return t == ArticlePublished || t == ArticleDraft
	case ArticlePublished:
		return t == ArticleDraft
	}
	return false
}

// Article is a knowledge-base entry in one language. Articles that say the
// same thing in several languages share a Key.
//
// Version counts revisions of the article's text (Title, Body, Tags and
// Intents): it is 1 when the article is created and goes up by one each
// time the text changes. Every revision is kept (see ArticleVersion); a
// change of Status alone is not a new revision.
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

// SameText reports whether a and b have the same text: Title, Body, Tags
// and Intents, where a nil and an empty list are the same.
func (a *Article) SameText(b *Article) bool {
	return a.Title == b.Title && a.Body == b.Body && slices.Equal(a.Tags, b.Tags) && slices.Equal(a.Intents, b.Intents)
}

// ArticleVersion is one revision of an article's text, kept when the text
// changes so that reviewers can compare revisions and editors can restore
// one (by upserting its text, which makes a new revision).
type ArticleVersion struct {
	ArticleID string    `json:"article_id"`
	Version   int       `json:"version"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Tags      []string  `json:"tags,omitempty"`
	Intents   []string  `json:"intents,omitempty"`
	CreatedAt time.Time `json:"created_at"` // when this revision was written
}

// ArticleFilter selects articles of one tenant.
type ArticleFilter struct {
	TenantID string
	Language string        // empty: all languages
	Status   ArticleStatus // empty: all statuses
	// Answerable keeps only the articles that may answer customers:
	// published and without an open flag that withdraws them
	// (ArticleFlag.Withdraws), such as a stale flag from a feed.
	Answerable bool
	// AfterKey and AfterLanguage continue a listing: only articles whose
	// (Key, Language) sorts after them.
	AfterKey      string
	AfterLanguage string
	Limit         int // 0 means no limit
}

// ArticleService manages knowledge articles.
type ArticleService interface {
	// UpsertArticle creates the article (Version 1) or updates the one
	// with the same (Key, Language), which keeps its ID. When the text
	// (see Article.SameText) changes, the Version goes up by one and the
	// new text is kept as a revision; when only the Status changes, the
	// Version stays. It sets a's ID, Status (draft when empty), Version
	// and UpdatedAt (now when zero) to the stored ones. EINVALID without
	// a tenant, key or language or with an unknown status; ENOTFOUND for
	// an unknown tenant.
	UpsertArticle(ctx context.Context, a *Article) error
	// UpdateArticleStatus moves the article along the review workflow
	// (ArticleStatus.CanMoveTo) and returns it; ECONFLICT when the
	// workflow does not allow the move, ENOTFOUND when the tenant has
	// no such article.
	UpdateArticleStatus(ctx context.Context, tenantID, id string, status ArticleStatus) (*Article, error)
	// FindArticleByID returns ENOTFOUND if the tenant has no such article.
	FindArticleByID(ctx context.Context, tenantID, id string) (*Article, error)
	// FindArticles returns articles ordered by Key, then Language.
	FindArticles(ctx context.Context, f ArticleFilter) ([]*Article, error)
	// FindArticleVersions returns every revision of the article's text,
	// newest first; ENOTFOUND if the tenant has no such article.
	FindArticleVersions(ctx context.Context, tenantID, id string) ([]*ArticleVersion, error)
	// FindArticleByKey returns the article of that key in that language;
	// ENOTFOUND if the tenant has none.
	FindArticleByKey(ctx context.Context, tenantID, key, language string) (*Article, error)
	// DeleteArticle removes the article and its revisions; ENOTFOUND if
	// the tenant has no such article.
	DeleteArticle(ctx context.Context, tenantID, id string) error
}

// StatusOrDraft returns a's status, ArticleDraft when zero: the status
// UpsertArticle stores.
func (a *Article) StatusOrDraft() ArticleStatus {
	if a.Status == "" {
		return ArticleDraft
	}
	return a.Status
}

// Validate checks what a store needs of an article to upsert; EINVALID
// naming the field without a tenant, a key or a language, with a
// language tag that is not canonical (CheckLanguage) or an unknown status
// (empty means draft).
func (a *Article) Validate() error {
	if err := requireTenant(a.TenantID); err != nil {
		return err
	}
	if a.Key == "" {
		return Invalidf("key", "key is required")
	}
	if err := CheckLanguage("language", a.Language); err != nil {
		return err
	}
	if !a.StatusOrDraft().Valid() {
		return Invalidf("status", "status %q is not an article status", a.Status)
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant.
func (f ArticleFilter) Validate() error { return requireTenant(f.TenantID) }
