package http

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

// Feedback routes (docs/learning.md): customers' thumbs on a bot reply,
// agents' corrections from the console, and the administrators' review
// of corrections.
func (s *Server) feedbackRoutes() []route {
	return []route{
		{"POST", "/v1/conversations/{id}/messages/{mid}/feedback", s.handleThumbs},
		{"GET", "/v1/conversations/{id}/feedback", s.handleListThumbs},
		{"GET", "/v1/feedback", s.admin(false, (*Server).handleListFeedback)},
		{"POST", "/v1/feedback/{fid}/accept", s.admin(true, reviewFeedback(kefu.FeedbackAccepted))},
		{"POST", "/v1/feedback/{fid}/reject", s.admin(true, reviewFeedback(kefu.FeedbackRejected))},
		{"POST", "/console/api/conversations/{id}/feedback", s.consolePost(s.handleAgentFeedback)},
		{"GET", "/console/api/intents", s.consoleGet(s.handleIntents)},
	}
}

// ThumbsRequest is the body of POST
// /v1/conversations/{id}/messages/{mid}/feedback: the customer's rating
// of one bot reply, "up" or "down", with an optional reason.
type ThumbsRequest struct {
	Rating string `json:"rating"`
	Reason string `json:"reason,omitempty"`
}

// FeedbackResponse wraps one piece of feedback.
type FeedbackResponse struct {
	Feedback *kefu.Feedback `json:"feedback"`
}

// findMessage returns the conversation's message with that ID; ENOTFOUND
// naming the field otherwise.
func (s *Server) findMessage(r *http.Request, c *kefu.Conversation, id int64) (*kefu.Message, error) {
	ms, err := s.Store.FindMessages(r.Context(), kefu.MessageFilter{TenantID: c.TenantID, ConversationID: c.ID, AfterID: id - 1, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(ms) == 0 || ms[0].ID != id {
		return nil, &kefu.Error{Code: kefu.ENOTFOUND, Field: "message_id", Message: "message not found in this conversation"}
	}
	return ms[0], nil
}

// handleThumbs stores a customer's thumbs up or down on a bot reply. A
// second rating of the same reply replaces the first. A thumbs-down on an
// article's answer carries the article's ID (the reply's trace), for the
// article's review.
func (s *Server) handleThumbs(w http.ResponseWriter, r *http.Request) {
	c, _, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	mid, err := strconv.ParseInt(r.PathValue("mid"), 10, 64)
	if err != nil || mid <= 0 {
		s.Error(w, r, kefu.Invalidf("mid", "message id %q is not a positive integer", r.PathValue("mid")))
		return
	}
	var req ThumbsRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	kind := map[string]string{"up": kefu.FeedbackThumbsUp, "down": kefu.FeedbackThumbsDown}[req.Rating]
	if kind == "" {
		s.Error(w, r, kefu.Invalidf("rating", "rating must be \"up\" or \"down\""))
		return
	}
	if len(req.Reason) > kefu.MaxFeedbackReasonLen {
		s.Error(w, r, kefu.Invalidf("reason", "reason is over %d bytes", kefu.MaxFeedbackReasonLen))
		return
	}
	m, err := s.findMessage(r, c, mid)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if m.Author != kefu.AuthorBot {
		s.Error(w, r, kefu.Invalidf("mid", "only the bot's replies can be rated"))
		return
	}
	f := &kefu.Feedback{TenantID: c.TenantID, Kind: kind, CustomerID: c.CustomerID, ConversationID: c.ID,
		MessageID: mid, Reason: strings.TrimSpace(req.Reason), Language: m.Language}
	if m.Trace != nil {
		f.PreviousIntent, f.ArticleID = m.Trace.Intent, m.Trace.ArticleID
	}
	if err := s.Store.CreateFeedback(r.Context(), f); err != nil {
		s.Error(w, r, err)
		return
	}
	s.flagArticle(r.Context(), f, "customer "+c.CustomerID)
	writeJSON(w, http.StatusCreated, FeedbackResponse{Feedback: f})
}

// flagArticle raises the article of a thumbs-down or of an agent's
// "article wrong / out of date" for review in the queue (freshness): an
// agent's flag takes it out of the answers until a reviewer decides, a
// customer's only queues it. The feedback is stored already; a flag that
// cannot be raised (the article was deleted meanwhile) is logged.
func (s *Server) flagArticle(ctx context.Context, f *kefu.Feedback, by string) {
	if f.ArticleID == "" {
		return
	}
	var source, problem string
	switch f.Kind {
	case kefu.FeedbackThumbsDown:
		source, problem = freshness.SourceCustomer, "customer thumbs-down"
	case kefu.FeedbackArticleWrong:
		source, problem = freshness.SourceAgent, "wrong"
	case kefu.FeedbackArticleOutdated:
		source, problem = freshness.SourceAgent, "outdated"
	default:
		return
	}
	reason := problem // a feedback reason (MaxFeedbackReasonLen) fits a flag's with it
	if f.Reason != "" {
		reason += ": " + f.Reason
	}
	if _, err := s.fresh().FlagArticle(ctx, f.TenantID, f.ArticleID, source, reason, by); err != nil {
		s.logger().Warn("feedback stored, but its article was not raised for review", slog.String("tenant", f.TenantID),
			slog.String("article", f.ArticleID), slog.String("err", err.Error()))
	}
}

// handleListThumbs returns the customer's thumbs in the conversation,
// newest first, so that a widget shows them again after a reload. Only
// thumbs: agents' corrections are the shop's, not the customer's.
func (s *Server) handleListThumbs(w http.ResponseWriter, r *http.Request) {
	c, _, err := s.authConversation(r, r.PathValue("id"), false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	out := []*kefu.Feedback{}
	for _, kind := range []string{kefu.FeedbackThumbsUp, kefu.FeedbackThumbsDown} {
		fs, err := s.Store.FindFeedback(r.Context(), kefu.FeedbackFilter{TenantID: c.TenantID, Kind: kind, ConversationID: c.ID, Limit: 500})
		if err != nil {
			s.Error(w, r, err)
			return
		}
		out = append(out, fs...)
	}
	slices.SortFunc(out, func(a, b *kefu.Feedback) int { return int(b.ID - a.ID) })
	writeJSON(w, http.StatusOK, FeedbackListResponse{Feedback: out})
}

// AgentFeedbackRequest is the body of POST
// /console/api/conversations/{id}/feedback: an agent's correction of a
// message of the conversation. Kind is one of the correction kinds
// (kefu.FeedbackRelabel, ...); the fields each needs are as in
// kefu.Feedback.
type AgentFeedbackRequest struct {
	Kind      string            `json:"kind"`
	MessageID int64             `json:"message_id,omitempty"`
	Intent    string            `json:"intent,omitempty"`
	Entities  map[string]string `json:"entities,omitempty"`
	Emotion   string            `json:"emotion,omitempty"`
	Answer    string            `json:"answer,omitempty"`
	ArticleID string            `json:"article_id,omitempty"`
	Reason    string            `json:"reason,omitempty"`
}

// handleAgentFeedback stores an agent's correction, proposed for an
// administrator's review. A relabel must be of a customer message, with
// an intent the serving model knows; it keeps the message's text and
// what kefu understood (the reply's trace).
func (s *Server) handleAgentFeedback(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req AgentFeedbackRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if !kefu.IsCorrection(req.Kind) {
		s.Error(w, r, kefu.Invalidf("kind", "kind %q is not a correction (relabel, answer_fixed, answer_flagged, article_wrong, article_outdated)", req.Kind))
		return
	}
	c, err := s.Store.FindConversationByID(r.Context(), au.agent.TenantID, r.PathValue("id"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	f := &kefu.Feedback{TenantID: c.TenantID, Kind: req.Kind, AgentID: au.agent.ID, ConversationID: c.ID,
		MessageID: req.MessageID, Intent: req.Intent, Entities: req.Entities, Emotion: req.Emotion,
		Answer: req.Answer, ArticleID: req.ArticleID, Reason: strings.TrimSpace(req.Reason)}
	if req.MessageID != 0 {
		m, err := s.findMessage(r, c, req.MessageID)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		f.Language = m.Language
		switch {
		case req.Kind == kefu.FeedbackRelabel && m.Author != kefu.AuthorCustomer:
			s.Error(w, r, kefu.Invalidf("message_id", "only customer messages can be relabelled"))
			return
		case m.Author == kefu.AuthorCustomer:
			f.Text = m.Text
			if reply, err := s.Store.FindReply(r.Context(), c.TenantID, c.ID, m.ID); err == nil && reply.Trace != nil {
				f.PreviousIntent = reply.Trace.Intent
				if f.ArticleID == "" && req.Kind != kefu.FeedbackRelabel {
					f.ArticleID = reply.Trace.ArticleID
				}
			}
		case m.Trace != nil:
			f.PreviousIntent = m.Trace.Intent
			if f.ArticleID == "" {
				f.ArticleID = m.Trace.ArticleID
			}
		}
	}
	if req.Kind == kefu.FeedbackRelabel && s.Intents != nil && req.Intent != "" && !slices.Contains(s.Intents(), req.Intent) {
		s.Error(w, r, kefu.Invalidf("intent", "intent %q is not one the model knows", req.Intent))
		return
	}
	if err := s.Store.CreateFeedback(r.Context(), f); err != nil {
		s.Error(w, r, err)
		return
	}
	s.flagArticle(r.Context(), f, au.agent.Name)
	s.Logger.Info("correction proposed", slog.String("tenant", f.TenantID), slog.Int64("feedback", f.ID),
		slog.String("kind", f.Kind), slog.String("agent", f.AgentID))
	writeJSON(w, http.StatusCreated, FeedbackResponse{Feedback: f})
}

// IntentOption is an intent an agent can pick, with a readable label.
type IntentOption struct {
	Intent string `json:"intent"`
	Label  string `json:"label"`
}

// IntentsResponse lists the serving model's intents, by label.
type IntentsResponse struct {
	Intents []IntentOption `json:"intents"`
}

func (s *Server) handleIntents(w http.ResponseWriter, r *http.Request, _ consoleAuth) {
	out := []IntentOption{}
	if s.Intents != nil {
		for _, in := range s.Intents() {
			out = append(out, IntentOption{Intent: in, Label: IntentLabel(in)})
		}
	}
	slices.SortFunc(out, func(a, b IntentOption) int { return strings.Compare(a.Label, b.Label) })
	writeJSON(w, http.StatusOK, IntentsResponse{Intents: out})
}

// IntentLabel is an intent's readable English label: "order_status" is
// "Order status", "out_of_scope" "Out of scope".
func IntentLabel(intent string) string {
	l := strings.TrimSpace(strings.ReplaceAll(intent, "_", " "))
	if l == "" {
		return intent
	}
	return strings.ToUpper(l[:1]) + l[1:]
}

// FeedbackListResponse is a page of feedback, newest first; Next is the
// before cursor of the next page (0: none).
type FeedbackListResponse struct {
	Feedback []*kefu.Feedback `json:"feedback"`
	Next     int64            `json:"next,omitempty"`
}

func (s *Server) handleListFeedback(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	q := r.URL.Query()
	f := kefu.FeedbackFilter{TenantID: t.ID, Kind: q.Get("kind"), Status: q.Get("status"), Limit: 50}
	for _, p := range []struct {
		name string
		dst  *int64
	}{{"before", &f.Before}, {"message_id", &f.MessageID}} {
		if v := q.Get(p.name); v != "" {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				s.Error(w, r, kefu.Invalidf(p.name, "%s %q is not a non-negative integer", p.name, v))
				return
			}
			*p.dst = n
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			s.Error(w, r, kefu.Invalidf("limit", "limit %q is not from 1 to 500", v))
			return
		}
		f.Limit = n
	}
	out, err := s.Store.FindFeedback(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp := FeedbackListResponse{Feedback: out}
	if resp.Feedback == nil {
		resp.Feedback = []*kefu.Feedback{}
	}
	if len(out) == f.Limit {
		resp.Next = out[len(out)-1].ID
	}
	writeJSON(w, http.StatusOK, resp)
}

// reviewFeedback accepts or rejects a correction; who reviews is the
// admin request's actor.
func reviewFeedback(status string) adminHandler {
	return func(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
		id, err := strconv.ParseInt(r.PathValue("fid"), 10, 64)
		if err != nil || id <= 0 {
			s.Error(w, r, kefu.Invalidf("fid", "feedback id %q is not a positive integer", r.PathValue("fid")))
			return
		}
		by, err := s.adminActor(r)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		f, err := s.Store.ReviewFeedback(r.Context(), t.ID, id, status, by)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		s.Logger.Info("correction reviewed", slog.String("tenant", t.ID), slog.Int64("feedback", id),
			slog.String("status", status), slog.String("by", by))
		if f.Kind == kefu.FeedbackRelabel && s.Changed != nil {
			// Accepted relabels are served as they are (docs/learning.md):
			// this node loads the shop's again, and tells the others.
			s.Changed(t.ID, "corrections")
		}
		writeJSON(w, http.StatusOK, FeedbackResponse{Feedback: f})
	}
}

// Retrainer retrains a shop's intent model in the background
// (docs/learning.md): the shadow evaluation and the promotion rule decide
// whether the candidate serves.
type Retrainer interface {
	// StartRetrain starts a retrain of the shop's model by by and returns
	// at once; ECONFLICT if one is running for the shop on this node.
	StartRetrain(tenantID, by string) error
	// Retraining reports whether a retrain of the shop's model runs on
	// this node, and the error of the last one that failed (nil if none).
	Retraining(tenantID string) (running bool, last error)
}

// ModelsResponse is the shop's intent-model versions, newest first, and
// the global versions serving every shop without its own.
type ModelsResponse struct {
	Versions []*kefu.ModelVersion `json:"versions"`
	Global   []*kefu.ModelVersion `json:"global"`
	// Retraining says a retrain of the shop's model runs now;
	// LastError is the last failed retrain's error.
	Retraining bool   `json:"retraining"`
	LastError  string `json:"last_error,omitempty"`
}

func (s *Server) modelRoutes() []route {
	return []route{
		{"GET", "/v1/models", s.admin(false, (*Server).handleListModels)},
		{"POST", "/v1/models/retrain", s.admin(true, (*Server).handleRetrain)},
	}
}

func (s *Server) handleListModels(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var resp ModelsResponse
	var err error
	if resp.Versions, err = s.Store.FindModelVersions(r.Context(), t.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	if resp.Global, err = s.Store.FindModelVersions(r.Context(), kefu.GlobalModel); err != nil {
		s.Error(w, r, err)
		return
	}
	if resp.Versions == nil {
		resp.Versions = []*kefu.ModelVersion{}
	}
	if resp.Global == nil {
		resp.Global = []*kefu.ModelVersion{}
	}
	if s.Retrainer != nil {
		var last error
		resp.Retraining, last = s.Retrainer.Retraining(t.ID)
		if last != nil {
			resp.LastError = kefu.ErrorMessage(last)
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

// handleRetrain starts a retrain of the shop's model on this node: 202
// with the versions as they are, then GET /v1/models shows the candidate
// when it is registered.
func (s *Server) handleRetrain(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	if s.Retrainer == nil {
		s.Error(w, r, kefu.Errorf(kefu.ENOTIMPLEMENTED, "retraining is not available on this node"))
		return
	}
	by, err := s.adminActor(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.Retrainer.StartRetrain(t.ID, by); err != nil {
		s.Error(w, r, err)
		return
	}
	s.Logger.Info("model retrain started", slog.String("tenant", t.ID), slog.String("by", by))
	writeJSON(w, http.StatusAccepted, map[string]bool{"retraining": true})
}
