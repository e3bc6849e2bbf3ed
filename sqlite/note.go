package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.NoteService = (*DB)(nil)

const (
	noteCols    = `id, tenant_id, conversation_id, agent_id, text, created_at`
	qCreateNote = `INSERT INTO notes (tenant_id, conversation_id, agent_id, text, created_at) VALUES (?, ?, ?, ?, ?)`
	qFindNotes  = `SELECT ` + noteCols + ` FROM notes WHERE tenant_id = ? AND conversation_id = ? ORDER BY id`
)

// CreateNote appends n; see kefu.NoteService.
func (db *DB) CreateNote(ctx context.Context, n *kefu.Note) error {
	const op = "sqlite.CreateNote"
	if err := n.Validate(); err != nil {
		return kefu.E(op, err)
	}
	created := db.stamp(n.CreatedAt)
	var id int64
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qCreateNote, n.TenantID, n.ConversationID, n.AgentID, n.Text, nanos(created))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return fail(op, err, "note", "conversation")
	}
	n.ID, n.CreatedAt = id, created
	return nil
}

// FindNotes returns the conversation's notes, oldest first.
func (db *DB) FindNotes(ctx context.Context, tenantID, conversationID string) ([]*kefu.Note, error) {
	const op = "sqlite.FindNotes"
	if tenantID == "" || conversationID == "" {
		return nil, invalid(op, "tenant id and conversation id required")
	}
	var ns []*kefu.Note
	err := db.rows(ctx, qFindNotes, []any{tenantID, conversationID}, func(rs *sql.Rows) error {
		var (
			n       kefu.Note
			created int64
		)
		if err := rs.Scan(&n.ID, &n.TenantID, &n.ConversationID, &n.AgentID, &n.Text, &created); err != nil {
			return err
		}
		n.CreatedAt = fromNanos(created)
		ns = append(ns, &n)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "note", "")
	}
	return ns, nil
}
