package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.NoteService = (*DB)(nil)

const (
	noteCols    = `id, tenant_id, conversation_id, agent_id, text, created_at`
	qCreateNote = `INSERT INTO notes (tenant_id, conversation_id, agent_id, text, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`
	qFindNotes = `SELECT ` + noteCols + ` FROM notes WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY id`
)

// CreateNote appends n; see kefu.NoteService.
func (db *DB) CreateNote(ctx context.Context, n *kefu.Note) error {
	const op = "postgres.CreateNote"
	if err := n.Validate(); err != nil {
		return kefu.E(op, err)
	}
	created := db.stamp(n.CreatedAt)
	var id int64
	err := db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qCreateNote, n.TenantID, n.ConversationID, n.AgentID, n.Text, created).Scan(&id)
	})
	if err != nil {
		return fail(op, err, "note", "conversation")
	}
	n.ID, n.CreatedAt = id, created
	return nil
}

// FindNotes returns the conversation's notes, oldest first.
func (db *DB) FindNotes(ctx context.Context, tenantID, conversationID string) ([]*kefu.Note, error) {
	const op = "postgres.FindNotes"
	if tenantID == "" || conversationID == "" {
		return nil, invalid(op, "tenant id and conversation id required")
	}
	var ns []*kefu.Note
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindNotes, tenantID, conversationID)
		if err != nil {
			return err
		}
		ns, err = collect(rows, scanNote)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "note", "")
	}
	return ns, nil
}

func scanNote(row pgx.Row) (*kefu.Note, error) {
	var n kefu.Note
	if err := row.Scan(&n.ID, &n.TenantID, &n.ConversationID, &n.AgentID, &n.Text, &n.CreatedAt); err != nil {
		return nil, err
	}
	n.CreatedAt = n.CreatedAt.UTC()
	return &n, nil
}
