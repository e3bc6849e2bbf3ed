package http

import (
	"net/http"

	"github.com/kefu-ai/kefu"
)

// Customers decline or accept kefu's proactive messages (docs/proactive.md)
// from a conversation: the widget shows the choice under such a message.

// OptOutRequest is the body of POST /v1/conversations/{id}/proactive-opt-out.
// OptOut defaults to true; false takes the opt-out back.
type OptOutRequest struct {
	OptOut *bool `json:"opt_out,omitempty"`
}

// OptOutResponse answers it with the bot's confirmation in the
// conversation.
type OptOutResponse struct {
	OptOut  bool          `json:"opt_out"`
	Message *kefu.Message `json:"message,omitempty"`
}

// optedOutKey is the confirmation's template.
const optedOutKey = "proactive_opted_out"

func (s *Server) handleProactiveOptOut(w http.ResponseWriter, r *http.Request) {
	c, who, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req OptOutRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	out := req.OptOut == nil || *req.OptOut
	if c.CustomerID == "" {
		s.Error(w, r, kefu.Invalidf("customer", "this conversation has no signed-in customer to remember the choice of"))
		return
	}
	ctx := kefu.NewContextWithTenantID(r.Context(), c.TenantID)
	if err := s.Store.SetProactiveOptOut(ctx, c.TenantID, c.CustomerID, out); err != nil {
		s.Error(w, r, err)
		return
	}
	resp := OptOutResponse{OptOut: out}
	if out && s.composer != nil {
		lang := c.Language
		if lang == "" {
			lang = "en"
		}
		msg := &kefu.Message{TenantID: c.TenantID, ConversationID: c.ID, Author: kefu.AuthorBot, Language: lang,
			Text: s.composer.Compose(ctx, lang, kefu.SkillResult{Outcome: optedOutKey})}
		var ev kefu.Event
		err := s.Store.InTx(ctx, func(tx kefu.Store) error {
			if err := tx.CreateMessage(ctx, msg); err != nil {
				return err
			}
			ev = kefu.Event{Type: kefu.EventMessageCreated, TenantID: c.TenantID, ConversationID: c.ID, Message: msg, At: msg.CreatedAt}
			return tx.AppendEvents(ctx, ev)
		})
		if err != nil {
			s.Error(w, r, err)
			return
		}
		if s.Events != nil {
			s.Events.Publish(ctx, ev)
		}
		resp.Message = who.view(msg)
	}
	s.logger().InfoContext(ctx, "proactive opt-out", "tenant", c.TenantID, "customer", c.CustomerID, "opt_out", out)
	writeJSON(w, http.StatusOK, resp)
}
