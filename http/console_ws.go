package http

import (
	"context"
	"crypto/hmac"
	"net/http"
	"strings"

	"github.com/coder/websocket"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
)

// ConsoleEvent is one frame of the console websocket:
//
//	{"type":"conversation.status","conversation":{...}}   any conversation of the tenant changed state
//	{"type":"message.created","message":{...,"translation":{...}}}   a message in a conversation the agent holds or that is queued
type ConsoleEvent struct {
	Type         string             `json:"type"`
	Conversation *kefu.Conversation `json:"conversation,omitempty"`
	Message      *desk.ViewMessage  `json:"message,omitempty"`
}

// handleConsoleWS streams the events an agent's console needs: every
// status change of the tenant's conversations (the queue and the agent's
// list follow them) and the messages of the conversations the agent holds
// or that wait in the queue, customer messages with their translation
// into the agent's language. Messages of conversations the bot handles are
// not sent: the console does not show them live.
//
// The socket is authenticated by the session cookie, and the CSRF token
// must be given as ?csrf= (a browser page of another site can open a
// websocket with the visitor's cookies; it cannot know the token). The
// library's origin check is on as well.
func (s *Server) handleConsoleWS(w http.ResponseWriter, r *http.Request) {
	if s.Desk == nil || s.Events == nil {
		s.Error(w, r, kefu.Errorf(kefu.ENOTIMPLEMENTED, "the agent console is not configured"))
		return
	}
	if err := checkOrigin(r); err != nil {
		s.Error(w, r, err)
		return
	}
	au, err := s.authAgent(r, false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if tok := r.URL.Query().Get("csrf"); tok == "" || !hmac.Equal([]byte(tok), []byte(s.csrfToken(au.sess))) {
		s.Error(w, r, kefu.Errorf(kefu.EFORBIDDEN, "missing or wrong CSRF token"))
		return
	}
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "this endpoint needs a websocket upgrade"))
		return
	}
	release, err := s.takeConsoleWS(r, au.agent)
	if err != nil {
		s.refuseWS(w, r, err)
		return
	}
	defer release()
	t, err := s.Store.FindTenantByID(r.Context(), au.agent.TenantID)
	if err != nil {
		s.Error(w, r, err)
		return
	}

	ctx := kefu.NewContextWithRequestID(context.Background(), kefu.RequestIDFromContext(r.Context()))
	ctx = kefu.NewContextWithTenantID(ctx, t.ID)
	ctx = kefu.NewContextWithAgentID(ctx, au.agent.ID)
	subCtx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	sub, err := s.Events.Subscribe(subCtx, kefu.EventFilter{TenantID: t.ID})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	defer sub.Close()
	// What the agent follows, known before the first event arrives.
	watch := map[string]*kefu.Conversation{}
	mine, err := s.Desk.Mine(r.Context(), au.agent)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	queue, err := s.Desk.Queue(r.Context(), au.agent)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	for _, c := range mine {
		watch[c.ID] = c
	}
	for _, it := range queue {
		watch[it.Conversation.ID] = it.Conversation
	}

	if !s.wsStart() {
		s.Error(w, r, kefu.Errorf(kefu.EUNAVAILABLE, "the server is shutting down"))
		return
	}
	defer s.ws.Done()
	conn, err := websocket.Accept(w, r, nil) // same-origin only
	if err != nil {
		return
	}
	defer conn.CloseNow()
	conn.SetReadLimit(4 << 10)
	ctx = conn.CloseRead(ctx)
	s.consoleOpened(au.agent)
	defer s.consoleClosed(au.agent)

	status, reason := s.streamConsole(ctx, conn, sub, au.agent, t, watch)
	if status != 0 {
		conn.Close(status, reason)
	}
}

// streamConsole forwards events until the client leaves, the server shuts
// down or the bus drops the subscriber (the client then reconnects and
// reloads its lists).
func (s *Server) streamConsole(ctx context.Context, conn *websocket.Conn, sub kefu.Subscription, a *kefu.Agent, t *kefu.Tenant, watch map[string]*kefu.Conversation) (websocket.StatusCode, string) {
	return s.pumpEvents(ctx, conn, sub, func(e kefu.Event) (any, bool) {
		if e.TenantID != t.ID {
			return nil, false // the filter already guarantees it; never leak
		}
		switch e.Type {
		case kefu.EventConversationStatus:
			c := e.Conversation
			if c == nil {
				return nil, false
			}
			if c.Status == kefu.StatusQueued || c.Status == kefu.StatusAgent && c.AgentID == a.ID {
				watch[c.ID] = c
			} else {
				delete(watch, c.ID)
			}
			return ConsoleEvent{Type: e.Type, Conversation: c}, true
		case kefu.EventMessageCreated:
			c := watch[e.ConversationID]
			if e.Message == nil || c == nil {
				return nil, false
			}
			vm := s.Desk.TranslateMessage(ctx, a, t, c, e.Message)
			return ConsoleEvent{Type: e.Type, Message: &vm}, true
		}
		return nil, false
	}, func() string { return "fell behind; reconnect" })
}
