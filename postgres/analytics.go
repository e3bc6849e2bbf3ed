package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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

// emotionSums sums the emotion counters.
var emotionSums = func() string {
	var ss []string
	for _, c := range analyticsdb.EmotionColumns {
		ss = append(ss, fmt.Sprintf("coalesce(sum(%s)::bigint, 0)", c))
	}
	return strings.Join(ss, ", ")
}()

var (
	ms     = analyticsdb.Ms
	fromMS = analyticsdb.FromMs
)

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

// foldTx runs a fold's statements in a write transaction.
type foldTx struct{ db *DB }

// Row implements analyticsdb.Tx.
func (t foldTx) Row(ctx context.Context, query string, args []any, dest ...any) (bool, error) {
	err := t.db.arow(ctx, query, args, dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Exec implements analyticsdb.Tx.
func (t foldTx) Exec(ctx context.Context, query string, args ...any) error {
	_, err := t.db.aexec(ctx, query, args...)
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
			if err := analyticsdb.Fold(ctx, foldTx{db.on(q)}, msgs); err != nil {
				return err
			}
			_, err := q.Exec(ctx, qDonePending, ids)
			return err
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
			if err := analyticsdb.Fold(ctx, foldTx{tx}, ms); err != nil {
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

// analyticsWhere returns the conditions and arguments of f on a table
// with the columns named in cols (of "channel", "language", "intent",
// "sku"); prefix qualifies the columns.
func analyticsWhere(f kefu.AnalyticsFilter, cols string) (string, []any) {
	w := `tenant_id = ? AND day >= ? AND day <= ?`
	args := []any{f.TenantID, f.From, f.To}
	for _, d := range []struct{ col, v string }{{"channel", f.Channel}, {"language", f.Language}, {"intent", f.Intent}, {"sku", f.Product}} {
		if d.v != "" && strings.Contains(cols, d.col) {
			w += ` AND ` + d.col + ` = ?`
			args = append(args, d.v)
		}
	}
	return w, args
}

const allDims = "channel language intent sku"

// AnalyticsConversations returns conversation counts by day.
func (db *DB) AnalyticsConversations(ctx context.Context, f kefu.AnalyticsFilter, idleBefore time.Time) ([]kefu.ConversationStats, error) {
	const op = "postgres.AnalyticsConversations"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	q := `SELECT day, count(*),
		sum(CASE WHEN closed = 1 OR last_at < $1 THEN 1 ELSE 0 END)::bigint,
		sum(CASE WHEN (closed = 1 OR last_at < $1) AND person = 0 AND handoffs = 0 AND returned = 0 THEN 1 ELSE 0 END)::bigint,
		sum(CASE WHEN (closed = 1 OR last_at < $1) AND returned = 0 AND (handoffs = 0 OR person = 1) THEN 1 ELSE 0 END)::bigint,
		sum(CASE WHEN handoffs > 0 THEN 1 ELSE 0 END)::bigint,
		sum(customer_messages)::bigint, sum(bot_replies)::bigint, sum(CASE WHEN rating > 0 THEN 1 ELSE 0 END)::bigint, sum(rating)::bigint,
		sum(thumbs_up)::bigint, sum(thumbs_down)::bigint
		FROM analytics_conversations WHERE ` + renumber(w, 2) + ` GROUP BY day ORDER BY day`
	var out []kefu.ConversationStats
	err := db.arows(ctx, q, append([]any{ms(idleBefore)}, args...), func(rs pgx.Rows) error {
		var s kefu.ConversationStats
		err := rs.Scan(&s.Day, &s.Conversations, &s.Ended, &s.Contained, &s.Resolved, &s.HandedOff, &s.CustomerMsgs,
			&s.BotReplies, &s.Rated, &s.RatingSum, &s.ThumbsUp, &s.ThumbsDown)
		out = append(out, s)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// renumber turns the ?s of w into $n, $n+1, … (PostgreSQL's
// parameters).
func renumber(w string, n int) string {
	var b strings.Builder
	for _, r := range w {
		if r == '?' {
			fmt.Fprintf(&b, "$%d", n)
			n++
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// AnalyticsDurations returns first-response and handling times.
func (db *DB) AnalyticsDurations(ctx context.Context, f kefu.AnalyticsFilter) ([]int64, []int64, error) {
	const op = "postgres.AnalyticsDurations"
	if err := db.readable(ctx, f); err != nil {
		return nil, nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	var first, handling []int64
	err := db.arows(ctx, `SELECT first_response_ms, handling_ms FROM analytics_conversations WHERE `+w+
		` AND (first_response_ms > 0 OR handling_ms > 0)`, args, func(rs pgx.Rows) error {
		var a, b int64
		if err := rs.Scan(&a, &b); err != nil {
			return err
		}
		if a > 0 {
			first = append(first, a)
		}
		if b > 0 {
			handling = append(handling, b)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fail(op, err, "", "")
	}
	sortInts(first)
	sortInts(handling)
	return first, handling, nil
}

var latencySums = func() string {
	var b strings.Builder
	for i := range kefu.LatencyBuckets {
		fmt.Fprintf(&b, ", sum(lat%d)::bigint", i)
	}
	return b.String()
}()

// AnalyticsTurns returns bot turns grouped by a dimension. Turns about
// a product are read from analytics_daily_sku, the others from
// analytics_daily; hand-off reasons from analytics_reasons.
func (db *DB) AnalyticsTurns(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.TurnCount, error) {
	const op = "postgres.AnalyticsTurns"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	table := `analytics_daily`
	if f.Product != "" {
		table = `analytics_daily_sku`
	}
	w, args := analyticsWhere(f, allDims)
	var q string
	switch by {
	case kefu.ByDay, kefu.ByIntent, kefu.ByLanguage, kefu.ByChannel:
		q = `SELECT ` + by + `, sum(turns)::bigint, sum(answered)::bigint, sum(clarify)::bigint, sum(handoff)::bigint, sum(negative)::bigint` + latencySums +
			` FROM ` + table + ` WHERE ` + w + ` GROUP BY 1 ORDER BY 2 DESC, 1`
	case kefu.ByReason:
		q = `SELECT reason, sum(turns)::bigint FROM analytics_reasons WHERE ` + w + ` GROUP BY 1 ORDER BY 2 DESC, 1`
	case kefu.ByEmotion:
		q = `SELECT ` + emotionSums + ` FROM ` + table + ` WHERE ` + w
	default:
		return nil, invalid(op, "cannot group turns by %q", by)
	}
	var out []kefu.TurnCount
	err := db.arows(ctx, q, args, func(rs pgx.Rows) error {
		switch by {
		case kefu.ByReason:
			var c kefu.TurnCount
			err := rs.Scan(&c.Key, &c.Turns)
			c.Handoff = c.Turns
			out = append(out, c)
			return err
		case kefu.ByEmotion:
			ns := make([]int, len(analyticsdb.EmotionColumns))
			dest := make([]any, len(ns))
			for i := range ns {
				dest[i] = &ns[i]
			}
			if err := rs.Scan(dest...); err != nil {
				return err
			}
			out = emotionCounts(ns)
			return nil
		}
		var c kefu.TurnCount
		dest := []any{&c.Key, &c.Turns, &c.Answered, &c.Clarify, &c.Handoff, &c.Negative}
		for i := range c.Latency {
			dest = append(dest, &c.Latency[i])
		}
		err := rs.Scan(dest...)
		out = append(out, c)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// emotionCounts turns the emotion columns' sums into counts, biggest
// first, leaving out zeros.
func emotionCounts(ns []int) []kefu.TurnCount {
	var out []kefu.TurnCount
	for i, n := range ns {
		if n == 0 {
			continue
		}
		key := "other"
		if i < len(kefu.AnalyticsEmotions) {
			key = kefu.AnalyticsEmotions[i]
		}
		out = append(out, kefu.TurnCount{Key: key, Turns: n})
	}
	slices.SortStableFunc(out, func(a, b kefu.TurnCount) int { return b.Turns - a.Turns })
	return out
}

// questionsWhere returns the table and conditions of the question
// rollups for f: the product filter is its cluster, the channel filter
// needs the wide table.
func questionsWhere(f kefu.AnalyticsFilter) (table, w string, args []any) {
	table, cols := `analytics_questions`, "language intent"
	if f.Channel != "" {
		table, cols = `analytics_questions_wide`, "language intent channel"
	}
	w, args = analyticsWhere(f, cols)
	if f.Product != "" {
		w += ` AND cluster = ?`
		args = append(args, kefu.QuestionCluster("", f.Product, ""))
	}
	return table, w, args
}

// AnalyticsQuestions returns the biggest question clusters.
func (db *DB) AnalyticsQuestions(ctx context.Context, f kefu.AnalyticsFilter, unanswered bool, n int) ([]kefu.QuestionCount, error) {
	const op = "postgres.AnalyticsQuestions"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	table, w, args := questionsWhere(f)
	order := `sum(turns)::bigint`
	if unanswered {
		order = `sum(turns)::bigint - sum(answered)::bigint`
	}
	q := `SELECT q.intent, q.cluster, coalesce(c.text, ''), q.n, q.a, q.total FROM (
		SELECT intent, cluster, sum(turns)::bigint AS n, sum(answered)::bigint AS a, ` + order + ` AS k, (sum(sum(turns)) OVER ())::bigint AS total
		FROM ` + table + ` WHERE ` + w + ` GROUP BY intent, cluster) q
		LEFT JOIN analytics_clusters c ON c.tenant_id = ? AND c.intent = q.intent AND c.cluster = q.cluster
		WHERE q.k > 0 ORDER BY q.k DESC, q.intent, q.cluster LIMIT ?`
	var out []kefu.QuestionCount
	err := db.arows(ctx, q, append(args, f.TenantID, limit(n, 20)), func(rs pgx.Rows) error {
		var c kefu.QuestionCount
		err := rs.Scan(&c.Intent, &c.Cluster, &c.Text, &c.Turns, &c.Answered, &c.Total)
		out = append(out, c)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsQuestionRows returns the given clusters' rows.
func (db *DB) AnalyticsQuestionRows(ctx context.Context, f kefu.AnalyticsFilter, clusters [][2]string) ([]kefu.QuestionRow, error) {
	const op = "postgres.AnalyticsQuestionRows"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	if len(clusters) == 0 {
		return nil, nil
	}
	keys := make([]string, len(clusters))
	for i, c := range clusters {
		keys[i] = c[0] + "\x1f" + c[1]
	}
	table, w, args := questionsWhere(f)
	q := `SELECT intent, cluster, day, language, sum(turns)::bigint FROM ` + table + ` WHERE ` + w + `
		AND intent || chr(31) || cluster = ANY(?) GROUP BY intent, cluster, day, language`
	var out []kefu.QuestionRow
	err := db.arows(ctx, q, append(args, keys), func(rs pgx.Rows) error {
		var r kefu.QuestionRow
		err := rs.Scan(&r.Intent, &r.Cluster, &r.Day, &r.Language, &r.Turns)
		r.SKU, _ = strings.CutPrefix(r.Cluster, "sku:")
		if r.SKU == r.Cluster {
			r.SKU = ""
		}
		out = append(out, r)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsExamples returns a cluster's newest questions.
func (db *DB) AnalyticsExamples(ctx context.Context, f kefu.AnalyticsFilter, intent, cluster string, n int) ([]kefu.QuestionExample, error) {
	const op = "postgres.AnalyticsExamples"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	from, _ := time.Parse(time.DateOnly, f.From)
	to, _ := time.Parse(time.DateOnly, f.To)
	q := `SELECT t.conversation_id, coalesce(m.text, ''), t.language, t.at FROM analytics_turns t
		LEFT JOIN messages m ON m.id = t.question_id AND t.question_id > 0
		WHERE t.tenant_id = ? AND t.intent = ? AND t.cluster = ? AND t.at >= ? AND t.at < ?`
	args := []any{f.TenantID, intent, cluster, from.UnixMilli(), to.AddDate(0, 0, 1).UnixMilli()}
	for _, d := range []struct{ col, v string }{{"channel", f.Channel}, {"language", f.Language}, {"sku", f.Product}} {
		if d.v != "" {
			q += ` AND t.` + d.col + ` = ?`
			args = append(args, d.v)
		}
	}
	q += ` ORDER BY t.at DESC LIMIT ?`
	var out []kefu.QuestionExample
	err := db.arows(ctx, q, append(args, limit(n, 3)), func(rs pgx.Rows) error {
		var e kefu.QuestionExample
		var at int64
		err := rs.Scan(&e.ConversationID, &e.Text, &e.Language, &at)
		e.At = fromMS(at)
		out = append(out, e)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsPain returns pain-point rows over the period and the one
// before, from the narrow table of the dimension, or the wide one when
// the filters need it.
func (db *DB) AnalyticsPain(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.PainRow, error) {
	const op = "postgres.AnalyticsPain"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	key, key2, table, cols := by, `''`, ``, "intent"
	switch by {
	case kefu.PainProduct:
		table, cols = `analytics_pain_sku`, "intent sku"
	case kefu.PainCategory, kefu.PainRegion:
		table = `analytics_pain_geo`
	case kefu.PainCarrier:
		table = `analytics_pain_carrier`
	case kefu.PainHeatmap:
		key, key2, table = `category`, `country`, `analytics_pain_geo`
	default:
		return nil, invalid(op, "cannot group pain points by %q", by)
	}
	if f.Channel != "" || f.Language != "" || (f.Product != "" && by != kefu.PainProduct) {
		table, cols = `analytics_pain_wide`, allDims
	}
	p := f
	p.From = f.Previous().From
	w, args := analyticsWhere(p, cols)
	nonEmpty := key + ` <> ''`
	if by == kefu.PainHeatmap {
		nonEmpty = `(category <> '' OR country <> '')` // either may be missing: a product without a category, an anonymous visitor
	}
	q := `SELECT ` + key + `, ` + key2 + `, intent, day < ?, sum(turns)::bigint, sum(negative)::bigint, sum(upset)::bigint FROM ` + table + ` WHERE ` + w +
		` AND ` + nonEmpty + ` GROUP BY 1, 2, 3, 4`
	var out []kefu.PainRow
	err := db.arows(ctx, q, append([]any{f.From}, args...), func(rs pgx.Rows) error {
		var r kefu.PainRow
		err := rs.Scan(&r.Key, &r.Key2, &r.Intent, &r.Previous, &r.Turns, &r.Negative, &r.Upset)
		out = append(out, r)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsConversationIDs returns conversations behind turns.
func (db *DB) AnalyticsConversationIDs(ctx context.Context, f kefu.AnalyticsFilter, scope kefu.TurnScope, n int) ([]string, error) {
	const op = "postgres.AnalyticsConversationIDs"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, "channel language sku")
	if f.Product != "" {
		w += ` AND sku <> ''`
	}
	from, to := dayBounds(f)
	w += ` AND at >= ? AND at < ?`
	args = append(args, from.UnixMilli(), to.UnixMilli())
	if scope.Carrier != "" {
		w += ` AND carrier = ? AND carrier <> ''` // the literal lets the partial index serve
		args = append(args, scope.Carrier)
	}
	if scope.Segment != "" {
		w += ` AND segment = ? AND segment <> ''`
		args = append(args, scope.Segment)
	}
	intents := scope.Intents
	if len(intents) > 0 {
		w += ` AND intent = ANY(?)`
		args = append(args, intents)
	}
	// Without statistics the planner cannot tell which index narrows
	// most; the scope's own does.
	index := ``
	switch {
	case f.Product != "":
		index = ``
	case scope.Carrier != "":
		index = ``
	case scope.Segment != "":
		index = ``
	}
	// Newest turns first, walking the index backwards and stopping early;
	// a conversation with many turns in scope is listed once.
	n = limit(n, 20)
	var out []string
	err := db.arows(ctx, `SELECT conversation_id FROM analytics_turns`+index+` WHERE `+w+
		` ORDER BY at DESC LIMIT ?`, append(args, 10*n), func(rs pgx.Rows) error {
		var id string
		if err := rs.Scan(&id); err != nil {
			return err
		}
		if len(out) < n && !slices.Contains(out, id) {
			out = append(out, id)
		}
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsSegments returns turns by customer segment and intent, from
// analytics_segments, or the turn facts when the filters need them.
func (db *DB) AnalyticsSegments(ctx context.Context, f kefu.AnalyticsFilter) ([]kefu.SegmentCount, error) {
	const op = "postgres.AnalyticsSegments"
	if err := db.readable(ctx, f); err != nil {
		return nil, kefu.E(op, err)
	}
	q := `SELECT segment, intent, sum(turns)::bigint FROM analytics_segments WHERE `
	w, args := analyticsWhere(f, "intent")
	if f.Channel != "" || f.Language != "" || f.Product != "" {
		q = `SELECT segment, intent, count(*) FROM analytics_turns WHERE segment <> '' AND `
		w, args = analyticsWhere(f, allDims)
	}
	var out []kefu.SegmentCount
	err := db.arows(ctx, q+w+` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`, args, func(rs pgx.Rows) error {
		var s kefu.SegmentCount
		err := rs.Scan(&s.Segment, &s.Intent, &s.Turns)
		out = append(out, s)
		return err
	})
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

func sortInts(xs []int64) { slices.Sort(xs) }

const (
	insightCols = `id, tenant_id, key, audience, title, evidence, action, count, conversation_ids, status, article_id,
		created_at, updated_at`
	qUpsertInsight = `INSERT INTO analytics_insights (` + insightCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, key) DO UPDATE SET audience = excluded.audience, title = excluded.title,
		evidence = excluded.evidence, action = excluded.action, count = excluded.count,
		conversation_ids = excluded.conversation_ids, updated_at = excluded.updated_at
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
	)
	if err := scan(&in.ID, &in.TenantID, &in.Key, &in.Audience, &in.Title, &in.Evidence, &in.Action, &in.Count, &ids,
		&status, &in.ArticleID, &created, &updated); err != nil {
		return nil, err
	}
	in.Status = kefu.InsightStatus(status)
	in.CreatedAt, in.UpdatedAt = time.Unix(0, created).UTC(), time.Unix(0, updated).UTC()
	if err := unjson([]byte(ids), &in.ConversationIDs); err != nil {
		return nil, err
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
	now := db.now()
	var got *kefu.Insight
	err = db.multi(ctx, op, func(q querier) error {
		tx := db.on(q)
		var err error
		got, err = scanInsight(func(dest ...any) error {
			return tx.arow(ctx, qUpsertInsight, []any{kefu.NewID("ins"), in.TenantID, in.Key, in.Audience, in.Title,
				in.Evidence, in.Action, in.Count, string(js), string(kefu.InsightOpen), "", now.UnixNano(), now.UnixNano()}, dest...)
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
	return renumber(q, 1)
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
