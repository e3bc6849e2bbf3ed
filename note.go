package kefu

import (
	"context"
	"strings"
	"time"
)

// Note is an agent's internal remark on a conversation. Notes are shown
// to agents only: they are never sent to the customer, never appear in
// the conversation's messages and never reach webhooks for the customer's
// side.
type Note struct {
	ID             int64     `json:"id"`
	TenantID       string    `json:"tenant_id"`
	ConversationID string    `json:"conversation_id"`
	AgentID        string    `json:"agent_id"`
	Text           string    `json:"text"`
	CreatedAt      time.Time `json:"created_at"`
}

// MaxNoteBytes bounds a note's text.
const MaxNoteBytes = 8 << 10

// NoteService stores agents' internal notes.
type NoteService interface {
	// CreateNote appends n and sets its ID and CreatedAt (when zero).
	// EINVALID without a tenant, conversation, agent or text, or with a
	// text over MaxNoteBytes; ENOTFOUND if the conversation does not
	// exist in the tenant.
	CreateNote(ctx context.Context, n *Note) error
	// FindNotes returns the conversation's notes, oldest first.
	FindNotes(ctx context.Context, tenantID, conversationID string) ([]*Note, error)
}

// Validate checks the fields a stored note needs; EINVALID otherwise.
func (n *Note) Validate() error {
	if err := requireTenant(n.TenantID); err != nil {
		return err
	}
	switch {
	case n.ConversationID == "":
		return Errorf(EINVALID, "conversation_id is required")
	case n.AgentID == "":
		return Errorf(EINVALID, "agent_id is required")
	case strings.TrimSpace(n.Text) == "":
		return Errorf(EINVALID, "text is required")
	case len(n.Text) > MaxNoteBytes:
		return Errorf(EINVALID, "note text over %d bytes", MaxNoteBytes)
	}
	return nil
}
