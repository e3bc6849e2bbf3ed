package postgres

import (
	"time"

	"context"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/strmap"
)

const (
	conversationCols = `id, tenant_id, customer_id, channel, status, language, language_locked, priority,
		handoff_reason, agent_id, slots, token_hash, created_at, updated_at, queued_at, rating, rating_comment`
	qCreateConversation = `INSERT INTO conversations (` + conversationCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`
	qFindConversationByID = `SELECT ` + conversationCols + ` FROM conversations WHERE id = $1 AND tenant_id = $2`
	// One statement: NULL arguments keep the column (coalesce), and
	// RETURNING gives back the updated row without a second query.
	qUpdateConversation = `UPDATE conversations SET
		status = coalesce($1, status),
		language = coalesce($2, language),
		language_locked = coalesce($3, language_locked),
		priority = coalesce($4, priority),
		handoff_reason = coalesce($5, handoff_reason),
		agent_id = coalesce($6, agent_id),
		slots = coalesce($7, slots),
		queued_at = coalesce($8, queued_at),
		rating = coalesce($9, rating),
		rating_comment = coalesce($10, rating_comment),
		channel = coalesce($14, channel),
		token_hash = coalesce($15, token_hash),
		updated_at = $11
		WHERE id = $12 AND tenant_id = $13
		RETURNING ` + conversationCols
)

// CreateConversation stores c. A zero Status becomes kefu.StatusBot; an
// unknown one is EINVALID. ENOTFOUND if the tenant does not exist.
func (db *DB) CreateConversation(ctx context.Context, c *kefu.Conversation) error {
	const op = "postgres.CreateConversation"
	p, err := c.WithDefaults()
	if err != nil {
		return kefu.E(op, err)
	}
	status := p.Status
	slots, err := jsonb(c.Slots)
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
		updated = db.stamp(c.UpdatedAt)
	}
	err = db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateConversation, id, c.TenantID, c.CustomerID, c.Channel, string(status),
			c.Language, c.LanguageLocked, c.Priority, c.HandoffReason, c.AgentID, slots, c.TokenHash, created, updated,
			optTime(c.QueuedAt), c.Rating, c.RatingComment)
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
	const op = "postgres.FindConversationByID"
	var c *kefu.Conversation
	err := db.run(ctx, op, func(q querier) (err error) {
		c, err = scanConversation(q.QueryRow(ctx, qFindConversationByID, id, tenantID))
		return err
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
	const op = "postgres.FindConversations"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT ` + conversationCols + ` FROM conversations WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.CustomerID != "" {
		args = append(args, f.CustomerID)
		sb.WriteString(` AND customer_id = $` + strconv.Itoa(len(args)))
	}
	if f.Status != "" {
		args = append(args, string(f.Status))
		sb.WriteString(` AND status = $` + strconv.Itoa(len(args)))
	}
	if f.AgentID != "" {
		args = append(args, f.AgentID)
		sb.WriteString(` AND agent_id = $` + strconv.Itoa(len(args)))
	}
	if f.Anonymous != nil {
		if *f.Anonymous {
			sb.WriteString(` AND customer_id = ''`)
		} else {
			sb.WriteString(` AND customer_id <> ''`)
		}
	}
	args = append(args, limit(f.Limit, 100))
	if f.QueueOrder {
		// queued_at is NULL for conversations queued before it was kept.
		sb.WriteString(` ORDER BY priority DESC, coalesce(queued_at, updated_at), id COLLATE "C" LIMIT $` + strconv.Itoa(len(args)))
	} else {
		sb.WriteString(` ORDER BY created_at DESC, seq DESC LIMIT $` + strconv.Itoa(len(args)))
	}
	var cs []*kefu.Conversation
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, sb.String(), args...)
		if err != nil {
			return err
		}
		cs, err = collect(rows, scanConversation)
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
	const op = "postgres.UpdateConversation"
	if err := upd.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var status *string
	if upd.Status != nil {
		s := string(*upd.Status)
		status = &s
	}
	var slots []byte // nil: NULL, keep
	if upd.Slots != nil {
		var err error
		if slots, err = jsonb(upd.Slots); err != nil {
			return nil, kefu.E(op, err)
		}
	}
	var c *kefu.Conversation
	err := db.write(ctx, op, func(q querier) (err error) {
		c, err = scanConversation(q.QueryRow(ctx, qUpdateConversation, status, upd.Language, upd.LanguageLocked,
			upd.Priority, upd.HandoffReason, upd.AgentID, slots, upd.QueuedAt, upd.Rating, upd.RatingComment,
			db.now(), id, tenantID, upd.Channel, upd.TokenHash))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

func scanConversation(row pgx.Row) (*kefu.Conversation, error) {
	var (
		c      kefu.Conversation
		status string
		slots  []byte
		queued *time.Time
	)
	err := row.Scan(&c.ID, &c.TenantID, &c.CustomerID, &c.Channel, &status, &c.Language, &c.LanguageLocked,
		&c.Priority, &c.HandoffReason, &c.AgentID, &slots, &c.TokenHash, &c.CreatedAt, &c.UpdatedAt,
		&queued, &c.Rating, &c.RatingComment)
	if err != nil {
		return nil, err
	}
	if queued != nil {
		c.QueuedAt = queued.UTC()
	}
	c.Status = kefu.ConversationStatus(status)
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	// Read on every turn: a decoder for a flat object of strings saves
	// encoding/json's reflection (internal/strmap).
	if c.Slots, err = strmap.Decode(string(slots)); err != nil {
		return nil, err
	}
	return &c, nil
}
