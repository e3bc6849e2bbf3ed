package knowledge

import (
	"context"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// DefaultTTL is how long a tenant's index is served before it is rebuilt
// from the store, so published edits reach customers within this time.
const DefaultTTL = 30 * time.Second

// ArticleFinder is what the index reads of the knowledge base.
type ArticleFinder interface {
	FindArticles(ctx context.Context, f kefu.ArticleFilter) ([]*kefu.Article, error)
}

// Service keeps one index per tenant over its answerable articles:
// published and not withdrawn by an open flag (a stale one from a feed).
type Service struct {
	Articles ArticleFinder
	Now      kefu.Clock
	TTL      time.Duration

	mu      sync.Mutex // guards indexes
	indexes map[string]*cached
}

type cached struct {
	once  sync.Once
	ix    *Index
	err   error
	built time.Time
}

// NewService returns a Service reading from articles; a nil clock means time.Now.
func NewService(articles ArticleFinder, now kefu.Clock) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{Articles: articles, Now: now, TTL: DefaultTTL, indexes: map[string]*cached{}}
}

// Index returns the tenant's index, building it when missing or stale.
// Concurrent callers share one build.
func (s *Service) Index(ctx context.Context, tenantID string) (*Index, error) {
	s.mu.Lock()
	c := s.indexes[tenantID]
	if c == nil || (!c.built.IsZero() && s.Now().Sub(c.built) > s.TTL) || c.err != nil {
		c = &cached{}
		s.indexes[tenantID] = c
	}
	s.mu.Unlock()
	c.once.Do(func() {
		// Other callers read built and err under s.mu to decide whether
		// to replace this entry, so they are written under it too.
		arts, err := s.Articles.FindArticles(ctx, kefu.ArticleFilter{TenantID: tenantID, Status: kefu.ArticlePublished, Answerable: true})
		var ix *Index
		if err == nil {
			ix = NewIndex(arts)
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if err != nil {
			c.err = kefu.E("knowledge.Index", err)
			return
		}
		c.ix = ix
		c.built = s.Now()
	})
	return c.ix, c.err
}

// Invalidate drops a tenant's cached index, e.g. after an import.
func (s *Service) Invalidate(tenantID string) {
	s.mu.Lock()
	delete(s.indexes, tenantID)
	s.mu.Unlock()
}
