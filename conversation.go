package kefu

import (
	"context"
	"time"
)

// ConversationStatus is where a conversation is in its life.
type ConversationStatus string

// Conversation statuses.
const (
	StatusBot    ConversationStatus = "bot"    // the bot answers
	StatusQueued ConversationStatus = "queued" // waiting for a human agent
	StatusAgent  ConversationStatus = "agent"  // a human agent answers; the bot is silent
	StatusClosed ConversationStatus = "closed"
)

// Valid reports whether s is a known status.
func (s ConversationStatus) Valid() bool {
	switch s {
	case StatusBot, StatusQueued, StatusAgent, StatusClosed:
		return true
	}
	return false
}

// Conversation is one thread between a customer and the shop.
type Conversation struct {
	ID         string             `json:"id"`
	TenantID   string             `json:"tenant_id"`
	CustomerID string             `json:"customer_id,omitempty"` // empty for anonymous visitors
	Channel    string             `json:"channel"`               // "api", "widget", "cli", ...
	Status     ConversationStatus `json:"status"`
	// Language is the conversation's sticky language (BCP 47 base).
	Language string `json:"language,omitempty"`
	// LanguageLocked is set when the customer chose the language explicitly;
	// detection then no longer changes it.
	LanguageLocked bool `json:"language_locked,omitempty"`
	// Priority orders the human queue; higher is more urgent.
	Priority int `json:"priority"`
	// HandoffReason says why the conversation was queued for a human.
	HandoffReason string `json:"handoff_reason,omitempty"`
	AgentID       string `json:"agent_id,omitempty"`
	// QueuedAt is when the conversation last entered StatusQueued; zero
	// if it never did. The queue's waiting times count from it.
	QueuedAt time.Time `json:"queued_at,omitempty"`
	// Rating is the customer's satisfaction score (CSAT) for the
	// conversation, 1 (bad) to 5 (good); 0 means not rated.
	Rating        int    `json:"rating,omitempty"`
	RatingComment string `json:"rating_comment,omitempty"`
	// Slots hold what the bot remembers within the conversation, such as
	// the order number the customer gave ("order_number").
	Slots map[string]string `json:"slots,omitempty"`
	// TokenHash is the hash of the conversation's access token, which lets
	// a browser widget read and write this one conversation.
	TokenHash string    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ConversationUpdate changes some fields of a conversation; nil fields are kept.
type ConversationUpdate struct {
	Status         *ConversationStatus
	Language       *string
	LanguageLocked *bool
	Priority       *int
	HandoffReason  *string
	AgentID        *string
	QueuedAt       *time.Time
	// Rating must be 1 to 5 (EINVALID otherwise).
	Rating        *int
	RatingComment *string
	// Slots replaces the whole slot map when non-nil.
	Slots map[string]string
	// Channel and TokenHash move a conversation to another channel with a
	// new token, as when the customer's widget takes over a conversation
	// kefu opened to write first (the old token stops working).
	Channel   *string
	TokenHash *string
}

// ConversationFilter selects conversations. Zero fields match everything
// but TenantID, which is required.
type ConversationFilter struct {
	TenantID   string
	CustomerID string
	Status     ConversationStatus
	AgentID    string // conversations held by (or last assigned to) this agent
	// Anonymous, when set, selects the conversations without a customer
	// (true: anonymous visitors, widget users without a signed customer
	// ID) or those with one (false).
	Anonymous *bool
	// QueueOrder lists the most urgent first, as the human queue scans
	// them: the highest Priority, then the longest waiting (QueuedAt, or
	// UpdatedAt when it is zero), then the smallest ID. Without it the
	// newest conversations come first.
	QueueOrder bool
	Limit      int // 0 means 100
}

// ConversationService manages conversations.
type ConversationService interface {
	CreateConversation(ctx context.Context, c *Conversation) error
	// FindConversationByID returns ENOTFOUND when the conversation does not
	// exist in the tenant.
	FindConversationByID(ctx context.Context, tenantID, id string) (*Conversation, error)
	// FindConversations returns the newest conversations first, or the
	// most urgent first with ConversationFilter.QueueOrder.
	FindConversations(ctx context.Context, f ConversationFilter) ([]*Conversation, error)
	// UpdateConversation applies upd and returns the updated conversation.
	UpdateConversation(ctx context.Context, tenantID, id string, upd ConversationUpdate) (*Conversation, error)
}

// MaxRating is the best CSAT score; 1 is the worst.
const MaxRating = 5

// ValidRating reports whether r is a CSAT score a customer can give.
func ValidRating(r int) bool { return r >= 1 && r <= MaxRating }

// WithDefaults returns a copy of c as a store creates it: Status StatusBot
// when zero. It fails as Validate does.
func (c Conversation) WithDefaults() (Conversation, error) {
	if c.Status == "" {
		c.Status = StatusBot
	}
	return c, c.Validate()
}

// Validate checks what a store needs of a conversation; EINVALID naming
// the field without a tenant, with an unknown status, a language tag
// that is not canonical (CheckLanguage) or a rating other than 0 or
// 1..MaxRating.
func (c *Conversation) Validate() error {
	if err := requireTenant(c.TenantID); err != nil {
		return err
	}
	if !c.Status.Valid() {
		return Errorf(EINVALID, "status %q is not a conversation status", c.Status)
	}
	if c.Language != "" {
		if err := CheckLanguage("language", c.Language); err != nil {
			return err
		}
	}
	if c.Rating != 0 && !ValidRating(c.Rating) {
		return Errorf(EINVALID, "rating must be 1 to %d", MaxRating)
	}
	return nil
}

// Validate checks the fields an update sets; EINVALID naming the field
// for an unknown status, a language tag that is not canonical, a rating
// outside 1..MaxRating or a zero QueuedAt. An empty Language is allowed:
// it clears the conversation's language.
func (u ConversationUpdate) Validate() error {
	switch {
	case u.Status != nil && !u.Status.Valid():
		return Errorf(EINVALID, "status %q is not a conversation status", *u.Status)
	case u.Rating != nil && !ValidRating(*u.Rating):
		return Errorf(EINVALID, "rating must be 1 to %d", MaxRating)
	case u.QueuedAt != nil && u.QueuedAt.IsZero():
		return Errorf(EINVALID, "queued_at must not be zero")
	case u.Channel != nil && (*u.Channel == "" || len(*u.Channel) > 64):
		return Errorf(EINVALID, "channel must be 1 to 64 bytes")
	case u.TokenHash != nil && *u.TokenHash == "":
		return Errorf(EINVALID, "token hash must not be empty")
	}
	if u.Language != nil && *u.Language != "" {
		return CheckLanguage("language", *u.Language)
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant.
func (f ConversationFilter) Validate() error { return requireTenant(f.TenantID) }
