package kefu

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"
)

// Product profile limits.
const (
	// MaxProfileTags bounds the tags of one profile: 26 dimensions of a
	// few tens of values each fit with room to spare.
	MaxProfileTags = 2000
	// MaxProfileTagLen bounds a dimension or value, in bytes.
	MaxProfileTagLen = 200
	// MaxProfileBatch bounds a ReplaceProductProfiles batch.
	MaxProfileBatch = 1000
)

// ProductProfile is a product's place in the product knowledge graph as
// derived and stored (cosmetics/graph derives it; docs/product-knowledge.md):
// tags per dimension, each with the evidence it rests on. It is keyed by
// the product's SKU and goes when the product goes.
type ProductProfile struct {
	TenantID string `json:"tenant_id"`
	SKU      string `json:"sku"`
	// Partial is true when only key ingredients were listed, so absence
	// ("fragrance-free") could not be derived.
	Partial bool `json:"partial,omitempty"`
	// Tags are in the deriver's order: by dimension, then the order in
	// which values were derived (a shop's values first).
	Tags []ProfileTag `json:"tags"`
	// DerivedAt is when the profile was derived; a write with a zero
	// DerivedAt takes the store's clock.
	DerivedAt time.Time `json:"derived_at"`
}

// ProfileTag is one value of one dimension of a profile.
type ProfileTag struct {
	Dimension string `json:"dimension"`
	Value     string `json:"value"`
	// Level grades cautions and conflicts: "ok", "caution" or "avoid";
	// empty for other tags.
	Level string `json:"level,omitempty"`
	// Shop says the shop set the tag (a "tags.<dimension>" attribute).
	Shop     bool          `json:"shop,omitempty"`
	Evidence []TagEvidence `json:"evidence"`
}

// TagEvidence is one reason a tag holds (graph.Evidence).
type TagEvidence struct {
	// Kind is where it comes from: ingredient, rule, attribute, text,
	// catalog or shop.
	Kind string `json:"kind"`
	// Rule is the rule or ingredient class ID.
	Rule string `json:"rule,omitempty"`
	// Ingredients are the normalised ingredient keys behind the tag.
	Ingredients []string `json:"ingredients,omitempty"`
	// Attribute is the product attribute or field read.
	Attribute string `json:"attribute,omitempty"`
	// Because lists the facts a rule matched.
	Because []string `json:"because,omitempty"`
	// Note is free detail: a rating, matched text, a price threshold.
	Note string `json:"note,omitempty"`
}

// Values returns the values p holds in dimension dim, in order.
func (p *ProductProfile) Values(dim string) []string {
	var out []string
	for _, t := range p.Tags {
		if t.Dimension == dim {
			out = append(out, t.Value)
		}
	}
	return out
}

// Validate checks what a store needs of a profile; EINVALID naming the
// field without a tenant or SKU, with a SKU longer than MaxExternalIDLen,
// more than MaxProfileTags tags, a tag without a dimension or value, one
// longer than MaxProfileTagLen or not valid UTF-8, the same dimension and
// value twice, or a level other than "", ok, caution or avoid.
func (p *ProductProfile) Validate() error {
	if err := requireTenant(p.TenantID); err != nil {
		return err
	}
	switch {
	case p.SKU == "":
		return Invalidf("sku", "sku is required")
	case len(p.SKU) > MaxExternalIDLen:
		return Invalidf("sku", "sku is longer than %d bytes", MaxExternalIDLen)
	case len(p.Tags) > MaxProfileTags:
		return Invalidf("tags", "a profile has %d tags, over %d", len(p.Tags), MaxProfileTags)
	}
	seen := make(map[[2]string]bool, len(p.Tags))
	for i, t := range p.Tags {
		field := fmt.Sprintf("tags[%d]", i)
		for _, f := range []struct{ name, v string }{{"dimension", t.Dimension}, {"value", t.Value}} {
			switch {
			case f.v == "":
				return Invalidf(field+"."+f.name, "%s.%s is required", field, f.name)
			case len(f.v) > MaxProfileTagLen:
				return Invalidf(field+"."+f.name, "%s.%s is longer than %d bytes", field, f.name, MaxProfileTagLen)
			case !utf8.ValidString(f.v):
				return Invalidf(field+"."+f.name, "%s.%s is not valid UTF-8", field, f.name)
			}
		}
		switch t.Level {
		case "", "ok", "caution", "avoid":
		default:
			return Invalidf(field+".level", "%s.level %q is not ok, caution or avoid", field, t.Level)
		}
		k := [2]string{t.Dimension, t.Value}
		if seen[k] {
			return Invalidf(field, "%s %s=%s is in the profile twice", field, t.Dimension, t.Value)
		}
		seen[k] = true
	}
	if t := p.DerivedAt; !t.IsZero() && (t.Before(minPromotionTime) || !t.Before(maxPromotionTime)) {
		return Invalidf("derived_at", "derived_at %s is not between 1970 and 2200", t.Format(time.RFC3339))
	}
	return nil
}

// ProductProfileFilter selects profiles of one tenant, ordered by SKU.
type ProductProfileFilter struct {
	TenantID string
	// Dimension and Value, when both set, select the profiles holding
	// that tag ("suits_skin", "oily"), read from the tag index.
	Dimension string
	Value     string
	// After is a paging cursor: only SKUs greater than it (byte order).
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant, or with only
// one of Dimension and Value.
func (f ProductProfileFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	switch {
	case f.Dimension != "" && f.Value == "":
		return Invalidf("value", "value is required with a dimension")
	case f.Dimension == "" && f.Value != "":
		return Invalidf("dimension", "dimension is required with a value")
	}
	return nil
}

// ProductProfileService stores products' knowledge profiles and an index
// of their tags, for finding candidate products by tag.
type ProductProfileService interface {
	// ReplaceProductProfiles writes the tenant's profiles, each replacing
	// the stored profile of its SKU (and its tags in the index), all or
	// none; a zero DerivedAt takes the store's clock and is set on the
	// profile. EINVALID when a profile fails Validate, belongs to
	// another tenant or the batch holds more than MaxProfileBatch;
	// ENOTFOUND naming the product when a SKU is not in the catalogue.
	ReplaceProductProfiles(ctx context.Context, tenantID string, ps []*ProductProfile) error
	// FindProductProfileBySKU returns ENOTFOUND if the tenant has no
	// profile of that SKU.
	FindProductProfileBySKU(ctx context.Context, tenantID, sku string) (*ProductProfile, error)
	// FindProductProfiles returns the tenant's profiles matching f,
	// ordered by SKU (byte order), at most f.Limit (default 1000).
	FindProductProfiles(ctx context.Context, f ProductProfileFilter) ([]*ProductProfile, error)
	// DeleteProductProfile removes the profile of sku; ENOTFOUND if there
	// is none. Deleting a product deletes its profile too.
	DeleteProductProfile(ctx context.Context, tenantID, sku string) error
}
