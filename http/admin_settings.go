package http

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
)

// The admin API's routes beyond the five of each kind: the article review
// workflow and revisions, the shop's settings and its synonyms.

func (s *Server) articleRoutes() []route {
	return []route{
		{"POST", "/v1/articles/{key}/{language}/status", s.admin(true, handleArticleStatus)},
		{"GET", "/v1/articles/{key}/{language}/versions", s.admin(false, handleArticleVersions)},
	}
}

func (s *Server) settingsRoutes() []route {
	return []route{
		{"GET", "/v1/settings", s.admin(false, handleGetSettings)},
		{"PUT", "/v1/settings", s.admin(true, handlePutSettings)},
		{"GET", "/v1/synonyms", s.admin(false, handleGetSynonyms)},
		{"PUT", "/v1/synonyms", s.admin(true, handlePutSynonyms)},
	}
}

// ArticleStatusRequest is the body of POST /v1/articles/{key}/{language}/status.
type ArticleStatusRequest struct {
	Status kefu.ArticleStatus `json:"status"`
}

// handleArticleStatus moves an article along the review workflow: draft
// -> in_review -> published, back to draft from either.
func handleArticleStatus(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req ArticleStatusRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if !req.Status.Valid() {
		s.Error(w, r, kefu.Invalidf("status", "status %q is not draft, in_review or published", req.Status))
		return
	}
	ctx := r.Context()
	a, err := s.Store.FindArticleByKey(ctx, t.ID, r.PathValue("key"), r.PathValue("language"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if m := r.Header.Get("If-Match"); m != "" && !etagMatch(m, etag(a)) {
		s.Error(w, r, kefu.Errorf(kefu.EPRECONDITION, "the article changed since you read it: load it again"))
		return
	}
	a, err = s.Store.UpdateArticleStatus(ctx, t.ID, a.ID, req.Status)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.changed("articles")(t.ID)
	w.Header().Set("ETag", etag(a))
	writeJSON(w, http.StatusOK, a)
}

// ArticleVersionsResponse lists an article's revisions, newest first.
type ArticleVersionsResponse struct {
	Versions []*kefu.ArticleVersion `json:"versions"`
}

func handleArticleVersions(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	ctx := r.Context()
	a, err := s.Store.FindArticleByKey(ctx, t.ID, r.PathValue("key"), r.PathValue("language"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	vs, err := s.Store.FindArticleVersions(ctx, t.ID, a.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ArticleVersionsResponse{Versions: vs})
}

// SettingsResponse carries a shop's name and settings. Secrets (the
// widget secret, webhook secrets) are never sent: WidgetSecretSet says
// whether one exists, and a PUT without them keeps the stored ones.
type SettingsResponse struct {
	Shop            string              `json:"shop"`
	Name            string              `json:"name"`
	Settings        kefu.TenantSettings `json:"settings"`
	WidgetSecretSet bool                `json:"widget_secret_set"`
}

// SettingsRequest is the body of PUT /v1/settings: the whole settings
// document (what GET returns under "settings").
type SettingsRequest struct {
	Settings kefu.TenantSettings `json:"settings"`
}

// publicSettings returns t's settings without secrets.
func publicSettings(t *kefu.Tenant) SettingsResponse {
	st := t.Settings
	st.WidgetSecret = ""
	st.Webhooks = slices.Clone(st.Webhooks)
	for i := range st.Webhooks {
		st.Webhooks[i].Secret = ""
	}
	return SettingsResponse{Shop: t.ID, Name: t.Name, Settings: st, WidgetSecretSet: t.Settings.WidgetSecret != ""}
}

func handleGetSettings(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	resp := publicSettings(t)
	w.Header().Set("ETag", etag(resp))
	writeJSON(w, http.StatusOK, resp)
}

// handlePutSettings replaces the settings. Secrets left empty keep their
// stored values (a webhook's by URL); If-Match makes the change
// conditional on the settings being those the editor read.
func handlePutSettings(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req SettingsRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	st := req.Settings
	if st.WidgetSecret == "" {
		st.WidgetSecret = t.Settings.WidgetSecret
	}
	for i := range st.Webhooks {
		if st.Webhooks[i].Secret != "" {
			continue
		}
		for _, old := range t.Settings.Webhooks {
			if old.URL == st.Webhooks[i].URL {
				st.Webhooks[i].Secret = old.Secret
			}
		}
	}
	s.putSettings(w, r, t, st)
}

// putSettings stores st as t's settings, refusing when If-Match names
// other settings than t's, and answers with the new settings.
func (s *Server) putSettings(w http.ResponseWriter, r *http.Request, t *kefu.Tenant, st kefu.TenantSettings) {
	if err := st.Validate(); err != nil {
		s.Error(w, r, err)
		return
	}
	err := s.Store.InTx(r.Context(), func(tx kefu.Store) error {
		cur, err := tx.FindTenantByID(r.Context(), t.ID)
		if err != nil {
			return err
		}
		if m := r.Header.Get("If-Match"); m != "" && !etagMatch(m, etag(publicSettings(cur))) {
			return kefu.Errorf(kefu.EPRECONDITION, "the settings changed since you read them: load them again and redo your change")
		}
		return tx.UpdateTenantSettings(r.Context(), t.ID, st)
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.changed("settings")(t.ID)
	t.Settings = st
	resp := publicSettings(t)
	w.Header().Set("ETag", etag(resp))
	writeJSON(w, http.StatusOK, resp)
}

// SynonymsBody is the body of GET and PUT /v1/synonyms: groups of words
// or phrases the shop's customers use for the same thing.
type SynonymsBody struct {
	Synonyms [][]string `json:"synonyms"`
}

func synonymsOf(t *kefu.Tenant) SynonymsBody {
	syn := t.Settings.Synonyms
	if syn == nil {
		syn = [][]string{}
	}
	return SynonymsBody{Synonyms: syn}
}

func handleGetSynonyms(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	body := synonymsOf(t)
	w.Header().Set("ETag", etag(body))
	writeJSON(w, http.StatusOK, body)
}

func handlePutSynonyms(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req SynonymsBody
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Synonyms == nil {
		s.Error(w, r, kefu.Invalidf("synonyms", "synonyms is required (an empty list clears them)"))
		return
	}
	if err := checkSynonyms(req.Synonyms); err != nil {
		s.Error(w, r, err)
		return
	}
	var st kefu.TenantSettings
	err := s.Store.InTx(r.Context(), func(tx kefu.Store) error {
		cur, err := tx.FindTenantByID(r.Context(), t.ID)
		if err != nil {
			return err
		}
		if m := r.Header.Get("If-Match"); m != "" && !etagMatch(m, etag(synonymsOf(cur))) {
			return kefu.Errorf(kefu.EPRECONDITION, "the synonyms changed since you read them: load them again and redo your change")
		}
		st = cur.Settings
		st.Synonyms = req.Synonyms
		return tx.UpdateTenantSettings(r.Context(), t.ID, st)
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.changed("synonyms")(t.ID)
	t.Settings = st
	body := synonymsOf(t)
	w.Header().Set("ETag", etag(body))
	writeJSON(w, http.StatusOK, body)
}

// checkSynonyms validates synonym groups: at most 5,000 groups of 2 to 50
// words or phrases of at most 100 bytes each.
func checkSynonyms(groups [][]string) error {
	if len(groups) > 5000 {
		return kefu.Invalidf("synonyms", "synonyms has over 5000 groups")
	}
	for i, g := range groups {
		field := fmt.Sprintf("synonyms[%d]", i)
		if len(g) < 2 || len(g) > 50 {
			return kefu.Invalidf(field, "%s has %d entries; a group has 2 to 50", field, len(g))
		}
		for j, w := range g {
			if strings.TrimSpace(w) == "" {
				return kefu.Invalidf(fmt.Sprintf("%s[%d]", field, j), "%s[%d] is empty", field, j)
			}
			if err := checkField(fmt.Sprintf("%s[%d]", field, j), w, 100); err != nil {
				return err
			}
		}
	}
	return nil
}
