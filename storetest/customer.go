package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func testCustomers(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	c := &kefu.Customer{TenantID: "shop", ExternalID: "ext-1", Name: "Lin Wei", Email: "lin@example.com",
		Phone: "+86 138 0000 0000", Language: "zh", Country: "CN", VIP: true}
	MustCreateCustomer(t, s, c)
	if !strings.HasPrefix(c.ID, "cu_") || c.CreatedAt.IsZero() {
		t.Errorf("CreateCustomer set ID %q, CreatedAt %v; want cu_ prefix and a time", c.ID, c.CreatedAt)
	}
	// Customers without an external ID do not collide with each other.
	MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", Name: "anon 1"})
	MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", Name: "anon 2"})
	// External IDs are unique per tenant only.
	MustCreateCustomer(t, s, &kefu.Customer{TenantID: "other", ExternalID: "ext-1"})
	// A caller-chosen ID and time are kept.
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	own := MustCreateCustomer(t, s, &kefu.Customer{ID: "cu_own", TenantID: "shop", CreatedAt: at})

	for _, tc := range []struct {
		name string
		find func() (*kefu.Customer, error)
		want *kefu.Customer
		code string
	}{
		{"by ID", func() (*kefu.Customer, error) { return s.FindCustomerByID(ctx, "shop", c.ID) }, c, ""},
		{"by external ID", func() (*kefu.Customer, error) { return s.FindCustomerByExternalID(ctx, "shop", "ext-1") }, c, ""},
		{"own ID", func() (*kefu.Customer, error) { return s.FindCustomerByID(ctx, "shop", "cu_own") }, own, ""},
		{"missing ID", func() (*kefu.Customer, error) { return s.FindCustomerByID(ctx, "shop", "cu_nope") }, nil, kefu.ENOTFOUND},
		{"missing external ID", func() (*kefu.Customer, error) { return s.FindCustomerByExternalID(ctx, "shop", "ext-2") }, nil, kefu.ENOTFOUND},
		{"empty external ID", func() (*kefu.Customer, error) { return s.FindCustomerByExternalID(ctx, "shop", "") }, nil, kefu.ENOTFOUND},
		{"other tenant's ID", func() (*kefu.Customer, error) { return s.FindCustomerByID(ctx, "other", c.ID) }, nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.find()
			wantCode(t, "find", err, tc.code)
			checkEqual(t, "customer", got, tc.want)
		})
	}
	if !own.CreatedAt.Equal(at) {
		t.Errorf("CreateCustomer changed a given CreatedAt to %v", own.CreatedAt)
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			c    *kefu.Customer
			code string
		}{
			{"duplicate external ID", &kefu.Customer{TenantID: "shop", ExternalID: "ext-1", Name: "Impostor"}, kefu.ECONFLICT},
			{"duplicate ID", &kefu.Customer{ID: c.ID, TenantID: "shop"}, kefu.ECONFLICT},
			{"no tenant", &kefu.Customer{Name: "x"}, kefu.EINVALID},
			{"unknown tenant", &kefu.Customer{TenantID: "ghost"}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateCustomer", s.CreateCustomer(ctx, tc.c), tc.code)
			})
		}
		got, err := s.FindCustomerByExternalID(ctx, "shop", "ext-1")
		mustNil(t, "FindCustomerByExternalID", err)
		checkEqual(t, "customer after failed creates", got, c)
	})
}
