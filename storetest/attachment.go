package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// attachmentTests cover the photos customers add to conversations.
var attachmentTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Attachments", testAttachments},
	{"AttachmentIsolation", testAttachmentIsolation},
	{"AttachmentValidation", testAttachmentValidation},
	{"AttachmentInTx", testAttachmentInTx},
}

// NewAttachment returns an attachment of message m whose data is the
// given bytes (not an image: stores keep bytes, package photo makes
// them), with their digest.
func NewAttachment(m *kefu.Message, data string) *kefu.Attachment {
	sum := sha256.Sum256([]byte(data))
	return &kefu.Attachment{
		TenantID: m.TenantID, ConversationID: m.ConversationID, MessageID: m.ID,
		ContentType: kefu.AttachmentJPEG, Width: 640, Height: 480,
		SHA256: hex.EncodeToString(sum[:]), Data: []byte(data),
	}
}

// MustCreateAttachment creates a, or fails tb.
func MustCreateAttachment(tb testing.TB, s kefu.Store, a *kefu.Attachment) *kefu.Attachment {
	tb.Helper()
	if err := s.CreateAttachment(context.Background(), a); err != nil {
		tb.Fatalf("CreateAttachment(%s): %v", a.SHA256, err)
	}
	return a
}

// attachmentMessage creates a conversation of tenant and a customer
// message of kind attachment in it.
func attachmentMessage(t *testing.T, s kefu.Store, tenant string) *kefu.Message {
	t.Helper()
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: tenant, Channel: "widget"})
	return MustCreateMessage(t, s, &kefu.Message{TenantID: tenant, ConversationID: cv.ID, Author: kefu.AuthorCustomer,
		Kind: kefu.MessageAttachment, Text: "the box arrived crushed"})
}

func testAttachments(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	m := attachmentMessage(t, s, "shop")
	// Bytes that are not valid UTF-8 and hold a NUL: a BLOB, not text.
	data := "\xFF\xD8\xFF\x00photo\x80\xFE" + strings.Repeat("x", 70<<10)
	a := MustCreateAttachment(t, s, NewAttachment(m, data))
	if !strings.HasPrefix(a.ID, "at_") || a.Size != int64(len(data)) || a.CreatedAt.IsZero() {
		t.Errorf("created attachment: ID %q, size %d, created %v; want at_..., %d, set", a.ID, a.Size, a.CreatedAt, len(data))
	}

	got, err := s.FindAttachmentByID(ctx, "shop", m.ConversationID, a.ID)
	mustNil(t, "FindAttachmentByID", err)
	checkEqual(t, "FindAttachmentByID", got, a)
	if !bytes.Equal(got.Data, []byte(data)) {
		t.Errorf("FindAttachmentByID: data of %d bytes, want the %d stored", len(got.Data), len(data))
	}
	got, err = s.FindAttachmentBySHA256(ctx, "shop", m.ConversationID, a.SHA256)
	mustNil(t, "FindAttachmentBySHA256", err)
	checkEqual(t, "FindAttachmentBySHA256", got, a)
	_, err = s.FindAttachmentByID(ctx, "shop", m.ConversationID, "at_missing")
	wantCode(t, "FindAttachmentByID(missing)", err, kefu.ENOTFOUND)

	t.Run("one copy per conversation", func(t *testing.T) {
		again := NewAttachment(m, data)
		wantCode(t, "CreateAttachment(same image)", s.CreateAttachment(ctx, again), kefu.ECONFLICT)
		// Another conversation may hold the same image.
		other := attachmentMessage(t, s, "shop")
		MustCreateAttachment(t, s, NewAttachment(other, data))
		// An ID is unique in the tenant.
		dup := NewAttachment(m, "another photo")
		dup.ID = a.ID
		wantCode(t, "CreateAttachment(same ID)", s.CreateAttachment(ctx, dup), kefu.ECONFLICT)
	})

	t.Run("list", func(t *testing.T) {
		b := MustCreateAttachment(t, s, NewAttachment(m, "second photo"))
		c := MustCreateAttachment(t, s, NewAttachment(m, "third photo"))
		list, err := s.FindAttachments(ctx, kefu.AttachmentFilter{TenantID: "shop", ConversationID: m.ConversationID})
		mustNil(t, "FindAttachments", err)
		var ids []string
		for _, x := range list {
			ids = append(ids, x.ID)
			if x.Data != nil {
				t.Errorf("FindAttachments returned the data of %s", x.ID)
			}
			if x.Size == 0 || x.SHA256 == "" || x.Width != 640 || x.MessageID != m.ID {
				t.Errorf("FindAttachments: %+v lacks its metadata", x)
			}
		}
		if want := a.ID + "," + b.ID + "," + c.ID; strings.Join(ids, ",") != want {
			t.Errorf("FindAttachments: %v, want oldest first %s", ids, want)
		}
		list, err = s.FindAttachments(ctx, kefu.AttachmentFilter{TenantID: "shop", ConversationID: m.ConversationID, CreatedAfter: b.CreatedAt.Add(-time.Microsecond)})
		mustNil(t, "FindAttachments(CreatedAfter)", err)
		if len(list) != 2 || list[0].ID != b.ID {
			t.Errorf("FindAttachments(created after b's time minus 1µs): %d attachments, want b and c", len(list))
		}
		list, err = s.FindAttachments(ctx, kefu.AttachmentFilter{TenantID: "shop", ConversationID: m.ConversationID, Limit: 1})
		mustNil(t, "FindAttachments(Limit)", err)
		if len(list) != 1 || list[0].ID != a.ID {
			t.Errorf("FindAttachments(Limit 1): %d attachments, want a", len(list))
		}
	})
}

// testAttachmentIsolation checks that an attachment is found only
// through its own tenant and conversation.
func testAttachmentIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	m := attachmentMessage(t, s, "a")
	mine := MustCreateAttachment(t, s, NewAttachment(m, "a's photo"))
	sibling := attachmentMessage(t, s, "a") // another conversation of the tenant
	theirs := attachmentMessage(t, s, "b")

	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"another tenant", func() error { _, err := s.FindAttachmentByID(ctx, "b", m.ConversationID, mine.ID); return err }},
		{"another conversation", func() error {
			_, err := s.FindAttachmentByID(ctx, "a", sibling.ConversationID, mine.ID)
			return err
		}},
		{"another tenant's conversation", func() error {
			_, err := s.FindAttachmentByID(ctx, "b", theirs.ConversationID, mine.ID)
			return err
		}},
		{"digest, another tenant", func() error {
			_, err := s.FindAttachmentBySHA256(ctx, "b", m.ConversationID, mine.SHA256)
			return err
		}},
		{"digest, another conversation", func() error {
			_, err := s.FindAttachmentBySHA256(ctx, "a", sibling.ConversationID, mine.SHA256)
			return err
		}},
		{"create in another tenant's conversation", func() error {
			a := NewAttachment(m, "sneaky")
			a.TenantID = "b"
			return s.CreateAttachment(ctx, a)
		}},
	} {
		wantCode(t, tc.name, tc.call(), kefu.ENOTFOUND)
	}
	for _, f := range []kefu.AttachmentFilter{
		{TenantID: "b", ConversationID: m.ConversationID},
		{TenantID: "a", ConversationID: sibling.ConversationID},
	} {
		list, err := s.FindAttachments(ctx, f)
		mustNil(t, "FindAttachments", err)
		if len(list) != 0 {
			t.Errorf("FindAttachments(%+v) sees %d attachments of another conversation", f, len(list))
		}
	}
}

func testAttachmentValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	m := attachmentMessage(t, s, "shop")
	for _, tc := range []struct {
		name string
		edit func(a *kefu.Attachment)
		code string
	}{
		{"no tenant", func(a *kefu.Attachment) { a.TenantID = "" }, kefu.EINVALID},
		{"no conversation", func(a *kefu.Attachment) { a.ConversationID = "" }, kefu.EINVALID},
		{"no message", func(a *kefu.Attachment) { a.MessageID = 0 }, kefu.EINVALID},
		{"GIF", func(a *kefu.Attachment) { a.ContentType = "image/gif" }, kefu.EINVALID},
		{"HTML", func(a *kefu.Attachment) { a.ContentType = "text/html" }, kefu.EINVALID},
		{"no pixels", func(a *kefu.Attachment) { a.Width = 0 }, kefu.EINVALID},
		{"no data", func(a *kefu.Attachment) { a.Data = nil }, kefu.EINVALID},
		{"too large", func(a *kefu.Attachment) { a.Data = make([]byte, kefu.MaxAttachmentBytes+1) }, kefu.ETOOLARGE},
		{"bad digest", func(a *kefu.Attachment) { a.SHA256 = strings.ToUpper(a.SHA256) }, kefu.EINVALID},
		{"conversation missing", func(a *kefu.Attachment) { a.ConversationID = "cv_missing" }, kefu.ENOTFOUND},
		{"message missing", func(a *kefu.Attachment) { a.MessageID = m.ID + 1000 }, kefu.ENOTFOUND},
	} {
		a := NewAttachment(m, "photo "+tc.name)
		tc.edit(a)
		wantCode(t, tc.name, s.CreateAttachment(ctx, a), tc.code)
	}
	list, err := s.FindAttachments(ctx, kefu.AttachmentFilter{TenantID: "shop", ConversationID: m.ConversationID})
	mustNil(t, "FindAttachments", err)
	if len(list) != 0 {
		t.Errorf("refused attachments were stored: %d", len(list))
	}
	_, err = s.FindAttachments(ctx, kefu.AttachmentFilter{TenantID: "shop"})
	wantCode(t, "FindAttachments without a conversation", err, kefu.EINVALID)
}

// testAttachmentInTx checks that an attachment and the message carrying
// it commit together or not at all, as the upload endpoint writes them.
func testAttachmentInTx(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget"})
	boom := errors.New("boom")
	post := func(data string, fail bool) error {
		return s.InTx(ctx, func(tx kefu.Store) error {
			m := &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Kind: kefu.MessageAttachment}
			if err := tx.CreateMessage(ctx, m); err != nil {
				return err
			}
			if err := tx.CreateAttachment(ctx, NewAttachment(m, data)); err != nil {
				return err
			}
			if fail {
				return boom
			}
			return nil
		})
	}
	if err := post("rolled back", true); !errors.Is(err, boom) {
		t.Fatalf("InTx: %v, want boom", err)
	}
	mustNil(t, "InTx", post("kept", false))
	// The same image again conflicts, and its message is not kept either.
	wantCode(t, "InTx(same image)", post("kept", false), kefu.ECONFLICT)

	msgs, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: cv.ID})
	mustNil(t, "FindMessages", err)
	list, err := s.FindAttachments(ctx, kefu.AttachmentFilter{TenantID: "shop", ConversationID: cv.ID})
	mustNil(t, "FindAttachments", err)
	if len(msgs) != 1 || len(list) != 1 || list[0].MessageID != msgs[0].ID {
		t.Errorf("after a rollback, a commit and a conflict: %d messages and %d attachments, want 1 and 1, linked", len(msgs), len(list))
	}
}
