package http

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/photo"
)

// Photos customers add to a conversation (docs/attachments.md).
//
// POST /v1/conversations/{id}/attachments takes multipart/form-data with
// one part "file" (the image) and an optional part "caption" (text). The
// image is cleaned by package photo (type sniffed from its bytes, size
// checked from its header, re-encoded without metadata) and posted as a
// customer message of kind kefu.MessageAttachment whose text is the
// caption and whose card names the attachment. Then the engine takes its
// turn on that message (kefu.TurnService.AnswerMessage): a skill that
// asked for the photo (a damaged-goods report) continues; otherwise the
// bot stays silent and the photo is evidence for the agent who handles
// the case.
//
// GET /v1/conversations/{id}/attachments/{aid} serves the cleaned image
// to the conversation's credential (its token, also in ?token= for
// <img> elements, or an API key of its tenant), and
// GET /console/api/conversations/{id}/attachments/{aid} to the tenant's
// agents.

// AttachmentsPerHour is how many photos a conversation takes in any
// hour; more are rate_limited (429) with Retry-After.
const AttachmentsPerHour = 20

// maxUploadBody bounds the whole multipart body: the file, a caption of
// at most kefu.MaxMessageBytes and the parts' headers.
const maxUploadBody = photo.MaxBytes + 64<<10

// maxPhotoDecodes is how many uploads are decoded at once. Decoding a
// 40-megapixel image takes up to 160 MB; the others wait.
const maxPhotoDecodes = 2

// AttachmentResponse is the reply of POST
// /v1/conversations/{id}/attachments: the stored attachment and the
// customer message that carries it. Duplicate is true when the
// conversation already held the same image; both are then the first
// upload's and nothing new is stored. Reply is the bot's answer to the
// photo when it asked for one (for a duplicate, the first upload's); nil
// when the bot stays silent.
type AttachmentResponse struct {
	Attachment *kefu.Attachment `json:"attachment"`
	Message    *kefu.Message    `json:"message"`
	Reply      *kefu.Message    `json:"reply,omitempty"`
	Duplicate  bool             `json:"duplicate"`
}

// upload is what a multipart attachment request carries.
type upload struct {
	file    []byte
	caption string
	hasFile bool
}

func (s *Server) handlePostAttachment(w http.ResponseWriter, r *http.Request) {
	c, who, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if c.Status == kefu.StatusClosed {
		s.Error(w, r, kefu.Errorf(kefu.ECONFLICT, "this conversation is closed; write a message to reopen it, then attach the photo"))
		return
	}
	// The rate is checked before the body is read: a refused upload
	// costs no 8 MiB transfer.
	ctx := kefu.NewContextWithTenantID(r.Context(), c.TenantID)
	if err := s.checkAttachmentRate(ctx, w, s.Store, c); err != nil {
		s.Error(w, r, err)
		return
	}
	up, err := readUpload(w, r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	img, err := s.cleanPhoto(ctx, up.file)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sum := sha256.Sum256(img.Data)
	a := &kefu.Attachment{
		ID:             kefu.NewID("at"),
		TenantID:       c.TenantID,
		ConversationID: c.ID,
		ContentType:    img.ContentType,
		Width:          img.Width,
		Height:         img.Height,
		Size:           int64(len(img.Data)),
		SHA256:         hex.EncodeToString(sum[:]),
		Data:           img.Data,
	}
	var msg *kefu.Message
	var dup bool
	var events []kefu.Event
	err = s.Store.InTx(ctx, func(tx kefu.Store) error {
		// A retried upload (a lost reply, a double click) is the first one.
		if prev, err := tx.FindAttachmentBySHA256(ctx, c.TenantID, c.ID, a.SHA256); err == nil {
			a, dup = prev, true
			msg, err = attachmentMessage(ctx, tx, prev)
			return err
		} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return err
		}
		// Counted again in the transaction: on SQLite, whose writes are
		// serialized, concurrent uploads cannot pass the limit together.
		if err := s.checkAttachmentRate(ctx, w, tx, c); err != nil {
			return err
		}
		msg = &kefu.Message{
			TenantID:       c.TenantID,
			ConversationID: c.ID,
			Author:         kefu.AuthorCustomer,
			Kind:           kefu.MessageAttachment,
			Text:           up.caption,
			Language:       c.Language,
			Cards: []kefu.Card{{
				Type:       kefu.CardAttachment,
				URL:        kefu.AttachmentPath(c.ID, a.ID),
				Attachment: a.Ref(),
			}},
		}
		if err := tx.CreateMessage(ctx, msg); err != nil {
			return err
		}
		a.MessageID = msg.ID
		if err := tx.CreateAttachment(ctx, a); err != nil {
			return err
		}
		events = []kefu.Event{{Type: kefu.EventMessageCreated, TenantID: c.TenantID, ConversationID: c.ID, Message: msg, At: msg.CreatedAt}}
		return tx.AppendEvents(ctx, events...)
	})
	if kefu.ErrorCode(err) == kefu.ECONFLICT {
		// The same image, uploaded concurrently, won the unique index.
		if prev, ferr := s.Store.FindAttachmentBySHA256(ctx, c.TenantID, c.ID, a.SHA256); ferr == nil {
			a, dup = prev, true
			msg, err = attachmentMessage(ctx, s.Store, prev)
		}
	}
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if s.Events != nil {
		for _, e := range events {
			s.Events.Publish(ctx, e)
		}
	}
	// The bot's turn on the photo, once it is stored and shown. A failed
	// turn leaves the photo in place; sending it again (a duplicate)
	// finishes the turn, as a retried message does.
	var reply *kefu.Message
	if res, err := s.Turns.AnswerMessage(ctx, c.TenantID, c.ID, msg.ID); err != nil {
		s.logger().WarnContext(ctx, "no turn on the attachment", slog.String("conversation", c.ID), slog.String("attachment", a.ID), slog.Any("err", err))
	} else {
		reply = res.Reply
	}
	status := http.StatusCreated
	if dup {
		status = http.StatusOK
	}
	out := *a
	out.Data = nil
	writeJSON(w, status, AttachmentResponse{Attachment: &out, Message: who.view(msg), Reply: who.view(reply), Duplicate: dup})
}

// attachmentMessage returns the message that carries a.
func attachmentMessage(ctx context.Context, st kefu.Store, a *kefu.Attachment) (*kefu.Message, error) {
	msgs, err := st.FindMessages(ctx, kefu.MessageFilter{TenantID: a.TenantID, ConversationID: a.ConversationID, AfterID: a.MessageID - 1, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(msgs) == 0 || msgs[0].ID != a.MessageID {
		return nil, &kefu.Error{Code: kefu.EINTERNAL, Op: "http.attachmentMessage", Err: errors.New("the message of attachment " + a.ID + " is missing")}
	}
	return msgs[0], nil
}

// checkAttachmentRate returns rate_limited, and sets Retry-After, when c
// took AttachmentsPerHour attachments in the last hour.
func (s *Server) checkAttachmentRate(ctx context.Context, w http.ResponseWriter, st kefu.Store, c *kefu.Conversation) error {
	now := s.now()
	recent, err := st.FindAttachments(ctx, kefu.AttachmentFilter{
		TenantID: c.TenantID, ConversationID: c.ID, CreatedAfter: now.Add(-time.Hour), Limit: AttachmentsPerHour,
	})
	if err != nil {
		return err
	}
	if len(recent) < AttachmentsPerHour {
		return nil
	}
	wait := recent[0].CreatedAt.Add(time.Hour).Sub(now)
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(wait.Seconds()+0.999))))
	return kefu.Errorf(kefu.ERATELIMIT, "a conversation takes at most %d photos an hour; try again later", AttachmentsPerHour)
}

// cleanPhoto runs photo.Clean when one of the decoding slots is free.
func (s *Server) cleanPhoto(ctx context.Context, data []byte) (*photo.Image, error) {
	select {
	case s.photoSlots <- struct{}{}:
		defer func() { <-s.photoSlots }()
	case <-ctx.Done():
		return nil, kefu.Errorf(kefu.EUNAVAILABLE, "the request was canceled")
	}
	return photo.Clean(data)
}

// readUpload reads a multipart/form-data body with one "file" part and
// an optional "caption" part. Parts are streamed, never spilled to disk.
func readUpload(w http.ResponseWriter, r *http.Request) (*upload, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return nil, kefu.Errorf(kefu.EINVALID, "Content-Type must be multipart/form-data with the image in a part named file")
	}
	if r.ContentLength > maxUploadBody {
		return nil, tooLarge()
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadBody)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, kefu.Errorf(kefu.EINVALID, "malformed multipart body")
	}
	up := &upload{}
	var hasCaption bool
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, bodyError(r, err)
		}
		switch name := p.FormName(); name {
		case "file":
			if up.hasFile {
				return nil, kefu.Invalidf("file", "send one file per request")
			}
			up.hasFile = true
			if up.file, err = io.ReadAll(io.LimitReader(p, photo.MaxBytes+1)); err != nil {
				return nil, bodyError(r, err)
			}
			if len(up.file) > photo.MaxBytes {
				return nil, tooLarge()
			}
		case "caption":
			if hasCaption {
				return nil, kefu.Invalidf("caption", "send one caption per request")
			}
			hasCaption = true
			b, err := io.ReadAll(io.LimitReader(p, kefu.MaxMessageBytes+1))
			if err != nil {
				return nil, bodyError(r, err)
			}
			if up.caption, err = checkCaption(b); err != nil {
				return nil, err
			}
		default:
			return nil, kefu.Errorf(kefu.EINVALID, "unknown part %q: send file and, optionally, caption", truncate(name, 40))
		}
	}
	if !up.hasFile {
		return nil, kefu.Invalidf("file", "file is required")
	}
	return up, nil
}

func tooLarge() error {
	return &kefu.Error{Code: kefu.ETOOLARGE, Field: "file", Message: "file is over " + strconv.Itoa(photo.MaxBytes>>20) + " MiB"}
}

// bodyError describes a failure to read the multipart body of r.
func bodyError(r *http.Request, err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return tooLarge()
	}
	if bodyTimedOut(r) {
		return errBodyTimeout
	}
	return kefu.Errorf(kefu.EINVALID, "malformed multipart body")
}

// checkCaption validates a caption, which becomes the message's text:
// UTF-8, at most kefu.MaxMessageBytes, no control characters other than
// newlines and tabs. Surrounding space is trimmed; empty is allowed.
func checkCaption(b []byte) (string, error) {
	if len(b) > kefu.MaxMessageBytes {
		return "", &kefu.Error{Code: kefu.ETOOLARGE, Field: "caption", Message: "caption is over " + strconv.Itoa(kefu.MaxMessageBytes) + " bytes"}
	}
	if !utf8.Valid(b) {
		return "", kefu.Invalidf("caption", "caption is not valid UTF-8")
	}
	s := strings.TrimSpace(string(b))
	if strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t'
	}) >= 0 {
		return "", kefu.Invalidf("caption", "caption must not contain control characters")
	}
	return s, nil
}

// handleGetAttachment serves an attachment to the conversation's
// credential; ?token= is accepted because <img> cannot send headers.
func (s *Server) handleGetAttachment(w http.ResponseWriter, r *http.Request) {
	c, _, err := s.authConversation(r, r.PathValue("id"), true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.serveAttachment(w, r, c.TenantID, c.ID, r.PathValue("aid"))
}

// handleConsoleAttachment serves an attachment to an agent of the
// conversation's tenant.
func (s *Server) handleConsoleAttachment(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	id := r.PathValue("id")
	if !validID(id) {
		s.Error(w, r, kefu.Errorf(kefu.ENOTFOUND, "conversation not found"))
		return
	}
	s.serveAttachment(w, r, au.agent.TenantID, id, r.PathValue("aid"))
}

// attachmentCSP is the policy of a served image: should a browser open
// it as a document, nothing in it may run or load.
const attachmentCSP = "default-src 'none'; sandbox"

// serveAttachment writes the attachment of the conversation, or
// not_found. The image is kefu's re-encoding, served with its sniffed
// type and nosniff, inline, cacheable by the browser only. Its ETag is
// its digest, so a revalidation costs no body.
func (s *Server) serveAttachment(w http.ResponseWriter, r *http.Request, tenantID, conversationID, id string) {
	if !validID(id) {
		s.Error(w, r, kefu.Errorf(kefu.ENOTFOUND, "attachment not found"))
		return
	}
	a, err := s.Store.FindAttachmentByID(r.Context(), tenantID, conversationID, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ContentType)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Disposition", "inline")
	h.Set("Cache-Control", "private, max-age=86400")
	h.Set("Content-Security-Policy", attachmentCSP)
	h.Set("ETag", `"`+a.SHA256+`"`)
	http.ServeContent(w, r, "", a.CreatedAt, bytes.NewReader(a.Data))
}
