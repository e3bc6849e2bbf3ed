package http

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// Credentials.
//
// A tenant API key ("kefu_..." in Authorization: Bearer) acts for its
// tenant: it may create conversations and read or write any of the
// tenant's conversations.
//
// A conversation token acts for one conversation only. The engine issues a
// secret whose hash is kept in Conversation.TokenHash; the token handed to
// clients is "<tenant ID>.<secret>", because the store looks conversations
// up within a tenant and tenant IDs never contain a dot. Clients treat it
// as opaque.

// caller is who made a request.
type caller struct {
	tenantID string
	// conversationID is set when the caller holds a conversation token
	// rather than an API key.
	conversationID string
}

// trusted reports whether the caller is the shop's own server (API key)
// rather than a browser holding a conversation token.
func (c caller) trusted() bool { return c.conversationID == "" }

// conversationToken returns the client-facing token for a conversation.
func conversationToken(tenantID, secret string) string {
	return tenantID + "." + secret
}

// splitConversationToken undoes conversationToken.
func splitConversationToken(tok string) (tenantID, secret string, ok bool) {
	tenantID, secret, ok = strings.Cut(tok, ".")
	if !ok || !kefu.ValidTenantID(tenantID) || secret == "" {
		return "", "", false
	}
	return tenantID, secret, true
}

// bearer returns the credential of an "Authorization: Bearer x" header.
func bearer(r *http.Request) string {
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(tok)
}

// authTenant authenticates a request that needs a tenant API key.
func (s *Server) authTenant(r *http.Request) (string, error) {
	tok := bearer(r)
	if tok == "" {
		return "", kefu.Errorf(kefu.EUNAUTHORIZED, "missing API key: send Authorization: Bearer kefu_...")
	}
	if !strings.HasPrefix(tok, kefu.APIKeyPrefix) {
		return "", kefu.Errorf(kefu.EUNAUTHORIZED, "a tenant API key is required")
	}
	return s.tenantForKey(r.Context(), tok)
}

func (s *Server) tenantForKey(ctx context.Context, key string) (string, error) {
	k, err := s.apiKey(ctx, key)
	if err != nil {
		return "", err
	}
	return k.TenantID, nil
}

// apiKey returns the stored key of a plain API key; EUNAUTHORIZED when
// there is none (or it was revoked).
func (s *Server) apiKey(ctx context.Context, key string) (*kefu.APIKey, error) {
	hash := kefu.HashSecret(key)
	now := s.now()
	if k, ok := s.keys.get(hash, now); ok {
		return k, nil
	}
	k, err := s.Store.FindAPIKeyByHash(ctx, hash)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, kefu.Errorf(kefu.EUNAUTHORIZED, "invalid API key")
	}
	if err != nil {
		return nil, err
	}
	s.keys.put(hash, k, now)
	return k, nil
}

// keyCacheTTL is how long a verified API key is trusted without asking
// the store again: every API call would otherwise cost a query. A deleted
// key keeps working on a node for at most this long.
const keyCacheTTL = 10 * time.Second

// keyCacheMax bounds the cache; when full it is emptied.
const keyCacheMax = 10000

// keyCache remembers verified API key hashes. Only successes are cached,
// so a wrong key is always checked against the store.
type keyCache struct {
	mu sync.Mutex // guards m
	m  map[string]keyEntry
}

type keyEntry struct {
	key    *kefu.APIKey
	expiry time.Time
}

func (c *keyCache) get(hash string, now time.Time) (*kefu.APIKey, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[hash]
	if !ok || !now.Before(e.expiry) {
		return nil, false
	}
	return e.key, true
}

func (c *keyCache) put(hash string, k *kefu.APIKey, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= keyCacheMax {
		c.m = make(map[string]keyEntry)
	}
	c.m[hash] = keyEntry{key: k, expiry: now.Add(keyCacheTTL)}
}

// forget drops every cached key of a tenant, so that a key revoked on
// this node stops working at once.
func (c *keyCache) forget(tenantID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for h, e := range c.m {
		if e.key.TenantID == tenantID {
			delete(c.m, h)
		}
	}
}

// ForgetAPIKeys drops the cached API keys of a tenant, so that a key
// revoked on another node stops working here at once.
func (s *Server) ForgetAPIKeys(tenantID string) { s.keys.forget(tenantID) }

// authConversation authenticates a request for conversation id with either
// credential and returns the conversation. allowQuery accepts the
// credential in ?token= as well, for websockets, which browsers cannot
// give headers. A conversation the caller may not see is ENOTFOUND, the
// same as one that does not exist, so nothing about other tenants or
// conversations leaks.
func (s *Server) authConversation(r *http.Request, id string, allowQuery bool) (*kefu.Conversation, caller, error) {
	return s.authConversationLoad(r, id, allowQuery, true)
}

// authConversationRef is authConversation for handlers that pass the
// conversation on to the engine, which loads (and tenant-checks) it
// anyway: with an API key it returns a conversation holding only the
// tenant and ID, and saves a store read. A conversation token still needs
// the stored conversation to be verified.
func (s *Server) authConversationRef(r *http.Request, id string) (*kefu.Conversation, caller, error) {
	return s.authConversationLoad(r, id, false, false)
}

func (s *Server) authConversationLoad(r *http.Request, id string, allowQuery, load bool) (*kefu.Conversation, caller, error) {
	ctx := r.Context()
	tok := bearer(r)
	if tok == "" && allowQuery {
		tok = r.URL.Query().Get("token")
	}
	if tok == "" {
		return nil, caller{}, kefu.Errorf(kefu.EUNAUTHORIZED, "missing credentials: send Authorization: Bearer <API key or conversation token>")
	}
	notFound := kefu.Errorf(kefu.ENOTFOUND, "conversation not found")
	if strings.HasPrefix(tok, kefu.APIKeyPrefix) {
		tenantID, err := s.tenantForKey(ctx, tok)
		if err != nil {
			return nil, caller{}, err
		}
		if !validID(id) {
			return nil, caller{}, notFound
		}
		if !load {
			return &kefu.Conversation{TenantID: tenantID, ID: id}, caller{tenantID: tenantID}, nil
		}
		c, err := s.Store.FindConversationByID(ctx, tenantID, id)
		if err != nil {
			return nil, caller{}, err
		}
		return c, caller{tenantID: tenantID}, nil
	}
	tenantID, secret, ok := splitConversationToken(tok)
	if !ok {
		return nil, caller{}, kefu.Errorf(kefu.EUNAUTHORIZED, "invalid token")
	}
	if !validID(id) {
		return nil, caller{}, notFound
	}
	c, err := s.Store.FindConversationByID(ctx, tenantID, id)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, caller{}, notFound
	}
	if err != nil {
		return nil, caller{}, err
	}
	if c.TokenHash == "" || subtle.ConstantTimeCompare([]byte(kefu.HashSecret(secret)), []byte(c.TokenHash)) != 1 {
		return nil, caller{}, notFound
	}
	return c, caller{tenantID: tenantID, conversationID: c.ID}, nil
}

// validID reports whether s can be an entity ID: short, printable ASCII
// without separators. Anything else cannot exist, so it is not looked up.
func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) < 0
}
