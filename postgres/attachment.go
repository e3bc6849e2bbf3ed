package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.AttachmentService = (*DB)(nil)

const (
	attachmentMeta    = `id, tenant_id, conversation_id, message_id, content_type, width, height, size, sha256, created_at`
	qCreateAttachment = `INSERT INTO attachments (id, tenant_id, conversation_id, message_id, content_type, width, height,
		size, sha256, data, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`
	qFindAttachmentByID = `SELECT ` + attachmentMeta + `, data FROM attachments
		WHERE tenant_id = $1 AND id = $2 AND conversation_id = $3`
	qFindAttachmentBySHA256 = `SELECT ` + attachmentMeta + `, data FROM attachments
		WHERE tenant_id = $1 AND conversation_id = $2 AND sha256 = $3`
	qFindAttachments = `SELECT ` + attachmentMeta + ` FROM attachments
		WHERE tenant_id = $1 AND conversation_id = $2 AND ($3::timestamptz IS NULL OR created_at > $3)
		ORDER BY created_at, id LIMIT $4`
)

// CreateAttachment stores a; see kefu.AttachmentService.
func (db *DB) CreateAttachment(ctx context.Context, a *kefu.Attachment) error {
	const op = "postgres.CreateAttachment"
	if err := a.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("at")
	}
	created := db.stamp(a.CreatedAt)
	size := int64(len(a.Data))
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateAttachment, id, a.TenantID, a.ConversationID, a.MessageID, a.ContentType,
			a.Width, a.Height, size, a.SHA256, a.Data, created)
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
	const op = "postgres.FindAttachmentByID"
	return db.findAttachment(ctx, op, qFindAttachmentByID, tenantID, id, conversationID)
}

// FindAttachmentBySHA256 returns the conversation's attachment with that
// digest; see kefu.AttachmentService.
func (db *DB) FindAttachmentBySHA256(ctx context.Context, tenantID, conversationID, sum string) (*kefu.Attachment, error) {
	const op = "postgres.FindAttachmentBySHA256"
	return db.findAttachment(ctx, op, qFindAttachmentBySHA256, tenantID, conversationID, sum)
}

func (db *DB) findAttachment(ctx context.Context, op, query string, args ...any) (*kefu.Attachment, error) {
	var a *kefu.Attachment
	err := db.run(ctx, op, func(q querier) error {
		var err error
		a, err = scanAttachment(q.QueryRow(ctx, query, args...), true)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "attachment", "")
	}
	return a, nil
}

// FindAttachments lists a conversation's attachments without their data;
// see kefu.AttachmentService.
func (db *DB) FindAttachments(ctx context.Context, f kefu.AttachmentFilter) ([]*kefu.Attachment, error) {
	const op = "postgres.FindAttachments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var after *time.Time
	if !f.CreatedAfter.IsZero() {
		after = &f.CreatedAfter
	}
	var as []*kefu.Attachment
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindAttachments, f.TenantID, f.ConversationID, after, limit(f.Limit, 100))
		if err != nil {
			return err
		}
		as, err = collect(rows, func(row pgx.Row) (*kefu.Attachment, error) { return scanAttachment(row, false) })
		return err
	})
	if err != nil {
		return nil, fail(op, err, "attachment", "")
	}
	return as, nil
}

func scanAttachment(row pgx.Row, withData bool) (*kefu.Attachment, error) {
	var a kefu.Attachment
	dest := []any{&a.ID, &a.TenantID, &a.ConversationID, &a.MessageID, &a.ContentType, &a.Width, &a.Height,
		&a.Size, &a.SHA256, &a.CreatedAt}
	if withData {
		dest = append(dest, &a.Data)
	}
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	a.CreatedAt = a.CreatedAt.UTC()
	return &a, nil
}
