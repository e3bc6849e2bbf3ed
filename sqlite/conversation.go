package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/strmap"
)

const (
	conversationCols = `id, tenant_id, customer_id, channel, status, language, language_locked, priority,
		handoff_reason, agent_id, slots, token_hash, created_at, updated_at, queued_at, rating, rating_comment`
	qCreateConversation   = `INSERT INTO conversations (` + conversationCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindConversationByID = `SELECT ` + conversationCols + ` FROM conversations WHERE id = ? AND tenant_id = ?`
	// One statement: nil arguments keep the column (coalesce), and
	// RETURNING gives back the updated row without a second query.
	qUpdateConversation = `UPDATE conversations SET
		status = coalesce(?, status),
		language = coalesce(?, language),
		language_locked = coalesce(?, language_locked),
		priority = coalesce(?, priority),
		handoff_reason = coalesce(?, handoff_reason),
		agent_id = coalesce(?, agent_id),
		slots = coalesce(?, slots),
		queued_at = coalesce(?, queued_at),
		rating = coalesce(?, rating),
		rating_comment = coalesce(?, rating_comment),
		channel = coalesce(?, channel),
		token_hash = coalesce(?, token_hash),
		updated_at = ?
		WHERE id = ? AND tenant_id = ?
		RETURNING ` + conversationCols
)

// CreateConversation stores c. A zero Status becomes kefu.StatusBot; an
// unknown one is EINVALID. ENOTFOUND if the tenant does not exist.
func (db *DB) CreateConversation(ctx context.Context, c *kefu.Conversation) error {
	const op = "sqlite.CreateConversation"
	p, err := c.WithDefaults()
	if err != nil {
		return kefu.E(op, err)
	}
	status := p.Status
	slots, err := strmap.Encode(c.Slots)
	if err != nil {
		return kefu.E(op, err)
	}
	id := c.ID
	if id == "" {
		id = kefu.NewID("cv")
	}
	created := db.stamp(c.CreatedAt)
	updated := created
	if !c.UpdatedAt.IsZero() {
		updated = c.UpdatedAt
	}
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateConversation, id, c.TenantID, c.CustomerID, c.Channel, string(status),
			c.Language, c.LanguageLocked, c.Priority, c.HandoffReason, c.AgentID, slots, c.TokenHash,
			nanos(created), nanos(updated), optNanos(c.QueuedAt), c.Rating, c.RatingComment)
		return err
	})
	if err != nil {
		return fail(op, err, "conversation", "tenant")
	}
	c.ID, c.Status, c.CreatedAt, c.UpdatedAt = id, status, created, updated
	return nil
}

// FindConversationByID returns ENOTFOUND when the conversation does not
// exist in the tenant.
func (db *DB) FindConversationByID(ctx context.Context, tenantID, id string) (*kefu.Conversation, error) {
	const op = "sqlite.FindConversationByID"
	c, err := scanConversation(func(dest ...any) error {
		return db.row(ctx, qFindConversationByID, []any{id, tenantID}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// FindConversations returns the tenant's newest conversations first
// (by CreatedAt, then insertion order), or in the queue's order
// (kefu.ConversationFilter.QueueOrder).
func (db *DB) FindConversations(ctx context.Context, f kefu.ConversationFilter) ([]*kefu.Conversation, error) {
	const op = "sqlite.FindConversations"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var q strings.Builder
	q.WriteString(`SELECT ` + conversationCols + ` FROM conversations WHERE tenant_id = ?`)
	args := []any{f.TenantID}
	if f.CustomerID != "" {
		q.WriteString(` AND customer_id = ?`)
		args = append(args, f.CustomerID)
	}
	if f.Status != "" {
		q.WriteString(` AND status = ?`)
		args = append(args, string(f.Status))
	}
	if f.AgentID != "" {
		q.WriteString(` AND agent_id = ?`)
		args = append(args, f.AgentID)
	}
	if f.Anonymous != nil {
		if *f.Anonymous {
			q.WriteString(` AND customer_id = ''`)
		} else {
			q.WriteString(` AND customer_id <> ''`)
		}
	}
	if f.QueueOrder {
		// queued_at is 0 for conversations queued before it was kept.
		q.WriteString(` ORDER BY priority DESC, CASE queued_at WHEN 0 THEN updated_at ELSE queued_at END, id LIMIT ?`)
	} else {
		q.WriteString(` ORDER BY created_at DESC, rowid DESC LIMIT ?`)
	}
	args = append(args, limit(f.Limit, 100))
	var cs []*kefu.Conversation
	err := db.rows(ctx, q.String(), args, func(rs *sql.Rows) error {
		c, err := scanConversation(rs.Scan)
		cs = append(cs, c)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return cs, nil
}

// UpdateConversation applies upd and returns the updated conversation;
// UpdatedAt becomes now. ENOTFOUND when the conversation does not exist in
// the tenant, EINVALID for an unknown status.
func (db *DB) UpdateConversation(ctx context.Context, tenantID, id string, upd kefu.ConversationUpdate) (*kefu.Conversation, error) {
	const op = "sqlite.UpdateConversation"
	if err := upd.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var status, slots any
	if upd.Status != nil {
		status = string(*upd.Status)
	}
	if upd.Slots != nil {
		s, err := strmap.Encode(upd.Slots)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		slots = s
	}
	var queued any
	if upd.QueuedAt != nil {
		queued = optNanos(*upd.QueuedAt)
	}
	args := []any{status, ptr(upd.Language), ptr(upd.LanguageLocked), ptr(upd.Priority),
		ptr(upd.HandoffReason), ptr(upd.AgentID), slots, queued, ptr(upd.Rating), ptr(upd.RatingComment),
		ptr(upd.Channel), ptr(upd.TokenHash), nanos(db.now()), id, tenantID}
	var c *kefu.Conversation
	err := db.write(ctx, func(ctx context.Context, tx *DB) (err error) {
		c, err = scanConversation(func(dest ...any) error {
			return tx.row(ctx, qUpdateConversation, args, dest...)
		})
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// ptr returns *p, or nil (SQL NULL) for a nil pointer.
func ptr[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func scanConversation(scan func(...any) error) (*kefu.Conversation, error) {
	var (
		c                        kefu.Conversation
		status, slots            string
		created, updated, queued int64
	)
	err := scan(&c.ID, &c.TenantID, &c.CustomerID, &c.Channel, &status, &c.Language, &c.LanguageLocked,
		&c.Priority, &c.HandoffReason, &c.AgentID, &slots, &c.TokenHash, &created, &updated,
		&queued, &c.Rating, &c.RatingComment)
	if err != nil {
		return nil, err
	}
	c.Status = kefu.ConversationStatus(status)
	c.CreatedAt, c.UpdatedAt, c.QueuedAt = fromNanos(created), fromNanos(updated), fromOptNanos(queued)
	// Slots are read on every turn, twice: a decoder for a flat object
	// of strings saves encoding/json's reflection (internal/strmap).
	if c.Slots, err = strmap.Decode(slots); err != nil {
		return nil, err
	}
	return &c, nil
}
