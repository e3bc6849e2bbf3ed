package postgres

import (
	"context"
	"encoding/json"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	messageCols = `id, tenant_id, conversation_id, author, author_id, text, language, client_message_id, reply_to, trace, created_at,
		kind, author_name, original_text, original_language, translated_by, card`
	// One statement stores the message and marks it for the analytics
	// fold (docs/analytics.md#write-path): atomic without a transaction
	// of its own, so one round trip.
	qCreateMessage = `WITH m AS (INSERT INTO messages (tenant_id, conversation_id, author, author_id, text, language,
		client_message_id, reply_to, trace, created_at, kind, author_name, original_text, original_language,
		translated_by, card) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
		RETURNING id), p AS (INSERT INTO analytics_pending (message_id) SELECT id FROM m)
		SELECT id FROM m`
	// qCreateMessageLogged is qCreateMessage that also appends the
	// message's event ($17 type, $18 its body with message.id 0, $19 now)
	// and its delivery rows, as qAppendEvent does: one statement, one
	// commit. The body gets the message's ID from the insert.
	qCreateMessageLogged = `WITH m AS (INSERT INTO messages (tenant_id, conversation_id, author, author_id, text, language,
		client_message_id, reply_to, trace, created_at, kind, author_name, original_text, original_language,
		translated_by, card) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
		RETURNING id), p AS (INSERT INTO analytics_pending (message_id) SELECT id FROM m),
		e AS (INSERT INTO events (type, tenant_id, conversation_id, body, appended_at)
			SELECT $17, $1, $2, jsonb_set($18::jsonb, '{message,id}', to_jsonb(m.id)), $19 FROM m RETURNING seq),
		d AS (INSERT INTO event_deliveries (consumer, seq) SELECT c.name, e.seq FROM event_consumers c, e)
		SELECT id FROM m`
	// The literal conditions (<> '' and <> 0) let the planner use the partial indexes.
	qFindMessageByClientID = `SELECT ` + messageCols + ` FROM messages
		WHERE conversation_id = $1 AND client_message_id = $2 AND client_message_id <> '' AND tenant_id = $3`
	// Replies follow the message they answer: scan the conversation index
	// from there rather than keep an index on reply_to for retries only.
	qFindReply = `SELECT ` + messageCols + ` FROM messages
		WHERE conversation_id = $1 AND id > $2 AND reply_to = $2 AND reply_to <> 0 AND tenant_id = $3 AND author IN ('bot', 'system')
		ORDER BY id LIMIT 1`
	qFindMessages = `SELECT ` + messageCols + ` FROM messages
		WHERE conversation_id = $1 AND id > $2 AND tenant_id = $3 ORDER BY id LIMIT $4`
)

// CreateMessage appends m and sets its ID (and CreatedAt when zero). If
// m.ClientMessageID is already used in the conversation it returns
// ECONFLICT and stores nothing; ENOTFOUND if the conversation does not
// exist in m's tenant. IDs come from a sequence: they increase with
// insertion order within one session, and across sessions they are unique
// and follow the order in which inserts started.
func (db *DB) CreateMessage(ctx context.Context, m *kefu.Message) error {
	return db.createMessage(ctx, "postgres.CreateMessage", m, false)
}

// Interface guard.
var _ kefu.MessageLogger = (*DB)(nil)

// CreateMessageLogged is CreateMessage that also appends the message's
// EventMessageCreated event to the event log, in the same statement; see
// kefu.MessageLogger. While no consumer has ever registered nothing is
// logged, as with AppendEvents.
func (db *DB) CreateMessageLogged(ctx context.Context, m *kefu.Message) error {
	const op = "postgres.CreateMessageLogged"
	ok, err := db.anyConsumer(ctx, op)
	if err != nil {
		return err
	}
	return db.createMessage(ctx, op, m, ok)
}

func (db *DB) createMessage(ctx context.Context, op string, m *kefu.Message, logged bool) error {
	if err := m.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var trace []byte // nil: NULL
	if m.Trace != nil {
		var err error
		if trace, err = jsonb(m.Trace); err != nil {
			return kefu.E(op, err)
		}
	}
	var card []byte // nil: NULL
	if len(m.Cards) > 0 {
		var err error
		if card, err = jsonb(m.Cards); err != nil {
			return kefu.E(op, err)
		}
	}
	created := db.stamp(m.CreatedAt)
	args := []any{m.TenantID, m.ConversationID, string(m.Author), m.AuthorID, m.Text,
		m.Language, m.ClientMessageID, m.ReplyTo, trace, created, m.Kind, m.AuthorName, m.OriginalText,
		m.OriginalLanguage, m.TranslatedBy, card}
	query := qCreateMessage
	if logged {
		// The event as AppendEvents would store it, but for the ID the
		// insert gives the message.
		stored := *m
		stored.ID, stored.CreatedAt = 0, created
		body, err := json.Marshal(kefu.Event{Type: kefu.EventMessageCreated, TenantID: m.TenantID, ConversationID: m.ConversationID, Message: &stored, At: created})
		if err != nil {
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "event cannot be encoded", Err: err}
		}
		query = qCreateMessageLogged
		args = append(args, kefu.EventMessageCreated, body, db.now())
	}
	var id int64
	err := db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, query, args...).Scan(&id)
	})
	if err != nil {
		return fail(op, err, "message", "conversation")
	}
	m.ID, m.CreatedAt = id, created
	return nil
}

// FindMessageByClientID returns ENOTFOUND when no message of the
// conversation has that client message ID.
func (db *DB) FindMessageByClientID(ctx context.Context, tenantID, conversationID, clientID string) (*kefu.Message, error) {
	return db.findMessage(ctx, "postgres.FindMessageByClientID", "message", qFindMessageByClientID, conversationID, clientID, tenantID)
}

// FindReply returns the first bot or system message whose ReplyTo is
// messageID, or ENOTFOUND.
func (db *DB) FindReply(ctx context.Context, tenantID, conversationID string, messageID int64) (*kefu.Message, error) {
	return db.findMessage(ctx, "postgres.FindReply", "reply", qFindReply, conversationID, messageID, tenantID)
}

func (db *DB) findMessage(ctx context.Context, op, what, query string, args ...any) (*kefu.Message, error) {
	var m *kefu.Message
	err := db.run(ctx, op, func(q querier) (err error) {
		m, err = scanMessage(q.QueryRow(ctx, query, args...))
		return err
	})
	if err != nil {
		return nil, fail(op, err, what, "")
	}
	return m, nil
}

// FindMessages returns the conversation's messages with ID > f.AfterID in
// ID order, at most f.Limit (default 200). A conversation of another
// tenant has no messages.
func (db *DB) FindMessages(ctx context.Context, f kefu.MessageFilter) ([]*kefu.Message, error) {
	const op = "postgres.FindMessages"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ms []*kefu.Message
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindMessages, f.ConversationID, f.AfterID, f.TenantID, limit(f.Limit, 200))
		if err != nil {
			return err
		}
		ms, err = collect(rows, scanMessage)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "message", "")
	}
	return ms, nil
}

func scanMessage(row pgx.Row) (*kefu.Message, error) {
	var (
		m           kefu.Message
		author      string
		trace, card []byte
	)
	err := row.Scan(&m.ID, &m.TenantID, &m.ConversationID, &author, &m.AuthorID, &m.Text, &m.Language,
		&m.ClientMessageID, &m.ReplyTo, &trace, &m.CreatedAt, &m.Kind, &m.AuthorName, &m.OriginalText,
		&m.OriginalLanguage, &m.TranslatedBy, &card)
	if err != nil {
		return nil, err
	}
	m.Author = kefu.Author(author)
	m.CreatedAt = m.CreatedAt.UTC()
	if len(trace) > 0 && string(trace) != "null" {
		m.Trace = new(kefu.Trace)
		if err := unjson(trace, m.Trace); err != nil {
			return nil, err
		}
	}
	if cards, err := kefu.DecodeCards(card); err != nil {
		return nil, err
	} else {
		m.Cards = cards
	}
	return &m, nil
}
