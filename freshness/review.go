package freshness

import (
	"context"
	"sort"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Flag sources that people raise (feeds use "feed:<name>", mined
// suggestions SourceSuggestions).
const (
	SourceAgent       = "agent"
	SourceCustomer    = "customer"
	SourceSuggestions = "suggestions"
)

// QueueItem is an article waiting for a reviewer with its open flags,
// newest first.
type QueueItem struct {
	Article *kefu.Article       `json:"article"`
	Flags   []*kefu.ArticleFlag `json:"flags"`
	// Withdrawn says an open flag keeps the article out of the answers.
	Withdrawn bool `json:"withdrawn"`
}

// Kind is the queue item's kind: stale before flagged before draft, the
// most urgent of its flags.
func (q *QueueItem) Kind() kefu.ArticleFlagKind {
	kind := kefu.FlagDraft
	for _, f := range q.Flags {
		switch {
		case f.Kind == kefu.FlagStale:
			return kefu.FlagStale
		case f.Kind == kefu.FlagFlagged:
			kind = kefu.FlagFlagged
		}
	}
	return kind
}

// Queue returns the tenant's articles with open flags, of kind when set:
// withdrawn ones first, then the most recently flagged.
func (s *Service) Queue(ctx context.Context, tenantID string, kind kefu.ArticleFlagKind) ([]*QueueItem, error) {
	const op = "freshness.Queue"
	if kind != "" && !kind.Valid() {
		return nil, kefu.Invalidf("kind", "kind %q is not draft, stale or flagged", kind)
	}
	flags, err := s.Store.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: tenantID, OpenOnly: true, Limit: 10000})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	byArticle := map[string]*QueueItem{}
	var items []*QueueItem
	for _, f := range flags {
		q := byArticle[f.ArticleID]
		if q == nil {
			a, err := s.Store.FindArticleByID(ctx, tenantID, f.ArticleID)
			if err != nil {
				return nil, kefu.E(op, err)
			}
			q = &QueueItem{Article: a}
			byArticle[f.ArticleID] = q
			items = append(items, q)
		}
		q.Flags = append(q.Flags, f)
		q.Withdrawn = q.Withdrawn || f.Withdraws
	}
	out := items[:0]
	for _, q := range items {
		if kind == "" || q.Kind() == kind {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Withdrawn && !out[j].Withdrawn })
	return out, nil
}

// FlagArticle raises an article for review: an agent or a customer says
// it is wrong or outdated. A flag from an agent (staff) takes the article
// out of the answers until a reviewer decides; a customer's flag (a
// thumbs-down) only queues it, since one customer's opinion should not
// silence an answer. Flagging an article that already has an open flag
// of the same source adds nothing.
func (s *Service) FlagArticle(ctx context.Context, tenantID, articleID, source, reason, by string) (*kefu.ArticleFlag, error) {
	f := &kefu.ArticleFlag{TenantID: tenantID, ArticleID: articleID, Kind: kefu.FlagFlagged, Source: source,
		Reason: strings.TrimSpace(reason), By: by, Withdraws: source == SourceAgent}
	if err := s.Store.CreateArticleFlag(ctx, f); err != nil {
		return nil, kefu.E("freshness.FlagArticle", err)
	}
	if f.Withdraws {
		s.changed(tenantID)
	}
	return f, nil
}

// Approve publishes the article as it stands (a draft or one in review
// moves to published; a published one stays) and resolves its open
// flags as approved by by: a withdrawn article answers again. ECONFLICT
// when the article has nothing to review.
func (s *Service) Approve(ctx context.Context, tenantID, articleID, reason, by string) (*kefu.Article, error) {
	return s.decide(ctx, "freshness.Approve", tenantID, articleID, kefu.FlagApproved, reason, by)
}

// Reject withdraws the article (published or in review go back to
// draft, a draft stays one) and resolves its open flags as rejected
// with the reason, which is required.
func (s *Service) Reject(ctx context.Context, tenantID, articleID, reason, by string) (*kefu.Article, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, kefu.Invalidf("reason", "reason is required to reject")
	}
	return s.decide(ctx, "freshness.Reject", tenantID, articleID, kefu.FlagRejected, reason, by)
}

func (s *Service) decide(ctx context.Context, op, tenantID, articleID, resolution, reason, by string) (*kefu.Article, error) {
	var a *kefu.Article
	err := s.Store.InTx(ctx, func(tx kefu.Store) error {
		cur, err := tx.FindArticleByID(ctx, tenantID, articleID)
		if err != nil {
			return err
		}
		open, err := tx.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: tenantID, ArticleID: articleID, OpenOnly: true, Limit: 1})
		if err != nil {
			return err
		}
		if len(open) == 0 && cur.Status != kefu.ArticleReview {
			return kefu.Errorf(kefu.ECONFLICT, "the article is not in the review queue (someone may have reviewed it already)")
		}
		// Walk the workflow: draft -> in_review -> published, or back
		// to draft.
		var path []kefu.ArticleStatus
		switch {
		case resolution == kefu.FlagApproved && cur.Status == kefu.ArticleDraft:
			path = []kefu.ArticleStatus{kefu.ArticleReview, kefu.ArticlePublished}
		case resolution == kefu.FlagApproved && cur.Status == kefu.ArticleReview:
			path = []kefu.ArticleStatus{kefu.ArticlePublished}
		case resolution == kefu.FlagRejected && cur.Status != kefu.ArticleDraft:
			path = []kefu.ArticleStatus{kefu.ArticleDraft}
		}
		a = cur
		for _, st := range path {
			if a, err = tx.UpdateArticleStatus(ctx, tenantID, articleID, st); err != nil {
				return err
			}
		}
		_, err = tx.ResolveArticleFlags(ctx, tenantID, articleID, resolution, strings.TrimSpace(reason), by)
		return err
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	s.changed(tenantID)
	return a, nil
}

// Edit changes a queued article's title and body (a new version; the
// old one is kept) and leaves it in the queue for approval. EINVALID
// without a title or a body.
func (s *Service) Edit(ctx context.Context, tenantID, articleID, title, body string) (*kefu.Article, error) {
	const op = "freshness.Edit"
	switch {
	case strings.TrimSpace(title) == "":
		return nil, kefu.Invalidf("title", "title is required")
	case strings.TrimSpace(body) == "":
		return nil, kefu.Invalidf("body", "body is required")
	}
	var a *kefu.Article
	err := s.Store.InTx(ctx, func(tx kefu.Store) error {
		cur, err := tx.FindArticleByID(ctx, tenantID, articleID)
		if err != nil {
			return err
		}
		up := *cur
		up.Title, up.Body, up.UpdatedAt = title, body, s.now()
		if err := tx.UpsertArticle(ctx, &up); err != nil {
			return err
		}
		a = &up
		return nil
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	s.changed(tenantID)
	return a, nil
}
