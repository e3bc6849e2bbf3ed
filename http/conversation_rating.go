package http

import (
	"context"
	"net/http"
	"strings"
	"unicode"

	"github.com/kefu-ai/kefu"
)

// RatingRequest is the body of POST /v1/conversations/{id}/rating: the
// customer's satisfaction score (CSAT), 1 (bad) to 5 (good), and an
// optional comment.
type RatingRequest struct {
	Rating  int    `json:"rating"`
	Comment string `json:"comment,omitempty"`
}

// RatingResponse is the rated conversation and the thank-you system
// message (Kind kefu.MessageRatingGiven) stored with the rating.
type RatingResponse struct {
	Conversation *kefu.Conversation `json:"conversation"`
	Message      *kefu.Message      `json:"message"`
}

// MaxRatingCommentBytes limits the comment of a rating.
const MaxRatingCommentBytes = 1000

// ratingThanksKey is the compose template of the thank-you message.
const ratingThanksKey = "rating_thanks"

// handleRateConversation stores the customer's rating of a conversation.
//
// A conversation may be rated once per request for a rating: after a
// kefu.MessageRatingAsked system message that no rating answered yet, or,
// if it is closed without having been asked, once. Any other rating is
// conflict (409) and changes nothing: a second click, a replay, or a
// rating nobody asked for. The check and the writes run in one store
// transaction; on SQLite, whose writes are serialized, two concurrent
// ratings cannot both pass it.
func (s *Server) handleRateConversation(w http.ResponseWriter, r *http.Request) {
	c, who, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if s.composer == nil {
		s.Error(w, r, &kefu.Error{Code: kefu.EINTERNAL, Op: "http.RateConversation", Message: "no composer", Err: s.initErr})
		return
	}
	var req RatingRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if !kefu.ValidRating(req.Rating) {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "rating must be an integer from 1 to %d", kefu.MaxRating))
		return
	}
	if err := checkComment(req.Comment); err != nil {
		s.Error(w, r, err)
		return
	}
	comment := strings.TrimSpace(req.Comment)

	ctx := kefu.NewContextWithTenantID(r.Context(), c.TenantID)
	var updated *kefu.Conversation
	var msg *kefu.Message
	var events []kefu.Event
	err = s.Store.InTx(ctx, func(tx kefu.Store) error {
		cur, err := tx.FindConversationByID(ctx, c.TenantID, c.ID)
		if err != nil {
			return err
		}
		askLang, err := checkRateable(ctx, tx, cur)
		if err != nil {
			return err
		}
		lang := cur.Language
		if lang == "" {
			lang = askLang
		}
		updated, err = tx.UpdateConversation(ctx, cur.TenantID, cur.ID, kefu.ConversationUpdate{
			Rating:        &req.Rating,
			RatingComment: &comment,
		})
		if err != nil {
			return err
		}
		msg = &kefu.Message{
			TenantID:       cur.TenantID,
			ConversationID: cur.ID,
			Author:         kefu.AuthorSystem,
			Kind:           kefu.MessageRatingGiven,
			Text:           s.composer.Compose(ctx, lang, kefu.SkillResult{Outcome: ratingThanksKey}),
			Language:       lang,
		}
		if err := tx.CreateMessage(ctx, msg); err != nil {
			return err
		}
		// conversation.status carries the conversation whenever it changes
		// in a way its viewers show, here its rating; the status is the
		// same. The events commit with the rating, for webhooks and
		// analytics (the durable log), and go live after the commit.
		events = []kefu.Event{
			{Type: kefu.EventMessageCreated, TenantID: c.TenantID, ConversationID: c.ID, Message: msg, At: msg.CreatedAt},
			{Type: kefu.EventConversationStatus, TenantID: c.TenantID, ConversationID: c.ID, Conversation: updated, At: updated.UpdatedAt},
		}
		return tx.AppendEvents(ctx, events...)
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if s.Events != nil {
		for _, e := range events {
			s.Events.Publish(ctx, e)
		}
	}
	writeJSON(w, http.StatusOK, RatingResponse{Conversation: updated, Message: who.view(msg)})
}

// checkRateable returns conflict unless c may be rated now (see
// handleRateConversation). It reads the conversation's messages to find
// the last request for a rating and the last rating, and returns the
// language of that request, which the thank-you falls back to.
func checkRateable(ctx context.Context, st kefu.Store, c *kefu.Conversation) (string, error) {
	var asked, given int64
	var askLang string
	for after := int64(0); ; {
		msgs, err := st.FindMessages(ctx, kefu.MessageFilter{TenantID: c.TenantID, ConversationID: c.ID, AfterID: after, Limit: MaxMessageLimit})
		if err != nil {
			return "", err
		}
		for _, m := range msgs {
			after = m.ID
			if m.Author != kefu.AuthorSystem {
				continue
			}
			switch m.Kind {
			case kefu.MessageRatingAsked:
				asked, askLang = m.ID, m.Language
			case kefu.MessageRatingGiven:
				given = m.ID
			}
		}
		if len(msgs) < MaxMessageLimit {
			break
		}
	}
	switch {
	case asked > given:
		return askLang, nil
	case given > 0 || c.Rating != 0:
		return "", kefu.Errorf(kefu.ECONFLICT, "this conversation is already rated")
	case c.Status == kefu.StatusClosed:
		return "", nil
	}
	return "", kefu.Errorf(kefu.ECONFLICT, "this conversation has not asked for a rating")
}

// checkComment validates a rating comment: at most MaxRatingCommentBytes,
// no control characters other than newline and tab.
func checkComment(s string) error {
	if len(s) > MaxRatingCommentBytes {
		return kefu.Errorf(kefu.EINVALID, "comment is over %d bytes", MaxRatingCommentBytes)
	}
	if strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t'
	}) >= 0 {
		return kefu.Errorf(kefu.EINVALID, "comment must not contain control characters")
	}
	return nil
}
