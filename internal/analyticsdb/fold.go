package analyticsdb

import (
	"context"
	"fmt"
	"time"

	"github.com/kefu-ai/kefu"
)

// Tx runs statements, written with ? parameters, in one write
// transaction of a store.
type Tx interface {
	// Row scans the first row of query into dest and reports whether
	// there was one.
	Row(ctx context.Context, query string, args []any, dest ...any) (bool, error)
	Exec(ctx context.Context, query string, args ...any) error
}

const (
	convFactCols = `tenant_id, conversation_id, day, channel, language, intent, sku, customer_id, customer_messages,
		bot_replies, handoffs, person, closed, returned, rating, thumbs_up, thumbs_down, started_at, last_at,
		handoff_at, joined_at, first_response_ms, handling_ms`
	qFindConvFact = `SELECT ` + convFactCols + ` FROM analytics_conversations WHERE tenant_id = ? AND conversation_id = ?`
	// The thumbs are counted from the feedback table by the store when a
	// thumb is given (it may come before the conversation's facts are
	// folded), so a fold sets them only on a new row, and never
	// overwrites them.
	qPutConvFact = `INSERT INTO analytics_conversations (` + convFactCols + `)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
		(SELECT count(*) FROM feedback WHERE tenant_id = ? AND conversation_id = ? AND kind = 'thumbs_up'),
		(SELECT count(*) FROM feedback WHERE tenant_id = ? AND conversation_id = ? AND kind = 'thumbs_down'),
		?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, day, conversation_id) DO UPDATE SET channel = excluded.channel,
		language = excluded.language, intent = excluded.intent, sku = excluded.sku, customer_id = excluded.customer_id,
		customer_messages = excluded.customer_messages, bot_replies = excluded.bot_replies, handoffs = excluded.handoffs,
		person = excluded.person, closed = excluded.closed, returned = excluded.returned, rating = excluded.rating,
		last_at = excluded.last_at, handoff_at = excluded.handoff_at, joined_at = excluded.joined_at,
		first_response_ms = excluded.first_response_ms, handling_ms = excluded.handling_ms`
	qConvOfMessage = `SELECT channel, customer_id, rating FROM conversations WHERE tenant_id = ? AND id = ?`
	// A customer back on the same intent within kefu.ReturnWindow: their
	// earlier conversations on it were not contained.
	qMarkReturned = `UPDATE analytics_conversations SET returned = 1
		WHERE tenant_id = ? AND customer_id = ? AND customer_id <> '' AND last_at >= ? AND conversation_id <> ? AND intent = ?`
	qInsertTurn = `INSERT INTO analytics_turns (message_id, tenant_id, conversation_id, question_id, day, at, channel,
		language, intent, cluster, emotion, action, outcome, reason, answered, negative, latency_ms, sku, category,
		country, carrier, customer_id, segment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (message_id) DO NOTHING`

	qTurnQuestion  = `SELECT text FROM messages WHERE id = ? AND tenant_id = ?`
	qTurnCountry   = `SELECT country FROM customers WHERE tenant_id = ? AND id = ?`
	qTurnSegment   = `SELECT value FROM customer_traits WHERE tenant_id = ? AND customer_id = ? AND kind = 'skin_type' AND negated = FALSE ORDER BY confidence DESC LIMIT 1`
	qTurnProductID = `SELECT sku FROM products WHERE tenant_id = ? AND id = ?`
	qTurnCategory  = `SELECT category FROM products WHERE tenant_id = ? AND sku = ?`
	qTurnOrderSKU  = `SELECT l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.tenant_id = ? AND o.id = ? ORDER BY l.line_no LIMIT 1`
	qTurnShipment  = `SELECT carrier FROM shipments WHERE tenant_id = ? AND id = ?`
	qTurnOrderShip = `SELECT carrier FROM shipments WHERE tenant_id = ? AND order_id = ? ORDER BY created_at DESC LIMIT 1`
)

// Ms is t in Unix milliseconds, 0 for the zero time: how the analytics
// tables keep times.
func Ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// FromMs is the inverse of Ms.
func FromMs(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.UnixMilli(n).UTC()
}

// B2i is 1 for true: how the analytics tables keep booleans.
func B2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fold is one batch being folded.
type fold struct {
	tx      Tx
	convs   map[[2]string]*conv
	order   [][2]string // convs in the order first met
	texts   map[int64]string
	memo    map[string]lookupResult
	rollups *Rollups
}

type conv struct {
	kefu.AnalyticsConversation
	checked bool // channel and customer read from conversations
}

// Fold folds messages, in ID order, into the analytics facts: each
// conversation's row, a turn row per bot reply with a trace, and the
// daily rollups. It reads and writes each conversation's row and each
// rollup row once per call, which is what makes a batch cheaper than the
// same messages one by one. It runs in tx, which the caller commits; the
// caller also makes sure no other fold runs at the same time.
func Fold(ctx context.Context, tx Tx, ms []*kefu.Message) error {
	f := &fold{tx: tx, convs: map[[2]string]*conv{}, texts: make(map[int64]string, len(ms)),
		memo: map[string]lookupResult{}, rollups: NewRollups()}
	for _, m := range ms {
		if m.Author == kefu.AuthorCustomer {
			f.texts[m.ID] = m.Text
		}
	}
	for _, m := range ms {
		if err := f.message(ctx, m); err != nil {
			return fmt.Errorf("analytics of message %d: %w", m.ID, err)
		}
	}
	for _, k := range f.order {
		c := f.convs[k]
		if err := tx.Exec(ctx, qPutConvFact, c.TenantID, c.ConversationID, c.Day, c.Channel, c.Language, c.Intent,
			c.SKU, c.CustomerID, c.CustomerMessages, c.BotReplies, c.Handoffs, B2i(c.Person), B2i(c.Closed),
			B2i(c.Returned), c.Rating, c.TenantID, c.ConversationID, c.TenantID, c.ConversationID, Ms(c.StartedAt),
			Ms(c.LastAt), Ms(c.HandoffAt), Ms(c.JoinedAt), c.FirstResponseMS, c.HandlingMS); err != nil {
			return fmt.Errorf("analytics of conversation %s: %w", c.ConversationID, err)
		}
	}
	rows, clusters := f.rollups.Take("")
	for _, r := range rows {
		if err := tx.Exec(ctx, r.Table.Upsert(), r.Args()...); err != nil {
			return fmt.Errorf("%s: %w", r.Table.Name, err)
		}
	}
	for _, c := range clusters {
		if err := tx.Exec(ctx, qPutCluster, c.TenantID, c.Intent, c.Cluster, c.Text); err != nil {
			return fmt.Errorf("analytics_clusters: %w", err)
		}
	}
	return nil
}

// message folds m into its conversation's facts and, for a bot turn,
// adds its turn fact.
func (f *fold) message(ctx context.Context, m *kefu.Message) error {
	k := [2]string{m.TenantID, m.ConversationID}
	c := f.convs[k]
	if c == nil {
		fact, _, err := f.findConv(ctx, m.TenantID, m.ConversationID)
		if err != nil {
			return err
		}
		c = &conv{AnalyticsConversation: fact}
		f.convs[k], f.order = c, append(f.order, k)
	}
	var rating int
	if !c.checked || m.Kind == kefu.MessageRatingGiven {
		if _, err := f.tx.Row(ctx, qConvOfMessage, []any{m.TenantID, m.ConversationID}, &c.Channel, &c.CustomerID, &rating); err != nil {
			return err
		}
		c.checked = true
	}
	var fact *kefu.TurnFact
	if m.Author == kefu.AuthorBot && m.Trace != nil {
		tc, err := f.turnContext(ctx, m, &c.AnalyticsConversation)
		if err != nil {
			return err
		}
		tf := kefu.NewTurnFact(m, tc)
		fact = &tf
		if err := f.tx.Exec(ctx, qInsertTurn, tf.MessageID, tf.TenantID, tf.ConversationID, tf.QuestionID, tf.Day,
			Ms(tf.At), tf.Channel, tf.Language, tf.Intent, tf.Cluster, tf.Emotion, tf.Action, tf.Outcome, tf.Reason,
			B2i(tf.Answered), B2i(tf.Negative), tf.LatencyMS, tf.SKU, tf.Category, tf.Country, tf.Carrier,
			tf.CustomerID, tf.Segment); err != nil {
			return err
		}
		f.rollups.Add(&tf)
	}
	intentBefore := c.Intent
	c.Apply(m, fact, rating)
	if intentBefore == "" && c.Intent != "" && c.CustomerID != "" {
		since := m.CreatedAt.Add(-kefu.ReturnWindow)
		if err := f.tx.Exec(ctx, qMarkReturned, c.TenantID, c.CustomerID, Ms(since), c.ConversationID, c.Intent); err != nil {
			return err
		}
		// The same for the customer's conversations of this batch, whose
		// rows are written at its end.
		for _, o := range f.convs {
			if o != c && o.TenantID == c.TenantID && o.CustomerID == c.CustomerID && o.Intent == c.Intent &&
				Ms(o.LastAt) >= Ms(since) {
				o.Returned = true
			}
		}
	}
	return nil
}

// findConv reads a conversation's facts; found is false when it has none
// yet.
func (f *fold) findConv(ctx context.Context, tenantID, id string) (c kefu.AnalyticsConversation, found bool, err error) {
	var (
		person, closed, returned       int
		started, last, handoff, joined int64
	)
	found, err = f.tx.Row(ctx, qFindConvFact, []any{tenantID, id}, &c.TenantID, &c.ConversationID, &c.Day, &c.Channel,
		&c.Language, &c.Intent, &c.SKU, &c.CustomerID, &c.CustomerMessages, &c.BotReplies, &c.Handoffs, &person,
		&closed, &returned, &c.Rating, &c.ThumbsUp, &c.ThumbsDown, &started, &last, &handoff, &joined,
		&c.FirstResponseMS, &c.HandlingMS)
	if !found || err != nil {
		return kefu.AnalyticsConversation{}, false, err
	}
	c.Person, c.Closed, c.Returned = person == 1, closed == 1, returned == 1
	c.StartedAt, c.LastAt, c.HandoffAt, c.JoinedAt = FromMs(started), FromMs(last), FromMs(handoff), FromMs(joined)
	return c, true, nil
}

// lookup runs a one-value query, once per batch; found is false when
// there is no row.
func (f *fold) lookup(ctx context.Context, query string, args ...any) (v string, found bool, err error) {
	key := fmt.Sprint(query, args)
	if r, ok := f.memo[key]; ok {
		return r.v, r.found, nil
	}
	if found, err = f.tx.Row(ctx, query, args, &v); err != nil {
		return "", false, err
	}
	f.memo[key] = lookupResult{v, found}
	return v, found, nil
}

type lookupResult struct {
	v     string
	found bool
}

// turnContext looks up what a bot turn's facts need: the question, the
// customer's country and skin type, and the product and carrier its
// entities and records name, else the conversation's product.
func (f *fold) turnContext(ctx context.Context, m *kefu.Message, c *kefu.AnalyticsConversation) (kefu.TurnContext, error) {
	tc := kefu.TurnContext{Channel: c.Channel, CustomerID: c.CustomerID}
	t := m.TenantID
	var err error
	// set looks a value up into *dest (no row leaves it as it was)
	// unless an earlier lookup failed.
	set := func(dest *string, query string, args ...any) {
		if err != nil {
			return
		}
		var v string
		var found bool
		if v, found, err = f.lookup(ctx, query, args...); found {
			*dest = v
		}
	}
	if m.ReplyTo > 0 {
		if q, ok := f.texts[m.ReplyTo]; ok {
			tc.Question = q
		} else {
			set(&tc.Question, qTurnQuestion, m.ReplyTo, t)
		}
	}
	if c.CustomerID != "" {
		set(&tc.Country, qTurnCountry, t, c.CustomerID)
		set(&tc.Segment, qTurnSegment, t, c.CustomerID)
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
				set(&tc.SKU, qTurnProductID, t, r.ID)
			}
		case "order":
			if tc.SKU == "" {
				set(&tc.SKU, qTurnOrderSKU, t, r.ID)
			}
			if tc.Carrier == "" {
				set(&tc.Carrier, qTurnOrderShip, t, r.ID)
			}
		case "shipment":
			set(&tc.Carrier, qTurnShipment, t, r.ID)
		}
	}
	if tc.SKU == "" {
		tc.SKU = c.SKU
	}
	if tc.SKU != "" {
		set(&tc.Category, qTurnCategory, t, tc.SKU)
	}
	return tc, err
}
