package kefu

import (
	"context"
	"time"
)

// Product is an item of a shop's catalogue. SKU is unique within the tenant.
type Product struct {
	ID          string `json:"id"`
	TenantID    string `json:"tenant_id"`
	SKU         string `json:"sku"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Category    string `json:"category,omitempty"`
	Brand       string `json:"brand,omitempty"`
	// HSCode is the Harmonized System code, at least 6 digits when set.
	HSCode   string `json:"hs_code,omitempty"`
	Price    int64  `json:"price"` // minor units of Currency
	Currency string `json:"currency"`
	Stock    int    `json:"stock"`
	// Attributes hold free-form facts: storage temperature, skin types,
	// weight, origin, translated names ("name_zh"), ...
	Attributes map[string]string `json:"attributes,omitempty"`
	UpdatedAt  time.Time         `json:"updated_at"`
}

// ProductFilter selects products of one tenant.
type ProductFilter struct {
	TenantID string
	Category string
	// After continues a listing: only products whose SKU sorts after it.
	After string
	Limit int // 0 means 1000
}

// ProductService manages the catalogue.
type ProductService interface {
	// UpsertProduct creates the product or replaces the one with the same SKU.
	UpsertProduct(ctx context.Context, p *Product) error
	// FindProductBySKU returns ENOTFOUND if the tenant has no such SKU.
	FindProductBySKU(ctx context.Context, tenantID, sku string) (*Product, error)
	// FindProducts returns products ordered by SKU.
	FindProducts(ctx context.Context, f ProductFilter) ([]*Product, error)
	// DeleteProduct removes the product with that SKU; ENOTFOUND if the
	// tenant has none. Order lines keep their SKU and name.
	DeleteProduct(ctx context.Context, tenantID, sku string) error
}

// NameIn is the product's name in lang (its attribute "name_<lang>",
// "name_zh"), or its catalogue name when the shop gives none.
func (p *Product) NameIn(lang string) string {
	if n := p.Attributes["name_"+lang]; n != "" {
		return n
	}
	return p.Name
}

// Validate checks what a store needs of a product; EINVALID naming the
// field without a tenant or a SKU, with a currency that is set but not a
// code (ValidCurrency) or a negative price.
func (p *Product) Validate() error {
	if err := requireTenant(p.TenantID); err != nil {
		return err
	}
	switch {
	case p.SKU == "":
		return Invalidf("sku", "sku is required")
	case p.Currency != "" && !ValidCurrency(p.Currency):
		return Invalidf("currency", "currency %q is not an ISO 4217 code like \"EUR\"", p.Currency)
	case p.Price < 0:
		return Invalidf("price", "price %d is negative", p.Price)
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant.
func (f ProductFilter) Validate() error { return requireTenant(f.TenantID) }

// AllProducts returns every product of the tenant matching f (its Limit
// and After are ignored), ordered by SKU, reading the catalogue a page at
// a time: FindProducts alone stops at a page.
func AllProducts(ctx context.Context, ps ProductService, f ProductFilter) ([]*Product, error) {
	const page = 1000
	f.After, f.Limit = "", page
	var all []*Product
	for {
		got, err := ps.FindProducts(ctx, f)
		if err != nil {
			return nil, err
		}
		all = append(all, got...)
		if len(got) < page {
			return all, nil
		}
		f.After = got[len(got)-1].SKU
	}
}
