package kefu

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// ArticleFlagKind says why an article is in the review queue.
type ArticleFlagKind string

// Article flag kinds.
const (
	// FlagDraft: a draft written by kefu (a feed's new product, a
	// suggestion mined from conversations) waits for a reviewer.
	FlagDraft ArticleFlagKind = "draft"
	// FlagStale: a feed changed or removed something the article
	// mentions (a product's price or name, an ended promotion).
	FlagStale ArticleFlagKind = "stale"
	// FlagFlagged: a person (an agent, a customer) said the article is
	// wrong or outdated.
	FlagFlagged ArticleFlagKind = "flagged"
)

// Valid reports whether k is one of the flag kinds.
func (k ArticleFlagKind) Valid() bool {
	switch k {
	case FlagDraft, FlagStale, FlagFlagged:
		return true
	}
	return false
}

// Resolutions of an article flag.
const (
	FlagApproved = "approved" // the reviewer kept (or published) the article
	FlagRejected = "rejected" // the reviewer withdrew the article (or the draft)
)

// MaxFlagReasonLen is the longest reason of a flag or a resolution, in bytes.
const MaxFlagReasonLen = 2000

// MaxFlagReasons is how many structured reasons a flag keeps
// (ArticleFlag.Reasons).
const MaxFlagReasons = 20

// Codes of the structured reasons kefu gives the flags it raises itself
// (FlagReason.Code), with the parameters each has.
const (
	// FlagReasonPriceChanged: name, sku, old_amount, old_currency,
	// new_amount, new_currency (amounts as decimals, "12.50"; ISO 4217
	// codes).
	FlagReasonPriceChanged = "price_changed"
	// FlagReasonRenamed: name (the old one), sku, new_name.
	FlagReasonRenamed = "renamed"
	// FlagReasonDiscontinued: name, sku (no longer sold).
	FlagReasonDiscontinued = "discontinued"
	// FlagReasonPromotionCode: promotion, code (the old one), new_code.
	FlagReasonPromotionCode = "promotion_code_changed"
	// FlagReasonPromotionWithdrawn: promotion, code.
	FlagReasonPromotionWithdrawn = "promotion_withdrawn"
	// FlagReasonPromotionEnded: promotion, code, ended (RFC 3339).
	FlagReasonPromotionEnded = "promotion_ended"
)

// FlagReason is one reason of a flag kefu raised, in parts, so that a
// page can word it in its reader's language; ArticleFlag.Reason says the
// same in English.
type FlagReason struct {
	Code   string            `json:"code"`
	Params map[string]string `json:"params,omitempty"`
}

// ArticleFlag is one entry of the review queue: an article that needs a
// reviewer, why, and, once resolved, the decision. An open flag with
// Withdraws set keeps its article out of the answers (ArticleFilter
// Answerable) until a reviewer resolves it.
type ArticleFlag struct {
	ID        string          `json:"id"`
	TenantID  string          `json:"tenant_id"`
	ArticleID string          `json:"article_id"`
	Kind      ArticleFlagKind `json:"kind"`
	// Source says who or what raised it: "feed:<name>", "agent",
	// "customer", "suggestions", ...
	Source string `json:"source"`
	Reason string `json:"reason,omitempty"`
	// Reasons are the reasons of a flag kefu raised (a feed's change, an
	// ended promotion), each in parts (FlagReason), in the order of
	// Reason's sentences; Reason may stop after three with "and N more".
	// Empty for flags raised by people and for flags stored before they
	// existed.
	Reasons []FlagReason `json:"reasons,omitempty"`
	By      string       `json:"by,omitempty"` // who raised it: an agent's name, a feed, a customer id
	// Withdraws keeps the article out of the answers while the flag is open.
	Withdraws bool `json:"withdraws"`
	// Support is how many conversations back a suggestion (0 otherwise).
	Support   int       `json:"support,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	// ResolvedAt is zero while the flag is open.
	ResolvedAt       time.Time `json:"resolved_at,omitzero"`
	ResolvedBy       string    `json:"resolved_by,omitempty"`
	Resolution       string    `json:"resolution,omitempty"` // FlagApproved or FlagRejected
	ResolutionReason string    `json:"resolution_reason,omitempty"`
}

// Open reports whether the flag waits for a reviewer.
func (f *ArticleFlag) Open() bool { return f.ResolvedAt.IsZero() }

// Validate checks what a store needs of a new flag; EINVALID naming the
// field without a tenant, an article, a source, with an unknown kind or
// an over-long reason.
func (f *ArticleFlag) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	switch {
	case f.ArticleID == "":
		return Invalidf("article_id", "article_id is required")
	case !f.Kind.Valid():
		return Invalidf("kind", "kind %q is not draft, stale or flagged", f.Kind)
	case strings.TrimSpace(f.Source) == "":
		return Invalidf("source", "source is required")
	case len(f.Source) > MaxExternalIDLen:
		return Invalidf("source", "source is longer than %d bytes", MaxExternalIDLen)
	case len(f.Reason) > MaxFlagReasonLen:
		return Invalidf("reason", "reason is longer than %d bytes", MaxFlagReasonLen)
	case len(f.By) > MaxExternalIDLen:
		return Invalidf("by", "by is longer than %d bytes", MaxExternalIDLen)
	case f.Support < 0:
		return Invalidf("support", "support %d is negative", f.Support)
	case len(f.Reasons) > MaxFlagReasons:
		return Invalidf("reasons", "%d reasons, at most %d", len(f.Reasons), MaxFlagReasons)
	}
	n := 0
	for i, r := range f.Reasons {
		n += len(r.Code)
		for k, v := range r.Params {
			n += len(k) + len(v)
		}
		if r.Code == "" {
			return Invalidf(fmt.Sprintf("reasons[%d].code", i), "reasons[%d].code is required", i)
		}
	}
	if n > 4*MaxFlagReasonLen {
		return Invalidf("reasons", "reasons are longer than %d bytes", 4*MaxFlagReasonLen)
	}
	return nil
}

// ArticleFlagFilter selects flags of one tenant, newest first.
type ArticleFlagFilter struct {
	TenantID  string
	ArticleID string          // empty: all articles
	Kind      ArticleFlagKind // empty: all kinds
	OpenOnly  bool            // only flags no reviewer resolved yet
	Limit     int             // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f ArticleFlagFilter) Validate() error { return requireTenant(f.TenantID) }

// ArticleFlagService keeps the review queue.
type ArticleFlagService interface {
	// CreateArticleFlag stores a new open flag and sets its ID and
	// CreatedAt. When the article already has an open flag of the same
	// kind and source, that flag is kept and returned in f instead (so
	// a re-delivered feed or a second click adds nothing). EINVALID
	// unless f.Validate passes; ENOTFOUND when the tenant has no such
	// article.
	CreateArticleFlag(ctx context.Context, f *ArticleFlag) error
	// FindArticleFlags returns flags ordered newest first.
	FindArticleFlags(ctx context.Context, f ArticleFlagFilter) ([]*ArticleFlag, error)
	// ResolveArticleFlags closes every open flag of the article with the
	// resolution (FlagApproved or FlagRejected), reason and reviewer,
	// and returns how many it closed. EINVALID for another resolution.
	ResolveArticleFlags(ctx context.Context, tenantID, articleID, resolution, reason, by string) (int, error)
}

// FeedFormat names the format of a catalogue feed's body.
type FeedFormat string

// Feed formats (docs/feeds.md).
const (
	FeedKefu    FeedFormat = "kefu"    // kefu's own JSON feed
	FeedShopify FeedFormat = "shopify" // Shopify's products.json (or one product of a webhook)
	FeedGoogle  FeedFormat = "google"  // Google Merchant Center RSS 2.0 or Atom with the g: namespace
)

// Valid reports whether f is a known feed format.
func (f FeedFormat) Valid() bool {
	switch f {
	case FeedKefu, FeedShopify, FeedGoogle:
		return true
	}
	return false
}

// Feed poll intervals: the least a source may ask for, and its default.
const (
	MinFeedInterval     = time.Minute
	DefaultFeedInterval = 15 * time.Minute
)

// FeedSource is a shop's catalogue or promotion feed: delivered to the
// webhook POST /v1/admin/feeds/{name}, polled from URL, or both.
type FeedSource struct {
	TenantID string     `json:"tenant_id"`
	Name     string     `json:"name"` // the shop's name for it, e.g. "shopify"
	Format   FeedFormat `json:"format"`
	// URL, when set, is polled every Interval (0 means
	// DefaultFeedInterval).
	URL      string        `json:"url,omitempty"`
	Interval time.Duration `json:"interval,omitempty"`
	// Secret, when set, is the shared secret of the webhook's HMAC-SHA256
	// signature header; deliveries without a valid signature are refused.
	Secret string `json:"-"`
	// Language is the language of names and texts in formats that carry
	// one language (Shopify, Google); empty means the shop's default.
	Language string `json:"language,omitempty"`
	// Currency is the currency of prices that do not name one.
	Currency string `json:"currency,omitempty"`
	// LastRunAt, LastError and LastHash describe the last delivery or
	// poll: when, what went wrong ("" when it worked) and the SHA-256 of
	// its body.
	LastRunAt time.Time `json:"last_run_at,omitzero"`
	LastError string    `json:"last_error,omitempty"`
	LastHash  string    `json:"last_hash,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// PollInterval is the source's interval, DefaultFeedInterval when unset.
func (s *FeedSource) PollInterval() time.Duration {
	if s.Interval <= 0 {
		return DefaultFeedInterval
	}
	return s.Interval
}

// Validate checks what a store needs of a source; EINVALID naming the
// field without a tenant or a name, with a name that is not a slug, an
// unknown format, a URL that is not http(s), an interval under
// MinFeedInterval, or a language or currency that is not canonical.
func (s *FeedSource) Validate() error {
	if err := requireTenant(s.TenantID); err != nil {
		return err
	}
	if !ValidFeedName(s.Name) {
		return Invalidf("name", "name %q is not 1-64 lower-case letters, digits, - or _", s.Name)
	}
	if !s.Format.Valid() {
		return Invalidf("format", "format %q is not kefu, shopify or google", s.Format)
	}
	if s.URL != "" && !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
		return Invalidf("url", "url %q is not an http or https URL", s.URL)
	}
	if len(s.URL) > 2000 {
		return Invalidf("url", "url is longer than 2000 bytes")
	}
	if s.Interval != 0 && s.Interval < MinFeedInterval {
		return Invalidf("interval", "interval %s is under %s", s.Interval, MinFeedInterval)
	}
	if len(s.Secret) > 200 {
		return Invalidf("secret", "secret is longer than 200 bytes")
	}
	if s.Language != "" {
		if err := CheckLanguage("language", s.Language); err != nil {
			return err
		}
	}
	if s.Currency != "" && !ValidCurrency(s.Currency) {
		return Invalidf("currency", "currency %q is not an ISO 4217 code like \"EUR\"", s.Currency)
	}
	return nil
}

// ValidFeedName reports whether name is a feed name: 1-64 bytes of
// lower-case ASCII letters, digits, '-' and '_'.
func ValidFeedName(name string) bool {
	if name == "" || len(name) > 64 {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Feed item kinds.
const (
	FeedItemProduct   = "product"
	FeedItemPromotion = "promotion"
)

// FeedItem is what a feed last said about one product or promotion: the
// hash of its normalised content, so that a re-delivered feed changes
// nothing. EndsAt is a promotion's end (zero: none) and Ended whether
// its end has been handled (articles mentioning it flagged stale).
type FeedItem struct {
	Kind   string    `json:"kind"` // FeedItemProduct or FeedItemPromotion
	Key    string    `json:"key"`  // SKU or promotion ID
	Hash   string    `json:"hash"`
	EndsAt time.Time `json:"ends_at,omitzero"`
	Ended  bool      `json:"ended,omitempty"`
	SeenAt time.Time `json:"seen_at"`
}

// FeedService keeps feed sources and what each feed last said.
type FeedService interface {
	// UpsertFeedSource creates or replaces the tenant's source of that
	// name; an empty Secret keeps the stored one unless ClearSecret. Its
	// run fields (LastRunAt, LastError, LastHash) are kept. EINVALID
	// unless s.Validate passes; ENOTFOUND for an unknown tenant.
	UpsertFeedSource(ctx context.Context, s *FeedSource, clearSecret bool) error
	// FindFeedSource returns ENOTFOUND if the tenant has no such source.
	FindFeedSource(ctx context.Context, tenantID, name string) (*FeedSource, error)
	// FindFeedSources returns the tenant's sources ordered by name, only
	// those with a URL when polled; an empty tenantID returns those of
	// every tenant ordered by tenant and name, for the poller.
	FindFeedSources(ctx context.Context, tenantID string, polled bool) ([]*FeedSource, error)
	// DeleteFeedSource removes the source and its items; ENOTFOUND if
	// the tenant has none.
	DeleteFeedSource(ctx context.Context, tenantID, name string) error
	// RecordFeedRun sets the source's LastRunAt, LastError and LastHash.
	RecordFeedRun(ctx context.Context, tenantID, name string, at time.Time, errText, hash string) error
	// FindFeedItems returns what the feed last said, ordered by kind and
	// key.
	FindFeedItems(ctx context.Context, tenantID, name string) ([]*FeedItem, error)
	// SaveFeedItems upserts items and deletes the items of the keys in
	// del (kind and key) of the feed.
	SaveFeedItems(ctx context.Context, tenantID, name string, items []*FeedItem, del []*FeedItem) error
}
