package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/analyticsdb"
)

var _ kefu.AnalyticsService = (*DB)(nil)

// Analytics facts (docs/analytics.md) are folded in batches: CreateMessage
// only marks its message in analytics_pending, in the message's
// transaction; FoldAnalytics (run by the app every second, and first by
// every read) folds the pending messages into the facts and rollups
// (analyticsdb.Fold), a batch per transaction.

// foldBatch is how many pending messages one fold transaction takes.
const foldBatch = 256

const (
	qMarkPending = `INSERT INTO analytics_pending (message_id) VALUES (?)`
	qAnyPending  = `SELECT EXISTS (SELECT 1 FROM analytics_pending)`
	qLastPending = `SELECT coalesce(max(message_id), 0) FROM analytics_pending`
	qPendingIDs  = `SELECT message_id FROM analytics_pending WHERE message_id <= ? ORDER BY message_id LIMIT ?`
)

// analyticsTx runs the analytics statements: a fold's in a write
// transaction, and the reads.
type analyticsTx struct{ db *DB }

// analytics is the store's analytics read side.
func (db *DB) analytics() analyticsdb.Reader {
	return analyticsdb.Reader{Q: analyticsTx{db}, D: analyticsdb.SQLite}
}

// Rows implements analyticsdb.Querier.
func (t analyticsTx) Rows(ctx context.Context, query string, args []any, each func(scan func(...any) error) error) error {
	return t.db.rows(ctx, query, args, func(rs *sql.Rows) error { return each(rs.Scan) })
}

// Row implements analyticsdb.Tx.
func (t analyticsTx) Row(ctx context.Context, query string, args []any, dest ...any) (bool, error) {
	err := t.db.row(ctx, query, args, dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Exec implements analyticsdb.Tx.
func (t analyticsTx) Exec(ctx context.Context, query string, args ...any) error {
	_, err := t.db.exec(ctx, query, args...)
	return err
}

// foldFirst folds what is pending before a read, so that reads are exact.
func (db *DB) foldFirst(ctx context.Context) error {
	var any bool
	if err := db.row(ctx, qAnyPending, nil, &any); err != nil || !any {
		return err
	}
	_, err := db.FoldAnalytics(ctx)
	return err
}

// readable validates a read's filter and folds what is pending first.
func (db *DB) readable(ctx context.Context, f kefu.AnalyticsFilter) error {
	if err := f.Validate(); err != nil {
		return err
	}
	return db.foldFirst(ctx)
}

// FoldAnalytics folds the messages pending when it starts, a batch per
// transaction, and returns how many it folded.
func (db *DB) FoldAnalytics(ctx context.Context) (int, error) {
	const op = "sqlite.FoldAnalytics"
	var last int64
	if err := db.row(ctx, qLastPending, nil, &last); err != nil {
		return 0, kefu.E(op, err)
	}
	total := 0
	for last > 0 {
		var n int
		err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
			var ids []int64
			err := tx.rows(ctx, qPendingIDs, []any{last, foldBatch}, func(rs *sql.Rows) error {
				var id int64
				err := rs.Scan(&id)
				ids = append(ids, id)
				return err
			})
			if err != nil || len(ids) == 0 {
				return err
			}
			n = len(ids)
			var msgs []*kefu.Message
			err = tx.rows(ctx, `SELECT `+messageCols+` FROM messages WHERE id >= ? AND id <= ?
				AND id IN (SELECT message_id FROM analytics_pending WHERE message_id >= ? AND message_id <= ?) ORDER BY id`,
				[]any{ids[0], ids[n-1], ids[0], ids[n-1]}, func(rs *sql.Rows) error {
					m, err := scanMessage(rs.Scan)
					msgs = append(msgs, m)
					return err
				})
			if err != nil {
				return err
			}
			if err := analyticsdb.Fold(ctx, analyticsTx{tx}, msgs); err != nil {
				return err
			}
			_, err = tx.exec(ctx, `DELETE FROM analytics_pending WHERE message_id >= ? AND message_id <= ?`, ids[0], ids[n-1])
			return err
		})
		total += n
		if err != nil {
			return total, kefu.E(op, err)
		}
		if n < foldBatch {
			break
		}
	}
	return total, nil
}

// backfillBatch is how many messages backfillAnalytics folds in per
// transaction.
const backfillBatch = 500

// backfillAnalytics folds the messages stored before migration 0016 into
// the analytics facts, in ID order, a batch per transaction; the mark in
// analytics_backfill makes it resumable.
func (db *DB) backfillAnalytics(ctx context.Context) error {
	// Read first: a file that has nothing left to fold (every file but
	// the first open after the upgrade) takes no write lock, so a
	// command opening the store of a busy server does not wait for it.
	var to, done int64
	switch err := db.row(ctx, `SELECT backfill_to, done FROM analytics_backfill WHERE id = 1`, nil, &to, &done); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("analytics backfill: %w", err)
	case done >= to:
		return nil
	}
	for {
		var more bool
		err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
			var to, done int64
			if err := tx.row(ctx, `SELECT backfill_to, done FROM analytics_backfill WHERE id = 1`, nil, &to, &done); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					return nil
				}
				return err
			}
			if done >= to {
				return nil
			}
			var ms []*kefu.Message
			err := tx.rows(ctx, `SELECT `+messageCols+` FROM messages WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`,
				[]any{done, to, backfillBatch}, func(rs *sql.Rows) error {
					m, err := scanMessage(rs.Scan)
					ms = append(ms, m)
					return err
				})
			if err != nil {
				return err
			}
			last := to
			if len(ms) == backfillBatch {
				last, more = ms[len(ms)-1].ID, true
			}
			if err := analyticsdb.Fold(ctx, analyticsTx{tx}, ms); err != nil {
				return err
			}
			_, err = tx.exec(ctx, `UPDATE analytics_backfill SET done = ? WHERE id = 1`, last)
			return err
		})
		if err != nil {
			return fmt.Errorf("analytics backfill: %w", err)
		}
		if !more {
			return nil
		}
	}
}

// AnalyticsConversations returns conversation counts by day (analyticsdb.Reader).
func (db *DB) AnalyticsConversations(ctx context.Context, f kefu.AnalyticsFilter, idleBefore time.Time) ([]kefu.ConversationStats, error) {
	const op = "sqlite.AnalyticsConversations"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Conversations(ctx, f, idleBefore)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsDurations returns first-response and handling times (analyticsdb.Reader).
func (db *DB) AnalyticsDurations(ctx context.Context, f kefu.AnalyticsFilter) ([]int64, []int64, error) {
	const op = "sqlite.AnalyticsDurations"
	if err := db.readable(ctx, f); err != nil {
		return nil, nil, kefu.E(op, err)
	}
	first, handling, err := db.analytics().Durations(ctx, f)
	if err != nil {
		return nil, nil, fail(op, err, "", "")
	}
	return first, handling, nil
}

// AnalyticsTurns returns bot turns grouped by a dimension (analyticsdb.Reader).
func (db *DB) AnalyticsTurns(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.TurnCount, error) {
	const op = "sqlite.AnalyticsTurns"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Turns(ctx, f, by)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsQuestions returns the biggest question clusters (analyticsdb.Reader).
func (db *DB) AnalyticsQuestions(ctx context.Context, f kefu.AnalyticsFilter, unanswered bool, n int) ([]kefu.QuestionCount, error) {
	const op = "sqlite.AnalyticsQuestions"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Questions(ctx, f, unanswered, n)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsQuestionRows returns the given clusters' rows (analyticsdb.Reader).
func (db *DB) AnalyticsQuestionRows(ctx context.Context, f kefu.AnalyticsFilter, clusters [][2]string) ([]kefu.QuestionRow, error) {
	const op = "sqlite.AnalyticsQuestionRows"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().QuestionRows(ctx, f, clusters)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsExamples returns a cluster's newest questions (analyticsdb.Reader).
func (db *DB) AnalyticsExamples(ctx context.Context, f kefu.AnalyticsFilter, intent, cluster string, n int) ([]kefu.QuestionExample, error) {
	const op = "sqlite.AnalyticsExamples"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Examples(ctx, f, intent, cluster, n)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsPain returns pain-point rows over the period and the one before (analyticsdb.Reader).
func (db *DB) AnalyticsPain(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.PainRow, error) {
	const op = "sqlite.AnalyticsPain"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Pain(ctx, f, by)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsConversationIDs returns conversations behind turns (analyticsdb.Reader).
func (db *DB) AnalyticsConversationIDs(ctx context.Context, f kefu.AnalyticsFilter, scope kefu.TurnScope, n int) ([]string, error) {
	const op = "sqlite.AnalyticsConversationIDs"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().ConversationIDs(ctx, f, scope, n)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsSegments returns turns by customer segment and intent (analyticsdb.Reader).
func (db *DB) AnalyticsSegments(ctx context.Context, f kefu.AnalyticsFilter) ([]kefu.SegmentCount, error) {
	const op = "sqlite.AnalyticsSegments"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Segments(ctx, f)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// dayBounds returns the period's bounds in Unix nanoseconds, [from, to).
func dayBounds(f kefu.AnalyticsFilter) (int64, int64) {
	from, _ := time.Parse(time.DateOnly, f.From)
	to, _ := time.Parse(time.DateOnly, f.To)
	return from.UnixNano(), to.AddDate(0, 0, 1).UnixNano()
}

// AnalyticsCompensation sums compensations granted in the period.
func (db *DB) AnalyticsCompensation(ctx context.Context, f kefu.AnalyticsFilter) ([]kefu.MoneyTotal, error) {
	const op = "sqlite.AnalyticsCompensation"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	from, to := dayBounds(f)
	var out []kefu.MoneyTotal
	err := db.rows(ctx, `SELECT currency, sum(amount), count(*) FROM compensations
		WHERE tenant_id = ? AND at >= ? AND at < ? AND revoked_at = 0 GROUP BY currency ORDER BY currency`,
		[]any{f.TenantID, from, to}, func(rs *sql.Rows) error {
			var m kefu.MoneyTotal
			err := rs.Scan(&m.Currency, &m.Amount, &m.Count)
			out = append(out, m)
			return err
		})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsProactive counts proactive notices by outcome: sent, replied
// (the customer wrote in the notice's conversation after it) and opted
// out.
func (db *DB) AnalyticsProactive(ctx context.Context, f kefu.AnalyticsFilter) (kefu.ProactiveStats, error) {
	const op = "sqlite.AnalyticsProactive"
	var s kefu.ProactiveStats
	if err := f.Validate(); err != nil {
		return s, kefu.E(op, err)
	}
	from, to := dayBounds(f)
	err := db.row(ctx, `SELECT
		coalesce(sum(CASE WHEN n.status = 'sent' THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN n.status = 'sent' AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = n.conversation_id
			AND m.tenant_id = n.tenant_id AND m.author = 'customer' AND m.created_at > n.sent_at) THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN n.status = 'opted_out' THEN 1 ELSE 0 END), 0)
		FROM risk_notices n WHERE n.tenant_id = ? AND n.assessed_at >= ? AND n.assessed_at < ?`,
		[]any{f.TenantID, from, to}, &s.Sent, &s.Replied, &s.OptedOut)
	if err != nil {
		return s, fail(op, err, "", "")
	}
	return s, nil
}

const (
	insightCols = `id, tenant_id, key, audience, title, evidence, action, count, conversation_ids, status, article_id,
		created_at, updated_at, params`
	qUpsertInsight = `INSERT INTO analytics_insights (` + insightCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, key) DO UPDATE SET audience = excluded.audience, title = excluded.title,
		evidence = excluded.evidence, action = excluded.action, count = excluded.count,
		conversation_ids = excluded.conversation_ids, updated_at = excluded.updated_at, params = excluded.params
		RETURNING ` + insightCols
	qFindInsights      = `SELECT ` + insightCols + ` FROM analytics_insights WHERE tenant_id = ? AND (? = '' OR status = ?) ORDER BY count DESC, id`
	qFindInsightByID   = `SELECT ` + insightCols + ` FROM analytics_insights WHERE tenant_id = ? AND id = ?`
	qUpdateInsightStat = `UPDATE analytics_insights SET status = ?, article_id = CASE WHEN ? <> '' THEN ? ELSE article_id END,
		updated_at = ? WHERE tenant_id = ? AND id = ? RETURNING ` + insightCols
)

func scanInsight(scan func(...any) error) (*kefu.Insight, error) {
	var (
		in               kefu.Insight
		ids, status      string
		created, updated int64
		params           string
	)
	if err := scan(&in.ID, &in.TenantID, &in.Key, &in.Audience, &in.Title, &in.Evidence, &in.Action, &in.Count, &ids,
		&status, &in.ArticleID, &created, &updated, &params); err != nil {
		return nil, err
	}
	in.Status = kefu.InsightStatus(status)
	in.CreatedAt, in.UpdatedAt = fromNanos(created), fromNanos(updated)
	if err := unjson(ids, &in.ConversationIDs); err != nil {
		return nil, err
	}
	if err := unjson(params, &in.Params); err != nil {
		return nil, err
	}
	if len(in.Params) == 0 {
		in.Params = nil
	}
	if in.ConversationIDs == nil {
		in.ConversationIDs = []string{}
	}
	return &in, nil
}

// UpsertInsight stores an insight by (tenant, key), keeping an existing
// one's ID, status and creation time; in is set to what is stored.
func (db *DB) UpsertInsight(ctx context.Context, in *kefu.Insight) error {
	const op = "sqlite.UpsertInsight"
	if err := in.Validate(); err != nil {
		return kefu.E(op, err)
	}
	ids := in.ConversationIDs
	if ids == nil {
		ids = []string{}
	}
	js, err := jsonText(ids)
	if err != nil {
		return kefu.E(op, err)
	}
	ps := in.Params
	if ps == nil {
		ps = map[string]any{}
	}
	params, err := jsonText(ps)
	if err != nil {
		return kefu.E(op, err)
	}
	now := db.now()
	var got *kefu.Insight
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		var err error
		got, err = scanInsight(func(dest ...any) error {
			return tx.row(ctx, qUpsertInsight, []any{kefu.NewID("ins"), in.TenantID, in.Key, in.Audience, in.Title,
				in.Evidence, in.Action, in.Count, js, string(kefu.InsightOpen), "", nanos(now), nanos(now), params}, dest...)
		})
		return err
	})
	if err != nil {
		return fail(op, err, "insight", "")
	}
	*in = *got
	return nil
}

// FindInsights returns the tenant's insights, biggest first.
func (db *DB) FindInsights(ctx context.Context, tenantID string, status kefu.InsightStatus) ([]*kefu.Insight, error) {
	const op = "sqlite.FindInsights"
	if tenantID == "" {
		return nil, invalid(op, "tenant_id is required")
	}
	var out []*kefu.Insight
	err := db.rows(ctx, qFindInsights, []any{tenantID, string(status), string(status)}, func(rs *sql.Rows) error {
		in, err := scanInsight(rs.Scan)
		out = append(out, in)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "insight", "")
	}
	return out, nil
}

// FindInsightByID returns ENOTFOUND if the tenant has no such insight.
func (db *DB) FindInsightByID(ctx context.Context, tenantID, id string) (*kefu.Insight, error) {
	const op = "sqlite.FindInsightByID"
	in, err := scanInsight(func(dest ...any) error { return db.row(ctx, qFindInsightByID, []any{tenantID, id}, dest...) })
	if err != nil {
		return nil, fail(op, err, "insight", "")
	}
	return in, nil
}

// UpdateInsightStatus sets an insight's status and, when articleID is
// not empty, the article made of it.
func (db *DB) UpdateInsightStatus(ctx context.Context, tenantID, id string, status kefu.InsightStatus, articleID string) (*kefu.Insight, error) {
	const op = "sqlite.UpdateInsightStatus"
	if !status.Valid() {
		return nil, kefu.E(op, kefu.Invalidf("status", "status %q is not open, accepted or dismissed", status))
	}
	var got *kefu.Insight
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		var err error
		got, err = scanInsight(func(dest ...any) error {
			return tx.row(ctx, qUpdateInsightStat, []any{string(status), articleID, articleID, nanos(db.now()), tenantID, id}, dest...)
		})
		return err
	})
	if err != nil {
		return nil, fail(op, err, "insight", "")
	}
	return got, nil
}
