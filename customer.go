package kefu

import (
	"context"
	"time"
)

// Customer is a shop's customer. ExternalID is the shop's own customer
// reference and is unique within the tenant.
type Customer struct {
	ID         string    `json:"id"`
	TenantID   string    `json:"tenant_id"`
	ExternalID string    `json:"external_id,omitempty"`
	Name       string    `json:"name,omitempty"`
	Email      string    `json:"email,omitempty"`
	Phone      string    `json:"phone,omitempty"`
	Language   string    `json:"language,omitempty"`
	Country    string    `json:"country,omitempty"` // ISO 3166-1 alpha-2
	VIP        bool      `json:"vip,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
}

// CustomerService manages customers.
type CustomerService interface {
	// CreateCustomer stores c; ECONFLICT if its ExternalID is taken in the tenant.
	CreateCustomer(ctx context.Context, c *Customer) error
	// FindCustomerByID returns ENOTFOUND if the customer does not exist in the tenant.
	FindCustomerByID(ctx context.Context, tenantID, id string) (*Customer, error)
	// FindCustomerByExternalID returns ENOTFOUND if no customer has that external ID.
	FindCustomerByExternalID(ctx context.Context, tenantID, externalID string) (*Customer, error)
	// UpsertCustomer creates the customer or replaces the fields of the
	// one with the same ExternalID, which keeps its ID and CreatedAt
	// (both set on c to the stored ones). EINVALID without an ExternalID.
	UpsertCustomer(ctx context.Context, c *Customer) error
	// FindCustomers returns customers with an external ID ordered by it.
	FindCustomers(ctx context.Context, f CustomerFilter) ([]*Customer, error)
	// DeleteCustomer removes the customer with that external ID;
	// ENOTFOUND if there is none, ECONFLICT while orders or conversations
	// of the customer exist (delete or keep those first).
	DeleteCustomer(ctx context.Context, tenantID, externalID string) error
}

// CustomerFilter selects customers of one tenant.
type CustomerFilter struct {
	TenantID string
	// After continues a listing: only customers whose external ID sorts after it.
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f CustomerFilter) Validate() error { return requireTenant(f.TenantID) }

// Validate checks what a store needs of a customer: a tenant, and when
// set a canonical language tag and a country code; EINVALID naming the
// field otherwise.
func (c *Customer) Validate() error {
	if err := requireTenant(c.TenantID); err != nil {
		return err
	}
	if c.Language != "" {
		if err := CheckLanguage("language", c.Language); err != nil {
			return err
		}
	}
	if c.Country != "" && !ValidCountry(c.Country) {
		return Invalidf("country", "country %q is not an ISO 3166-1 code like \"TH\"", c.Country)
	}
	return nil
}
