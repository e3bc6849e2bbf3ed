package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// Interface guards.
var (
	_ kefu.ArticleFlagService = (*DB)(nil)
	_ kefu.FeedService        = (*DB)(nil)
)

const (
	flagCols = `id, tenant_id, article_id, kind, source, reason, raised_by, withdraws, support, created_at,
		resolved_at, resolved_by, resolution, resolution_reason, reasons`
	qFindOpenFlag = `SELECT ` + flagCols + ` FROM article_flags
		WHERE tenant_id = ? AND article_id = ? AND kind = ? AND source = ? AND resolved_at = 0 LIMIT 1`
	qArticleExists = `SELECT 1 FROM articles WHERE tenant_id = ? AND id = ?`
	qInsertFlag    = `INSERT INTO article_flags (` + flagCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', '', '', ?)`
	qResolveFlags  = `UPDATE article_flags SET resolved_at = ?, resolved_by = ?, resolution = ?, resolution_reason = ?
		WHERE tenant_id = ? AND article_id = ? AND resolved_at = 0`

	feedCols = `tenant_id, name, format, url, interval_ns, secret, language, currency, last_run_at, last_error,
		last_hash, updated_at`
	qUpsertFeed = `INSERT INTO feed_sources (` + feedCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '', '', ?)
		ON CONFLICT (tenant_id, name) DO UPDATE SET format = excluded.format, url = excluded.url,
			interval_ns = excluded.interval_ns,
			secret = CASE WHEN ? THEN excluded.secret WHEN excluded.secret = '' THEN feed_sources.secret ELSE excluded.secret END,
			language = excluded.language, currency = excluded.currency, updated_at = excluded.updated_at`
	qFindFeed      = `SELECT ` + feedCols + ` FROM feed_sources WHERE tenant_id = ? AND name = ?`
	qFindFeeds     = `SELECT ` + feedCols + ` FROM feed_sources WHERE tenant_id = ? ORDER BY name`
	qFindAllFeeds  = `SELECT ` + feedCols + ` FROM feed_sources ORDER BY tenant_id, name`
	qRecordFeedRun = `UPDATE feed_sources SET last_run_at = ?, last_error = ?, last_hash = ? WHERE tenant_id = ? AND name = ?`
	qFindFeedItems = `SELECT kind, key, hash, ends_at, ended, seen_at FROM feed_items
		WHERE tenant_id = ? AND feed = ? ORDER BY kind, key`
	qUpsertFeedItem = `INSERT INTO feed_items (tenant_id, feed, kind, key, hash, ends_at, ended, seen_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, feed, kind, key) DO UPDATE SET hash = excluded.hash, ends_at = excluded.ends_at,
			ended = excluded.ended, seen_at = excluded.seen_at`
	qDeleteFeedItem = `DELETE FROM feed_items WHERE tenant_id = ? AND feed = ? AND kind = ? AND key = ?`
)

// CreateArticleFlag stores an open flag, or returns the article's open
// flag of the same kind and source; see kefu.ArticleFlagService.
func (db *DB) CreateArticleFlag(ctx context.Context, f *kefu.ArticleFlag) error {
	const op = "sqlite.CreateArticleFlag"
	if err := f.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var out *kefu.ArticleFlag
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		var one int
		if err := tx.row(ctx, qArticleExists, []any{f.TenantID, f.ArticleID}, &one); err != nil {
			return err
		}
		cur, err := scanFlag(func(dest ...any) error {
			return tx.row(ctx, qFindOpenFlag, []any{f.TenantID, f.ArticleID, string(f.Kind), f.Source}, dest...)
		})
		if err == nil {
			out = cur
			return nil
		} else if err != sql.ErrNoRows {
			return err
		}
		n := *f
		n.ID, n.CreatedAt = kefu.NewID("af"), db.now()
		n.ResolvedAt, n.ResolvedBy, n.Resolution, n.ResolutionReason = time.Time{}, "", "", ""
		reasons, err := flagReasons(n.Reasons)
		if err != nil {
			return err
		}
		_, err = tx.exec(ctx, qInsertFlag, n.ID, n.TenantID, n.ArticleID, string(n.Kind), n.Source, n.Reason, n.By,
			n.Withdraws, n.Support, nanos(n.CreatedAt), reasons)
		out = &n
		return err
	})
	if err != nil {
		return fail(op, err, "article", "article")
	}
	*f = *out
	return nil
}

// FindArticleFlags returns the tenant's flags, newest first.
func (db *DB) FindArticleFlags(ctx context.Context, f kefu.ArticleFlagFilter) ([]*kefu.ArticleFlag, error) {
	const op = "sqlite.FindArticleFlags"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var q strings.Builder
	q.WriteString(`SELECT ` + flagCols + ` FROM article_flags WHERE tenant_id = ?`)
	args := []any{f.TenantID}
	if f.ArticleID != "" {
		q.WriteString(` AND article_id = ?`)
		args = append(args, f.ArticleID)
	}
	if f.Kind != "" {
		q.WriteString(` AND kind = ?`)
		args = append(args, string(f.Kind))
	}
	if f.OpenOnly {
		q.WriteString(` AND resolved_at = 0`)
	}
	q.WriteString(` ORDER BY created_at DESC, id DESC LIMIT ?`)
	args = append(args, limit(f.Limit, 1000))
	var out []*kefu.ArticleFlag
	err := db.rows(ctx, q.String(), args, func(rs *sql.Rows) error {
		g, err := scanFlag(rs.Scan)
		out = append(out, g)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article flag", "")
	}
	return out, nil
}

// ResolveArticleFlags closes the article's open flags.
func (db *DB) ResolveArticleFlags(ctx context.Context, tenantID, articleID, resolution, reason, by string) (int, error) {
	const op = "sqlite.ResolveArticleFlags"
	if err := checkResolution(tenantID, resolution, reason); err != nil {
		return 0, kefu.E(op, err)
	}
	var n int64
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qResolveFlags, nanos(db.now()), by, resolution, reason, tenantID, articleID)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fail(op, err, "article flag", "")
	}
	return int(n), nil
}

// checkResolution validates the arguments of ResolveArticleFlags.
func checkResolution(tenantID, resolution, reason string) error {
	switch {
	case tenantID == "":
		return kefu.Invalidf("tenant_id", "tenant id required")
	case resolution != kefu.FlagApproved && resolution != kefu.FlagRejected:
		return kefu.Invalidf("resolution", "resolution %q is not approved or rejected", resolution)
	case len(reason) > kefu.MaxFlagReasonLen:
		return kefu.Invalidf("reason", "reason is longer than %d bytes", kefu.MaxFlagReasonLen)
	}
	return nil
}

func scanFlag(scan func(...any) error) (*kefu.ArticleFlag, error) {
	var (
		f                 kefu.ArticleFlag
		kind              string
		created, resolved int64
		reasons           string
	)
	err := scan(&f.ID, &f.TenantID, &f.ArticleID, &kind, &f.Source, &f.Reason, &f.By, &f.Withdraws, &f.Support,
		&created, &resolved, &f.ResolvedBy, &f.Resolution, &f.ResolutionReason, &reasons)
	if err != nil {
		return nil, err
	}
	if err := unjson(reasons, &f.Reasons); err != nil {
		return nil, err
	}
	if len(f.Reasons) == 0 {
		f.Reasons = nil
	}
	f.Kind = kefu.ArticleFlagKind(kind)
	f.CreatedAt, f.ResolvedAt = fromNanos(created), fromOptNanos(resolved)
	return &f, nil
}

// flagReasons encodes a flag's structured reasons for their column.
func flagReasons(rs []kefu.FlagReason) (string, error) {
	if rs == nil {
		rs = []kefu.FlagReason{}
	}
	return jsonText(rs)
}

// UpsertFeedSource creates or replaces a feed source; see kefu.FeedService.
func (db *DB) UpsertFeedSource(ctx context.Context, s *kefu.FeedSource, clearSecret bool) error {
	const op = "sqlite.UpsertFeedSource"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	updated := db.now()
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qUpsertFeed, s.TenantID, s.Name, string(s.Format), s.URL, int64(s.Interval), s.Secret,
			s.Language, s.Currency, nanos(updated), clearSecret)
		return err
	})
	if err != nil {
		return fail(op, err, "feed source", "tenant")
	}
	s.UpdatedAt = updated
	return nil
}

// FindFeedSource returns ENOTFOUND if the tenant has no such source.
func (db *DB) FindFeedSource(ctx context.Context, tenantID, name string) (*kefu.FeedSource, error) {
	s, err := scanFeed(func(dest ...any) error { return db.row(ctx, qFindFeed, []any{tenantID, name}, dest...) })
	if err != nil {
		return nil, fail("sqlite.FindFeedSource", err, "feed source", "")
	}
	return s, nil
}

// FindFeedSources returns a tenant's sources, or (tenantID empty) those of every
// tenant; only those with a URL when polled.
func (db *DB) FindFeedSources(ctx context.Context, tenantID string, polled bool) ([]*kefu.FeedSource, error) {
	const op = "sqlite.FindFeedSources"
	q, args := qFindFeeds, []any{tenantID}
	if tenantID == "" {
		q, args = qFindAllFeeds, nil
	}
	var out []*kefu.FeedSource
	err := db.rows(ctx, q, args, func(rs *sql.Rows) error {
		s, err := scanFeed(rs.Scan)
		if err == nil && (!polled || s.URL != "") {
			out = append(out, s)
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feed source", "")
	}
	return out, nil
}

// DeleteFeedSource removes a source and its items.
func (db *DB) DeleteFeedSource(ctx context.Context, tenantID, name string) error {
	return db.deleteOne(ctx, "sqlite.DeleteFeedSource", "feed source",
		`DELETE FROM feed_sources WHERE tenant_id = ? AND name = ?`, tenantID, name)
}

// RecordFeedRun records a delivery or poll of a source.
func (db *DB) RecordFeedRun(ctx context.Context, tenantID, name string, at time.Time, errText, hash string) error {
	const op = "sqlite.RecordFeedRun"
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qRecordFeedRun, nanos(at), errText, hash, tenantID, name)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return sql.ErrNoRows
		}
		return nil
	})
	return fail(op, err, "feed source", "")
}

// FindFeedItems returns what the feed last said, by kind and key.
func (db *DB) FindFeedItems(ctx context.Context, tenantID, name string) ([]*kefu.FeedItem, error) {
	const op = "sqlite.FindFeedItems"
	var out []*kefu.FeedItem
	err := db.rows(ctx, qFindFeedItems, []any{tenantID, name}, func(rs *sql.Rows) error {
		var (
			it         kefu.FeedItem
			ends, seen int64
		)
		if err := rs.Scan(&it.Kind, &it.Key, &it.Hash, &ends, &it.Ended, &seen); err != nil {
			return err
		}
		it.EndsAt, it.SeenAt = fromOptNanos(ends), fromNanos(seen)
		out = append(out, &it)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "feed item", "")
	}
	return out, nil
}

// SaveFeedItems upserts and deletes a feed's items in one transaction.
func (db *DB) SaveFeedItems(ctx context.Context, tenantID, name string, items, del []*kefu.FeedItem) error {
	const op = "sqlite.SaveFeedItems"
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		for _, it := range items {
			if it.Kind != kefu.FeedItemProduct && it.Kind != kefu.FeedItemPromotion {
				return kefu.Invalidf("kind", "kind %q is not product or promotion", it.Kind)
			}
			if _, err := tx.exec(ctx, qUpsertFeedItem, tenantID, name, it.Kind, it.Key, it.Hash, optNanos(it.EndsAt),
				it.Ended, nanos(it.SeenAt)); err != nil {
				return err
			}
		}
		for _, it := range del {
			if _, err := tx.exec(ctx, qDeleteFeedItem, tenantID, name, it.Kind, it.Key); err != nil {
				return err
			}
		}
		return nil
	})
	return fail(op, err, "feed item", "feed source")
}

func scanFeed(scan func(...any) error) (*kefu.FeedSource, error) {
	var (
		s                      kefu.FeedSource
		format                 string
		interval, run, updated int64
	)
	err := scan(&s.TenantID, &s.Name, &format, &s.URL, &interval, &s.Secret, &s.Language, &s.Currency, &run,
		&s.LastError, &s.LastHash, &updated)
	if err != nil {
		return nil, err
	}
	s.Format, s.Interval = kefu.FeedFormat(format), time.Duration(interval)
	s.LastRunAt, s.UpdatedAt = fromOptNanos(run), fromNanos(updated)
	return &s, nil
}
