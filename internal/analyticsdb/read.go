package analyticsdb

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// Querier runs a read query written with ? parameters and calls each with
// every row's scan function.
type Querier interface {
	Rows(ctx context.Context, query string, args []any, each func(scan func(dest ...any) error) error) error
}

// Dialect is where the stores' SQL differs.
type Dialect struct {
	// BigintSums casts sums to bigint (PostgreSQL sums integers as
	// numeric or bigint, which must scan into an int).
	BigintSums bool
	// JSONLists passes a list parameter as a JSON array read with
	// json_each (SQLite) rather than as an array compared with = ANY
	// (PostgreSQL).
	JSONLists bool
	// IndexHints names the index a scoped turn query should use (SQLite,
	// whose planner has no statistics here); PostgreSQL's planner picks.
	IndexHints bool
}

// SQLite and PostgreSQL are the two stores' dialects.
var (
	SQLite     = Dialect{JSONLists: true, IndexHints: true}
	PostgreSQL = Dialect{BigintSums: true}
)

// sum is the sum of expression e, as an integer.
func (d Dialect) sum(e string) string {
	if d.BigintSums {
		return "sum(" + e + ")::bigint"
	}
	return "sum(" + e + ")"
}

// in returns the condition that expression e is one of vals, and its
// parameter.
func (d Dialect) in(e string, vals []string) (string, any) {
	if d.JSONLists {
		js, _ := json.Marshal(vals)
		return e + ` IN (SELECT value FROM json_each(?))`, string(js)
	}
	return e + ` = ANY(?)`, vals
}

// indexedBy is the hint to read analytics_turns through index name.
func (d Dialect) indexedBy(name string) string {
	if d.IndexHints {
		return ` INDEXED BY ` + name
	}
	return ``
}

// Reader answers the kefu.AnalyticsService reads from the facts and
// rollups. Its methods return the database's errors as they are, and
// EINVALID for a grouping they do not know; the store wraps them.
type Reader struct {
	Q Querier
	D Dialect
}

// where returns the conditions and arguments of f on a table with the
// columns named in cols (of "channel", "language", "intent", "sku").
func where(f kefu.AnalyticsFilter, cols string) (string, []any) {
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

func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

func invalid(format string, args ...any) error {
	return &kefu.Error{Code: kefu.EINVALID, Message: fmt.Sprintf(format, args...)}
}

// dayBounds returns the period's bounds in Unix milliseconds, [from, to).
func dayBounds(f kefu.AnalyticsFilter) (int64, int64) {
	from, _ := time.Parse(time.DateOnly, f.From)
	to, _ := time.Parse(time.DateOnly, f.To)
	return from.UnixMilli(), to.AddDate(0, 0, 1).UnixMilli()
}

// Conversations returns conversation counts by day.
func (r Reader) Conversations(ctx context.Context, f kefu.AnalyticsFilter, idleBefore time.Time) ([]kefu.ConversationStats, error) {
	w, args := where(f, allDims)
	const ended = `(closed = 1 OR last_at < ?)`
	idle := Ms(idleBefore)
	s := r.D.sum
	q := `SELECT day, count(*), ` +
		s(`CASE WHEN `+ended+` THEN 1 ELSE 0 END`) + `, ` +
		s(`CASE WHEN `+ended+` AND person = 0 AND handoffs = 0 AND returned = 0 THEN 1 ELSE 0 END`) + `, ` +
		s(`CASE WHEN `+ended+` AND returned = 0 AND (handoffs = 0 OR person = 1) THEN 1 ELSE 0 END`) + `, ` +
		s(`CASE WHEN handoffs > 0 THEN 1 ELSE 0 END`) + `, ` + s(`customer_messages`) + `, ` + s(`bot_replies`) + `, ` +
		s(`CASE WHEN rating > 0 THEN 1 ELSE 0 END`) + `, ` + s(`rating`) + `, ` + s(`thumbs_up`) + `, ` + s(`thumbs_down`) +
		` FROM analytics_conversations WHERE ` + w + ` GROUP BY day ORDER BY day`
	var out []kefu.ConversationStats
	err := r.Q.Rows(ctx, q, append([]any{idle, idle, idle}, args...), func(scan func(...any) error) error {
		var s kefu.ConversationStats
		err := scan(&s.Day, &s.Conversations, &s.Ended, &s.Contained, &s.Resolved, &s.HandedOff, &s.CustomerMsgs,
			&s.BotReplies, &s.Rated, &s.RatingSum, &s.ThumbsUp, &s.ThumbsDown)
		out = append(out, s)
		return err
	})
	return out, err
}

// Durations returns first-response and handling times, ascending.
func (r Reader) Durations(ctx context.Context, f kefu.AnalyticsFilter) ([]int64, []int64, error) {
	w, args := where(f, allDims)
	var first, handling []int64
	err := r.Q.Rows(ctx, `SELECT first_response_ms, handling_ms FROM analytics_conversations WHERE `+w+
		` AND (first_response_ms > 0 OR handling_ms > 0)`, args, func(scan func(...any) error) error {
		var a, b int64
		if err := scan(&a, &b); err != nil {
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
	slices.Sort(first)
	slices.Sort(handling)
	return first, handling, err
}

// Turns returns bot turns grouped by a dimension. Turns about a product
// are read from analytics_daily_sku, the others from analytics_daily;
// hand-off reasons from analytics_reasons.
func (r Reader) Turns(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.TurnCount, error) {
	table := `analytics_daily`
	if f.Product != "" {
		table = `analytics_daily_sku`
	}
	w, args := where(f, allDims)
	s := r.D.sum
	var q string
	switch by {
	case kefu.ByDay, kefu.ByIntent, kefu.ByLanguage, kefu.ByChannel:
		q = `SELECT ` + by + `, ` + s(`turns`) + `, ` + s(`answered`) + `, ` + s(`clarify`) + `, ` + s(`handoff`) + `, ` + s(`negative`)
		for i := range kefu.LatencyBuckets {
			q += `, ` + s(fmt.Sprintf("lat%d", i))
		}
		q += ` FROM ` + table + ` WHERE ` + w + ` GROUP BY 1 ORDER BY 2 DESC, 1`
	case kefu.ByReason:
		q = `SELECT reason, ` + s(`turns`) + ` FROM analytics_reasons WHERE ` + w + ` GROUP BY 1 ORDER BY 2 DESC, 1`
	case kefu.ByEmotion:
		sums := make([]string, len(EmotionColumns))
		for i, c := range EmotionColumns {
			sums[i] = `coalesce(` + s(c) + `, 0)`
		}
		q = `SELECT ` + strings.Join(sums, ", ") + ` FROM ` + table + ` WHERE ` + w
	default:
		return nil, invalid("cannot group turns by %q", by)
	}
	var out []kefu.TurnCount
	err := r.Q.Rows(ctx, q, args, func(scan func(...any) error) error {
		switch by {
		case kefu.ByReason:
			var c kefu.TurnCount
			err := scan(&c.Key, &c.Turns)
			c.Handoff = c.Turns
			out = append(out, c)
			return err
		case kefu.ByEmotion:
			ns := make([]int, len(EmotionColumns))
			dest := make([]any, len(ns))
			for i := range ns {
				dest[i] = &ns[i]
			}
			if err := scan(dest...); err != nil {
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
		err := scan(dest...)
		out = append(out, c)
		return err
	})
	return out, err
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
	w, args = where(f, cols)
	if f.Product != "" {
		w += ` AND cluster = ?`
		args = append(args, kefu.QuestionCluster("", f.Product, ""))
	}
	return table, w, args
}

// Questions returns the biggest question clusters (by unanswered turns
// when unanswered is set), at most n.
func (r Reader) Questions(ctx context.Context, f kefu.AnalyticsFilter, unanswered bool, n int) ([]kefu.QuestionCount, error) {
	table, w, args := questionsWhere(f)
	s := r.D.sum
	order := s(`turns`)
	if unanswered {
		order = s(`turns`) + ` - ` + s(`answered`)
	}
	total := `sum(sum(turns)) OVER ()`
	if r.D.BigintSums {
		total = `(` + total + `)::bigint`
	}
	q := `SELECT q.intent, q.cluster, coalesce(c.text, ''), q.n, q.a, q.total FROM (
		SELECT intent, cluster, ` + s(`turns`) + ` AS n, ` + s(`answered`) + ` AS a, ` + order + ` AS k, ` + total + ` AS total
		FROM ` + table + ` WHERE ` + w + ` GROUP BY intent, cluster) q
		LEFT JOIN analytics_clusters c ON c.tenant_id = ? AND c.intent = q.intent AND c.cluster = q.cluster
		WHERE q.k > 0 ORDER BY q.k DESC, q.intent, q.cluster LIMIT ?`
	var out []kefu.QuestionCount
	err := r.Q.Rows(ctx, q, append(args, f.TenantID, limit(n, 20)), func(scan func(...any) error) error {
		var c kefu.QuestionCount
		err := scan(&c.Intent, &c.Cluster, &c.Text, &c.Turns, &c.Answered, &c.Total)
		out = append(out, c)
		return err
	})
	return out, err
}

// QuestionRows returns the given (intent, cluster) clusters' rows.
func (r Reader) QuestionRows(ctx context.Context, f kefu.AnalyticsFilter, clusters [][2]string) ([]kefu.QuestionRow, error) {
	if len(clusters) == 0 {
		return nil, nil
	}
	keys := make([]string, len(clusters))
	for i, c := range clusters {
		keys[i] = c[0] + " " + c[1] // intents have no spaces
	}
	table, w, args := questionsWhere(f)
	cond, list := r.D.in(`intent || ' ' || cluster`, keys)
	q := `SELECT intent, cluster, day, language, ` + r.D.sum(`turns`) + ` FROM ` + table + ` WHERE ` + w + `
		AND ` + cond + ` GROUP BY intent, cluster, day, language`
	var out []kefu.QuestionRow
	err := r.Q.Rows(ctx, q, append(args, list), func(scan func(...any) error) error {
		var row kefu.QuestionRow
		err := scan(&row.Intent, &row.Cluster, &row.Day, &row.Language, &row.Turns)
		if sku, ok := strings.CutPrefix(row.Cluster, "sku:"); ok {
			row.SKU = sku
		}
		out = append(out, row)
		return err
	})
	return out, err
}

// Examples returns a cluster's newest questions, at most n.
func (r Reader) Examples(ctx context.Context, f kefu.AnalyticsFilter, intent, cluster string, n int) ([]kefu.QuestionExample, error) {
	from, to := dayBounds(f)
	q := `SELECT t.conversation_id, coalesce(m.text, ''), t.language, t.at FROM analytics_turns t
		LEFT JOIN messages m ON m.id = t.question_id AND t.question_id > 0
		WHERE t.tenant_id = ? AND t.intent = ? AND t.cluster = ? AND t.at >= ? AND t.at < ?`
	args := []any{f.TenantID, intent, cluster, from, to}
	for _, d := range []struct{ col, v string }{{"channel", f.Channel}, {"language", f.Language}, {"sku", f.Product}} {
		if d.v != "" {
			q += ` AND t.` + d.col + ` = ?`
			args = append(args, d.v)
		}
	}
	q += ` ORDER BY t.at DESC LIMIT ?`
	var out []kefu.QuestionExample
	err := r.Q.Rows(ctx, q, append(args, limit(n, 3)), func(scan func(...any) error) error {
		var e kefu.QuestionExample
		var at int64
		err := scan(&e.ConversationID, &e.Text, &e.Language, &at)
		e.At = FromMs(at)
		out = append(out, e)
		return err
	})
	return out, err
}

// Pain returns pain-point rows over the period and the one before, from
// the narrow table of the dimension, or the wide one when the filters
// need it.
func (r Reader) Pain(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.PainRow, error) {
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
		return nil, invalid("cannot group pain points by %q", by)
	}
	if f.Channel != "" || f.Language != "" || (f.Product != "" && by != kefu.PainProduct) {
		table, cols = `analytics_pain_wide`, allDims
	}
	p := f
	p.From = f.Previous().From
	w, args := where(p, cols)
	nonEmpty := key + ` <> ''`
	if by == kefu.PainHeatmap {
		nonEmpty = `(category <> '' OR country <> '')` // either may be missing: a product without a category, an anonymous visitor
	}
	s := r.D.sum
	q := `SELECT ` + key + `, ` + key2 + `, intent, day < ?, ` + s(`turns`) + `, ` + s(`negative`) + `, ` + s(`upset`) +
		` FROM ` + table + ` WHERE ` + w + ` AND ` + nonEmpty + ` GROUP BY 1, 2, 3, 4`
	var out []kefu.PainRow
	err := r.Q.Rows(ctx, q, append([]any{f.From}, args...), func(scan func(...any) error) error {
		var row kefu.PainRow
		err := scan(&row.Key, &row.Key2, &row.Intent, &row.Previous, &row.Turns, &row.Negative, &row.Upset)
		out = append(out, row)
		return err
	})
	return out, err
}

// ConversationIDs returns up to n conversations with turns in scope,
// newest first.
func (r Reader) ConversationIDs(ctx context.Context, f kefu.AnalyticsFilter, scope kefu.TurnScope, n int) ([]string, error) {
	w, args := where(f, "channel language sku")
	if f.Product != "" {
		w += ` AND sku <> ''`
	}
	from, to := dayBounds(f)
	w += ` AND at >= ? AND at < ?`
	args = append(args, from, to)
	if scope.Carrier != "" {
		w += ` AND carrier = ? AND carrier <> ''` // the literal lets the partial index serve
		args = append(args, scope.Carrier)
	}
	if scope.Segment != "" {
		w += ` AND segment = ? AND segment <> ''`
		args = append(args, scope.Segment)
	}
	if len(scope.Intents) > 0 {
		cond, list := r.D.in(`intent`, scope.Intents)
		w += ` AND ` + cond
		args = append(args, list)
	}
	// Without statistics SQLite's planner cannot tell which index narrows
	// most; the scope's own does.
	index := ``
	switch {
	case f.Product != "":
		index = r.D.indexedBy(`analytics_turns_sku`)
	case scope.Carrier != "":
		index = r.D.indexedBy(`analytics_turns_carrier`)
	case scope.Segment != "":
		index = r.D.indexedBy(`analytics_turns_segment`)
	}
	// Newest turns first, walking the index backwards and stopping early;
	// a conversation with many turns in scope is listed once.
	n = limit(n, 20)
	var out []string
	err := r.Q.Rows(ctx, `SELECT conversation_id FROM analytics_turns`+index+` WHERE `+w+
		` ORDER BY at DESC LIMIT ?`, append(args, 10*n), func(scan func(...any) error) error {
		var id string
		if err := scan(&id); err != nil {
			return err
		}
		if len(out) < n && !slices.Contains(out, id) {
			out = append(out, id)
		}
		return nil
	})
	return out, err
}

// Segments returns turns by customer segment and intent, from
// analytics_segments, or the turn facts when the filters need them.
func (r Reader) Segments(ctx context.Context, f kefu.AnalyticsFilter) ([]kefu.SegmentCount, error) {
	q := `SELECT segment, intent, ` + r.D.sum(`turns`) + ` FROM analytics_segments WHERE `
	w, args := where(f, "intent")
	if f.Channel != "" || f.Language != "" || f.Product != "" {
		q = `SELECT segment, intent, count(*) FROM analytics_turns WHERE segment <> '' AND `
		w, args = where(f, allDims)
	}
	var out []kefu.SegmentCount
	err := r.Q.Rows(ctx, q+w+` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`, args, func(scan func(...any) error) error {
		var s kefu.SegmentCount
		err := scan(&s.Segment, &s.Intent, &s.Turns)
		out = append(out, s)
		return err
	})
	return out, err
}
