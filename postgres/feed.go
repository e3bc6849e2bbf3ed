package postgres

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
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
	// The article row is locked so that two flags of one article raised
	// at once do not both insert.
	qLockArticle  = `SELECT 1 FROM articles WHERE tenant_id = $1 AND id = $2 FOR UPDATE`
	qFindOpenFlag = `SELECT ` + flagCols + ` FROM article_flags
		WHERE tenant_id = $1 AND article_id = $2 AND kind = $3 AND source = $4 AND resolved_at IS NULL LIMIT 1`
	qInsertFlag = `INSERT INTO article_flags (` + flagCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, '', '', '', $11)`
	qResolveFlags = `UPDATE article_flags SET resolved_at = $1, resolved_by = $2, resolution = $3, resolution_reason = $4
		WHERE tenant_id = $5 AND article_id = $6 AND resolved_at IS NULL`

	feedCols = `tenant_id, name, format, url, interval_ns, secret, language, currency, last_run_at, last_error,
		last_hash, updated_at`
	qUpsertFeed = `INSERT INTO feed_sources (` + feedCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, '', '', $9)
		ON CONFLICT (tenant_id, name) DO UPDATE SET format = excluded.format, url = excluded.url,
			interval_ns = excluded.interval_ns,
			secret = CASE WHEN $10 THEN excluded.secret WHEN excluded.secret = '' THEN feed_sources.secret ELSE excluded.secret END,
			language = excluded.language, currency = excluded.currency, updated_at = excluded.updated_at`
	qFindFeed      = `SELECT ` + feedCols + ` FROM feed_sources WHERE tenant_id = $1 AND name = $2`
	qFindFeeds     = `SELECT ` + feedCols + ` FROM feed_sources WHERE tenant_id = $1 ORDER BY name`
	qFindAllFeeds  = `SELECT ` + feedCols + ` FROM feed_sources ORDER BY tenant_id, name`
	qRecordFeedRun = `UPDATE feed_sources SET last_run_at = $1, last_error = $2, last_hash = $3 WHERE tenant_id = $4 AND name = $5`
	qFindFeedItems = `SELECT kind, key, hash, ends_at, ended, seen_at FROM feed_items
		WHERE tenant_id = $1 AND feed = $2 ORDER BY kind, key`
	qUpsertFeedItem = `INSERT INTO feed_items (tenant_id, feed, kind, key, hash, ends_at, ended, seen_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (tenant_id, feed, kind, key) DO UPDATE SET hash = excluded.hash, ends_at = excluded.ends_at,
			ended = excluded.ended, seen_at = excluded.seen_at`
	qDeleteFeedItem = `DELETE FROM feed_items WHERE tenant_id = $1 AND feed = $2 AND kind = $3 AND key = $4`
)

// CreateArticleFlag stores an open flag, or returns the article's open
// flag of the same kind and source; see kefu.ArticleFlagService.
func (db *DB) CreateArticleFlag(ctx context.Context, f *kefu.ArticleFlag) error {
	const op = "postgres.CreateArticleFlag"
	if err := f.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var out *kefu.ArticleFlag
	err := db.multi(ctx, op, func(q querier) error {
		var one int
		if err := q.QueryRow(ctx, qLockArticle, f.TenantID, f.ArticleID).Scan(&one); err != nil {
			return err
		}
		cur, err := scanFlag(q.QueryRow(ctx, qFindOpenFlag, f.TenantID, f.ArticleID, string(f.Kind), f.Source))
		if err == nil {
			out = cur
			return nil
		} else if err != pgx.ErrNoRows {
			return err
		}
		n := *f
		n.ID, n.CreatedAt = kefu.NewID("af"), db.now()
		n.ResolvedAt, n.ResolvedBy, n.Resolution, n.ResolutionReason = time.Time{}, "", "", ""
		reasons := n.Reasons
		if reasons == nil {
			reasons = []kefu.FlagReason{}
		}
		js, err := json.Marshal(reasons)
		if err != nil {
			return err
		}
		_, err = q.Exec(ctx, qInsertFlag, n.ID, n.TenantID, n.ArticleID, string(n.Kind), n.Source, n.Reason, n.By,
			n.Withdraws, n.Support, n.CreatedAt, string(js))
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
	const op = "postgres.FindArticleFlags"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT ` + flagCols + ` FROM article_flags WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.ArticleID != "" {
		args = append(args, f.ArticleID)
		sb.WriteString(` AND article_id = $` + strconv.Itoa(len(args)))
	}
	if f.Kind != "" {
		args = append(args, string(f.Kind))
		sb.WriteString(` AND kind = $` + strconv.Itoa(len(args)))
	}
	if f.OpenOnly {
		sb.WriteString(` AND resolved_at IS NULL`)
	}
	args = append(args, limit(f.Limit, 1000))
	sb.WriteString(` ORDER BY created_at DESC, id DESC LIMIT $` + strconv.Itoa(len(args)))
	var out []*kefu.ArticleFlag
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, sb.String(), args...)
		if err != nil {
			return err
		}
		out, err = collect(rows, scanFlag)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "article flag", "")
	}
	return out, nil
}

// ResolveArticleFlags closes the article's open flags.
func (db *DB) ResolveArticleFlags(ctx context.Context, tenantID, articleID, resolution, reason, by string) (int, error) {
	const op = "postgres.ResolveArticleFlags"
	switch {
	case tenantID == "":
		return 0, kefu.E(op, kefu.Invalidf("tenant_id", "tenant id required"))
	case resolution != kefu.FlagApproved && resolution != kefu.FlagRejected:
		return 0, kefu.E(op, kefu.Invalidf("resolution", "resolution %q is not approved or rejected", resolution))
	case len(reason) > kefu.MaxFlagReasonLen:
		return 0, kefu.E(op, kefu.Invalidf("reason", "reason is longer than %d bytes", kefu.MaxFlagReasonLen))
	}
	var n int64
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qResolveFlags, db.now(), by, resolution, reason, tenantID, articleID)
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fail(op, err, "article flag", "")
	}
	return int(n), nil
}

func scanFlag(row pgx.Row) (*kefu.ArticleFlag, error) {
	var (
		f        kefu.ArticleFlag
		kind     string
		resolved *time.Time
		reasons  string
	)
	err := row.Scan(&f.ID, &f.TenantID, &f.ArticleID, &kind, &f.Source, &f.Reason, &f.By, &f.Withdraws, &f.Support,
		&f.CreatedAt, &resolved, &f.ResolvedBy, &f.Resolution, &f.ResolutionReason, &reasons)
	if err != nil {
		return nil, err
	}
	if err := unjson([]byte(reasons), &f.Reasons); err != nil {
		return nil, err
	}
	if len(f.Reasons) == 0 {
		f.Reasons = nil
	}
	f.Kind = kefu.ArticleFlagKind(kind)
	f.CreatedAt = f.CreatedAt.UTC()
	if resolved != nil {
		f.ResolvedAt = resolved.UTC()
	}
	return &f, nil
}

// UpsertFeedSource creates or replaces a feed source; see kefu.FeedService.
func (db *DB) UpsertFeedSource(ctx context.Context, s *kefu.FeedSource, clearSecret bool) error {
	const op = "postgres.UpsertFeedSource"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	updated := db.now()
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qUpsertFeed, s.TenantID, s.Name, string(s.Format), s.URL, int64(s.Interval), s.Secret,
			s.Language, s.Currency, updated, clearSecret)
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
	const op = "postgres.FindFeedSource"
	var s *kefu.FeedSource
	err := db.run(ctx, op, func(q querier) (err error) {
		s, err = scanFeed(q.QueryRow(ctx, qFindFeed, tenantID, name))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feed source", "")
	}
	return s, nil
}

// FindFeedSources returns a tenant's sources, or (tenantID empty) those of every
// tenant; only those with a URL when polled.
func (db *DB) FindFeedSources(ctx context.Context, tenantID string, polled bool) ([]*kefu.FeedSource, error) {
	const op = "postgres.FindFeedSources"
	q, args := qFindFeeds, []any{tenantID}
	if tenantID == "" {
		q, args = qFindAllFeeds, nil
	}
	var all []*kefu.FeedSource
	err := db.run(ctx, op, func(qr querier) error {
		rows, err := qr.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		all, err = collect(rows, scanFeed)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feed source", "")
	}
	var out []*kefu.FeedSource
	for _, s := range all {
		if !polled || s.URL != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// DeleteFeedSource removes a source and its items.
func (db *DB) DeleteFeedSource(ctx context.Context, tenantID, name string) error {
	return db.deleteOne(ctx, "postgres.DeleteFeedSource", "feed source",
		`DELETE FROM feed_sources WHERE tenant_id = $1 AND name = $2`, tenantID, name)
}

// RecordFeedRun records a delivery or poll of a source.
func (db *DB) RecordFeedRun(ctx context.Context, tenantID, name string, at time.Time, errText, hash string) error {
	const op = "postgres.RecordFeedRun"
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qRecordFeedRun, at, errText, hash, tenantID, name)
		if err == nil && tag.RowsAffected() == 0 {
			err = pgx.ErrNoRows
		}
		return err
	})
	return fail(op, err, "feed source", "")
}

// FindFeedItems returns what the feed last said, by kind and key.
func (db *DB) FindFeedItems(ctx context.Context, tenantID, name string) ([]*kefu.FeedItem, error) {
	const op = "postgres.FindFeedItems"
	var out []*kefu.FeedItem
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindFeedItems, tenantID, name)
		if err != nil {
			return err
		}
		out, err = collect(rows, func(row pgx.Row) (*kefu.FeedItem, error) {
			var (
				it   kefu.FeedItem
				ends *time.Time
			)
			if err := row.Scan(&it.Kind, &it.Key, &it.Hash, &ends, &it.Ended, &it.SeenAt); err != nil {
				return nil, err
			}
			it.SeenAt = it.SeenAt.UTC()
			if ends != nil {
				it.EndsAt = ends.UTC()
			}
			return &it, nil
		})
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feed item", "")
	}
	return out, nil
}

// SaveFeedItems upserts and deletes a feed's items in one transaction,
// sent as one batch.
func (db *DB) SaveFeedItems(ctx context.Context, tenantID, name string, items, del []*kefu.FeedItem) error {
	const op = "postgres.SaveFeedItems"
	for _, it := range items {
		if it.Kind != kefu.FeedItemProduct && it.Kind != kefu.FeedItemPromotion {
			return kefu.E(op, kefu.Invalidf("kind", "kind %q is not product or promotion", it.Kind))
		}
	}
	if len(items)+len(del) == 0 {
		return nil
	}
	err := db.multi(ctx, op, func(q querier) error {
		b := &pgx.Batch{}
		for _, it := range items {
			b.Queue(qUpsertFeedItem, tenantID, name, it.Kind, it.Key, it.Hash, optTime(it.EndsAt), it.Ended,
				it.SeenAt.Truncate(time.Microsecond))
		}
		for _, it := range del {
			b.Queue(qDeleteFeedItem, tenantID, name, it.Kind, it.Key)
		}
		tx, ok := q.(pgx.Tx)
		if !ok {
			return kefu.Errorf(kefu.EINTERNAL, "SaveFeedItems outside a transaction")
		}
		return tx.SendBatch(ctx, b).Close()
	})
	return fail(op, err, "feed item", "feed source")
}

func scanFeed(row pgx.Row) (*kefu.FeedSource, error) {
	var (
		s        kefu.FeedSource
		format   string
		interval int64
		run      *time.Time
	)
	err := row.Scan(&s.TenantID, &s.Name, &format, &s.URL, &interval, &s.Secret, &s.Language, &s.Currency, &run,
		&s.LastError, &s.LastHash, &s.UpdatedAt)
	if err != nil {
		return nil, err
	}
	s.Format, s.Interval = kefu.FeedFormat(format), time.Duration(interval)
	s.UpdatedAt = s.UpdatedAt.UTC()
	if run != nil {
		s.LastRunAt = run.UTC()
	}
	return &s, nil
}
