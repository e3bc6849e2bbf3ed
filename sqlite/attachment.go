package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.AttachmentService = (*DB)(nil)

const (
	attachmentMeta    = `id, tenant_id, conversation_id, message_id, content_type, width, height, size, sha256, created_at`
	qCreateAttachment = `INSERT INTO attachments (id, tenant_id, conversation_id, message_id, content_type, width, height,
		size, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindAttachmentByID = `SELECT ` + attachmentMeta + `, data FROM attachments
		WHERE tenant_id = ? AND id = ? AND conversation_id = ?`
	qFindAttachmentBySHA256 = `SELECT ` + attachmentMeta + `, data FROM attachments
		WHERE tenant_id = ? AND conversation_id = ? AND sha256 = ?`
	qFindAttachments = `SELECT ` + attachmentMeta + ` FROM attachments
		WHERE tenant_id = ? AND conversation_id = ? AND created_at > ? ORDER BY created_at, id LIMIT ?`
)

// CreateAttachment stores a; see kefu.AttachmentService.
func (db *DB) CreateAttachment(ctx context.Context, a *kefu.Attachment) error {
	const op = "sqlite.CreateAttachment"
	if err := a.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("at")
	}
	created := db.stamp(a.CreatedAt)
	size := int64(len(a.Data))
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateAttachment, id, a.TenantID, a.ConversationID, a.MessageID, a.ContentType,
			a.Width, a.Height, size, a.SHA256, a.Data, nanos(created))
		return err
	})
	if err != nil {
		return fail(op, err, "attachment", "conversation or message")
	}
	a.ID, a.Size, a.CreatedAt = id, size, created
	return nil
}

// FindAttachmentByID returns the attachment with its data; see
// kefu.AttachmentService.
func (db *DB) FindAttachmentByID(ctx context.Context, tenantID, conversationID, id string) (*kefu.Attachment, error) {
	const op = "sqlite.FindAttachmentByID"
	a, err := scanAttachment(func(dest ...any) error {
		return db.row(ctx, qFindAttachmentByID, []any{tenantID, id, conversationID}, dest...)
	}, true)
	if err != nil {
		return nil, fail(op, err, "attachment", "")
	}
	return a, nil
}

// FindAttachmentBySHA256 returns the conversation's attachment with that
// digest; see kefu.AttachmentService.
func (db *DB) FindAttachmentBySHA256(ctx context.Context, tenantID, conversationID, sum string) (*kefu.Attachment, error) {
	const op = "sqlite.FindAttachmentBySHA256"
	a, err := scanAttachment(func(dest ...any) error {
		return db.row(ctx, qFindAttachmentBySHA256, []any{tenantID, conversationID, sum}, dest...)
	}, true)
	if err != nil {
		return nil, fail(op, err, "attachment", "")
	}
	return a, nil
}

// FindAttachments lists a conversation's attachments without their data;
// see kefu.AttachmentService.
func (db *DB) FindAttachments(ctx context.Context, f kefu.AttachmentFilter) ([]*kefu.Attachment, error) {
	const op = "sqlite.FindAttachments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	after := int64(-1 << 63)
	if !f.CreatedAfter.IsZero() {
		after = nanos(f.CreatedAfter)
	}
	var as []*kefu.Attachment
	err := db.rows(ctx, qFindAttachments, []any{f.TenantID, f.ConversationID, after, limit(f.Limit, 100)}, func(rs *sql.Rows) error {
		a, err := scanAttachment(rs.Scan, false)
		as = append(as, a)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "attachment", "")
	}
	return as, nil
}

func scanAttachment(scan func(...any) error, withData bool) (*kefu.Attachment, error) {
	var (
		a       kefu.Attachment
		created int64
	)
	dest := []any{&a.ID, &a.TenantID, &a.ConversationID, &a.MessageID, &a.ContentType, &a.Width, &a.Height,
		&a.Size, &a.SHA256, &created}
	if withData {
		dest = append(dest, &a.Data)
	}
	if err := scan(dest...); err != nil {
		return nil, err
	}
	a.CreatedAt = fromNanos(created)
	return &a, nil
}
