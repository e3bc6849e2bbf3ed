package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

var _ kefu.AnalyticsService = (*DB)(nil)

// Analytics facts (docs/analytics.md) are written by CreateMessage in the
// message's transaction: analyticsMessage reads the conversation's facts,
// folds the message in (kefu.AnalyticsConversation.Apply) and, for a bot
// turn with a trace, adds its turn fact and bumps the daily rollups.

const (
	convFactCols = `tenant_id, conversation_id, day, channel, language, intent, sku, customer_id, customer_messages,
		bot_replies, handoffs, person, closed, returned, rating, thumbs_up, thumbs_down, started_at, last_at,
		handoff_at, joined_at, first_response_ms, handling_ms`
	qFindConvFact = `SELECT ` + convFactCols + ` FROM analytics_conversations WHERE tenant_id = ? AND conversation_id = ?`
	qPutConvFact  = `INSERT INTO analytics_conversations (` + convFactCols + `)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, day, conversation_id) DO UPDATE SET channel = excluded.channel,
		language = excluded.language, intent = excluded.intent, sku = excluded.sku, customer_id = excluded.customer_id,
		customer_messages = excluded.customer_messages, bot_replies = excluded.bot_replies, handoffs = excluded.handoffs,
		person = excluded.person, closed = excluded.closed, returned = excluded.returned, rating = excluded.rating,
		thumbs_up = excluded.thumbs_up, thumbs_down = excluded.thumbs_down, last_at = excluded.last_at,
		handoff_at = excluded.handoff_at, joined_at = excluded.joined_at,
		first_response_ms = excluded.first_response_ms, handling_ms = excluded.handling_ms`
	qConvOfMessage = `SELECT channel, customer_id, rating FROM conversations WHERE tenant_id = ? AND id = ?`
	// A customer back on the same intent within kefu.ReturnWindow: their
	// earlier conversations on it were not contained.
	qMarkReturned = `UPDATE analytics_conversations SET returned = 1
		WHERE tenant_id = ? AND customer_id = ? AND customer_id <> '' AND last_at >= ? AND conversation_id <> ? AND intent = ?`
	qInsertTurn = `INSERT INTO analytics_turns (message_id, tenant_id, conversation_id, question_id, day, at, channel,
		language, intent, cluster, emotion, action, outcome, reason, answered, negative, latency_ms, sku, category,
		country, carrier, customer_id, segment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qBumpQuestion = `INSERT INTO analytics_questions (tenant_id, day, intent, cluster, channel, language, sku, turns, answered)
		VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (tenant_id, day, intent, cluster, channel, language, sku) DO UPDATE SET
		turns = analytics_questions.turns + 1, answered = analytics_questions.answered + excluded.answered`
	qPutCluster = `INSERT INTO analytics_clusters (tenant_id, intent, cluster, text) VALUES (?, ?, ?, ?)
		ON CONFLICT (tenant_id, intent, cluster) DO NOTHING`
	qBumpPain = `INSERT INTO analytics_pain (tenant_id, day, sku, category, country, carrier, intent, channel, language, turns, negative)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (tenant_id, day, sku, category, country, carrier, intent, channel, language) DO UPDATE SET
		turns = analytics_pain.turns + 1, negative = analytics_pain.negative + excluded.negative`

	qTurnQuestion  = `SELECT text FROM messages WHERE id = ? AND tenant_id = ?`
	qTurnCountry   = `SELECT country FROM customers WHERE tenant_id = ? AND id = ?`
	qTurnSegment   = `SELECT value FROM customer_traits WHERE tenant_id = ? AND customer_id = ? AND kind = 'skin_type' AND negated = 0 ORDER BY confidence DESC LIMIT 1`
	qTurnProductID = `SELECT sku FROM products WHERE tenant_id = ? AND id = ?`
	qTurnCategory  = `SELECT category FROM products WHERE tenant_id = ? AND sku = ?`
	qTurnOrderSKU  = `SELECT l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.tenant_id = ? AND o.id = ? ORDER BY l.line_no LIMIT 1`
	qTurnShipment  = `SELECT carrier FROM shipments WHERE tenant_id = ? AND id = ?`
	qTurnOrderShip = `SELECT carrier FROM shipments WHERE tenant_id = ? AND order_id = ? ORDER BY created_at DESC LIMIT 1`
)

// qBumpDaily[i] adds one turn with latency bucket i to analytics_daily.
var qBumpDaily = func() (qs [kefu.LatencyBuckets]string) {
	for i := range qs {
		qs[i] = fmt.Sprintf(`INSERT INTO analytics_daily (tenant_id, day, channel, language, intent, emotion, action, reason, sku,
		turns, answered, clarify, handoff, negative, lat%[1]d) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 1)
		ON CONFLICT (tenant_id, day, channel, language, intent, emotion, action, reason, sku) DO UPDATE SET
		turns = analytics_daily.turns + 1, answered = analytics_daily.answered + excluded.answered,
		clarify = analytics_daily.clarify + excluded.clarify, handoff = analytics_daily.handoff + excluded.handoff,
		negative = analytics_daily.negative + excluded.negative, lat%[1]d = analytics_daily.lat%[1]d + 1`, i)
	}
	return qs
}()

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMS(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.UnixMilli(n).UTC()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// analyticsMessage writes m's analytics facts. It runs in m's
// transaction, after m is stored (m has its ID and time).
func (db *DB) analyticsMessage(ctx context.Context, m *kefu.Message) error {
	c, found, err := db.findConvFact(ctx, m.TenantID, m.ConversationID)
	if err != nil {
		return err
	}
	var rating int
	if !found || m.Kind == kefu.MessageRatingGiven {
		if err := db.row(ctx, qConvOfMessage, []any{m.TenantID, m.ConversationID}, &c.Channel, &c.CustomerID, &rating); err != nil {
			return err
		}
	}
	var fact *kefu.TurnFact
	if m.Author == kefu.AuthorBot && m.Trace != nil {
		tc, err := db.turnContext(ctx, m, &c)
		if err != nil {
			return err
		}
		f := kefu.NewTurnFact(m, tc)
		fact = &f
		if err := db.putTurn(ctx, &f); err != nil {
			return err
		}
	}
	intentBefore := c.Intent
	c.Apply(m, fact, rating)
	if intentBefore == "" && c.Intent != "" && c.CustomerID != "" {
		if _, err := db.exec(ctx, qMarkReturned, c.TenantID, c.CustomerID, ms(m.CreatedAt.Add(-kefu.ReturnWindow)),
			c.ConversationID, c.Intent); err != nil {
			return err
		}
	}
	_, err = db.exec(ctx, qPutConvFact, c.TenantID, c.ConversationID, c.Day, c.Channel, c.Language, c.Intent, c.SKU,
		c.CustomerID, c.CustomerMessages, c.BotReplies, c.Handoffs, b2i(c.Person), b2i(c.Closed), b2i(c.Returned),
		c.Rating, c.ThumbsUp, c.ThumbsDown, ms(c.StartedAt), ms(c.LastAt), ms(c.HandoffAt), ms(c.JoinedAt),
		c.FirstResponseMS, c.HandlingMS)
	return err
}

func (db *DB) findConvFact(ctx context.Context, tenantID, id string) (kefu.AnalyticsConversation, bool, error) {
	var (
		c                              kefu.AnalyticsConversation
		person, closed, returned       int
		started, last, handoff, joined int64
	)
	err := db.row(ctx, qFindConvFact, []any{tenantID, id}, &c.TenantID, &c.ConversationID, &c.Day, &c.Channel,
		&c.Language, &c.Intent, &c.SKU, &c.CustomerID, &c.CustomerMessages, &c.BotReplies, &c.Handoffs, &person,
		&closed, &returned, &c.Rating, &c.ThumbsUp, &c.ThumbsDown, &started, &last, &handoff, &joined,
		&c.FirstResponseMS, &c.HandlingMS)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, err
	}
	c.Person, c.Closed, c.Returned = person == 1, closed == 1, returned == 1
	c.StartedAt, c.LastAt, c.HandoffAt, c.JoinedAt = fromMS(started), fromMS(last), fromMS(handoff), fromMS(joined)
	return c, true, nil
}

// lookup runs a one-value query; no row leaves *dest as it was.
func (db *DB) lookup(ctx context.Context, query string, dest *string, args ...any) error {
	err := db.row(ctx, query, args, dest)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

// turnContext looks up what a bot turn's facts need: the question, the
// customer's country and skin type, and the product and carrier its
// entities and records name, else the conversation's product.
func (db *DB) turnContext(ctx context.Context, m *kefu.Message, c *kefu.AnalyticsConversation) (kefu.TurnContext, error) {
	tc := kefu.TurnContext{Channel: c.Channel, CustomerID: c.CustomerID}
	t := m.TenantID
	var errs []error
	if m.ReplyTo > 0 {
		errs = append(errs, db.lookup(ctx, qTurnQuestion, &tc.Question, m.ReplyTo, t))
	}
	if c.CustomerID != "" {
		errs = append(errs, db.lookup(ctx, qTurnCountry, &tc.Country, t, c.CustomerID),
			db.lookup(ctx, qTurnSegment, &tc.Segment, t, c.CustomerID))
	}
	for _, e := range m.Trace.Entities {
		if (e.Type == "sku" || e.Type == "product") && e.Value != "" && tc.SKU == "" {
			tc.SKU = e.Value
		}
	}
	for _, r := range m.Trace.Records {
		switch r.Kind {
		case "product":
			if tc.SKU == "" {
				errs = append(errs, db.lookup(ctx, qTurnProductID, &tc.SKU, t, r.ID))
			}
		case "order":
			if tc.SKU == "" {
				errs = append(errs, db.lookup(ctx, qTurnOrderSKU, &tc.SKU, t, r.ID))
			}
			if tc.Carrier == "" {
				errs = append(errs, db.lookup(ctx, qTurnOrderShip, &tc.Carrier, t, r.ID))
			}
		case "shipment":
			errs = append(errs, db.lookup(ctx, qTurnShipment, &tc.Carrier, t, r.ID))
		}
	}
	if tc.SKU == "" {
		tc.SKU = c.SKU
	}
	if tc.SKU != "" {
		errs = append(errs, db.lookup(ctx, qTurnCategory, &tc.Category, t, tc.SKU))
	}
	return tc, errors.Join(errs...)
}

// putTurn stores a turn fact and bumps the rollups.
func (db *DB) putTurn(ctx context.Context, f *kefu.TurnFact) error {
	if _, err := db.exec(ctx, qInsertTurn, f.MessageID, f.TenantID, f.ConversationID, f.QuestionID, f.Day, ms(f.At),
		f.Channel, f.Language, f.Intent, f.Cluster, f.Emotion, f.Action, f.Outcome, f.Reason, b2i(f.Answered),
		b2i(f.Negative), f.LatencyMS, f.SKU, f.Category, f.Country, f.Carrier, f.CustomerID, f.Segment); err != nil {
		return err
	}
	if _, err := db.exec(ctx, qBumpDaily[kefu.LatencyBucket(f.LatencyMS)], f.TenantID, f.Day, f.Channel, f.Language,
		f.Intent, f.Emotion, f.Action, f.Reason, f.SKU, b2i(f.Answered), b2i(f.Clarify), b2i(f.Handoff),
		b2i(f.Negative)); err != nil {
		return err
	}
	if f.Action == string(kefu.ActionSmalltalk) || f.Action == string(kefu.ActionSilent) {
		return nil // greetings and thanks are not questions
	}
	if _, err := db.exec(ctx, qBumpQuestion, f.TenantID, f.Day, f.Intent, f.Cluster, f.Channel, f.Language, f.SKU,
		b2i(f.Answered)); err != nil {
		return err
	}
	if _, err := db.exec(ctx, qPutCluster, f.TenantID, f.Intent, f.Cluster, clip(f.Question, 200)); err != nil {
		return err
	}
	if f.SKU == "" && f.Country == "" && f.Carrier == "" {
		return nil
	}
	_, err := db.exec(ctx, qBumpPain, f.TenantID, f.Day, f.SKU, f.Category, f.Country, f.Carrier, f.Intent,
		f.Channel, f.Language, b2i(f.Negative))
	return err
}

// clip cuts s to at most n runes.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
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
			for _, m := range ms {
				if err := tx.analyticsMessage(ctx, m); err != nil {
					return fmt.Errorf("message %d: %w", m.ID, err)
				}
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
	const op = "sqlite.AnalyticsConversations"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	q := `SELECT day, count(*),
		sum(CASE WHEN closed = 1 OR last_at < ?1 THEN 1 ELSE 0 END),
		sum(CASE WHEN (closed = 1 OR last_at < ?1) AND person = 0 AND handoffs = 0 AND returned = 0 THEN 1 ELSE 0 END),
		sum(CASE WHEN (closed = 1 OR last_at < ?1) AND returned = 0 AND (handoffs = 0 OR person = 1) THEN 1 ELSE 0 END),
		sum(CASE WHEN handoffs > 0 THEN 1 ELSE 0 END),
		sum(customer_messages), sum(bot_replies), sum(CASE WHEN rating > 0 THEN 1 ELSE 0 END), sum(rating),
		sum(thumbs_up), sum(thumbs_down)
		FROM analytics_conversations WHERE ` + renumber(w, 2) + ` GROUP BY day ORDER BY day`
	var out []kefu.ConversationStats
	err := db.rows(ctx, q, append([]any{ms(idleBefore)}, args...), func(rs *sql.Rows) error {
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

// renumber turns the ?s of w into ?n, ?n+1, … so that w can follow
// numbered parameters.
func renumber(w string, n int) string {
	var b strings.Builder
	for _, r := range w {
		if r == '?' {
			fmt.Fprintf(&b, "?%d", n)
			n++
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// AnalyticsDurations returns first-response and handling times.
func (db *DB) AnalyticsDurations(ctx context.Context, f kefu.AnalyticsFilter) ([]int64, []int64, error) {
	const op = "sqlite.AnalyticsDurations"
	if err := f.Validate(); err != nil {
		return nil, nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	var first, handling []int64
	err := db.rows(ctx, `SELECT first_response_ms, handling_ms FROM analytics_conversations WHERE `+w+
		` AND (first_response_ms > 0 OR handling_ms > 0)`, args, func(rs *sql.Rows) error {
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
		fmt.Fprintf(&b, ", sum(lat%d)", i)
	}
	return b.String()
}()

// AnalyticsTurns returns bot turns grouped by a dimension.
func (db *DB) AnalyticsTurns(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.TurnCount, error) {
	const op = "sqlite.AnalyticsTurns"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	switch by {
	case kefu.ByDay, kefu.ByIntent, kefu.ByEmotion, kefu.ByLanguage, kefu.ByChannel:
	case kefu.ByReason:
		w += ` AND handoff > 0`
	default:
		return nil, invalid(op, "cannot group turns by %q", by)
	}
	q := `SELECT ` + by + `, sum(turns), sum(answered), sum(clarify), sum(handoff), sum(negative)` + latencySums +
		` FROM analytics_daily WHERE ` + w + ` GROUP BY 1 ORDER BY 2 DESC, 1`
	var out []kefu.TurnCount
	err := db.rows(ctx, q, args, func(rs *sql.Rows) error {
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

// AnalyticsQuestions returns the biggest question clusters.
func (db *DB) AnalyticsQuestions(ctx context.Context, f kefu.AnalyticsFilter, unanswered bool, n int) ([]kefu.QuestionCount, error) {
	const op = "sqlite.AnalyticsQuestions"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	order := `sum(turns)`
	if unanswered {
		order = `sum(turns) - sum(answered)`
	}
	q := `SELECT q.intent, q.cluster, coalesce(c.text, ''), q.n, q.a, q.total FROM (
		SELECT intent, cluster, sum(turns) AS n, sum(answered) AS a, ` + order + ` AS k, sum(sum(turns)) OVER () AS total FROM analytics_questions WHERE ` + w + `
		GROUP BY intent, cluster) q
		LEFT JOIN analytics_clusters c ON c.tenant_id = ? AND c.intent = q.intent AND c.cluster = q.cluster
		WHERE q.k > 0 ORDER BY q.k DESC, q.intent, q.cluster LIMIT ?`
	var out []kefu.QuestionCount
	err := db.rows(ctx, q, append(args, f.TenantID, limit(n, 20)), func(rs *sql.Rows) error {
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
	const op = "sqlite.AnalyticsQuestionRows"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	if len(clusters) == 0 {
		return nil, nil
	}
	keys := make([]string, len(clusters))
	for i, c := range clusters {
		keys[i] = c[0] + "\x1f" + c[1]
	}
	js, _ := json.Marshal(keys)
	w, args := analyticsWhere(f, allDims)
	q := `SELECT intent, cluster, day, language, sku, sum(turns) FROM analytics_questions WHERE ` + w + `
		AND intent || char(31) || cluster IN (SELECT value FROM json_each(?)) GROUP BY intent, cluster, day, language, sku`
	var out []kefu.QuestionRow
	err := db.rows(ctx, q, append(args, string(js)), func(rs *sql.Rows) error {
		var r kefu.QuestionRow
		err := rs.Scan(&r.Intent, &r.Cluster, &r.Day, &r.Language, &r.SKU, &r.Turns)
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
	const op = "sqlite.AnalyticsExamples"
	if err := f.Validate(); err != nil {
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
	err := db.rows(ctx, q, append(args, limit(n, 3)), func(rs *sql.Rows) error {
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
// before.
func (db *DB) AnalyticsPain(ctx context.Context, f kefu.AnalyticsFilter, by string) ([]kefu.PainRow, error) {
	const op = "sqlite.AnalyticsPain"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	key, key2 := by, `''`
	switch by {
	case kefu.PainProduct, kefu.PainCategory, kefu.PainRegion, kefu.PainCarrier:
	case kefu.PainHeatmap:
		key, key2 = `category`, `country`
	default:
		return nil, invalid(op, "cannot group pain points by %q", by)
	}
	p := f
	p.From = f.Previous().From
	w, args := analyticsWhere(p, allDims)
	q := `SELECT ` + key + `, ` + key2 + `, intent, day < ?, sum(turns), sum(negative) FROM analytics_pain WHERE ` + w +
		` AND ` + key + ` <> '' GROUP BY 1, 2, 3, 4`
	var out []kefu.PainRow
	err := db.rows(ctx, q, append([]any{f.From}, args...), func(rs *sql.Rows) error {
		var r kefu.PainRow
		err := rs.Scan(&r.Key, &r.Key2, &r.Intent, &r.Previous, &r.Turns, &r.Negative)
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
	const op = "sqlite.AnalyticsConversationIDs"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, "channel language sku")
	if f.Product != "" {
		w += ` AND sku <> ''`
	}
	from, to := dayBounds(f)
	w += ` AND at >= ? AND at < ?`
	args = append(args, from/1e6, to/1e6)
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
		js, _ := json.Marshal(intents)
		w += ` AND intent IN (SELECT value FROM json_each(?))`
		args = append(args, string(js))
	}
	// Without statistics the planner cannot tell which index narrows
	// most; the scope's own does.
	index := ``
	switch {
	case f.Product != "":
		index = ` INDEXED BY analytics_turns_sku`
	case scope.Carrier != "":
		index = ` INDEXED BY analytics_turns_carrier`
	case scope.Segment != "":
		index = ` INDEXED BY analytics_turns_segment`
	}
	var out []string
	err := db.rows(ctx, `SELECT conversation_id FROM analytics_turns`+index+` WHERE `+w+
		` GROUP BY conversation_id ORDER BY max(at) DESC LIMIT ?`, append(args, limit(n, 20)), func(rs *sql.Rows) error {
		var id string
		err := rs.Scan(&id)
		out = append(out, id)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "", "")
	}
	return out, nil
}

// AnalyticsSegments returns turns by customer segment and intent.
func (db *DB) AnalyticsSegments(ctx context.Context, f kefu.AnalyticsFilter) ([]kefu.SegmentCount, error) {
	const op = "sqlite.AnalyticsSegments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	w, args := analyticsWhere(f, allDims)
	var out []kefu.SegmentCount
	err := db.rows(ctx, `SELECT segment, intent, count(*) FROM analytics_turns WHERE `+w+
		` AND segment <> '' GROUP BY 1, 2 ORDER BY 3 DESC`, args, func(rs *sql.Rows) error {
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
	in.CreatedAt, in.UpdatedAt = fromNanos(created), fromNanos(updated)
	if err := unjson(ids, &in.ConversationIDs); err != nil {
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
	now := db.now()
	var got *kefu.Insight
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		var err error
		got, err = scanInsight(func(dest ...any) error {
			return tx.row(ctx, qUpsertInsight, []any{kefu.NewID("ins"), in.TenantID, in.Key, in.Audience, in.Title,
				in.Evidence, in.Action, in.Count, js, string(kefu.InsightOpen), "", nanos(now), nanos(now)}, dest...)
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
