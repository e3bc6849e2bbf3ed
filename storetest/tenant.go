package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

func testTenants(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	settings := kefu.TenantSettings{
		DefaultLanguage:     "zh",
		Languages:           []string{"zh", "en", "th"},
		Currency:            "CNY",
		Timezone:            "Asia/Shanghai",
		OrderNumberPattern:  `\b1\d{4}\b`,
		WidgetEnabled:       true,
		WidgetSecret:        "s3cret",
		Webhooks:            []kefu.Webhook{{URL: "https://example.com/hook", Secret: "w", Events: []string{kefu.EventMessageCreated}}},
		ConfidenceThreshold: 0.45,
	}
	shop := &kefu.Tenant{ID: "shop-1", Name: "Shop One", Settings: settings}
	mustNil(t, "CreateTenant", s.CreateTenant(ctx, shop))
	if shop.CreatedAt.IsZero() {
		t.Error("CreateTenant did not set CreatedAt")
	}
	got, err := s.FindTenantByID(ctx, "shop-1")
	mustNil(t, "FindTenantByID", err)
	checkEqual(t, "FindTenantByID", got, shop)

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			t    *kefu.Tenant
			code string
		}{
			{"duplicate ID", &kefu.Tenant{ID: "shop-1", Name: "Other"}, kefu.ECONFLICT},
			{"empty ID", &kefu.Tenant{Name: "No ID"}, kefu.EINVALID},
			{"upper case ID", &kefu.Tenant{ID: "Shop"}, kefu.EINVALID},
			{"ID with space", &kefu.Tenant{ID: "my shop"}, kefu.EINVALID},
			{"ID too long", &kefu.Tenant{ID: strings.Repeat("a", 65)}, kefu.EINVALID},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateTenant", s.CreateTenant(ctx, tc.t), tc.code)
			})
		}
		got, err := s.FindTenantByID(ctx, "shop-1")
		mustNil(t, "FindTenantByID", err)
		if got.Name != "Shop One" {
			t.Errorf("a failed CreateTenant changed the tenant: name %q", got.Name)
		}
		got, err = s.FindTenantByID(ctx, "nope")
		wantCode(t, "FindTenantByID(missing)", err, kefu.ENOTFOUND)
		if got != nil {
			t.Errorf("FindTenantByID(missing) = %+v, want nil", got)
		}
	})

	t.Run("FindTenants", func(t *testing.T) {
		for _, id := range []string{"zeta", "alpha", "mid_1"} {
			MustCreateTenant(t, s, id)
		}
		ts, err := s.FindTenants(ctx)
		mustNil(t, "FindTenants", err)
		var ids []string
		for _, tn := range ts {
			ids = append(ids, tn.ID)
		}
		if want := "alpha,mid_1,shop-1,zeta"; strings.Join(ids, ",") != want {
			t.Errorf("FindTenants IDs = %v, want %s", ids, want)
		}
	})

	t.Run("UpdateTenantSettings", func(t *testing.T) {
		upd := kefu.TenantSettings{DefaultLanguage: "en", Currency: "USD", ConfidenceThreshold: 0.7}
		mustNil(t, "UpdateTenantSettings", s.UpdateTenantSettings(ctx, "shop-1", upd))
		got, err := s.FindTenantByID(ctx, "shop-1")
		mustNil(t, "FindTenantByID", err)
		checkEqual(t, "settings after update", got.Settings, upd)
		if got.Name != "Shop One" || !sameTime(got.CreatedAt, shop.CreatedAt) {
			t.Errorf("UpdateTenantSettings changed other fields: %+v", got)
		}
		wantCode(t, "UpdateTenantSettings(missing)", s.UpdateTenantSettings(ctx, "nope", upd), kefu.ENOTFOUND)
	})
}

func testAPIKeys(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	secret := kefu.NewAPIKeySecret()
	k := &kefu.APIKey{TenantID: "shop", Name: "import job", Hash: kefu.HashSecret(secret)}
	mustNil(t, "CreateAPIKey", s.CreateAPIKey(ctx, k))
	if !strings.HasPrefix(k.ID, "ak_") || k.CreatedAt.IsZero() {
		t.Errorf("CreateAPIKey set ID %q, CreatedAt %v; want ak_ prefix and a time", k.ID, k.CreatedAt)
	}
	got, err := s.FindAPIKeyByHash(ctx, kefu.HashSecret(secret))
	mustNil(t, "FindAPIKeyByHash", err)
	checkEqual(t, "FindAPIKeyByHash", got, k)

	for _, tc := range []struct {
		name string
		k    *kefu.APIKey
		code string
	}{
		{"duplicate hash", &kefu.APIKey{TenantID: "shop", Name: "again", Hash: k.Hash}, kefu.ECONFLICT},
		{"no tenant", &kefu.APIKey{Name: "x", Hash: "h1"}, kefu.EINVALID},
		{"no hash", &kefu.APIKey{TenantID: "shop", Name: "x"}, kefu.EINVALID},
		{"unknown tenant", &kefu.APIKey{TenantID: "ghost", Name: "x", Hash: "h2"}, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "CreateAPIKey", s.CreateAPIKey(ctx, tc.k), tc.code)
		})
	}
	got, err = s.FindAPIKeyByHash(ctx, kefu.HashSecret("kefu_wrong"))
	wantCode(t, "FindAPIKeyByHash(missing)", err, kefu.ENOTFOUND)
	if got != nil {
		t.Errorf("FindAPIKeyByHash(missing) = %+v, want nil", got)
	}
}
