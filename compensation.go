package kefu

import (
	"context"
	"crypto/rand"
	"math"
	"strings"
	"time"
)

// Compensation: what went wrong with an order (an Incident), the shop's
// rules that decide what a customer gets for it (Rule, CEL expressions
// evaluated by package compensation), and the ledger of what was granted
// (Compensation), one entry per incident at most.

// Incident kinds kefu's after-sales handling knows. Shops may use others.
const (
	IncidentLate        = "late"
	IncidentUnderweight = "underweight"
	IncidentMissingItem = "missing_item"
	IncidentWrongItem   = "wrong_item"
	IncidentDamaged     = "damaged"
	IncidentTemperature = "temperature"
)

// Incident is what happened to an order, with the facts the rules look
// at. ID is a stable key of the incident, such as "late:FF-20923", so that
// an order has at most one incident of a kind and asking again finds the
// same incident (and so the same compensation). Facts that do not apply
// to the incident are zero (a late delivery has no MissingGrams).
type Incident struct {
	ID          string `json:"id"`
	TenantID    string `json:"tenant_id"`
	OrderID     string `json:"order_id,omitempty"`
	OrderNumber string `json:"order_number,omitempty"`
	CustomerID  string `json:"customer_id,omitempty"`
	Kind        string `json:"kind"`
	// DelayMinutes is how late the delivery was after the promised slot.
	DelayMinutes int64 `json:"delay_minutes,omitempty"`
	// ExcursionMinutes is how long the goods spent outside their
	// temperature range (the cold-chain verdict).
	ExcursionMinutes int64 `json:"excursion_minutes,omitempty"`
	// MissingGrams is the ordered weight less the delivered weight.
	MissingGrams int64 `json:"missing_grams,omitempty"`
	// Category is the category of the product concerned ("seafood").
	Category string `json:"category,omitempty"`
	// SKU is the product concerned, if one is.
	SKU string `json:"sku,omitempty"`
	// OrderValue is the order's total and LineValue the value of the
	// line concerned, both in minor units of Currency.
	OrderValue int64  `json:"order_value,omitempty"`
	LineValue  int64  `json:"line_value,omitempty"`
	Currency   string `json:"currency,omitempty"`
	// CustomerTier is the customer's tier in the shop ("gold"), if any.
	CustomerTier string `json:"customer_tier,omitempty"`
	// CompensationsLast30d is how many compensations the customer was
	// granted in the 30 days before At; the issuer fills it in.
	CompensationsLast30d int64 `json:"compensations_last_30d,omitempty"`
	// Attributes are further facts of the shop's own ("carrier": "sf").
	Attributes map[string]string `json:"attributes,omitempty"`
	// At is when the incident happened (the delivery, the complaint).
	At time.Time `json:"at"`
}

// Incident limits.
const (
	// MaxIncidentAttributes is the most attributes an incident may have.
	MaxIncidentAttributes = 50
	// MaxIncidentFact bounds the integer facts (minutes, grams, values),
	// so that rules adding them cannot overflow.
	MaxIncidentFact = 1 << 50
)

// Validate checks what a store needs of an incident; EINVALID naming the
// field without a tenant, an ID, a kind or a time, with an ID longer than
// MaxExternalIDLen, a negative or huge fact, a currency that is not a
// code, or too many attributes.
func (in *Incident) Validate() error {
	if err := requireTenant(in.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(in.ID); err != nil {
		return err
	}
	switch {
	case in.Kind == "":
		return Invalidf("kind", "kind is required (late, underweight, missing_item, ...)")
	case len(in.Kind) > 64:
		return Invalidf("kind", "kind is longer than 64 bytes")
	case in.At.IsZero():
		return Invalidf("at", "at is required: when the incident happened")
	case in.Currency != "" && !ValidCurrency(in.Currency):
		return Invalidf("currency", "currency %q is not an ISO 4217 code like \"EUR\"", in.Currency)
	case len(in.Attributes) > MaxIncidentAttributes:
		return Invalidf("attributes", "an incident has at most %d attributes", MaxIncidentAttributes)
	}
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"delay_minutes", in.DelayMinutes}, {"excursion_minutes", in.ExcursionMinutes},
		{"missing_grams", in.MissingGrams}, {"order_value", in.OrderValue}, {"line_value", in.LineValue},
		{"compensations_last_30d", in.CompensationsLast30d},
	} {
		if f.v < 0 || f.v > MaxIncidentFact {
			return Invalidf(f.name, "%s %d is not between 0 and %d", f.name, f.v, int64(MaxIncidentFact))
		}
	}
	for k := range in.Attributes {
		if strings.TrimSpace(k) == "" {
			return Invalidf("attributes", "attributes holds an empty name")
		}
	}
	return nil
}

// IncidentFilter selects incidents of one tenant, ordered by At then ID.
type IncidentFilter struct {
	TenantID string
	// Since (included) and Until (excluded) bound At; zero means open.
	Since, Until time.Time
	Limit        int // 0 means 10000
}

// Validate checks the filter; EINVALID without a tenant.
func (f IncidentFilter) Validate() error { return requireTenant(f.TenantID) }

// GrantKind is what a rule grants.
type GrantKind string

// Grant kinds.
const (
	GrantCoupon      GrantKind = "coupon"       // a coupon of Amount for a next order
	GrantRefundLine  GrantKind = "refund_line"  // a refund of the line concerned (Incident.LineValue)
	GrantRefundOrder GrantKind = "refund_order" // a refund of the order (Incident.OrderValue)
	GrantNone        GrantKind = "none"         // nothing: the rule stops the search
)

// Valid reports whether k is a known grant kind.
func (k GrantKind) Valid() bool {
	return k == GrantCoupon || k == GrantRefundLine || k == GrantRefundOrder || k == GrantNone
}

// Grant is what a rule gives when it applies.
type Grant struct {
	Kind GrantKind `json:"kind"`
	// Amount is the coupon's value in minor units of Currency; refunds
	// take theirs from the incident.
	Amount   int64  `json:"amount,omitempty"`
	Currency string `json:"currency,omitempty"`
	// MinOrderValue is the least order total, in minor units of Currency,
	// on which the coupon can be used; 0 means no threshold.
	MinOrderValue int64 `json:"min_order_value,omitempty"`
	// ValidDays is how many days the coupon can be used after it is
	// granted; 0 means it does not expire.
	ValidDays int `json:"valid_days,omitempty"`
}

// NoThreshold reports whether the coupon can be used on any order.
func (g Grant) NoThreshold() bool { return g.MinOrderValue == 0 }

// Rule and grant limits.
const (
	// MaxRuleWhenLen is the longest When expression, in bytes.
	MaxRuleWhenLen = 4096
	// MaxCouponDays is the longest a coupon can be valid.
	MaxCouponDays = 3650
)

// Validate checks a grant; EINVALID naming the field ("grant.amount").
func (g Grant) Validate() error {
	switch {
	case !g.Kind.Valid():
		return Invalidf("grant.kind", "grant.kind %q is not coupon, refund_line, refund_order or none", g.Kind)
	case g.Kind != GrantCoupon && (g.Amount != 0 || g.MinOrderValue != 0 || g.ValidDays != 0):
		return Invalidf("grant.amount", "grant.amount, min_order_value and valid_days are for coupons; a %s takes its amount from the incident", g.Kind)
	case g.Kind == GrantCoupon && (g.Amount <= 0 || g.Amount > MaxIncidentFact):
		return Invalidf("grant.amount", "grant.amount must be a positive amount in minor units (500 for 5.00)")
	case g.Kind == GrantCoupon && g.Currency == "":
		return Invalidf("grant.currency", "grant.currency is required for a coupon")
	case g.Currency != "" && !ValidCurrency(g.Currency):
		return Invalidf("grant.currency", "grant.currency %q is not an ISO 4217 code like \"EUR\"", g.Currency)
	case g.MinOrderValue < 0 || g.MinOrderValue > MaxIncidentFact:
		return Invalidf("grant.min_order_value", "grant.min_order_value %d is negative or too large", g.MinOrderValue)
	case g.ValidDays < 0 || g.ValidDays > MaxCouponDays:
		return Invalidf("grant.valid_days", "grant.valid_days must be from 0 (no expiry) to %d", MaxCouponDays)
	}
	return nil
}

// Rule is one of a shop's compensation rules. ID is the shop's own
// identifier. When is a CEL expression over the incident (docs/compensation.md)
// that must be true for the rule to apply; a shop's enabled rules are
// tried by Order (then ID), and the first that applies decides.
//
// Version counts the changes: a store keeps every version, so that a
// ledger entry (RuleID, RuleVersion) always says which rule granted it.
type Rule struct {
	ID       string `json:"id"`
	TenantID string `json:"tenant_id"`
	Name     string `json:"name,omitempty"`
	When     string `json:"when"`
	Grant    Grant  `json:"grant"`
	// Order is the rule's priority: lower first.
	Order int `json:"order"`
	// MaxPerCustomer30d, when set, stops the rule from applying to a
	// customer who was granted that many compensations (of any rule,
	// revoked ones aside) in the last 30 days; 0 means no limit.
	MaxPerCustomer30d int  `json:"max_per_customer_30d,omitempty"`
	Enabled           bool `json:"enabled"`
	// Version is 1 for a new rule and grows by one with every change;
	// the store sets it.
	Version   int       `json:"version"`
	UpdatedAt time.Time `json:"updated_at"`
}

// SameAs reports whether r and o say the same thing (all but tenant,
// version and time), so that writing o over r makes no new version.
func (r *Rule) SameAs(o *Rule) bool {
	return r.ID == o.ID && r.Name == o.Name && r.When == o.When && r.Grant == o.Grant && r.Order == o.Order &&
		r.MaxPerCustomer30d == o.MaxPerCustomer30d && r.Enabled == o.Enabled
}

// Validate checks what a store needs of a rule; EINVALID naming the field
// without a tenant, an ID or a When, with an ID longer than
// MaxExternalIDLen, a name over 200 bytes, a When over MaxRuleWhenLen, a
// bad grant (Grant.Validate), an Order outside ±1,000,000 or a negative
// limit. Whether When compiles is package compensation's to check.
func (r *Rule) Validate() error {
	if err := requireTenant(r.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(r.ID); err != nil {
		return err
	}
	switch {
	case len(r.Name) > 200:
		return Invalidf("name", "name is longer than 200 bytes")
	case strings.TrimSpace(r.When) == "":
		return Invalidf("when", "when is required: a CEL condition such as delay_minutes > 30")
	case len(r.When) > MaxRuleWhenLen:
		return Invalidf("when", "when is longer than %d bytes", MaxRuleWhenLen)
	case r.Order < -1_000_000 || r.Order > 1_000_000:
		return Invalidf("order", "order %d is not between -1000000 and 1000000", r.Order)
	case r.MaxPerCustomer30d < 0 || r.MaxPerCustomer30d > math.MaxInt32:
		return Invalidf("max_per_customer_30d", "max_per_customer_30d must be 0 (no limit) or more")
	}
	return r.Grant.Validate()
}

// RuleFilter selects rules of one tenant, ordered by Order then ID (the
// order they are tried in), or by ID alone for paging.
type RuleFilter struct {
	TenantID string
	// EnabledOnly keeps the enabled rules.
	EnabledOnly bool
	// ByID orders by ID (byte order), and After is then a paging cursor:
	// only IDs greater than it. Without ByID, After is ignored.
	ByID  bool
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f RuleFilter) Validate() error { return requireTenant(f.TenantID) }

// CompensationStatus is where a ledger entry stands.
type CompensationStatus string

// Compensation statuses.
const (
	CompensationGranted CompensationStatus = "granted"
	CompensationRevoked CompensationStatus = "revoked"
)

// Compensation is an entry of the ledger: what a customer was granted for
// an incident. There is at most one per incident (TenantID, IncidentID),
// which makes issuance idempotent. A rule's grant names the rule version
// (RuleID, RuleVersion); an agent's grant names the agent (GrantedBy) and
// gives a Reason.
type Compensation struct {
	ID          string `json:"id"`
	TenantID    string `json:"tenant_id"`
	IncidentID  string `json:"incident_id"`
	OrderID     string `json:"order_id,omitempty"`
	OrderNumber string `json:"order_number,omitempty"`
	CustomerID  string `json:"customer_id,omitempty"`
	RuleID      string `json:"rule_id,omitempty"`
	RuleVersion int    `json:"rule_version,omitempty"`
	// Kind is coupon, refund_line or refund_order.
	Kind GrantKind `json:"kind"`
	// Amount is in minor units of Currency.
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	// MinOrderValue and ExpiresAt are the coupon's conditions (0: no
	// threshold; zero: no expiry).
	MinOrderValue int64     `json:"min_order_value,omitempty"`
	ExpiresAt     time.Time `json:"expires_at,omitzero"`
	// Code is the coupon's code: random, unguessable, set by the store.
	Code   string             `json:"code,omitempty"`
	Status CompensationStatus `json:"status"`
	// Reason says why an agent granted it.
	Reason    string    `json:"reason,omitempty"`
	GrantedBy string    `json:"granted_by,omitempty"` // the agent of a manual grant; empty for a rule's
	At        time.Time `json:"at"`
	// RevokedBy (an agent, or "key:" and an API key's ID), RevokedAt and
	// RevokeReason say who took it back, when and why.
	RevokedBy    string    `json:"revoked_by,omitempty"`
	RevokedAt    time.Time `json:"revoked_at,omitzero"`
	RevokeReason string    `json:"revoke_reason,omitempty"`
}

// MaxReasonLen is the longest reason of a grant or revocation, in bytes.
const MaxReasonLen = 1000

// Validate checks what a store needs of a compensation to issue; EINVALID
// naming the field without a tenant or an incident, with a kind that
// grants nothing, a negative amount (or a coupon of none), a currency
// that is not a code, a negative threshold, neither a rule (with its
// version) nor an agent with a reason, or a reason over MaxReasonLen.
func (c *Compensation) Validate() error {
	if err := requireTenant(c.TenantID); err != nil {
		return err
	}
	switch {
	case c.IncidentID == "":
		return Invalidf("incident_id", "incident_id is required: one compensation per incident")
	case len(c.IncidentID) > MaxExternalIDLen:
		return Invalidf("incident_id", "incident_id is longer than %d bytes", MaxExternalIDLen)
	case !c.Kind.Valid() || c.Kind == GrantNone:
		return Invalidf("kind", "kind %q is not coupon, refund_line or refund_order", c.Kind)
	case c.Amount < 0 || c.Amount > MaxIncidentFact || c.Kind == GrantCoupon && c.Amount == 0:
		return Invalidf("amount", "amount %d is not a positive amount in minor units", c.Amount)
	case !ValidCurrency(c.Currency):
		return Invalidf("currency", "currency %q is not an ISO 4217 code like \"EUR\"", c.Currency)
	case c.MinOrderValue < 0:
		return Invalidf("min_order_value", "min_order_value %d is negative", c.MinOrderValue)
	case c.RuleID == "" && c.GrantedBy == "":
		return Invalidf("rule_id", "rule_id (with rule_version) or granted_by (an agent, with a reason) is required")
	case c.RuleID != "" && c.RuleVersion < 1:
		return Invalidf("rule_version", "rule_version is required with rule_id")
	case c.RuleID == "" && strings.TrimSpace(c.Reason) == "":
		return Invalidf("reason", "reason is required for an agent's grant")
	case len(c.Reason) > MaxReasonLen:
		return Invalidf("reason", "reason is longer than %d bytes", MaxReasonLen)
	}
	return nil
}

// CompensationFilter selects ledger entries of one tenant, ordered by At
// then ID. Empty fields match everything.
type CompensationFilter struct {
	TenantID    string
	CustomerID  string
	OrderID     string
	OrderNumber string
	IncidentID  string
	// Since (included) and Until (excluded) bound At; zero means open.
	Since, Until time.Time
	Limit        int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f CompensationFilter) Validate() error { return requireTenant(f.TenantID) }

// CompensationService keeps a shop's compensation rules, the incidents
// they were evaluated on and the ledger of what was granted.
type CompensationService interface {
	// UpsertRule creates the rule or changes the tenant's one with the
	// same ID. A change (anything SameAs compares) makes a new version,
	// kept with the others; writing the rule as it is changes nothing.
	// A rule deleted and created again goes on from its last version.
	// Sets r.Version and r.UpdatedAt (the store's clock). EINVALID unless
	// r.Validate passes; ENOTFOUND for an unknown tenant.
	UpsertRule(ctx context.Context, r *Rule) error
	// FindRuleByID returns the rule's current version; ENOTFOUND if the
	// tenant has no such rule (or deleted it).
	FindRuleByID(ctx context.Context, tenantID, id string) (*Rule, error)
	// FindRules returns the tenant's rules by Order then ID (by ID with
	// f.ByID), at most f.Limit (default 1000).
	FindRules(ctx context.Context, f RuleFilter) ([]*Rule, error)
	// FindRuleVersions returns every version of a rule, oldest first,
	// deleted rules included; ENOTFOUND if there never was such a rule.
	FindRuleVersions(ctx context.Context, tenantID, id string) ([]*Rule, error)
	// DeleteRule removes the rule from the rules that are evaluated; its
	// versions stay for the ledger. ENOTFOUND if the tenant has no such
	// rule. (To pause a rule, upsert it with Enabled false.)
	DeleteRule(ctx context.Context, tenantID, id string) error

	// UpsertIncident records an incident, replacing the tenant's one with
	// the same ID. EINVALID unless in.Validate passes; ENOTFOUND for an
	// unknown tenant.
	UpsertIncident(ctx context.Context, in *Incident) error
	// FindIncidentByID returns ENOTFOUND if the tenant has no such incident.
	FindIncidentByID(ctx context.Context, tenantID, id string) (*Incident, error)
	// FindIncidents returns the tenant's incidents by At then ID, at most
	// f.Limit (default 10000).
	FindIncidents(ctx context.Context, f IncidentFilter) ([]*Incident, error)

	// IssueCompensation records c unless the tenant's ledger already has
	// an entry for c.IncidentID: then it returns that entry and created
	// false, and stores nothing. It is safe to call concurrently and to
	// retry: exactly one call creates the entry. On creation it sets c's
	// ID, Status (granted), At (the store's clock, when zero) and, for a
	// coupon, a random Code. EINVALID unless c.Validate passes; ENOTFOUND
	// for an unknown tenant.
	IssueCompensation(ctx context.Context, c *Compensation) (got *Compensation, created bool, err error)
	// FindCompensationByID returns ENOTFOUND if the tenant has no such entry.
	FindCompensationByID(ctx context.Context, tenantID, id string) (*Compensation, error)
	// FindCompensations returns the tenant's ledger entries by At then
	// ID, at most f.Limit (default 1000).
	FindCompensations(ctx context.Context, f CompensationFilter) ([]*Compensation, error)
	// RevokeCompensation marks the entry revoked by by (an agent or an
	// API key) for reason, at the store's clock, and returns it. EINVALID
	// without a reason or by; ENOTFOUND if the tenant has no such entry;
	// ECONFLICT if it was revoked already.
	RevokeCompensation(ctx context.Context, tenantID, id, reason, by string) (*Compensation, error)
	// CountCompensations counts the customer's granted (not revoked)
	// entries with At at or after since. EINVALID without a tenant or a
	// customer.
	CountCompensations(ctx context.Context, tenantID, customerID string, since time.Time) (int, error)
}

// couponAlphabet is Crockford's base32: no I, L, O or U to misread.
const couponAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewCouponCode returns a random coupon code of 80 bits, such as
// "KF-7G2M-Q9XH-3RTB-W8KD", which cannot be guessed.
func NewCouponCode() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic("kefu: crypto/rand failed: " + err.Error())
	}
	var sb strings.Builder
	sb.WriteString("KF")
	for i, x := range b {
		if i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(couponAlphabet[x&31]) // 5 bits of each byte: 80 bits
	}
	return sb.String()
}

// CheckRevoke checks the arguments of RevokeCompensation; EINVALID naming
// the field without a reason, with one over MaxReasonLen, or without who
// revokes.
func CheckRevoke(reason, by string) error {
	switch {
	case strings.TrimSpace(reason) == "":
		return Invalidf("reason", "reason is required: say why the compensation is revoked")
	case len(reason) > MaxReasonLen:
		return Invalidf("reason", "reason is longer than %d bytes", MaxReasonLen)
	case by == "":
		return Invalidf("revoked_by", "revoked_by is required: who revokes it")
	}
	return nil
}

// CheckCount checks the arguments of CountCompensations; EINVALID without
// a tenant or a customer.
func CheckCount(tenantID, customerID string) error {
	if err := requireTenant(tenantID); err != nil {
		return err
	}
	if customerID == "" {
		return Invalidf("customer_id", "customer_id is required")
	}
	return nil
}
