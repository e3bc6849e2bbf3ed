package http

import (
	"net/http"
	"slices"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/password"
)

// The admin API's routes for who may use the shop: its API keys and its
// agents. Plain keys and passwords are never stored or returned again: a
// new key is shown once, in the reply that made it.

func (s *Server) peopleRoutes() []route {
	return []route{
		{"GET", "/v1/keys", s.admin(false, handleListKeys)},
		{"POST", "/v1/keys", s.admin(true, handleCreateKey)},
		{"DELETE", "/v1/keys/{id}", s.admin(true, handleRevokeKey)},
		{"GET", "/v1/agents", s.admin(false, handleListAgents)},
		{"POST", "/v1/agents", s.admin(true, handleCreateAgent)},
		{"PUT", "/v1/agents/{email}", s.admin(true, handleUpdateAgent)},
	}
}

// KeysResponse lists a shop's API keys, newest first, revoked ones too.
type KeysResponse struct {
	Items []*kefu.APIKey `json:"items"`
}

func handleListKeys(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	ks, err := s.Store.FindAPIKeys(r.Context(), t.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if ks == nil {
		ks = []*kefu.APIKey{}
	}
	writeJSON(w, http.StatusOK, KeysResponse{Items: ks})
}

// CreateKeyRequest is the body of POST /v1/keys.
type CreateKeyRequest struct {
	Name  string        `json:"name"`
	Scope kefu.KeyScope `json:"scope"`
}

// CreateKeyResponse carries a new key; APIKey is the plain key, shown
// this once.
type CreateKeyResponse struct {
	Key    *kefu.APIKey `json:"key"`
	APIKey string       `json:"api_key"`
}

func handleCreateKey(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req CreateKeyRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Scope == "" {
		req.Scope = kefu.ScopeChat
	}
	if !req.Scope.Valid() {
		s.Error(w, r, kefu.Invalidf("scope", "scope %q is not chat or admin", req.Scope))
		return
	}
	if err := checkField("name", req.Name, 100); err != nil {
		s.Error(w, r, err)
		return
	}
	k, plain := kefu.NewAPIKey(t.ID, req.Name, req.Scope)
	if err := s.Store.CreateAPIKey(r.Context(), k); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, CreateKeyResponse{Key: k, APIKey: plain})
}

func handleRevokeKey(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	if err := s.Store.RevokeAPIKey(r.Context(), t.ID, r.PathValue("id")); err != nil {
		s.Error(w, r, err)
		return
	}
	// This node stops accepting the key at once; others when Changed
	// tells them (with the NATS bus), else within keyCacheTTL.
	s.keys.forget(t.ID)
	s.changed("keys")(t.ID)
	w.WriteHeader(http.StatusNoContent)
}

// AgentListResponse lists a shop's agents by email, disabled ones too.
type AgentListResponse struct {
	Items []*kefu.Agent `json:"items"`
}

func handleListAgents(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	as, err := s.Store.FindAgents(r.Context(), kefu.AgentFilter{TenantID: t.ID, Limit: 1000})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if as == nil {
		as = []*kefu.Agent{}
	}
	writeJSON(w, http.StatusOK, AgentListResponse{Items: as})
}

// AgentRequest is the body of POST /v1/agents and PUT /v1/agents/{email}.
// In a PUT, absent fields keep their values; Password, when set, replaces
// the password (which ends the agent's sessions).
type AgentRequest struct {
	Email     string          `json:"email,omitempty"`
	Name      *string         `json:"name,omitempty"`
	Role      *kefu.AgentRole `json:"role,omitempty"`
	Languages []string        `json:"languages,omitempty"`
	Skills    []string        `json:"skills,omitempty"`
	MaxChats  *int            `json:"max_chats,omitempty"`
	Disabled  *bool           `json:"disabled,omitempty"`
	Password  string          `json:"password,omitempty"`
}

// check validates the request's fields, hashing a password; who is the
// caller (nil for an API key, which acts as the shop's owner).
func (req *AgentRequest) check(who *kefu.Agent, target *kefu.Agent) (hash string, err error) {
	if req.Name != nil {
		if err := checkField("name", *req.Name, maxNameBytes); err != nil {
			return "", err
		}
	}
	if req.Role != nil && !req.Role.Valid() {
		return "", kefu.Invalidf("role", "role %q is not owner, admin or agent", *req.Role)
	}
	for i, l := range req.Languages {
		if _, err := kefu.ParseLanguage(l); err != nil {
			return "", kefu.InField("languages", kefu.Invalidf("", "languages[%d] %q is not a language tag like \"en\"", i, l))
		}
	}
	for _, sk := range req.Skills {
		if err := checkID("skills", sk); err != nil {
			return "", err
		}
	}
	if req.MaxChats != nil && (*req.MaxChats < 1 || *req.MaxChats > 100) {
		return "", kefu.Invalidf("max_chats", "max_chats %d is not between 1 and 100", *req.MaxChats)
	}
	// Only owners make or change owners; nobody disables or demotes
	// themselves, so a shop cannot lock itself out by a slip.
	callerOwner := who == nil || who.Role == kefu.RoleOwner
	if !callerOwner && (req.Role != nil && *req.Role == kefu.RoleOwner || target != nil && target.Role == kefu.RoleOwner) {
		return "", kefu.Errorf(kefu.EFORBIDDEN, "only an owner may make or change an owner")
	}
	if who != nil && target != nil && who.ID == target.ID &&
		(req.Disabled != nil && *req.Disabled || req.Role != nil && *req.Role != who.Role) {
		return "", kefu.Errorf(kefu.ECONFLICT, "you cannot disable yourself or change your own role")
	}
	if req.Password != "" {
		if err := password.Validate(req.Password); err != nil {
			return "", kefu.Invalidf("password", "%s", err.Error())
		}
		return password.Hash(req.Password)
	}
	return "", nil
}

// caller returns the signed-in agent of a session request, nil for an
// API key.
func (s *Server) caller(r *http.Request) *kefu.Agent {
	if bearer(r) != "" {
		return nil
	}
	au, err := s.authAgent(r, false)
	if err != nil {
		return nil
	}
	return au.agent
}

func handleCreateAgent(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req AgentRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	email := kefu.NormalizeEmail(req.Email)
	if err := checkField("email", email, maxNameBytes); err != nil || !validEmail(email) {
		s.Error(w, r, kefu.Invalidf("email", "email %q is not an email address", truncate(req.Email, 80)))
		return
	}
	hash, err := req.check(s.caller(r), nil)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	a := &kefu.Agent{TenantID: t.ID, Email: email, PasswordHash: hash, Languages: req.Languages, Skills: req.Skills}
	if req.Name != nil {
		a.Name = *req.Name
	}
	if req.Role != nil {
		a.Role = *req.Role
	}
	if req.MaxChats != nil {
		a.MaxChats = *req.MaxChats
	}
	if req.Disabled != nil {
		a.Disabled = *req.Disabled
	}
	if err := s.Store.CreateAgent(r.Context(), a); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, AgentResponse{Agent: a})
}

func handleUpdateAgent(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	var req AgentRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	target, err := s.Store.FindAgentByEmail(ctx, t.ID, r.PathValue("email"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Email != "" && kefu.NormalizeEmail(req.Email) != target.Email {
		s.Error(w, r, kefu.Invalidf("email", "an agent's email cannot change; create a new agent"))
		return
	}
	hash, err := req.check(s.caller(r), target)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	upd := kefu.AgentUpdate{Name: req.Name, Role: req.Role, MaxChats: req.MaxChats, Disabled: req.Disabled,
		Languages: req.Languages, Skills: req.Skills}
	if hash != "" {
		upd.PasswordHash = &hash
	}
	if req.Disabled != nil && *req.Disabled {
		off := kefu.PresenceOffline
		upd.Presence = &off
	}
	a, err := s.Store.UpdateAgent(ctx, t.ID, target.ID, upd)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, AgentResponse{Agent: a})
}

// validEmail is a loose check: one @ with text on both sides and a dot in
// the domain.
func validEmail(e string) bool {
	at := -1
	for i, c := range e {
		if c == '@' {
			if at >= 0 {
				return false
			}
			at = i
		}
		if c == ' ' {
			return false
		}
	}
	return at > 0 && at < len(e)-3 && slices.Contains([]byte(e[at+1:]), '.')
}
