package kefu

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Review limits, in bytes.
const (
	MaxReviewTitleLen = 500
	MaxReviewTextLen  = 5000
)

// SkinTypes are the skin types a reviewer may give, the five of the
// cosmetics data kefu learns from (cosmetics/skin).
var SkinTypes = []string{"combination", "dry", "normal", "oily", "sensitive"}

// Review is what a customer wrote about a product. ID is the shop's own
// identifier, unique within the tenant: upserts replace the review with
// the same ID. SKU names the product, which must be in the catalogue when
// the review is written; deleting the product later keeps its reviews
// (they come back with the SKU, as order lines keep theirs).
type Review struct {
	ID       string `json:"id"`
	TenantID string `json:"tenant_id"`
	SKU      string `json:"sku"`
	// CustomerID is kefu's ID of the reviewer (Customer.ID), empty for a
	// review the shop cannot tie to a customer. Deleting the customer
	// clears it: the review stays, unsigned.
	CustomerID string `json:"customer_id,omitempty"`
	Rating     int    `json:"rating"` // 1 to 5 stars
	Title      string `json:"title,omitempty"`
	Text       string `json:"text,omitempty"`
	// Language is the language of Title and Text, a canonical tag
	// (CheckLanguage), usually a bare language such as "zh" or "es".
	Language string `json:"language"`
	// SkinType is the reviewer's skin type as they gave it, one of
	// SkinTypes, or empty.
	SkinType string `json:"skin_type,omitempty"`
	// Verified says the shop knows the reviewer bought the product; kefu
	// takes the shop's word for it.
	Verified bool `json:"verified,omitempty"`
	// CreatedAt is when the reviewer wrote it; a write with a zero
	// CreatedAt keeps the stored review's, or takes the store's clock
	// for a new review.
	CreatedAt time.Time `json:"created_at"`
}

// Validate checks what a store needs of a review; EINVALID naming the
// field without a tenant, an ID, a SKU or a language, with an ID or SKU
// longer than MaxExternalIDLen, a rating outside 1-5, a title or text
// longer than MaxReviewTitleLen or MaxReviewTextLen or not valid UTF-8,
// a language that is not canonical (CheckLanguage), a skin type not in
// SkinTypes, or a CreatedAt outside 1970-2199. Whether the product and
// the customer exist is for the store to check.
func (r *Review) Validate() error {
	if err := requireTenant(r.TenantID); err != nil {
		return err
	}
	if err := checkExternalID(r.ID); err != nil {
		return err
	}
	switch {
	case r.SKU == "":
		return Invalidf("sku", "sku is required")
	case len(r.SKU) > MaxExternalIDLen:
		return Invalidf("sku", "sku is longer than %d bytes", MaxExternalIDLen)
	case len(r.CustomerID) > MaxExternalIDLen:
		return Invalidf("customer_id", "customer_id is longer than %d bytes", MaxExternalIDLen)
	case r.Rating < 1 || r.Rating > 5:
		return Invalidf("rating", "rating %d is not from 1 to 5", r.Rating)
	}
	for _, f := range []struct {
		name, v string
		max     int
	}{{"title", r.Title, MaxReviewTitleLen}, {"text", r.Text, MaxReviewTextLen}} {
		switch {
		case len(f.v) > f.max:
			return Invalidf(f.name, "%s is %d bytes, over %d", f.name, len(f.v), f.max)
		case !utf8.ValidString(f.v):
			return Invalidf(f.name, "%s is not valid UTF-8", f.name)
		}
	}
	if r.Language == "" {
		return Invalidf("language", "language is required: the language the review is written in")
	}
	if err := CheckLanguage("language", r.Language); err != nil {
		return err
	}
	if r.SkinType != "" && !slices.Contains(SkinTypes, r.SkinType) {
		return Invalidf("skin_type", "skin_type %q is not one of %s", r.SkinType, strings.Join(SkinTypes, ", "))
	}
	if t := r.CreatedAt; !t.IsZero() && (t.Before(minPromotionTime) || !t.Before(maxPromotionTime)) {
		return Invalidf("created_at", "created_at %s is not between 1970 and 2200", t.Format(time.RFC3339))
	}
	return nil
}

// ReviewFilter selects reviews of one tenant, ordered by ID.
type ReviewFilter struct {
	TenantID string
	SKU      string // empty: every product's
	// After is a paging cursor: only IDs greater than it (byte order).
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f ReviewFilter) Validate() error { return requireTenant(f.TenantID) }

// ReviewSummary sums up a product's reviews, for a recommendation card
// ("4.6 stars from 132 reviews; 4.8 from oily skin") and for ranking.
type ReviewSummary struct {
	SKU string `json:"sku"`
	// RatingCount counts all the product's reviews.
	RatingCount
	// Verified counts the reviews of buyers (Review.Verified).
	Verified int `json:"verified"`
	// BySkinType counts, for each skin type reviewers gave, their
	// reviews; reviews without a skin type are only in the totals.
	BySkinType map[string]RatingCount `json:"by_skin_type,omitempty"`
}

// RatingCount is a number of reviews and their ratings.
type RatingCount struct {
	Count int `json:"count"`
	// Mean is the mean rating, 0 without reviews.
	Mean float64 `json:"mean"`
	// Stars counts the reviews by rating: Stars[0] is one star.
	Stars [5]int `json:"stars"`
}

// add counts n reviews rated rating (1-5); the mean is recomputed from
// the integer counts, so that it does not depend on the order of adds.
func (c *RatingCount) add(rating, n int) {
	c.Stars[rating-1] += n
	c.Count += n
	sum := 0
	for i, k := range c.Stars {
		sum += (i + 1) * k
	}
	c.Mean = float64(sum) / float64(c.Count)
}

// Add counts n reviews of one rating (1-5) and skin type ("" for none),
// verified of which are Verified; a rating outside 1-5 or n < 1 is
// ignored. Stores read their reviews grouped this way and fold the groups
// with Add, so that both compute the summary alike.
func (s *ReviewSummary) Add(rating int, skinType string, n, verified int) {
	if rating < 1 || rating > 5 || n < 1 {
		return
	}
	s.RatingCount.add(rating, n)
	s.Verified += verified
	if skinType == "" {
		return
	}
	if s.BySkinType == nil {
		s.BySkinType = map[string]RatingCount{}
	}
	c := s.BySkinType[skinType]
	c.add(rating, n)
	s.BySkinType[skinType] = c
}

// ReviewService manages a shop's product reviews.
type ReviewService interface {
	// UpsertReview creates the review or replaces the tenant's one with
	// the same ID (every field; a zero CreatedAt keeps the stored one),
	// and sets r.CreatedAt to the stored time. EINVALID unless r.Validate
	// passes, EINVALID naming "sku" when the tenant has no product with
	// that SKU and naming "customer_id" when it has no such customer;
	// ENOTFOUND for an unknown tenant.
	UpsertReview(ctx context.Context, r *Review) error
	// FindReviewByID returns ENOTFOUND if the tenant has no such review.
	FindReviewByID(ctx context.Context, tenantID, id string) (*Review, error)
	// FindReviews returns the tenant's reviews (of f.SKU when set)
	// ordered by ID, at most f.Limit (default 1000).
	FindReviews(ctx context.Context, f ReviewFilter) ([]*Review, error)
	// DeleteReview removes the review; ENOTFOUND if the tenant has no
	// such review.
	DeleteReview(ctx context.Context, tenantID, id string) error
	// ReviewSummary sums up the tenant's reviews of sku: a summary with a
	// zero Count, not an error, when there are none (or no such product
	// or tenant).
	ReviewSummary(ctx context.Context, tenantID, sku string) (*ReviewSummary, error)
}
