package http

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/kefu-ai/kefu"
)

// WSEvent is one frame of the conversation websocket: either
// {"type":"message.created","message":{...}} or
// {"type":"conversation.status","conversation":{...}}.
type WSEvent struct {
	Type         string             `json:"type"`
	Message      *kefu.Message      `json:"message,omitempty"`
	Conversation *kefu.Conversation `json:"conversation,omitempty"`
}

// Websocket timings.
const (
	wsWriteTimeout = 10 * time.Second
	wsPingInterval = 30 * time.Second
)

// handleConversationWS streams a conversation: first the stored messages
// after ?after=, then live events from the bus. The subscription is opened
// before the backlog is read so that nothing falls between the two, and
// messages are de-duplicated by ID. A client too slow for the bus is
// dropped by it; the socket is then closed with "try again later" and the
// client reconnects with ?after= set to the last ID it saw.
func (s *Server) handleConversationWS(w http.ResponseWriter, r *http.Request) {
	c, who, err := s.authConversation(r, r.PathValue("id"), true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	after, err := queryInt(r, "after", 0, 0, 1<<62)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if s.Events == nil {
		s.Error(w, r, kefu.Errorf(kefu.ENOTIMPLEMENTED, "live events are not configured"))
		return
	}
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "this endpoint needs a websocket upgrade"))
		return
	}
	release, err := s.takeConversationWS(r, c)
	if err != nil {
		s.refuseWS(w, r, err)
		return
	}
	defer release()

	// The request context must not be used after the upgrade. The socket
	// lives until the client leaves (CloseRead cancels its context) or the
	// server shuts down (s.ctx), whichever comes first.
	ctx := kefu.NewContextWithRequestID(context.Background(), kefu.RequestIDFromContext(r.Context()))
	ctx = kefu.NewContextWithTenantID(ctx, c.TenantID)
	subCtx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	sub, err := s.Events.Subscribe(subCtx, kefu.EventFilter{TenantID: c.TenantID, ConversationID: c.ID})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	defer sub.Close()

	if !s.wsStart() {
		s.Error(w, r, kefu.Errorf(kefu.EUNAVAILABLE, "the server is shutting down"))
		return
	}
	defer s.ws.Done()

	// Origins are not checked: the widget runs on the shop's own site, and
	// the credential is an explicit token, never a cookie, so a foreign
	// page cannot ride on the visitor's browser state.
	conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{InsecureSkipVerify: true})
	if err != nil {
		return // Accept has replied
	}
	defer conn.CloseNow()
	conn.SetReadLimit(4 << 10) // clients send nothing but control frames
	// Canceling CloseRead's context drops the connection without a close
	// frame, so it must not be the server's context.
	ctx = conn.CloseRead(ctx)

	status, reason := s.streamConversation(ctx, conn, sub, c, who, after)
	if status != 0 {
		conn.Close(status, reason)
	}
}

// streamConversation writes the backlog and then live events until the
// client leaves (ctx is done), the server shuts down or the bus drops the
// subscriber. It returns the close status to send, or 0 when the
// connection is gone.
func (s *Server) streamConversation(ctx context.Context, conn *websocket.Conn, sub kefu.Subscription, c *kefu.Conversation, who caller, after int64) (websocket.StatusCode, string) {
	last := after
	for {
		msgs, err := s.Store.FindMessages(ctx, kefu.MessageFilter{
			TenantID: c.TenantID, ConversationID: c.ID, AfterID: last, Limit: MaxMessageLimit,
		})
		if err != nil {
			if ctx.Err() == nil {
				s.logger().ErrorContext(ctx, "websocket backlog", slog.String("conversation_id", c.ID), slog.String("error", err.Error()))
			}
			return websocket.StatusInternalError, "could not read messages"
		}
		for _, m := range msgs {
			if err := wsSend(ctx, conn, WSEvent{Type: kefu.EventMessageCreated, Message: who.view(m)}); err != nil {
				return 0, ""
			}
			last = m.ID
		}
		if len(msgs) < MaxMessageLimit {
			break
		}
	}
	return s.pumpEvents(ctx, conn, sub, func(e kefu.Event) (any, bool) {
		switch e.Type {
		case kefu.EventMessageCreated:
			if e.Message == nil || e.Message.ID <= last {
				return nil, false
			}
			last = e.Message.ID
			return WSEvent{Type: e.Type, Message: who.view(e.Message)}, true
		case kefu.EventConversationStatus:
			if e.Conversation == nil {
				return nil, false
			}
			return WSEvent{Type: e.Type, Conversation: e.Conversation}, true
		}
		return nil, false
	}, func() string { return "fell behind; reconnect with ?after=" + strconv.FormatInt(last, 10) })
}

// wsSend writes v as one JSON message, within wsWriteTimeout.
func wsSend(ctx context.Context, conn *websocket.Conn, v any) error {
	wctx, cancel := context.WithTimeout(ctx, wsWriteTimeout)
	defer cancel()
	return wsjson.Write(wctx, conn, v)
}

// pumpEvents forwards the bus events that event maps to a message (ok
// true) until the client leaves (status 0), a write or ping fails (0),
// the server shuts down (StatusGoingAway) or the bus drops the subscriber
// for falling behind (StatusTryAgainLater with fellBehind's reason). It
// pings the client every wsPingInterval.
func (s *Server) pumpEvents(ctx context.Context, conn *websocket.Conn, sub kefu.Subscription, event func(kefu.Event) (any, bool), fellBehind func() string) (websocket.StatusCode, string) {
	ping := time.NewTicker(wsPingInterval)
	defer ping.Stop()
	for {
		select {
		case <-ctx.Done():
			return 0, "" // the client left
		case <-s.ctx.Done():
			return websocket.StatusGoingAway, "server shutting down"
		case <-ping.C:
			pctx, cancel := context.WithTimeout(ctx, wsWriteTimeout)
			err := conn.Ping(pctx)
			cancel()
			if err != nil {
				return 0, ""
			}
		case e, ok := <-sub.C():
			if !ok {
				if s.ctx.Err() != nil {
					return websocket.StatusGoingAway, "server shutting down"
				}
				return websocket.StatusTryAgainLater, fellBehind()
			}
			v, ok := event(e)
			if !ok {
				continue
			}
			if err := wsSend(ctx, conn, v); err != nil {
				if ctx.Err() == nil {
					s.logger().DebugContext(ctx, "websocket write", slog.String("error", err.Error()))
				}
				return 0, ""
			}
		}
	}
}

// wsStart registers a websocket handler with Close, unless the server is
// already closing. The mutex orders every Add before Close's Wait.
func (s *Server) wsStart() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.ws.Add(1)
	return true
}
