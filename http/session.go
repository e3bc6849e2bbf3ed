package http

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/password"
)

// Agent sessions.
//
// A console session is a stateless signed cookie: the payload (tenant,
// agent, a random session nonce, expiry and a fingerprint of the agent's
// password hash) is signed with HMAC-SHA256 under Server.SessionKey. The
// server keeps nothing per session, so any node with the same key accepts
// it. Trade-offs (docs/console.md): a copied cookie stays valid until it
// expires even after logout (logout clears the browser's copy only);
// changing the password ends every session of the agent at once (the
// fingerprint no longer matches); deleting the agent ends them too; a key
// chosen at random per process ends all sessions on restart.
//
// CSRF: every state-changing console request must carry the session's
// token in X-CSRF-Token (HMAC of the nonce, compared in constant time) and
// must not come from another origin (Origin, else Sec-Fetch-Site). The
// cookie is SameSite=Strict and HttpOnly as well.

// Session settings.
const (
	// SessionCookie is the console session cookie's name.
	SessionCookie = "kefu_console"
	// CSRFHeader carries the session's CSRF token.
	CSRFHeader = "X-CSRF-Token"
	// DefaultSessionTTL is how long a console session lasts when
	// Server.SessionTTL is 0.
	DefaultSessionTTL = 12 * time.Hour
	// MinSessionKeyBytes is the shortest accepted Server.SessionKey.
	MinSessionKeyBytes = 32
)

var b64 = base64.RawURLEncoding

// session is the signed payload of the cookie.
type session struct {
	Tenant  string `json:"t"`
	Agent   string `json:"a"`
	Nonce   string `json:"n"`
	Expires int64  `json:"x"` // Unix seconds
	// PW fingerprints the password hash the session was made with.
	PW string `json:"p"`
}

// sessionKey returns the signing key, made at random on first use when
// the server was given none.
func (s *Server) sessionKey() []byte {
	s.keyOnce.Do(func() {
		if len(s.SessionKey) > 0 {
			s.key = s.SessionKey
			return
		}
		s.key = make([]byte, 32)
		if _, err := rand.Read(s.key); err != nil {
			panic("http: crypto/rand failed: " + err.Error())
		}
	})
	return s.key
}

func (s *Server) mac(parts ...string) []byte {
	m := hmac.New(sha256.New, s.sessionKey())
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return m.Sum(nil)
}

// pwFingerprint ties a session to the password hash it was made with.
func (s *Server) pwFingerprint(hash string) string {
	return hex.EncodeToString(s.mac("pw", hash)[:8])
}

// csrfToken is the CSRF token of a session.
func (s *Server) csrfToken(sess session) string {
	return b64.EncodeToString(s.mac("csrf", sess.Nonce))
}

func (s *Server) sessionTTL() time.Duration {
	if s.SessionTTL > 0 {
		return s.SessionTTL
	}
	return DefaultSessionTTL
}

// encodeSession signs a session into a cookie value.
func (s *Server) encodeSession(sess session) string {
	payload, _ := json.Marshal(sess)
	p := b64.EncodeToString(payload)
	return "v1." + p + "." + b64.EncodeToString(s.mac("session", p))
}

// decodeSession verifies a cookie value and returns its session, unless
// it is malformed, forged or expired.
func (s *Server) decodeSession(v string) (session, bool) {
	var sess session
	parts := strings.Split(v, ".")
	if len(parts) != 3 || parts[0] != "v1" || len(v) > 1024 {
		return sess, false
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, s.mac("session", parts[1])) {
		return sess, false
	}
	payload, err := b64.DecodeString(parts[1])
	if err != nil || json.Unmarshal(payload, &sess) != nil {
		return sess, false
	}
	if sess.Tenant == "" || sess.Agent == "" || sess.Nonce == "" || s.now().Unix() >= sess.Expires {
		return sess, false
	}
	return sess, true
}

// setSessionCookie writes the cookie; maxAge < 0 deletes it. Its path is
// the whole site, not /console alone, because the admin pages (/admin)
// call the admin API under /v1 with the same session; SameSite=Strict, the
// CSRF header on writes and CORS without credentials keep other sites
// from using it.
func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, value string, expires time.Time, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name:     SessionCookie,
		Value:    value,
		Path:     "/",
		Expires:  expires,
		MaxAge:   maxAge,
		HttpOnly: true,
		Secure:   r.TLS != nil || s.SecureCookies,
		SameSite: http.SameSiteStrictMode,
	})
}

// consoleAuth is an authenticated console request.
type consoleAuth struct {
	agent *kefu.Agent
	sess  session
}

// authAgent authenticates a console request from its session cookie and
// loads the agent. write marks a state-changing request, which must also
// pass the origin check and carry the CSRF token.
func (s *Server) authAgent(r *http.Request, write bool) (consoleAuth, error) {
	if write {
		if err := checkOrigin(r); err != nil {
			return consoleAuth{}, err
		}
	}
	c, err := r.Cookie(SessionCookie)
	if err != nil {
		return consoleAuth{}, kefu.Errorf(kefu.EUNAUTHORIZED, "please log in")
	}
	sess, ok := s.decodeSession(c.Value)
	if !ok {
		return consoleAuth{}, kefu.Errorf(kefu.EUNAUTHORIZED, "your session has expired; please log in again")
	}
	a, err := s.Store.FindAgentByID(r.Context(), sess.Tenant, sess.Agent)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return consoleAuth{}, kefu.Errorf(kefu.EUNAUTHORIZED, "your session has expired; please log in again")
	} else if err != nil {
		return consoleAuth{}, err
	}
	if subtle.ConstantTimeCompare([]byte(s.pwFingerprint(a.PasswordHash)), []byte(sess.PW)) != 1 {
		return consoleAuth{}, kefu.Errorf(kefu.EUNAUTHORIZED, "your session has expired; please log in again")
	}
	// Disabling an agent ends their sessions at their next request.
	if a.Disabled {
		return consoleAuth{}, kefu.Errorf(kefu.EUNAUTHORIZED, "your account is disabled; ask an admin of the shop")
	}
	if write {
		tok := r.Header.Get(CSRFHeader)
		if tok == "" || !hmac.Equal([]byte(tok), []byte(s.csrfToken(sess))) {
			return consoleAuth{}, kefu.Errorf(kefu.EFORBIDDEN, "missing or wrong CSRF token")
		}
	}
	return consoleAuth{agent: a, sess: sess}, nil
}

// checkOrigin refuses requests a browser sent from another site: the
// Origin header, when present, must name this host; without it,
// Sec-Fetch-Site must not say cross-site. Clients that send neither (curl,
// scripts) pass, and still need the CSRF token.
func checkOrigin(r *http.Request) error {
	forbidden := kefu.Errorf(kefu.EFORBIDDEN, "cross-origin request refused")
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || o == "null" || !strings.EqualFold(u.Host, r.Host) {
			return forbidden
		}
		return nil
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
		return nil
	}
	return forbidden
}

// LoginRequest is the body of POST /console/login.
type LoginRequest struct {
	Tenant   string `json:"tenant"`
	Email    string `json:"email"`
	Password string `json:"password"`
}

// SessionResponse answers a login and GET /console/api/me: the agent and
// the CSRF token to send in X-CSRF-Token with every change.
type SessionResponse struct {
	Agent     *kefu.Agent `json:"agent"`
	TenantID  string      `json:"tenant_id"`
	Tenant    string      `json:"tenant_name"`
	Language  string      `json:"language"`
	CSRFToken string      `json:"csrf_token"`
	ExpiresAt time.Time   `json:"expires_at"`
}

// dummyHash is checked for unknown emails so that they take as long as a
// wrong password.
var dummyHash = sync.OnceValue(func() string {
	h, err := password.Hash("kefu-no-such-agent-" + strconv.FormatInt(time.Now().UnixNano(), 36))
	if err != nil {
		panic("http: " + err.Error())
	}
	return h
})

func (s *Server) handleConsoleLogin(w http.ResponseWriter, r *http.Request) {
	if err := checkOrigin(r); err != nil {
		s.Error(w, r, err)
		return
	}
	var req LoginRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	email := kefu.NormalizeEmail(req.Email)
	if req.Tenant == "" || email == "" || req.Password == "" {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "tenant, email and password are required"))
		return
	}
	if len(email) > 254 || len(req.Tenant) > 64 || len(req.Password) > 1024 {
		s.Error(w, r, kefu.Errorf(kefu.EINVALID, "tenant, email or password is too long"))
		return
	}
	ctx := r.Context()
	dev := s.knownDevice(r, req.Tenant, email)
	keys := s.loginKeysFor(r, req.Tenant, email, dev)
	wait, err := s.loginThrottle().Charge(ctx, s.now(), keys.charge)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if wait > 0 {
		w.Header().Set("Retry-After", retryAfter(wait))
		s.Error(w, r, errLoginThrottled(wait))
		return
	}
	var a *kefu.Agent
	if kefu.ValidTenantID(req.Tenant) {
		a, err = s.Store.FindAgentByEmail(ctx, req.Tenant, email)
	} else {
		err = kefu.Errorf(kefu.ENOTFOUND, "no such agent")
	}
	if err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
		s.Error(w, r, err)
		return
	}
	hash := dummyHash()
	if a != nil && a.PasswordHash != "" {
		hash = a.PasswordHash
	}
	// The check runs for unknown agents too (against a dummy hash), and
	// both failures answer the same, so that emails cannot be probed. A
	// disabled agent is refused the same way, after the check, so that
	// the answer tells nothing of the account either.
	// The attempt was charged as a failure already (so that parallel
	// guesses are counted one by one); a success takes it back.
	if ok := password.Check(hash, req.Password); !ok || a == nil || a.PasswordHash == "" || a.Disabled {
		s.Error(w, r, kefu.Errorf(kefu.EUNAUTHORIZED, "wrong tenant, email or password"))
		return
	}
	if err := errors.Join(s.loginThrottle().Clear(ctx, keys.clear), s.loginThrottle().Refund(ctx, keys.refund)); err != nil {
		s.logger().WarnContext(ctx, "login throttle", slog.String("error", err.Error()))
	}
	s.setDeviceCookie(w, r, req.Tenant, email, dev)
	if password.NeedsRehash(a.PasswordHash) {
		if h, err := password.Hash(req.Password); err == nil {
			if up, err := s.Store.UpdateAgent(r.Context(), a.TenantID, a.ID, kefu.AgentUpdate{PasswordHash: &h}); err == nil {
				a = up
			}
		}
	}
	nonce := make([]byte, 16)
	if _, err := rand.Read(nonce); err != nil {
		s.Error(w, r, err)
		return
	}
	exp := s.now().Add(s.sessionTTL())
	sess := session{Tenant: a.TenantID, Agent: a.ID, Nonce: b64.EncodeToString(nonce), Expires: exp.Unix(), PW: s.pwFingerprint(a.PasswordHash)}
	s.setSessionCookie(w, r, s.encodeSession(sess), exp, int(s.sessionTTL()/time.Second))
	s.writeSession(w, r, consoleAuth{agent: a, sess: sess})
}

// writeSession answers with the agent, the tenant and the CSRF token.
func (s *Server) writeSession(w http.ResponseWriter, r *http.Request, au consoleAuth) {
	t, err := s.Store.FindTenantByID(r.Context(), au.agent.TenantID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, SessionResponse{
		Agent:     au.agent,
		TenantID:  t.ID,
		Tenant:    t.Name,
		Language:  agentLanguage(au.agent, t),
		CSRFToken: s.csrfToken(au.sess),
		ExpiresAt: time.Unix(au.sess.Expires, 0).UTC(),
	})
}

// handleConsoleLogout ends the session in this browser and sets the agent
// offline.
func (s *Server) handleConsoleLogout(w http.ResponseWriter, r *http.Request) {
	au, err := s.authAgent(r, true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	off := kefu.PresenceOffline
	if _, err := s.Store.UpdateAgent(r.Context(), au.agent.TenantID, au.agent.ID, kefu.AgentUpdate{Presence: &off}); err != nil {
		s.Error(w, r, err)
		return
	}
	s.setSessionCookie(w, r, "", time.Unix(0, 0), -1)
	w.WriteHeader(http.StatusNoContent)
}

// clientIP is the peer address. Forwarded headers are not trusted: they
// are set by the client unless a known proxy rewrites them.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
