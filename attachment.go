package kefu

import (
	"context"
	"encoding/hex"
	"strings"
	"time"
)

// Attachment is a photo a customer added to a conversation, typically as
// evidence (a crushed box, a wrong item). It is posted as a customer
// message of kind MessageAttachment whose text is the caption and whose
// CardAttachment card names the attachment, so that agents and analytics
// see it in the timeline.
//
// Data is the image as kefu re-encoded it (package photo): never the
// uploaded file, whose metadata (EXIF, GPS position, ...) is dropped.
type Attachment struct {
	ID             string `json:"id"`
	TenantID       string `json:"tenant_id"`
	ConversationID string `json:"conversation_id"`
	// MessageID is the customer message that carries the attachment.
	MessageID   int64  `json:"message_id"`
	ContentType string `json:"content_type"` // AttachmentJPEG or AttachmentPNG
	Width       int    `json:"width"`        // pixels
	Height      int    `json:"height"`
	// Size is len(Data) in bytes; stores set it when they leave Data out.
	Size int64 `json:"size"`
	// SHA256 is the hex SHA-256 of Data. A conversation holds an image
	// once: a second upload of the same image is the first one.
	SHA256    string    `json:"sha256"`
	Data      []byte    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
}

// MessageAttachment is the kind of a customer message that carries an
// attachment: its Text is the caption (possibly empty) and its one card,
// of type CardAttachment, names the attachment.
const MessageAttachment = "attachment"

// CardAttachment is the type of a card that shows an attachment: its
// Attachment says which, and its URL is the attachment's path under
// /v1 (GET it with the conversation's credentials).
const CardAttachment = "attachment"

// AttachmentRef is what a message's card says of its attachment.
type AttachmentRef struct {
	ID          string `json:"id"`
	ContentType string `json:"content_type"`
	Width       int    `json:"width"`
	Height      int    `json:"height"`
	Size        int64  `json:"size"`
}

// AttachmentOf returns the attachment a customer message carries (its
// CardAttachment card's), or nil for a message of another kind.
func AttachmentOf(m *Message) *AttachmentRef {
	if m == nil || m.Kind != MessageAttachment {
		return nil
	}
	for _, c := range m.Cards {
		if c.Type == CardAttachment && c.Attachment != nil {
			return c.Attachment
		}
	}
	return nil
}

// Ref returns the card reference to a.
func (a *Attachment) Ref() *AttachmentRef {
	return &AttachmentRef{ID: a.ID, ContentType: a.ContentType, Width: a.Width, Height: a.Height, Size: a.Size}
}

// AttachmentPath is the API path of an attachment.
func AttachmentPath(conversationID, id string) string {
	return "/v1/conversations/" + conversationID + "/attachments/" + id
}

// Content types of stored attachments.
const (
	AttachmentJPEG = "image/jpeg"
	AttachmentPNG  = "image/png"
)

// MaxAttachmentBytes bounds an attachment's Data, 8 MiB.
const MaxAttachmentBytes = 8 << 20

// AttachmentFilter selects the attachments of one conversation.
type AttachmentFilter struct {
	TenantID       string
	ConversationID string
	// CreatedAfter, when set, keeps attachments created after it.
	CreatedAfter time.Time
	Limit        int // 0 means 100
}

// AttachmentService stores attachments.
type AttachmentService interface {
	// CreateAttachment stores a and sets its ID (when empty), Size and
	// CreatedAt (when zero). ECONFLICT when the conversation already
	// holds an attachment with the same SHA256, or the ID is taken;
	// ENOTFOUND when the conversation or the message does not exist in
	// the tenant.
	CreateAttachment(ctx context.Context, a *Attachment) error
	// FindAttachmentByID returns the attachment with its Data, or
	// ENOTFOUND unless it belongs to that conversation of that tenant.
	FindAttachmentByID(ctx context.Context, tenantID, conversationID, id string) (*Attachment, error)
	// FindAttachmentBySHA256 returns the conversation's attachment whose
	// SHA256 is sum, with its Data, or ENOTFOUND.
	FindAttachmentBySHA256(ctx context.Context, tenantID, conversationID, sum string) (*Attachment, error)
	// FindAttachments returns the conversation's attachments without
	// their Data (Size is set), oldest first.
	FindAttachments(ctx context.Context, f AttachmentFilter) ([]*Attachment, error)
}

// Validate checks the fields a stored attachment needs; EINVALID
// otherwise.
func (a *Attachment) Validate() error {
	if err := requireTenant(a.TenantID); err != nil {
		return err
	}
	switch {
	case a.ConversationID == "":
		return Errorf(EINVALID, "conversation_id is required")
	case a.MessageID <= 0:
		return Errorf(EINVALID, "message_id is required")
	case a.ContentType != AttachmentJPEG && a.ContentType != AttachmentPNG:
		return Errorf(EINVALID, "content_type must be %s or %s", AttachmentJPEG, AttachmentPNG)
	case a.Width <= 0 || a.Height <= 0:
		return Errorf(EINVALID, "width and height must be positive")
	case len(a.Data) == 0:
		return Errorf(EINVALID, "data is required")
	case len(a.Data) > MaxAttachmentBytes:
		return Errorf(ETOOLARGE, "data is over %d bytes", MaxAttachmentBytes)
	case !validSHA256(a.SHA256):
		return Errorf(EINVALID, "sha256 must be 64 lowercase hex digits")
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant or conversation.
func (f AttachmentFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if f.ConversationID == "" {
		return Errorf(EINVALID, "conversation_id is required")
	}
	return nil
}

func validSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil && s == strings.ToLower(s)
}
