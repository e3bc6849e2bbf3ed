package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

const (
	messageCols = `id, tenant_id, conversation_id, author, author_id, text, language, client_message_id, reply_to, trace, created_at,
		kind, author_name, original_text, original_language, translated_by, card`
	qCreateMessage = `INSERT INTO messages (tenant_id, conversation_id, author, author_id, text, language,
		client_message_id, reply_to, trace, created_at, kind, author_name, original_text, original_language,
		translated_by, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	// The literal conditions (<> '' and <> 0) let SQLite use the partial indexes.
	qFindMessageByClientID = `SELECT ` + messageCols + ` FROM messages
		WHERE conversation_id = ? AND client_message_id = ? AND client_message_id <> '' AND tenant_id = ?`
	// A reply is stored after the message it answers, so the scan starts
	// there on the conversation index; no index on reply_to is kept, as
	// it would cost every insert a page write for a lookup only retries do.
	qFindReply = `SELECT ` + messageCols + ` FROM messages
		WHERE conversation_id = ? AND id > ?2 AND reply_to = ?2 AND reply_to <> 0 AND tenant_id = ? AND author IN ('bot', 'system')
		ORDER BY id LIMIT 1`
	qFindMessages = `SELECT ` + messageCols + ` FROM messages
		WHERE conversation_id = ? AND id > ? AND tenant_id = ? ORDER BY id LIMIT ?`
)

// CreateMessage appends m and sets its ID (and CreatedAt when zero). If
// m.ClientMessageID is already used in the conversation it returns
// ECONFLICT and stores nothing; ENOTFOUND if the conversation does not
// exist in m's tenant.
func (db *DB) CreateMessage(ctx context.Context, m *kefu.Message) error {
	const op = "sqlite.CreateMessage"
	if err := m.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var trace string
	if m.Trace != nil {
		var err error
		if trace, err = jsonText(m.Trace); err != nil {
			return kefu.E(op, err)
		}
	}
	var card string
	if len(m.Cards) > 0 {
		var err error
		if card, err = jsonText(m.Cards); err != nil {
			return kefu.E(op, err)
		}
	}
	created := db.stamp(m.CreatedAt)
	var id int64
	// The message is marked for the analytics fold in its own
	// transaction, so none is left out (docs/analytics.md).
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qCreateMessage, m.TenantID, m.ConversationID, string(m.Author), m.AuthorID, m.Text,
			m.Language, m.ClientMessageID, m.ReplyTo, trace, nanos(created), m.Kind, m.AuthorName,
			m.OriginalText, m.OriginalLanguage, m.TranslatedBy, card)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		_, err = tx.exec(ctx, qMarkPending, id)
		return err
	})
	if err != nil {
		return fail(op, err, "message", "conversation")
	}
	m.ID, m.CreatedAt = id, created
	return nil
}

// Interface guard.
var _ kefu.MessageLogger = (*DB)(nil)

// CreateMessageLogged is CreateMessage that also appends the message's
// EventMessageCreated event to the event log, in the same transaction;
// see kefu.MessageLogger.
func (db *DB) CreateMessageLogged(ctx context.Context, m *kefu.Message) error {
	const op = "sqlite.CreateMessageLogged"
	// While no consumer is registered the log keeps nothing (AppendEvents).
	if ok, err := db.anyConsumer(ctx); err != nil {
		return fail(op, err, "event", "")
	} else if !ok {
		return db.CreateMessage(ctx, m)
	}
	err := db.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.CreateMessage(ctx, m); err != nil {
			return err
		}
		return tx.AppendEvents(ctx, kefu.Event{Type: kefu.EventMessageCreated, TenantID: m.TenantID, ConversationID: m.ConversationID, Message: m, At: m.CreatedAt})
	})
	if err != nil {
		m.ID = 0 // rolled back
		return kefu.E(op, err)
	}
	return nil
}

// FindMessageByClientID returns ENOTFOUND when no message of the
// conversation has that client message ID.
func (db *DB) FindMessageByClientID(ctx context.Context, tenantID, conversationID, clientID string) (*kefu.Message, error) {
	const op = "sqlite.FindMessageByClientID"
	m, err := scanMessage(func(dest ...any) error {
		return db.row(ctx, qFindMessageByClientID, []any{conversationID, clientID, tenantID}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "message", "")
	}
	return m, nil
}

// FindReply returns the first bot or system message whose ReplyTo is
// messageID, or ENOTFOUND.
func (db *DB) FindReply(ctx context.Context, tenantID, conversationID string, messageID int64) (*kefu.Message, error) {
	const op = "sqlite.FindReply"
	m, err := scanMessage(func(dest ...any) error {
		return db.row(ctx, qFindReply, []any{conversationID, messageID, tenantID}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "reply", "")
	}
	return m, nil
}

// FindMessages returns the conversation's messages with ID > f.AfterID in
// ID order, at most f.Limit (default 200). A conversation of another
// tenant has no messages.
func (db *DB) FindMessages(ctx context.Context, f kefu.MessageFilter) ([]*kefu.Message, error) {
	const op = "sqlite.FindMessages"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ms []*kefu.Message
	args := []any{f.ConversationID, f.AfterID, f.TenantID, limit(f.Limit, 200)}
	err := db.rows(ctx, qFindMessages, args, func(rs *sql.Rows) error {
		m, err := scanMessage(rs.Scan)
		ms = append(ms, m)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "message", "")
	}
	return ms, nil
}

func scanMessage(scan func(...any) error) (*kefu.Message, error) {
	var (
		m                   kefu.Message
		author, trace, card string
		created             int64
	)
	err := scan(&m.ID, &m.TenantID, &m.ConversationID, &author, &m.AuthorID, &m.Text, &m.Language,
		&m.ClientMessageID, &m.ReplyTo, &trace, &created, &m.Kind, &m.AuthorName, &m.OriginalText,
		&m.OriginalLanguage, &m.TranslatedBy, &card)
	if err != nil {
		return nil, err
	}
	m.Author = kefu.Author(author)
	m.CreatedAt = fromNanos(created)
	if trace != "" {
		m.Trace = new(kefu.Trace)
		if err := unjson(trace, m.Trace); err != nil {
			return nil, err
		}
	}
	if cards, err := kefu.DecodeCards([]byte(card)); err != nil {
		return nil, err
	} else {
		m.Cards = cards
	}
	return &m, nil
}
