package kefu

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Tenant is one shop using kefu. Every other entity belongs to exactly one
// tenant, and no query ever crosses tenants.
type Tenant struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Settings  TenantSettings `json:"settings"`
	CreatedAt time.Time      `json:"created_at"`
}

// TenantSettings are the per-shop knobs. They are stored as one JSON
// document so that later features can add fields without a migration.
type TenantSettings struct {
	// DefaultLanguage is the shop's working language (BCP 47 base, e.g. "en").
	DefaultLanguage string `json:"default_language"`
	// Languages the shop answers in; the first is the fallback.
	Languages []string `json:"languages,omitempty"`
	// Currency is the ISO 4217 code prices are kept in.
	Currency string `json:"currency,omitempty"`
	// CartURL is the shop's add-to-cart link with "{sku}" where the
	// product's SKU goes ("https://shop.example/cart/add?sku={sku}"):
	// product cards link to it. Empty: cards have no add-to-cart link.
	CartURL string `json:"cart_url,omitempty"`
	// Timezone is an IANA zone name used when showing times to customers.
	Timezone string `json:"timezone,omitempty"`
	// OrderNumberPattern is a regular expression (RE2) that matches the
	// shop's order numbers inside free text, e.g. `\b1\d{4}\b`.
	OrderNumberPattern string `json:"order_number_pattern,omitempty"`
	// WidgetEnabled lets anonymous web visitors open conversations.
	WidgetEnabled bool `json:"widget_enabled"`
	// WidgetSecret signs customer identities passed to the widget by the
	// shop's own site (HMAC-SHA256 over the customer's external ID).
	WidgetSecret string `json:"widget_secret,omitempty"`
	// Webhooks receive signed event notifications.
	Webhooks []Webhook `json:"webhooks,omitempty"`
	// ConfidenceThreshold below which the bot asks to clarify; 0 means the default.
	ConfidenceThreshold float64 `json:"confidence_threshold,omitempty"`
	// ClarifyLimit is how many clarification questions in a row the bot
	// asks before it hands the conversation to a person; 0 means the default.
	ClarifyLimit int `json:"clarify_limit,omitempty"`
	// NoAngerHandoff keeps angry customers with the bot; by default strong
	// anger hands the conversation to a person with raised priority.
	NoAngerHandoff bool `json:"no_anger_handoff,omitempty"`
	// NoSensitiveHandoff keeps messages about sensitive topics (health,
	// legal threats, fraud) with the bot; by default they go to a person.
	NoSensitiveHandoff bool `json:"no_sensitive_handoff,omitempty"`
	// NoSatisfactionOffer turns off the satisfaction strategy: by default
	// a pleased customer is offered one of the shop's current promotions.
	NoSatisfactionOffer bool `json:"no_satisfaction_offer,omitempty"`
	// Strategies, when set, lists the emotion strategies the shop runs,
	// in order (StrategyAngerPriority, StrategyAnxietyProgress,
	// StrategySatisfactionOffer, ...); nil means all of kefu's, in kefu's
	// order, and an empty list none. NoSatisfactionOffer still turns the
	// offer off; NoAngerHandoff keeps the anger strategy's priority raise
	// of other hand-offs but not its own hand-off.
	Strategies []string `json:"strategies"`
	// TaxRegistrations lists where the shop is registered to collect
	// import VAT/GST at checkout: ISO country codes ("GB", "AU") or
	// customs unions ("EU" for the EU's IOSS). Customs answers then say
	// the tax was charged with the order instead of on delivery.
	TaxRegistrations []string `json:"tax_registrations,omitempty"`
	// Synonyms are groups of words or phrases the shop's customers use
	// for the same thing, e.g. {"充电宝", "移动电源"} or {"parcel",
	// "package"}; knowledge search reads them at query time, so a change
	// needs no re-indexing (see docs/knowledge.md).
	Synonyms [][]string `json:"synonyms,omitempty"`
	// Country is where the shop is based: an ISO 3166-1 alpha-2 code
	// ("DE"); empty means not given.
	Country string `json:"country,omitempty"`
	// AnonymousQueueMax is how many anonymous conversations (no signed
	// or named customer) may wait for a person at once (docs/limits.md):
	// 0 means the server's setting, -1 no cap.
	AnonymousQueueMax int `json:"anonymous_queue_max,omitempty"`
	// Proactive configures writing first to customers whose delivery is
	// at risk (docs/proactive.md); nil means off, with the defaults.
	Proactive *ProactiveSettings `json:"proactive,omitempty"`
	// LLMAnswers lets the server's language model (when one is
	// configured, docs/llm.md) write answers from the shop's retrieved
	// articles, with citations, instead of showing the best article
	// whole. Off by default: the shop's customers' questions (without
	// their personal data) are then sent to that model.
	LLMAnswers bool `json:"llm_answers,omitempty"`
}

// StrategyEnabled reports whether the shop runs the strategy named name.
func (s TenantSettings) StrategyEnabled(name string) bool {
	switch {
	case name == StrategySatisfactionOffer && s.NoSatisfactionOffer:
		return false
	case s.Strategies == nil:
		return true
	}
	for _, n := range s.Strategies {
		if n == name {
			return true
		}
	}
	return false
}

// Webhook is an outbound HTTP endpoint of a tenant. Deliveries carry an
// X-Kefu-Signature header: "sha256=" + hex(HMAC-SHA256(Secret, body)).
type Webhook struct {
	URL    string   `json:"url"`
	Secret string   `json:"secret"`
	Events []string `json:"events,omitempty"` // empty means all event types
}

// APIKey authenticates server-to-server calls of one tenant. Only a hash
// of the key is stored; the plain key is shown once, when it is created.
type APIKey struct {
	ID        string    `json:"id"`
	TenantID  string    `json:"tenant_id"`
	Name      string    `json:"name"`
	Hash      string    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
	// Scope is what the key may do: ScopeChat or ScopeAdmin.
	Scope KeyScope `json:"scope"`
	// Prefix is the start of the plain key (APIKeyPrefixLen characters,
	// e.g. "kefu_3f2a9c1"), kept so that lists can show which key is
	// which; it is not enough to use the key. Keys made before 0006 have
	// none.
	Prefix string `json:"prefix,omitempty"`
	// RevokedAt is when the key was revoked; nil while it works.
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// KeyScope is what an API key may do.
type KeyScope string

// API key scopes. An admin key may do everything a chat key may.
const (
	// ScopeChat keys use the conversation routes only: what a shop's
	// widget backend holds.
	ScopeChat KeyScope = "chat"
	// ScopeAdmin keys also use the admin API (catalogue, orders,
	// knowledge, settings).
	ScopeAdmin KeyScope = "admin"
)

// Valid reports whether s is a known scope.
func (s KeyScope) Valid() bool { return s == ScopeChat || s == ScopeAdmin }

// Allows reports whether a key of scope s may do what needs scope need:
// an admin key may do everything, a chat key only chat.
func (s KeyScope) Allows(need KeyScope) bool {
	return s == ScopeAdmin || s == need && s.Valid()
}

// APIKeyPrefixLen is how many leading characters of a plain key are
// stored in APIKey.Prefix.
const APIKeyPrefixLen = 12

// NewAPIKey returns a new key of the tenant, ready for CreateAPIKey (Hash
// and Prefix set), and the plain key, which is shown once and never
// stored.
func NewAPIKey(tenantID, name string, scope KeyScope) (*APIKey, string) {
	plain := NewAPIKeySecret()
	return &APIKey{TenantID: tenantID, Name: name, Hash: HashSecret(plain), Scope: scope, Prefix: plain[:APIKeyPrefixLen]}, plain
}

// APIKeyPrefix starts every plain API key, so that leaked keys are easy to grep for.
const APIKeyPrefix = "kefu_"

// NewAPIKeySecret returns a new random plain API key.
func NewAPIKeySecret() string {
	return APIKeyPrefix + randomHex(24)
}

// HashSecret returns the stored form of a high-entropy secret (API key or
// conversation token). A fast hash is enough here because the secrets are
// 192-bit random strings, not passwords.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewID returns a new random identifier with the given prefix, e.g. "cv_3f2a...".
func NewID(prefix string) string {
	return prefix + "_" + randomHex(10)
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("kefu: crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b)
}

// ValidTenantID reports whether id is usable as a tenant ID: 1-64 lowercase
// letters, digits, '-' or '_'.
func ValidTenantID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) < 0
}

// TenantService manages tenants and their API keys.
type TenantService interface {
	// CreateTenant stores a new tenant; ECONFLICT if the ID is taken.
	CreateTenant(ctx context.Context, t *Tenant) error
	// FindTenantByID returns ENOTFOUND if no such tenant exists.
	FindTenantByID(ctx context.Context, id string) (*Tenant, error)
	// FindTenants returns all tenants ordered by ID.
	FindTenants(ctx context.Context) ([]*Tenant, error)
	// UpdateTenantSettings replaces a tenant's settings.
	UpdateTenantSettings(ctx context.Context, id string, s TenantSettings) error
	// CreateAPIKey stores k (whose Hash is set by the caller).
	CreateAPIKey(ctx context.Context, k *APIKey) error
	// FindAPIKeyByHash returns ENOTFOUND if no key has that hash.
	FindAPIKeyByHash(ctx context.Context, hash string) (*APIKey, error)

	// UpdateTenantName sets a tenant's display name; EINVALID if it is
	// blank, ENOTFOUND if there is no such tenant.
	UpdateTenantName(ctx context.Context, id, name string) error
	// FindAPIKeys returns the tenant's API keys, newest first, revoked
	// ones included; none (no error) for an unknown tenant.
	FindAPIKeys(ctx context.Context, tenantID string) ([]*APIKey, error)
	// RevokeAPIKey revokes a key of the tenant: FindAPIKeyByHash no longer
	// finds it. Revoking a revoked key keeps its RevokedAt and succeeds;
	// ENOTFOUND if the tenant has no key with that ID.
	RevokeAPIKey(ctx context.Context, tenantID, id string) error
}

// Validate checks what a store needs of a tenant: an ID that ValidTenantID
// accepts and valid settings; EINVALID naming the field otherwise.
func (t *Tenant) Validate() error {
	if !ValidTenantID(t.ID) {
		return Invalidf("id", "tenant id %q is not 1-64 of a-z, 0-9, '-' and '_'", t.ID)
	}
	return t.Settings.Validate()
}

// Validate checks the settings a store keeps; EINVALID naming the field
// otherwise. Empty fields are valid (they mean the default). Language
// tags must be canonical (CheckLanguage), currencies ValidCurrency,
// tax registrations and the country ValidCountry; the order number pattern must compile,
// the confidence threshold be within 0..1 and the clarify limit not
// negative.
func (s TenantSettings) Validate() error {
	if s.DefaultLanguage != "" {
		if err := CheckLanguage("settings.default_language", s.DefaultLanguage); err != nil {
			return err
		}
	}
	if err := checkLanguages("settings.languages", s.Languages); err != nil {
		return err
	}
	if s.Currency != "" && !ValidCurrency(s.Currency) {
		return InvalidRule("currency", RuleCurrency, map[string]string{"value": s.Currency},
			"settings.currency %q is not an ISO 4217 code like \"EUR\"", s.Currency)
	}
	if s.OrderNumberPattern != "" {
		if _, err := regexp.Compile(s.OrderNumberPattern); err != nil {
			return InvalidRule("order_number_pattern", RuleRegexp, map[string]string{"value": s.OrderNumberPattern},
				"settings.order_number_pattern %q is not a regular expression: %v", s.OrderNumberPattern, err)
		}
	}
	if math.IsNaN(s.ConfidenceThreshold) || s.ConfidenceThreshold < 0 || s.ConfidenceThreshold > 1 {
		return InvalidRule("confidence_threshold", RuleRange, map[string]string{"min": "0", "max": "1"},
			"settings.confidence_threshold %v is not between 0 and 1", s.ConfidenceThreshold)
	}
	if s.CartURL != "" {
		u, err := url.Parse(strings.ReplaceAll(s.CartURL, "{sku}", "SKU"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || !strings.Contains(s.CartURL, "{sku}") {
			return InvalidRule("cart_url", RuleCartURL, map[string]string{"value": s.CartURL},
				"settings.cart_url %q is not an http or https link with {sku} in it", s.CartURL)
		}
	}
	if s.ClarifyLimit < 0 {
		return InvalidRule("clarify_limit", RuleMin, map[string]string{"min": "0"}, "settings.clarify_limit %d is negative", s.ClarifyLimit)
	}
	if s.AnonymousQueueMax < -1 || s.AnonymousQueueMax > MaxAnonymousQueue {
		return InvalidRule("anonymous_queue_max", RuleQueueCap, map[string]string{"max": strconv.Itoa(MaxAnonymousQueue)},
			"settings.anonymous_queue_max %d is not -1 (no cap), 0 (the server's) or 1 to %d", s.AnonymousQueueMax, MaxAnonymousQueue)
	}
	for _, w := range s.Webhooks {
		if err := w.Validate(); err != nil {
			return err
		}
	}
	for _, r := range s.TaxRegistrations {
		if !ValidCountry(r) {
			return InvalidRule("tax_registrations", RuleCountry, map[string]string{"value": r},
				"settings.tax_registrations %q is not a country code like \"GB\" or \"EU\"", r)
		}
	}
	if s.Country != "" && !ValidCountry(s.Country) {
		return Errorf(EINVALID, "settings.country %q is not an ISO 3166-1 alpha-2 code like \"DE\"", s.Country)
	}
	return s.Proactive.Validate()
}

// Validate checks a webhook's URL: absolute, http or https, with a host;
// EINVALID otherwise.
func (w Webhook) Validate() error {
	u, err := url.Parse(w.URL)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return Invalidf("url", "webhook url %q is not an http or https URL", w.URL)
	}
	return nil
}

// Validate checks what a store needs of an API key: a tenant and a hash;
// EINVALID otherwise.
func (k *APIKey) Validate() error {
	if err := requireTenant(k.TenantID); err != nil {
		return err
	}
	if k.Hash == "" {
		return Invalidf("hash", "api key hash is required")
	}
	if !k.Scope.Valid() {
		return Errorf(EINVALID, "api key scope %q is not chat or admin", k.Scope)
	}
	if len(k.Prefix) > APIKeyPrefixLen {
		return Errorf(EINVALID, "api key prefix is longer than %d characters", APIKeyPrefixLen)
	}
	return nil
}

// ValidCurrency reports whether s is written like an ISO 4217 code:
// three upper-case ASCII letters.
func ValidCurrency(s string) bool { return len(s) == 3 && isUpper(s) }

// ValidCountry reports whether s is written like an ISO 3166-1 alpha-2
// code (or "EU"): two upper-case ASCII letters.
func ValidCountry(s string) bool { return len(s) == 2 && isUpper(s) }

func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// MaxAnonymousQueue is the largest TenantSettings.AnonymousQueueMax.
const MaxAnonymousQueue = 10000

// MaxTenantName is the longest tenant display name, in bytes.
const MaxTenantName = 200

// CheckTenantName returns EINVALID unless name can be a tenant's display
// name: not blank, at most MaxTenantName bytes of valid UTF-8, no control
// characters.
func CheckTenantName(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return Errorf(EINVALID, "tenant name is empty")
	case len(name) > MaxTenantName:
		return Errorf(EINVALID, "tenant name is longer than %d bytes", MaxTenantName)
	case !utf8.ValidString(name) || strings.IndexFunc(name, unicode.IsControl) >= 0:
		return Errorf(EINVALID, "tenant name must be valid UTF-8 without control characters")
	}
	return nil
}

// requireTenant returns the EINVALID every noun and filter returns
// without a tenant, nil when id is set.
func requireTenant(id string) error {
	if id == "" {
		return Invalidf("tenant_id", "tenant_id is required")
	}
	return nil
}
