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

func testUpsertCustomers(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	first := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "ext-1", Name: "Lin Wei",
		Email: "lin@example.com", Language: "zh", Country: "CN", VIP: true, CreatedAt: at})
	if !strings.HasPrefix(first.ID, "cu_") || !first.CreatedAt.Equal(at) {
		t.Errorf("UpsertCustomer (new) set ID %q, CreatedAt %v; want cu_ prefix and %v", first.ID, first.CreatedAt, at)
	}
	created := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "ext-2", Name: "Ana"})

	// Each step upserts c and expects the stored customer to be want.
	for _, tc := range []struct {
		name string
		c    *kefu.Customer
		want *kefu.Customer
	}{
		{"replace keeps ID and CreatedAt",
			&kefu.Customer{ID: "cu_ignored", TenantID: "shop", ExternalID: "ext-1", Name: "Lin W.", Phone: "+86 1",
				Language: "en", CreatedAt: at.AddDate(1, 0, 0)},
			&kefu.Customer{ID: first.ID, TenantID: "shop", ExternalID: "ext-1", Name: "Lin W.", Phone: "+86 1",
				Language: "en", CreatedAt: at}},
		{"replace a created customer",
			&kefu.Customer{TenantID: "shop", ExternalID: "ext-2", Name: "Ana Lima", VIP: true},
			&kefu.Customer{ID: created.ID, TenantID: "shop", ExternalID: "ext-2", Name: "Ana Lima", VIP: true,
				CreatedAt: created.CreatedAt}},
		{"same external ID in another tenant is another customer",
			&kefu.Customer{ID: "cu_theirs", TenantID: "other", ExternalID: "ext-1", Name: "Theirs"},
			&kefu.Customer{ID: "cu_theirs", TenantID: "other", ExternalID: "ext-1", Name: "Theirs"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			MustUpsertCustomer(t, s, tc.c)
			if tc.want.CreatedAt.IsZero() {
				tc.want.CreatedAt = tc.c.CreatedAt // a new customer: stamped now
			}
			checkEqual(t, "upserted customer", tc.c, tc.want)
			got, err := s.FindCustomerByExternalID(ctx, tc.want.TenantID, tc.want.ExternalID)
			mustNil(t, "FindCustomerByExternalID", err)
			checkEqual(t, "stored customer", got, tc.want)
		})
	}

	t.Run("Errors", func(t *testing.T) {
		before, err := s.FindCustomers(ctx, kefu.CustomerFilter{TenantID: "shop"})
		mustNil(t, "FindCustomers", err)
		for _, tc := range []struct {
			name        string
			c           *kefu.Customer
			code, field string
		}{
			{"no external ID", &kefu.Customer{TenantID: "shop", Name: "anon"}, kefu.EINVALID, "external_id"},
			{"no tenant", &kefu.Customer{ExternalID: "ext-9"}, kefu.EINVALID, "tenant_id"},
			{"lower-case country", &kefu.Customer{TenantID: "shop", ExternalID: "ext-1", Country: "cn"}, kefu.EINVALID, "country"},
			{"non-canonical language", &kefu.Customer{TenantID: "shop", ExternalID: "ext-1", Language: "zh_Hant"}, kefu.EINVALID, "language"},
			{"unknown tenant", &kefu.Customer{TenantID: "ghost", ExternalID: "ext-1"}, kefu.ENOTFOUND, ""},
			{"ID of another customer", &kefu.Customer{ID: first.ID, TenantID: "shop", ExternalID: "ext-9"}, kefu.ECONFLICT, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantField(t, "UpsertCustomer", s.UpsertCustomer(ctx, tc.c), tc.code, tc.field)
			})
		}
		after, err := s.FindCustomers(ctx, kefu.CustomerFilter{TenantID: "shop"})
		mustNil(t, "FindCustomers", err)
		checkEqual(t, "customers after failed upserts", after, before)
	})
}

func testFindCustomers(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	byExt := map[string]*kefu.Customer{}
	for _, ext := range []string{"c-05", "c-02", "c-07", "c-01", "c-04", "c-06", "c-03"} {
		byExt["shop/"+ext] = MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: ext, Name: "name " + ext})
	}
	MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", Name: "no external ID"})
	for _, ext := range []string{"c-00", "c-035"} {
		byExt["other/"+ext] = MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "other", ExternalID: ext})
	}

	exts := func(f kefu.CustomerFilter) ([]string, error) {
		cs, err := s.FindCustomers(ctx, f)
		var out []string
		for _, c := range cs {
			checkEqual(t, "listed customer", c, byExt[c.TenantID+"/"+c.ExternalID])
			out = append(out, c.ExternalID)
		}
		return out, err
	}
	for _, tc := range []struct {
		name string
		f    kefu.CustomerFilter
		want string
	}{
		{"all", kefu.CustomerFilter{TenantID: "shop"}, "c-01,c-02,c-03,c-04,c-05,c-06,c-07"},
		{"limit", kefu.CustomerFilter{TenantID: "shop", Limit: 2}, "c-01,c-02"},
		{"after", kefu.CustomerFilter{TenantID: "shop", After: "c-05"}, "c-06,c-07"},
		{"after a missing ID", kefu.CustomerFilter{TenantID: "shop", After: "c-035", Limit: 2}, "c-04,c-05"},
		{"after the last", kefu.CustomerFilter{TenantID: "shop", After: "c-07"}, ""},
		{"another tenant", kefu.CustomerFilter{TenantID: "other", After: "c-00"}, "c-035"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := exts(tc.f)
			mustNil(t, "FindCustomers", err)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("external IDs = %q, want %q", g, tc.want)
			}
		})
	}
	t.Run("pages", func(t *testing.T) {
		pages := walkPages(t, func(after string) ([]string, error) {
			return exts(kefu.CustomerFilter{TenantID: "shop", After: after, Limit: 3})
		})
		checkEqual(t, "pages", pages, [][]string{{"c-01", "c-02", "c-03"}, {"c-04", "c-05", "c-06"}, {"c-07"}})
	})
	_, err := s.FindCustomers(ctx, kefu.CustomerFilter{})
	wantField(t, "FindCustomers without tenant", err, kefu.EINVALID, "tenant_id")
}

func testDeleteCustomer(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	buyer := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "buyer"})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1", CustomerID: buyer.ID})
	talker := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "talker"})
	MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", CustomerID: talker.ID, Channel: "api"})
	idle := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "idle"})
	anon := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", Name: "no external ID"})
	theirs := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "other", ExternalID: "idle"})

	// The steps run in order.
	for _, tc := range []struct {
		name             string
		tenant, external string
		code             string
		gone             *kefu.Customer // found no more afterwards
	}{
		{"with an order", "shop", "buyer", kefu.ECONFLICT, nil},
		{"with a conversation", "shop", "talker", kefu.ECONFLICT, nil},
		{"idle", "shop", "idle", "", idle},
		{"idle again", "shop", "idle", kefu.ENOTFOUND, nil},
		{"missing", "shop", "nobody", kefu.ENOTFOUND, nil},
		{"empty external ID", "shop", "", kefu.ENOTFOUND, nil},
		{"another tenant's", "other", "buyer", kefu.ENOTFOUND, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "DeleteCustomer", s.DeleteCustomer(ctx, tc.tenant, tc.external), tc.code)
			if tc.gone != nil {
				_, err := s.FindCustomerByID(ctx, "shop", tc.gone.ID)
				wantCode(t, "FindCustomerByID(deleted)", err, kefu.ENOTFOUND)
			}
		})
	}
	for _, c := range []*kefu.Customer{buyer, talker, anon, theirs} {
		got, err := s.FindCustomerByID(ctx, c.TenantID, c.ID)
		mustNil(t, "FindCustomerByID", err)
		checkEqual(t, "customer kept", got, c)
	}
	// Once the order is gone the customer can go.
	mustNil(t, "DeleteOrder", s.DeleteOrder(ctx, "shop", o.Number))
	mustNil(t, "DeleteCustomer(buyer)", s.DeleteCustomer(ctx, "shop", "buyer"))
}
