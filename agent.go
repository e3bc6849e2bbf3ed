package kefu

import (
	"context"
	"strings"
	"time"
)

// AgentRole is what a human agent may do in the console.
type AgentRole string

// Agent roles.
const (
	RoleAgent AgentRole = "agent" // answers conversations
	RoleAdmin AgentRole = "admin" // also manages agents and tenant settings
	RoleOwner AgentRole = "owner" // also everything an admin may; the shop's owners
)

// Valid reports whether r is a known role.
func (r AgentRole) Valid() bool { return r == RoleAgent || r == RoleAdmin || r == RoleOwner }

// rank orders the roles: each may do what the ones below it may.
func (r AgentRole) rank() int {
	switch r {
	case RoleAgent:
		return 1
	case RoleAdmin:
		return 2
	case RoleOwner:
		return 3
	}
	return 0
}

// AtLeast reports whether an agent of role r may do what role min may:
// owner includes admin, which includes agent. An unknown role is below
// every known one.
func (r AgentRole) AtLeast(min AgentRole) bool { return r.rank() > 0 && r.rank() >= min.rank() }

// CanAdmin reports whether r may administer the shop (agents, settings,
// keys): admins and owners.
func (r AgentRole) CanAdmin() bool { return r.AtLeast(RoleAdmin) }

// Presence is whether a human agent is available for new conversations.
type Presence string

// Agent presences.
const (
	PresenceOnline  Presence = "online"  // takes new conversations
	PresenceAway    Presence = "away"    // logged in, keeps their conversations, takes no new ones
	PresenceOffline Presence = "offline" // not logged in
)

// Valid reports whether p is a known presence.
func (p Presence) Valid() bool {
	return p == PresenceOnline || p == PresenceAway || p == PresenceOffline
}

// DefaultMaxChats is the concurrent-chat limit of an agent created with
// MaxChats 0.
const DefaultMaxChats = 5

// Agent is a human who answers customers in the agent console. Email is
// unique within the tenant and compared case-insensitively: stores keep it
// as NormalizeEmail returns it.
type Agent struct {
	ID       string `json:"id"`
	TenantID string `json:"tenant_id"`
	Email    string `json:"email"`
	Name     string `json:"name"`
	// PasswordHash is the stored form of the agent's password, made by
	// the caller (see internal/password); stores never see the plain
	// password. Empty means the agent cannot log in with a password.
	PasswordHash string    `json:"-"`
	Role         AgentRole `json:"role"`
	// Languages the agent answers in (BCP 47 bases, e.g. "en", "es").
	Languages []string `json:"languages,omitempty"`
	// Skills are free-form tags routing may match, e.g. "billing", "cold_chain".
	Skills   []string `json:"skills,omitempty"`
	Presence Presence `json:"presence"`
	// MaxChats is how many conversations the agent may hold at once
	// (conversations in StatusAgent assigned to them); at least 1.
	MaxChats  int       `json:"max_chats"`
	CreatedAt time.Time `json:"created_at"`
	// Disabled agents cannot log in, and their sessions no longer work;
	// they are still listed.
	Disabled bool `json:"disabled,omitempty"`
}

// NormalizeEmail returns the form in which agent emails are stored and
// looked up: trimmed and lower-cased.
func NormalizeEmail(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}

// AgentUpdate changes some fields of an agent; nil fields are kept.
type AgentUpdate struct {
	Name         *string
	Role         *AgentRole
	Presence     *Presence
	MaxChats     *int
	PasswordHash *string
	// Languages and Skills replace the whole list when non-nil (an empty,
	// non-nil slice clears it).
	Languages []string
	Skills    []string
	Disabled  *bool
}

// AgentFilter selects agents. Zero fields match everything but TenantID,
// which is required.
type AgentFilter struct {
	TenantID string
	Role     AgentRole
	Presence Presence
	Language string // agents whose Languages contain it
	Skill    string // agents whose Skills contain it
	Limit    int    // 0 means 100
}

// AgentService manages human agents and the assignment of conversations
// to them.
//
// The assignment methods are the only writes that keep the two
// guarantees routing relies on, even when many callers (on many nodes)
// act at once: a conversation is held by at most one agent, and an agent
// never holds more than MaxChats conversations in StatusAgent. Setting
// Status or AgentID through UpdateConversation bypasses both and is meant
// for other transitions (queueing, closing).
type AgentService interface {
	// CreateAgent stores a; its ID, CreatedAt, Role (RoleAgent), Presence
	// (PresenceOffline) and MaxChats (DefaultMaxChats) are filled in when
	// zero and Email is normalized. EINVALID without a tenant, an email
	// or with an unknown role or presence or a negative MaxChats;
	// ECONFLICT if the email is taken in the tenant; ENOTFOUND if the
	// tenant does not exist.
	CreateAgent(ctx context.Context, a *Agent) error
	// FindAgentByID returns ENOTFOUND if the agent does not exist in the tenant.
	FindAgentByID(ctx context.Context, tenantID, id string) (*Agent, error)
	// FindAgentByEmail returns the tenant's agent with that email
	// (compared after NormalizeEmail); ENOTFOUND if there is none.
	FindAgentByEmail(ctx context.Context, tenantID, email string) (*Agent, error)
	// FindAgents returns the agents matching f ordered by email.
	FindAgents(ctx context.Context, f AgentFilter) ([]*Agent, error)
	// UpdateAgent applies upd and returns the updated agent. ENOTFOUND if
	// the agent does not exist in the tenant, EINVALID for an unknown role
	// or presence or a MaxChats below 1. Lowering MaxChats below the
	// agent's current load releases nothing; the agent just takes no new
	// conversation until the load is below the limit.
	UpdateAgent(ctx context.Context, tenantID, id string, upd AgentUpdate) (*Agent, error)

	// AssignConversation gives the conversation to the agent: Status
	// becomes StatusAgent and AgentID agentID, atomically, only if the
	// conversation is StatusQueued or StatusBot with no agent, and the
	// agent holds fewer than MaxChats conversations. ECONFLICT otherwise
	// (already taken, closed, or the agent is full); ENOTFOUND if the
	// conversation or the agent does not exist in the tenant. Presence is
	// not checked: routing picks online agents, and an agent may take a
	// conversation by hand while away.
	AssignConversation(ctx context.Context, tenantID, conversationID, agentID string) (*Conversation, error)
	// ReleaseConversation hands a conversation the agent holds back to the
	// bot: Status becomes StatusBot and AgentID "". ECONFLICT unless the
	// conversation is StatusAgent and held by agentID; ENOTFOUND if it
	// does not exist in the tenant.
	ReleaseConversation(ctx context.Context, tenantID, conversationID, agentID string) (*Conversation, error)
	// TransferConversation moves a conversation held by fromAgent to
	// toAgent, atomically, under the same MaxChats limit as
	// AssignConversation. ECONFLICT unless the conversation is StatusAgent
	// and held by fromAgent, or if toAgent is full; ENOTFOUND if the
	// conversation or toAgent does not exist in the tenant; EINVALID if
	// fromAgent and toAgent are the same.
	TransferConversation(ctx context.Context, tenantID, conversationID, fromAgent, toAgent string) (*Conversation, error)
	// CountAgentConversations returns how many conversations the agent
	// holds (StatusAgent, AgentID agentID): the load MaxChats limits.
	// ENOTFOUND if the agent does not exist in the tenant.
	CountAgentConversations(ctx context.Context, tenantID, agentID string) (int, error)
}

// WithDefaults returns a copy of a as a store creates it: Role RoleAgent,
// Presence PresenceOffline and MaxChats DefaultMaxChats when zero, the
// email normalized. EINVALID without a tenant or an email, or with an
// unknown role or presence or a MaxChats below 1.
func (a Agent) WithDefaults() (Agent, error) {
	a.Email = NormalizeEmail(a.Email)
	if a.Role == "" {
		a.Role = RoleAgent
	}
	if a.Presence == "" {
		a.Presence = PresenceOffline
	}
	if a.MaxChats == 0 {
		a.MaxChats = DefaultMaxChats
	}
	return a, a.Validate()
}

// Validate checks what a store needs of an agent; EINVALID naming the
// field without a tenant or an email, with an unknown role or presence,
// a MaxChats below 1 or languages that are not canonical tags
// (CheckLanguage).
func (a *Agent) Validate() error {
	if err := requireTenant(a.TenantID); err != nil {
		return err
	}
	switch {
	case a.Email == "":
		return Errorf(EINVALID, "email is required")
	case !a.Role.Valid():
		return Errorf(EINVALID, "role %q is not an agent role", a.Role)
	case !a.Presence.Valid():
		return Errorf(EINVALID, "presence %q is not an agent presence", a.Presence)
	case a.MaxChats < 1:
		return Errorf(EINVALID, "max_chats must be at least 1")
	}
	return checkLanguages("languages", a.Languages)
}

// Validate checks the fields an update sets; EINVALID naming the field
// for an unknown role or presence, a MaxChats below 1 or languages that
// are not canonical tags.
func (u AgentUpdate) Validate() error {
	switch {
	case u.Role != nil && !u.Role.Valid():
		return Errorf(EINVALID, "role %q is not an agent role", *u.Role)
	case u.Presence != nil && !u.Presence.Valid():
		return Errorf(EINVALID, "presence %q is not an agent presence", *u.Presence)
	case u.MaxChats != nil && *u.MaxChats < 1:
		return Errorf(EINVALID, "max_chats must be at least 1")
	}
	return checkLanguages("languages", u.Languages)
}

// Validate checks the filter; EINVALID without a tenant.
func (f AgentFilter) Validate() error { return requireTenant(f.TenantID) }
