package http

import (
	"net/http"
	"strconv"

	"github.com/kefu-ai/kefu"
)

// CustomerInput identifies the customer of a new conversation.
type CustomerInput struct {
	ExternalID string `json:"external_id"`
	Name       string `json:"name,omitempty"`
}

// CreateConversationRequest is the body of POST /v1/conversations.
type CreateConversationRequest struct {
	Customer *CustomerInput `json:"customer,omitempty"`
	Language string         `json:"language,omitempty"`
	Channel  string         `json:"channel,omitempty"`
}

// ConversationResponse is the reply of the conversation endpoints. Token
// is only present when the conversation was just created; it is the one
// time the plain token is shown. Queue is present in
// GET /v1/conversations/{id} while the conversation waits for a person.
type ConversationResponse struct {
	Conversation *kefu.Conversation `json:"conversation"`
	Token        string             `json:"token,omitempty"`
	Queue        *QueueInfo         `json:"queue,omitempty"`
}

// PostMessageRequest is the body of POST /v1/conversations/{id}/messages.
type PostMessageRequest struct {
	Text            string `json:"text"`
	ClientMessageID string `json:"client_message_id,omitempty"`
	Language        string `json:"language,omitempty"`
}

// PostMessageResponse is the stored customer message and the bot's reply,
// which is null when a human agent has the conversation.
type PostMessageResponse struct {
	Message   *kefu.Message `json:"message"`
	Reply     *kefu.Message `json:"reply"`
	Duplicate bool          `json:"duplicate"`
}

// MessagesResponse is a page of a conversation's messages, oldest first.
type MessagesResponse struct {
	Messages []*kefu.Message `json:"messages"`
}

// Limits of the message list.
const (
	DefaultMessageLimit = 100
	MaxMessageLimit     = 200
)

// Limits on customer fields given when a conversation starts.
const (
	maxExternalIDBytes   = 128
	maxCustomerNameBytes = 200
)

func (s *Server) handleCreateConversation(w http.ResponseWriter, r *http.Request) {
	tenantID, err := s.authTenant(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req CreateConversationRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	start := kefu.StartConversationRequest{TenantID: tenantID, Channel: req.Channel}
	if start.Channel == "" {
		start.Channel = "api"
	}
	if !channelRe.MatchString(start.Channel) {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "channel must be 1-32 lowercase letters, digits, '-' or '_'"))
		return
	}
	if start.Language, err = checkLanguage(req.Language); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Customer != nil {
		if req.Customer.ExternalID == "" {
			s.Error(w, r, kefu.Errorf(kefu.EINVALID, "customer.external_id is required when customer is given"))
			return
		}
		if err := checkText("customer.external_id", req.Customer.ExternalID, maxExternalIDBytes); err != nil {
			s.Error(w, r, err)
			return
		}
		if err := checkText("customer.name", req.Customer.Name, maxCustomerNameBytes); err != nil {
			s.Error(w, r, err)
			return
		}
		start.CustomerExternalID = req.Customer.ExternalID
		start.CustomerName = req.Customer.Name
	}
	// Limits count valid requests only, so that a client's mistake is
	// reported as such rather than as rate_limited.
	if err := s.allowAPIConversation(w, r); err != nil {
		s.Error(w, r, err)
		return
	}
	s.startConversation(w, r, start)
}

// startConversation runs the engine and writes 201 with the new token.
func (s *Server) startConversation(w http.ResponseWriter, r *http.Request, req kefu.StartConversationRequest) {
	ctx := kefu.NewContextWithTenantID(r.Context(), req.TenantID)
	c, secret, err := s.Turns.StartConversation(ctx, req)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, ConversationResponse{
		Conversation: c,
		Token:        conversationToken(c.TenantID, secret),
	})
}

func (s *Server) handleGetConversation(w http.ResponseWriter, r *http.Request) {
	c, _, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	q, err := s.queueInfo(r.Context(), c)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ConversationResponse{Conversation: c, Queue: q})
}

func (s *Server) handlePostMessage(w http.ResponseWriter, r *http.Request) {
	c, who, err := s.authConversationRef(r, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req PostMessageRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	lang, err := checkMessageInput(req.Text, req.ClientMessageID, req.Language)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.allowMessage(w, r, c, who); err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := kefu.NewContextWithTenantID(r.Context(), c.TenantID)
	res, err := s.Turns.PostMessage(ctx, kefu.PostMessageRequest{
		TenantID:        c.TenantID,
		ConversationID:  c.ID,
		Text:            req.Text,
		ClientMessageID: req.ClientMessageID,
		Language:        lang,
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, PostMessageResponse{
		Message:   who.view(res.Message),
		Reply:     who.view(res.Reply),
		Duplicate: res.Duplicate,
	})
}

func (s *Server) handleListMessages(w http.ResponseWriter, r *http.Request) {
	c, who, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	after, err := queryInt(r, "after", 0, 0, 1<<62)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	limit, err := queryInt(r, "limit", DefaultMessageLimit, 1, MaxMessageLimit)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	msgs, err := s.Store.FindMessages(r.Context(), kefu.MessageFilter{
		TenantID:       c.TenantID,
		ConversationID: c.ID,
		AfterID:        after,
		Limit:          int(limit),
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	out := make([]*kefu.Message, 0, len(msgs))
	for _, m := range msgs {
		out = append(out, who.view(m))
	}
	writeJSON(w, http.StatusOK, MessagesResponse{Messages: out})
}

// view returns m as the caller may see it: browsers holding a conversation
// token do not get the bot's trace (intents, confidences, records read),
// which is for the shop and its agents.
func (c caller) view(m *kefu.Message) *kefu.Message {
	if m == nil || c.trusted() || m.Trace == nil {
		return m
	}
	cp := *m
	cp.Trace = nil
	return &cp
}

// queryInt parses an optional integer query parameter within [min, max].
func queryInt(r *http.Request, name string, def, min, max int64) (int64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < min || n > max {
		return 0, kefu.Errorf(kefu.EINVALID, "%s must be an integer from %d to %d", name, min, max)
	}
	return n, nil
}
