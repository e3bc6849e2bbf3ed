package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/analyticsdb"
)

var _ kefu.AnalyticsService = (*DB)(nil)

// Analytics facts (docs/analytics.md) are folded in batches: CreateMessage
// only marks its message in analytics_pending, in the statement that
// stores it; FoldAnalytics (run by the app every second, and first by
// every read) folds the pending messages into the facts and rollups
// (analyticsdb.Fold), a batch per transaction, one fold at a time across
// nodes (an advisory lock).

// foldBatch is how many pending messages one fold transaction takes.
const foldBatch = 256

const (
	qAnyPending  = `SELECT EXISTS (SELECT 1 FROM analytics_pending)`
	qLastPending = `SELECT coalesce(max(message_id), 0) FROM analytics_pending`
	// One fold at a time in the schema: folds read and write the same
	// conversation and rollup rows.
	qLockFold    = `SELECT pg_advisory_xact_lock(hashtextextended(coalesce(current_schema(), '') || '.kefu.analytics.fold', 0))`
	qPendingIDs  = `SELECT message_id FROM analytics_pending WHERE message_id <= $1 ORDER BY message_id LIMIT $2`
	qPendingMsg  = `SELECT ` + messageCols + ` FROM messages WHERE id = ANY($1) ORDER BY id`
	qDonePending = `DELETE FROM analytics_pending WHERE message_id = ANY($1)`
)

// analyticsTx runs the analytics statements: a fold's in a write
// transaction, and the reads.
type analyticsTx struct{ db *DB }

// analytics is the store's analytics read side.
func (db *DB) analytics() analyticsdb.Reader {
	return analyticsdb.Reader{Q: analyticsTx{db}, D: analyticsdb.PostgreSQL}
}

// Rows implements analyticsdb.Querier.
func (t analyticsTx) Rows(ctx context.Context, query string, args []any, each func(scan func(...any) error) error) error {
	return t.db.arows(ctx, query, args, func(rs pgx.Rows) error { return each(rs.Scan) })
}

// Row implements analyticsdb.Tx.
func (t analyticsTx) Row(ctx context.Context, query string, args []any, dest ...any) (bool, error) {
	err := t.db.arow(ctx, query, args, dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Exec implements analyticsdb.Tx.
func (t analyticsTx) Exec(ctx context.Context, query string, args ...any) error {
	_, err := t.db.aexec(ctx, query, args...)
	return err
}

// foldTx is the analyticsdb.Tx of a fold's transaction. Its statements
// wait in a batch that goes out in one round trip before the fold's next
// read and at its end: a fold writes its conversations' facts, rollups
// and clusters one statement each, and sent one at a time they held the
// transaction (and the fold's lock) open for a round trip each.
type foldTx struct {
	read analyticsTx
	q    pgx.Tx
	b    pgx.Batch
}

// Row implements analyticsdb.Tx: the statements queued before it run
// first.
func (t *foldTx) Row(ctx context.Context, query string, args []any, dest ...any) (bool, error) {
	if err := t.flush(ctx); err != nil {
		return false, err
	}
	return t.read.Row(ctx, query, args, dest...)
}

// Exec implements analyticsdb.Tx: it queues the statement; its error, if
// any, is the batch's (flush).
func (t *foldTx) Exec(ctx context.Context, query string, args ...any) error {
	t.b.Queue(rebind(query), args...)
	return nil
}

// flush runs the queued statements, in one round trip.
func (t *foldTx) flush(ctx context.Context) error {
	if t.b.Len() == 0 {
		return nil
	}
	err := t.q.SendBatch(ctx, &t.b).Close()
	t.b = pgx.Batch{}
	return err
}

// readable validates a read's filter and folds what is pending first.
func (db *DB) readable(ctx context.Context, f kefu.AnalyticsFilter) error {
	if err := f.Validate(); err != nil {
		return err
	}
	var any bool
	if err := db.arow(ctx, qAnyPending, nil, &any); err != nil || !any {
		return err
	}
	_, err := db.FoldAnalytics(ctx)
	return err
}

// FoldAnalytics folds the messages pending when it starts, a batch per
// transaction, and returns how many it folded. A fold on another node
// makes it wait, then fold what is left.
func (db *DB) FoldAnalytics(ctx context.Context) (int, error) {
	const op = "postgres.FoldAnalytics"
	var last int64
	if err := db.arow(ctx, qLastPending, nil, &last); err != nil {
		return 0, fail(op, err, "", "")
	}
	total := 0
	for last > 0 {
		var n int
		err := db.multi(ctx, op, func(q querier) error {
			if _, err := q.Exec(ctx, qLockFold); err != nil {
				return err
			}
			var ids []int64
			if err := db.queryOn(ctx, q, qPendingIDs, []any{last, foldBatch}, func(rs pgx.Rows) error {
				var id int64
				err := rs.Scan(&id)
				ids = append(ids, id)
				return err
			}); err != nil || len(ids) == 0 {
				return err
			}
			n = len(ids)
			var msgs []*kefu.Message
			if err := db.queryOn(ctx, q, qPendingMsg, []any{ids}, func(rs pgx.Rows) error {
				m, err := scanMessage(rs)
				msgs = append(msgs, m)
				return err
			}); err != nil {
				return err
			}
			ft := &foldTx{read: analyticsTx{db.on(q)}, q: q.(pgx.Tx)}
			if err := analyticsdb.Fold(ctx, ft, msgs); err != nil {
				return err
			}
			ft.b.Queue(qDonePending, ids)
			return ft.flush(ctx)
		})
		total += n
		if err != nil {
			return total, fail(op, err, "", "")
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
	for {
		var more bool
		err := db.multi(ctx, "postgres.backfillAnalytics", func(q querier) error {
			tx := db.on(q)
			var to, done int64
			if err := tx.arow(ctx, `SELECT backfill_to, done FROM analytics_backfill WHERE id = 1 FOR UPDATE`, nil, &to, &done); err != nil {
				if errors.Is(err, pgx.ErrNoRows) {
					return nil
				}
				return err
			}
			if done >= to {
				return nil
			}
			var ms []*kefu.Message
			err := tx.arows(ctx, `SELECT `+messageCols+` FROM messages WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`,
				[]any{done, to, backfillBatch}, func(rs pgx.Rows) error {
					m, err := scanMessage(rs)
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
			_, err = tx.aexec(ctx, `UPDATE analytics_backfill SET done = ? WHERE id = 1`, last)
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
	const op = "postgres.AnalyticsConversations"
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
	const op = "postgres.AnalyticsDurations"
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
	const op = "postgres.AnalyticsTurns"
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
	const op = "postgres.AnalyticsQuestions"
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
	const op = "postgres.AnalyticsQuestionRows"
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
	const op = "postgres.AnalyticsExamples"
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
	const op = "postgres.AnalyticsPain"
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
	const op = "postgres.AnalyticsConversationIDs"
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
	const op = "postgres.AnalyticsSegments"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	out, err := db.analytics().Segments(ctx, f)
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// dayBounds returns the period's bounds, [from, to).
func dayBounds(f kefu.AnalyticsFilter) (time.Time, time.Time) {
	from, _ := time.Parse(time.DateOnly, f.From)
	to, _ := time.Parse(time.DateOnly, f.To)
	return from, to.AddDate(0, 0, 1)
}

// AnalyticsCompensation sums compensations granted in the period.
func (db *DB) AnalyticsCompensation(ctx context.Context, f kefu.AnalyticsFilter) ([]kefu.MoneyTotal, error) {
	const op = "postgres.AnalyticsCompensation"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	from, to := dayBounds(f)
	var out []kefu.MoneyTotal
	err := db.arows(ctx, `SELECT currency, sum(amount)::bigint, count(*) FROM compensations
		WHERE tenant_id = ? AND at >= ? AND at < ? AND revoked_at IS NULL GROUP BY currency ORDER BY currency`,
		[]any{f.TenantID, from, to}, func(rs pgx.Rows) error {
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
	const op = "postgres.AnalyticsProactive"
	var s kefu.ProactiveStats
	if err := f.Validate(); err != nil {
		return s, kefu.E(op, err)
	}
	from, to := dayBounds(f)
	err := db.arow(ctx, `SELECT
		coalesce(sum(CASE WHEN n.status = 'sent' THEN 1 ELSE 0 END)::bigint, 0),
		coalesce(sum(CASE WHEN n.status = 'sent' AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = n.conversation_id
			AND m.tenant_id = n.tenant_id AND m.author = 'customer' AND m.created_at > n.sent_at) THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN n.status = 'opted_out' THEN 1 ELSE 0 END)::bigint, 0)
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
	in.CreatedAt, in.UpdatedAt = time.Unix(0, created).UTC(), time.Unix(0, updated).UTC()
	if err := unjson([]byte(ids), &in.ConversationIDs); err != nil {
		return nil, err
	}
	if err := unjson([]byte(params), &in.Params); err != nil {
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
	const op = "postgres.UpsertInsight"
	if err := in.Validate(); err != nil {
		return kefu.E(op, err)
	}
	ids := in.ConversationIDs
	if ids == nil {
		ids = []string{}
	}
	js, err := json.Marshal(ids)
	if err != nil {
		return kefu.E(op, err)
	}
	ps := in.Params
	if ps == nil {
		ps = map[string]any{}
	}
	params, err := json.Marshal(ps)
	if err != nil {
		return kefu.E(op, err)
	}
	now := db.now()
	var got *kefu.Insight
	err = db.multi(ctx, op, func(q querier) error {
		tx := db.on(q)
		var err error
		got, err = scanInsight(func(dest ...any) error {
			return tx.arow(ctx, qUpsertInsight, []any{kefu.NewID("ins"), in.TenantID, in.Key, in.Audience, in.Title,
				in.Evidence, in.Action, in.Count, string(js), string(kefu.InsightOpen), "", now.UnixNano(), now.UnixNano(), string(params)}, dest...)
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
	const op = "postgres.FindInsights"
	if tenantID == "" {
		return nil, invalid(op, "tenant_id is required")
	}
	var out []*kefu.Insight
	err := db.arows(ctx, qFindInsights, []any{tenantID, string(status), string(status)}, func(rs pgx.Rows) error {
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
	const op = "postgres.FindInsightByID"
	in, err := scanInsight(func(dest ...any) error { return db.arow(ctx, qFindInsightByID, []any{tenantID, id}, dest...) })
	if err != nil {
		return nil, fail(op, err, "insight", "")
	}
	return in, nil
}

// UpdateInsightStatus sets an insight's status and, when articleID is
// not empty, the article made of it.
func (db *DB) UpdateInsightStatus(ctx context.Context, tenantID, id string, status kefu.InsightStatus, articleID string) (*kefu.Insight, error) {
	const op = "postgres.UpdateInsightStatus"
	if !status.Valid() {
		return nil, kefu.E(op, kefu.Invalidf("status", "status %q is not open, accepted or dismissed", status))
	}
	var got *kefu.Insight
	err := db.multi(ctx, op, func(q querier) error {
		tx := db.on(q)
		var err error
		got, err = scanInsight(func(dest ...any) error {
			return tx.arow(ctx, qUpdateInsightStat, []any{string(status), articleID, articleID, db.now().UnixNano(), tenantID, id}, dest...)
		})
		return err
	})
	if err != nil {
		return nil, fail(op, err, "insight", "")
	}
	return got, nil
}

// on returns db bound to q, the transaction of a write.
func (db *DB) on(q querier) *DB {
	if tx, ok := q.(pgx.Tx); ok {
		return &DB{c: db.c, tx: tx}
	}
	return db
}

// rebind turns the ?s of a query into $1, $2, ….
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 1
	for _, r := range q {
		if r == '?' {
			fmt.Fprintf(&b, "$%d", n)
			n++
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// arow runs a one-row query written with ? parameters.
func (db *DB) arow(ctx context.Context, query string, args []any, dest ...any) error {
	return db.run(ctx, "", func(q querier) error { return q.QueryRow(ctx, rebind(query), args...).Scan(dest...) })
}

// arows runs a query written with ? parameters and calls each for every row.
func (db *DB) arows(ctx context.Context, query string, args []any, each func(pgx.Rows) error) error {
	return db.run(ctx, "", func(q querier) error { return db.queryOn(ctx, q, rebind(query), args, each) })
}

// aexec runs a statement written with ? parameters.
func (db *DB) aexec(ctx context.Context, query string, args ...any) (int64, error) {
	var n int64
	err := db.run(ctx, "", func(q querier) error {
		tag, err := q.Exec(ctx, rebind(query), args...)
		n = tag.RowsAffected()
		return err
	})
	return n, err
}
