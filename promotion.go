package kefu

import (
	"context"
	"slices"
	"strings"
	"time"
)

// MaxExternalIDLen is the longest ID a shop may give a promotion or a
// canned reply, in bytes.
const MaxExternalIDLen = 200

// Promotion is a shop offer. ID is the shop's own identifier, unique
// within the tenant: upserts replace the promotion with the same ID. Text
// maps a language (BCP 47, canonical) to the offer as shown to customers;
// Code is the coupon code, if any.
//
// Which products an offer covers: those of Products (SKUs) and those of
// Categories; when both are empty, the whole shop. MinTotal is the first
// condition: the smallest order total, in minor units of Currency, the
// offer needs (0 means none). kefu shows the text as written, so a shop
// whose offer has a threshold says so in the text too ("S$5 off orders
// over S$40").
type Promotion struct {
	ID       string            `json:"id"`
	TenantID string            `json:"tenant_id"`
	Code     string            `json:"code,omitempty"`
	Text     map[string]string `json:"text"`
	Start    time.Time         `json:"start,omitzero"` // zero means from the start
	End      time.Time         `json:"end,omitzero"`   // zero means open-ended
	// Categories limit the offer to products of these categories (compared
	// without regard to case).
	Categories []string `json:"categories,omitempty"`
	// Products limit the offer to these SKUs.
	Products []string `json:"products,omitempty"`
	// MinTotal is the least order total in minor units of Currency; 0
	// means no threshold.
	MinTotal int64 `json:"min_total,omitempty"`
	// Currency is the ISO 4217 code of MinTotal, required when MinTotal
	// is set.
	Currency  string    `json:"currency,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Active reports whether the promotion runs at t: from Start (included)
// until End (excluded), either of which may be open.
func (p *Promotion) Active(t time.Time) bool {
	return !t.Before(p.Start) && (p.End.IsZero() || t.Before(p.End))
}

// Applies reports whether the offer covers product pr: it covers the
// whole shop (no Products, no Categories), or lists pr's SKU, or pr's
// category. It does not look at the time (Active) or at MinTotal, which
// is a condition on the order, not on the product.
func (p *Promotion) Applies(pr *Product) bool {
	if len(p.Products) == 0 && len(p.Categories) == 0 {
		return true
	}
	if pr == nil {
		return false
	}
	if slices.Contains(p.Products, pr.SKU) {
		return true
	}
	for _, c := range p.Categories {
		if pr.Category != "" && strings.EqualFold(c, pr.Category) {
			return true
		}
	}
	return false
}

// Validate checks what a store needs of a promotion; EINVALID naming the
// field without a tenant or an ID, with an ID longer than
// MaxExternalIDLen, without a text or with an empty one, with a text
// language that is not canonical (CheckLanguage), a Start or End outside
// 1970-2199, an End not after Start (when both are set), an empty
// category or SKU, a negative MinTotal, or a currency that is missing
// (with a MinTotal) or not a code.
func (p *Promotion) Validate() error {
	if err := requireTenant(p.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(p.ID); err != nil {
		return err
	}
	if len(p.Text) == 0 {
		return Invalidf("text", "text needs the offer in at least one language")
	}
	for l, v := range p.Text {
		if err := CheckLanguage("text language", l); err != nil {
			return err
		}
		if strings.TrimSpace(v) == "" {
			return Invalidf("text."+l, "text.%s is empty", l)
		}
	}
	for _, f := range []struct {
		name string
		t    time.Time
	}{{"start", p.Start}, {"end", p.End}} {
		if !f.t.IsZero() && (f.t.Before(minPromotionTime) || !f.t.Before(maxPromotionTime)) {
			return Invalidf(f.name, "%s %s is not between 1970 and 2200", f.name, f.t.Format(time.RFC3339))
		}
	}
	if !p.Start.IsZero() && !p.End.IsZero() && !p.End.After(p.Start) {
		return Invalidf("end", "end %s is not after start %s", p.End.Format(time.RFC3339), p.Start.Format(time.RFC3339))
	}
	for _, c := range p.Categories {
		if strings.TrimSpace(c) == "" {
			return Invalidf("categories", "categories holds an empty category")
		}
	}
	for _, s := range p.Products {
		if strings.TrimSpace(s) == "" {
			return Invalidf("products", "products holds an empty sku")
		}
	}
	switch {
	case p.MinTotal < 0:
		return Invalidf("min_total", "min_total %d is negative", p.MinTotal)
	case p.MinTotal > 0 && p.Currency == "":
		return Invalidf("currency", "currency is required with a min_total")
	case p.Currency != "" && !ValidCurrency(p.Currency):
		return Invalidf("currency", "currency %q is not an ISO 4217 code like \"EUR\"", p.Currency)
	}
	return nil
}

// The range of a promotion's Start and End: stores keep times as
// nanoseconds since 1970 in 64 bits, which end in 2262.
var (
	minPromotionTime = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	maxPromotionTime = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// PromotionFilter selects promotions of one tenant, ordered by ID.
type PromotionFilter struct {
	TenantID string
	// ActiveAt, when set, keeps the promotions running at that time
	// (Promotion.Active); zero means all.
	ActiveAt time.Time
	// After is a paging cursor: only IDs greater than it (byte order).
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f PromotionFilter) Validate() error { return requireTenant(f.TenantID) }

// PromotionService manages a shop's promotions.
type PromotionService interface {
	// UpsertPromotion creates the promotion or replaces the tenant's one
	// with the same ID, and sets p.UpdatedAt to the time of the write
	// (the store's clock; a given UpdatedAt is ignored, so that it can
	// serve as a version for optimistic concurrency). EINVALID unless p.Validate passes; ENOTFOUND for an
	// unknown tenant.
	UpsertPromotion(ctx context.Context, p *Promotion) error
	// FindPromotionByID returns ENOTFOUND if the tenant has no such promotion.
	FindPromotionByID(ctx context.Context, tenantID, id string) (*Promotion, error)
	// FindPromotions returns the tenant's promotions ordered by ID, at
	// most f.Limit (default 1000).
	FindPromotions(ctx context.Context, f PromotionFilter) ([]*Promotion, error)
	// DeletePromotion removes the promotion; ENOTFOUND if the tenant has
	// no such promotion.
	DeletePromotion(ctx context.Context, tenantID, id string) error
}

// CannedReply is a ready answer an agent can insert in the console. ID
// is the shop's own identifier, unique within the tenant: upserts
// replace the reply with the same ID. The console offers the replies in
// the agent's language first; the text is translated into the
// customer's language like any agent reply. An empty Language means the
// reply is not filed under a language.
type CannedReply struct {
	ID        string    `json:"id"`
	TenantID  string    `json:"tenant_id"`
	Title     string    `json:"title"`
	Language  string    `json:"language"`
	Text      string    `json:"text"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks what a store needs of a canned reply; EINVALID naming
// the field without a tenant, an ID or a text, with an ID longer than
// MaxExternalIDLen or a language that is set but not canonical
// (CheckLanguage).
func (c *CannedReply) Validate() error {
	if err := requireTenant(c.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(c.ID); err != nil {
		return err
	}
	if c.Language != "" {
		if err := CheckLanguage("language", c.Language); err != nil {
			return err
		}
	}
	if strings.TrimSpace(c.Text) == "" {
		return Invalidf("text", "text is required")
	}
	return nil
}

// CannedReplyFilter selects canned replies of one tenant, ordered by ID.
type CannedReplyFilter struct {
	TenantID string
	Language string // empty: all languages
	// After is a paging cursor: only IDs greater than it (byte order).
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f CannedReplyFilter) Validate() error { return requireTenant(f.TenantID) }

// CannedReplyService manages a shop's canned replies.
type CannedReplyService interface {
	// UpsertCannedReply creates the reply or replaces the tenant's one
	// with the same ID, and sets c.UpdatedAt to the time of the write
	// (the store's clock, as for UpsertPromotion). EINVALID unless c.Validate passes; ENOTFOUND for an
	// unknown tenant.
	UpsertCannedReply(ctx context.Context, c *CannedReply) error
	// FindCannedReplyByID returns ENOTFOUND if the tenant has no such reply.
	FindCannedReplyByID(ctx context.Context, tenantID, id string) (*CannedReply, error)
	// FindCannedReplies returns the tenant's replies ordered by ID, at
	// most f.Limit (default 1000).
	FindCannedReplies(ctx context.Context, f CannedReplyFilter) ([]*CannedReply, error)
	// DeleteCannedReply removes the reply; ENOTFOUND if the tenant has no
	// such reply.
	DeleteCannedReply(ctx context.Context, tenantID, id string) error
}

// checkExternalID checks a shop-given ID: set and at most
// MaxExternalIDLen bytes.
func checkExternalID(id string) error {
	switch {
	case id == "":
		return Invalidf("id", "id is required")
	case len(id) > MaxExternalIDLen:
		return Invalidf("id", "id is longer than %d bytes", MaxExternalIDLen)
	}
	return nil
}
