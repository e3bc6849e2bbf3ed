package http

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

// Knowledge freshness (docs/feeds.md): catalogue and promotion feeds,
// the review queue and mined suggestions, under /v1/admin; and the
// console's "this article is wrong" flag.

// MaxFeedBodyBytes is the largest feed a webhook delivery may carry.
const MaxFeedBodyBytes = 32 << 20

// Feed signature headers: kefu's own ("sha256=" and the hex HMAC-SHA256
// of the body under the source's secret, as GitHub signs) and Shopify's
// (the base64 HMAC-SHA256 of the body).
const (
	FeedSignatureHeader    = "X-Kefu-Signature"
	ShopifySignatureHeader = "X-Shopify-Hmac-Sha256"
)

func (s *Server) feedRoutes() []route {
	return []route{
		{"GET", "/v1/admin/feeds", s.admin(false, handleListFeeds)},
		{"GET", "/v1/admin/feeds/{name}", s.admin(false, handleGetFeed)},
		{"PUT", "/v1/admin/feeds/{name}", s.admin(true, handlePutFeed)},
		{"DELETE", "/v1/admin/feeds/{name}", s.admin(true, handleDeleteFeed)},
		{"POST", "/v1/admin/feeds/{name}", s.handleFeedDelivery},
		{"POST", "/v1/admin/feeds/{name}/poll", s.admin(true, handlePollFeed)},
		{"GET", "/v1/admin/review", s.admin(false, handleReviewQueue)},
		{"PUT", "/v1/admin/review/{id}", s.admin(true, handleReviewEdit)},
		{"POST", "/v1/admin/review/{id}/approve", s.admin(true, handleReviewApprove)},
		{"POST", "/v1/admin/review/{id}/reject", s.admin(true, handleReviewReject)},
		{"POST", "/v1/admin/suggestions", s.admin(true, handleMineSuggestions)},
	}
}

// feedHookRoutes are the freshness routes outside the admin API: the
// keyless signed feed webhook and the console's flag.
func (s *Server) feedHookRoutes() []route {
	return []route{
		{"POST", "/v1/feeds/{tenant}/{name}", s.handleSignedFeedDelivery},
		{"POST", "/console/api/articles/{id}/flag", s.consolePost(s.handleConsoleFlagArticle)},
	}
}

// fresh returns Freshness, or a service on Store whose changes drop the
// shop's caches of products, promotions and articles (Changed).
func (s *Server) fresh() *freshness.Service {
	s.freshOnce.Do(func() {
		s.freshOwn = s.Freshness
		if s.freshOwn == nil {
			s.freshOwn = &freshness.Service{Store: s.Store, Now: s.Now, Logger: s.logger(), Changed: func(tenantID string) {
				for _, kind := range []string{"products", "promotions", "articles"} {
					s.changed(kind)(tenantID)
				}
			}}
		}
	})
	return s.freshOwn
}

// FeedSourceItem is a feed source as the admin API gives and takes it.
// The secret is never given back: SecretSet says whether there is one;
// a PUT without a secret keeps the stored one, unless ClearSecret.
type FeedSourceItem struct {
	Name     string          `json:"name"`
	Format   kefu.FeedFormat `json:"format"`
	URL      string          `json:"url,omitempty"`
	Interval string          `json:"interval,omitempty"` // a Go duration, "15m"
	Language string          `json:"language,omitempty"`
	Currency string          `json:"currency,omitempty"`
	Secret   string          `json:"secret,omitempty"`
	// ClearSecret removes the stored secret (PUT only).
	ClearSecret bool      `json:"clear_secret,omitempty"`
	SecretSet   bool      `json:"secret_set"`
	LastRunAt   time.Time `json:"last_run_at,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	UpdatedAt   time.Time `json:"updated_at,omitzero"`
}

func feedItem(src *kefu.FeedSource) *FeedSourceItem {
	it := &FeedSourceItem{Name: src.Name, Format: src.Format, URL: src.URL, Language: src.Language, Currency: src.Currency,
		SecretSet: src.Secret != "", LastRunAt: src.LastRunAt, LastError: src.LastError, UpdatedAt: src.UpdatedAt}
	if src.URL != "" {
		it.Interval = src.PollInterval().String()
	}
	return it
}

// FeedSourcesResponse lists a shop's feed sources.
type FeedSourcesResponse struct {
	Items []*FeedSourceItem `json:"items"`
}

func handleListFeeds(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	srcs, err := s.Store.FindFeedSources(r.Context(), t.ID, false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	out := FeedSourcesResponse{Items: []*FeedSourceItem{}}
	for _, src := range srcs {
		out.Items = append(out.Items, feedItem(src))
	}
	writeJSON(w, http.StatusOK, out)
}

func handleGetFeed(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	src, err := s.Store.FindFeedSource(r.Context(), t.ID, r.PathValue("name"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, feedItem(src))
}

func handlePutFeed(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var it FeedSourceItem
	if err := s.decode(w, r, &it); err != nil {
		s.Error(w, r, err)
		return
	}
	name := r.PathValue("name")
	if it.Name != "" && it.Name != name {
		s.Error(w, r, kefu.Invalidf("name", "name %q is not the name in the path, %q", it.Name, name))
		return
	}
	src := &kefu.FeedSource{TenantID: t.ID, Name: name, Format: it.Format, URL: it.URL, Language: it.Language,
		Currency: it.Currency, Secret: it.Secret}
	if it.Interval != "" {
		d, err := time.ParseDuration(it.Interval)
		if err != nil {
			s.Error(w, r, kefu.Invalidf("interval", "interval %q is not a duration like 15m or 1h", it.Interval))
			return
		}
		src.Interval = d
	}
	if err := s.Store.UpsertFeedSource(r.Context(), src, it.ClearSecret); err != nil {
		s.Error(w, r, err)
		return
	}
	got, err := s.Store.FindFeedSource(r.Context(), t.ID, name)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, feedItem(got))
}

func handleDeleteFeed(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	if err := s.Store.DeleteFeedSource(r.Context(), t.ID, r.PathValue("name")); err != nil {
		s.Error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleFeedDelivery takes a feed delivered by the shop's systems with
// an admin key (or an admin's session); when the source has a secret,
// the body must carry its signature too.
func (s *Server) handleFeedDelivery(w http.ResponseWriter, r *http.Request) {
	tenantID, err := s.authAdmin(r, true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.deliverFeed(w, r, tenantID, false)
}

// handleSignedFeedDelivery takes a feed signed with the source's secret
// and no key: Shopify's webhooks, which cannot send a bearer token,
// sign their bodies this way. A source without a secret refuses it.
func (s *Server) handleSignedFeedDelivery(w http.ResponseWriter, r *http.Request) {
	s.deliverFeed(w, r, r.PathValue("tenant"), true)
}

func (s *Server) deliverFeed(w http.ResponseWriter, r *http.Request, tenantID string, signedOnly bool) {
	ctx := r.Context()
	src, err := s.Store.FindFeedSource(ctx, tenantID, r.PathValue("name"))
	if err != nil {
		if signedOnly && kefu.ErrorCode(err) == kefu.ENOTFOUND {
			// Do not tell strangers which shops and feeds exist.
			err = kefu.Errorf(kefu.EUNAUTHORIZED, "missing or bad signature")
		}
		s.Error(w, r, err)
		return
	}
	if r.ContentLength > MaxFeedBodyBytes {
		s.Error(w, r, kefu.Errorf(kefu.ETOOLARGE, "a feed is at most %d bytes", MaxFeedBodyBytes))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxFeedBodyBytes))
	if err != nil {
		s.Error(w, r, bodyReadError(r, err, MaxFeedBodyBytes))
		return
	}
	switch {
	case signedOnly && src.Secret == "":
		s.Error(w, r, kefu.Errorf(kefu.EUNAUTHORIZED, "missing or bad signature"))
		return
	case src.Secret != "" && !validFeedSignature(r.Header, body, src.Secret):
		s.Error(w, r, kefu.Errorf(kefu.EUNAUTHORIZED, "missing or bad signature: send %s: sha256=<hex HMAC-SHA256 of the body> or %s",
			FeedSignatureHeader, ShopifySignatureHeader))
		return
	}
	res, err := s.fresh().Deliver(kefu.NewContextWithTenantID(ctx, tenantID), src, body)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// validFeedSignature reports whether h carries a valid signature of body
// under secret in either header.
func validFeedSignature(h http.Header, body []byte, secret string) bool {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	sum := m.Sum(nil)
	if v, ok := strings.CutPrefix(h.Get(FeedSignatureHeader), "sha256="); ok {
		if got, err := hex.DecodeString(v); err == nil && hmac.Equal(got, sum) {
			return true
		}
	}
	if v := h.Get(ShopifySignatureHeader); v != "" {
		if got, err := base64.StdEncoding.DecodeString(v); err == nil && hmac.Equal(got, sum) {
			return true
		}
	}
	return false
}

func handlePollFeed(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	src, err := s.Store.FindFeedSource(r.Context(), t.ID, r.PathValue("name"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	res, err := s.fresh().Poll(r.Context(), s.FeedClient, src)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// ReviewQueueItem is an article in the review queue: the article, why it
// is there (its open flags, newest first) and whether it is out of the
// answers meanwhile.
type ReviewQueueItem struct {
	Article   *kefu.Article        `json:"article"`
	Kind      kefu.ArticleFlagKind `json:"kind"` // stale, flagged or draft: the most urgent of its flags
	Withdrawn bool                 `json:"withdrawn"`
	Flags     []*kefu.ArticleFlag  `json:"flags"`
}

// ReviewQueueResponse is the review queue, withdrawn articles first, and
// how many items of each kind it holds.
type ReviewQueueResponse struct {
	Items  []*ReviewQueueItem `json:"items"`
	Counts map[string]int     `json:"counts"`
}

func handleReviewQueue(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	kind := kefu.ArticleFlagKind(r.URL.Query().Get("kind"))
	if kind != "" && !kind.Valid() {
		s.Error(w, r, kefu.Invalidf("kind", "kind %q is not draft, stale or flagged", kind))
		return
	}
	q, err := s.fresh().Queue(r.Context(), t.ID, "")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	out := ReviewQueueResponse{Items: []*ReviewQueueItem{}, Counts: map[string]int{"draft": 0, "stale": 0, "flagged": 0}}
	for _, it := range q {
		k := it.Kind()
		out.Counts[string(k)]++
		if kind == "" || kind == k {
			out.Items = append(out.Items, &ReviewQueueItem{Article: it.Article, Kind: k, Withdrawn: it.Withdrawn, Flags: it.Flags})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// ReviewEditRequest is the body of PUT /v1/admin/review/{id}.
type ReviewEditRequest struct {
	Title string `json:"title"`
	Body  string `json:"body"`
}

func handleReviewEdit(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req ReviewEditRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := firstError(checkField("title", req.Title, maxNameBytes), checkLong("body", req.Body)); err != nil {
		s.Error(w, r, err)
		return
	}
	a, err := s.fresh().Edit(r.Context(), t.ID, r.PathValue("id"), req.Title, req.Body)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// ReviewDecisionRequest is the body of the approve and reject routes;
// a rejection needs a reason.
type ReviewDecisionRequest struct {
	Reason string `json:"reason"`
}

func handleReviewApprove(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	reviewDecision(s, w, r, t, s.fresh().Approve)
}

func handleReviewReject(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	reviewDecision(s, w, r, t, s.fresh().Reject)
}

func reviewDecision(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant,
	decide func(ctx context.Context, tenantID, articleID, reason, by string) (*kefu.Article, error)) {
	var req ReviewDecisionRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := checkLong("reason", req.Reason); err != nil {
		s.Error(w, r, err)
		return
	}
	if len(req.Reason) > kefu.MaxFlagReasonLen {
		s.Error(w, r, kefu.Invalidf("reason", "reason is longer than %d bytes", kefu.MaxFlagReasonLen))
		return
	}
	a, err := decide(r.Context(), t.ID, r.PathValue("id"), req.Reason, s.reviewer(r))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// reviewer names who makes an admin request for the review record, as
// people read it on the admin page: the agent of a session by name, or
// the API key by its name (adminActor gives ids, for logs).
func (s *Server) reviewer(r *http.Request) string {
	if tok := bearer(r); tok != "" {
		if k, err := s.apiKey(r.Context(), tok); err == nil {
			if k.Name != "" {
				return "API key " + k.Name
			}
			return "API key " + k.Prefix
		}
		return "API key"
	}
	if au, err := s.authAgent(r, false); err == nil {
		return au.agent.Name
	}
	return ""
}

// SuggestionsRequest is the body of POST /v1/admin/suggestions.
type SuggestionsRequest struct {
	// Since limits the mining to conversations closed after it; zero
	// means the last 90 days.
	Since time.Time `json:"since,omitzero"`
	// MinSupport is how many conversations a question needs to become a
	// suggestion; 0 means freshness.DefaultMinSupport.
	MinSupport int `json:"min_support,omitempty"`
}

func handleMineSuggestions(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req SuggestionsRequest
	if r.ContentLength != 0 {
		if err := s.decode(w, r, &req); err != nil {
			s.Error(w, r, err)
			return
		}
	}
	if req.MinSupport < 0 {
		s.Error(w, r, kefu.Invalidf("min_support", "min_support %d is negative", req.MinSupport))
		return
	}
	res, err := s.fresh().Suggest(r.Context(), t.ID, freshness.SuggestOptions{Since: req.Since, MinSupport: req.MinSupport})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// ConsoleFlagRequest is the body of POST /console/api/articles/{id}/flag:
// the agent says an article (the one a bot reply used, named in its
// trace) is wrong or outdated.
type ConsoleFlagRequest struct {
	Problem string `json:"problem"` // "wrong" or "outdated"
	Reason  string `json:"reason,omitempty"`
}

func (s *Server) handleConsoleFlagArticle(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	var req ConsoleFlagRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Problem != "wrong" && req.Problem != "outdated" {
		s.Error(w, r, kefu.Invalidf("problem", "problem %q is not wrong or outdated", req.Problem))
		return
	}
	if err := checkLong("reason", req.Reason); err != nil {
		s.Error(w, r, err)
		return
	}
	reason := req.Problem
	if strings.TrimSpace(req.Reason) != "" {
		reason += ": " + strings.TrimSpace(req.Reason)
	}
	if len(reason) > kefu.MaxFlagReasonLen {
		s.Error(w, r, kefu.Invalidf("reason", "reason is longer than %d bytes", kefu.MaxFlagReasonLen-len(req.Problem)-2))
		return
	}
	f, err := s.fresh().FlagArticle(r.Context(), au.agent.TenantID, r.PathValue("id"), freshness.SourceAgent, reason, au.agent.Name)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, f)
}
