package http

import (
	"context"
	"net/http"
	"slices"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/desk"
)

// The agent console: a page (GET /console), login and logout, a JSON API
// under /console/api and a websocket (/console/ws). Every /console/api
// request is authenticated by the session cookie (session.go); every
// state-changing one also needs the CSRF header and a same-origin request.
// The API serves the embedded console page only and is documented in
// docs/console.md rather than in the public OpenAPI document of /v1.

// consoleRoutes returns the console's routes.
func (s *Server) consoleRoutes() []route {
	return append([]route{
		{"GET", "/console", s.handleConsolePage},
		{"POST", "/console/login", s.handleConsoleLogin},
		{"POST", "/console/logout", s.handleConsoleLogout},
		{"GET", "/console/ws", s.handleConsoleWS},
		{"GET", "/console/api/me", s.consoleGet(s.handleMe)},
		{"POST", "/console/api/presence", s.consolePost(s.handlePresence)},
		{"GET", "/console/api/queue", s.consoleGet(s.handleQueue)},
		{"GET", "/console/api/conversations", s.consoleGet(s.handleMine)},
		{"GET", "/console/api/conversations/{id}", s.consoleGet(s.handleView)},
		{"GET", "/console/api/conversations/{id}/context", s.consoleGet(s.handleContext)},
		{"GET", "/console/api/conversations/{id}/assist", s.consoleGet(s.handleAssist)},
		{"POST", "/console/api/conversations/{id}/take", s.consolePost(s.handleTake)},
		{"POST", "/console/api/conversations/{id}/release", s.consolePost(s.handleRelease)},
		{"POST", "/console/api/conversations/{id}/transfer", s.consolePost(s.handleTransfer)},
		{"POST", "/console/api/conversations/{id}/close", s.consolePost(s.handleClose)},
		{"POST", "/console/api/conversations/{id}/reply", s.consolePost(s.handleReply)},
		{"POST", "/console/api/conversations/{id}/notes", s.consolePost(s.handleNote)},
		{"GET", "/console/api/conversations/{id}/attachments/{aid}", s.consoleGet(s.handleConsoleAttachment)},
		{"GET", "/console/api/canned", s.consoleGet(s.handleCanned)},
		{"GET", "/console/api/agents", s.consoleGet(s.handleAgents)},
		{"GET", "/console/api/at-risk", s.consoleGet(s.handleAtRisk)},
	}, append(s.consoleCompensationRoutes(), s.consoleProfileRoutes()...)...)
}

// consoleHandler is a console API handler for an authenticated agent.
type consoleHandler func(w http.ResponseWriter, r *http.Request, au consoleAuth)

// consoleGet wraps a read-only console handler.
func (s *Server) consoleGet(h consoleHandler) http.HandlerFunc { return s.console(h, false) }

// consolePost wraps a state-changing console handler (origin and CSRF
// checked).
func (s *Server) consolePost(h consoleHandler) http.HandlerFunc { return s.console(h, true) }

func (s *Server) console(h consoleHandler, write bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.Desk == nil {
			s.Error(w, r, kefu.Errorf(kefu.ENOTIMPLEMENTED, "the agent console is not configured"))
			return
		}
		au, err := s.authAgent(r, write)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		ctx := kefu.NewContextWithTenantID(r.Context(), au.agent.TenantID)
		ctx = kefu.NewContextWithAgentID(ctx, au.agent.ID)
		h(w, r.WithContext(ctx), au)
	}
}

// agentLanguage is the language the console shows translations in.
func agentLanguage(a *kefu.Agent, t *kefu.Tenant) string { return desk.AgentLanguage(a, t) }

// handleConsolePage serves the console page; everything on it is loaded
// by console.js through the API.
func (s *Server) handleConsolePage(w http.ResponseWriter, r *http.Request) {
	s.renderPage(w, r, http.StatusOK, "console.html", consolePage{Demo: s.Demo}, "'none'")
}

// consolePage is the data of console.html.
type consolePage struct {
	Demo bool
}

func (s *Server) handleMe(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	s.writeSession(w, r, au)
}

// PresenceRequest is the body of POST /console/api/presence.
type PresenceRequest struct {
	Presence kefu.Presence `json:"presence"`
}

// AgentResponse carries one agent.
type AgentResponse struct {
	Agent *kefu.Agent `json:"agent"`
}

func (s *Server) handlePresence(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req PresenceRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	a, err := s.Desk.SetPresence(r.Context(), au.agent, req.Presence)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, AgentResponse{Agent: a})
}

// QueueResponse is the queue, most urgent first.
type QueueResponse struct {
	Queue []desk.QueueItem `json:"queue"`
}

func (s *Server) handleQueue(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	q, err := s.Desk.Queue(r.Context(), au.agent)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if q == nil {
		q = []desk.QueueItem{}
	}
	writeJSON(w, http.StatusOK, QueueResponse{Queue: q})
}

// ConversationsResponse lists conversations.
type ConversationsResponse struct {
	Conversations []*kefu.Conversation `json:"conversations"`
}

func (s *Server) handleMine(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	cs, err := s.Desk.Mine(r.Context(), au.agent)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if cs == nil {
		cs = []*kefu.Conversation{}
	}
	writeJSON(w, http.StatusOK, ConversationsResponse{Conversations: cs})
}

func (s *Server) handleView(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	v, err := s.Desk.View(r.Context(), au.agent, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) handleContext(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	c, err := s.Desk.Context(r.Context(), au.agent, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) handleAssist(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	a, err := s.Desk.Assist(r.Context(), au.agent, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// ConversationResult carries the conversation after an action.
type ConversationResult struct {
	Conversation *kefu.Conversation `json:"conversation"`
}

// convAction runs an action that needs no body and answers with the
// conversation.
func (s *Server) convAction(w http.ResponseWriter, r *http.Request, au consoleAuth, fn func(ctx context.Context, a *kefu.Agent, id string) (*kefu.Conversation, error)) {
	c, err := fn(r.Context(), au.agent, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ConversationResult{Conversation: c})
}

func (s *Server) handleTake(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	s.convAction(w, r, au, s.Desk.Take)
}

func (s *Server) handleRelease(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	s.convAction(w, r, au, s.Desk.Release)
}

func (s *Server) handleClose(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	s.convAction(w, r, au, s.Desk.Close)
}

// TransferRequest is the body of .../transfer.
type TransferRequest struct {
	AgentID string `json:"agent_id"`
}

func (s *Server) handleTransfer(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req TransferRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.AgentID == "" {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "agent_id is required"))
		return
	}
	c, err := s.Desk.Transfer(r.Context(), au.agent, r.PathValue("id"), req.AgentID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ConversationResult{Conversation: c})
}

// ReplyRequest is the body of .../reply. Language is the language Text
// is written in (default: the agent's); ClientMessageID makes retries
// safe.
type ReplyRequest struct {
	Text            string `json:"text"`
	Language        string `json:"language,omitempty"`
	ClientMessageID string `json:"client_message_id,omitempty"`
}

func (s *Server) handleReply(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req ReplyRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	lang, err := checkMessageInput(req.Text, req.ClientMessageID, req.Language)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	res, err := s.Desk.Reply(r.Context(), au.agent, r.PathValue("id"), desk.ReplyRequest{Text: req.Text, Language: lang, ClientMessageID: req.ClientMessageID})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// NoteRequest is the body of .../notes.
type NoteRequest struct {
	Text string `json:"text"`
}

// NoteResponse carries the stored note.
type NoteResponse struct {
	Note *kefu.Note `json:"note"`
}

func (s *Server) handleNote(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req NoteRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	n, err := s.Desk.Note(r.Context(), au.agent, r.PathValue("id"), req.Text)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, NoteResponse{Note: n})
}

// CannedResponse lists the tenant's canned replies, those in the agent's
// language first, each language's by ID.
type CannedResponse struct {
	CannedReplies []*kefu.CannedReply `json:"canned_replies"`
}

func (s *Server) handleCanned(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	t, err := s.Store.FindTenantByID(r.Context(), au.agent.TenantID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	// The first 1000 (the filter's default): a console list, not an export.
	out, err := s.Store.FindCannedReplies(r.Context(), kefu.CannedReplyFilter{TenantID: t.ID})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	lang := agentLanguage(au.agent, t)
	slices.SortStableFunc(out, func(a, b *kefu.CannedReply) int {
		ra, rb := rankLang(a.Language, lang, au.agent.Languages), rankLang(b.Language, lang, au.agent.Languages)
		return ra - rb
	})
	if out == nil {
		out = []*kefu.CannedReply{}
	}
	writeJSON(w, http.StatusOK, CannedResponse{CannedReplies: out})
}

// rankLang orders languages: the agent's first language, then their
// other languages, then the rest.
func rankLang(l, first string, langs []string) int {
	switch {
	case l == first:
		return 0
	case slices.Contains(langs, l):
		return 1
	}
	return 2
}

// ConsoleAgent is a colleague as the transfer list shows them.
type ConsoleAgent struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Role      kefu.AgentRole `json:"role"`
	Presence  kefu.Presence  `json:"presence"`
	Languages []string       `json:"languages,omitempty"`
	Load      int            `json:"load"`
	MaxChats  int            `json:"max_chats"`
}

// AgentsResponse lists the tenant's agents.
type AgentsResponse struct {
	Agents []ConsoleAgent `json:"agents"`
}

// handleAgents lists the tenant's agents with their load, for transfers.
// Any agent may list them (no emails or other personal data).
func (s *Server) handleAgents(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	ctx := r.Context()
	agents, err := s.Store.FindAgents(ctx, kefu.AgentFilter{TenantID: au.agent.TenantID, Limit: 1000})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	out := make([]ConsoleAgent, 0, len(agents))
	for _, a := range agents {
		if a.Disabled { // nobody can transfer to them
			continue
		}
		load, err := s.Store.CountAgentConversations(ctx, a.TenantID, a.ID)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		out = append(out, ConsoleAgent{ID: a.ID, Name: a.Name, Role: a.Role, Presence: a.Presence, Languages: a.Languages, Load: load, MaxChats: a.MaxChats})
	}
	writeJSON(w, http.StatusOK, AgentsResponse{Agents: out})
}
