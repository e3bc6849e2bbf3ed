package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

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

	t.Run("UpdateTenantName", func(t *testing.T) {
		before, err := s.FindTenantByID(ctx, "shop-1")
		mustNil(t, "FindTenantByID", err)
		mustNil(t, "UpdateTenantName", s.UpdateTenantName(ctx, "shop-1", "Shop Uno"))
		got, err := s.FindTenantByID(ctx, "shop-1")
		mustNil(t, "FindTenantByID", err)
		want := *before
		want.Name = "Shop Uno"
		checkEqual(t, "tenant after UpdateTenantName", got, &want)
		for _, tc := range []struct {
			name, id, to, code string
		}{
			{"missing tenant", "nope", "X", kefu.ENOTFOUND},
			{"blank", "shop-1", "  ", kefu.EINVALID},
			{"control character", "shop-1", "Shop\x00", kefu.EINVALID},
			{"too long", "shop-1", strings.Repeat("a", kefu.MaxTenantName+1), kefu.EINVALID},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "UpdateTenantName", s.UpdateTenantName(ctx, tc.id, tc.to), tc.code)
			})
		}
		got, err = s.FindTenantByID(ctx, "shop-1")
		mustNil(t, "FindTenantByID", err)
		checkEqual(t, "tenant after failed renames", got, &want)
	})
}

func testAPIKeys(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	secret := kefu.NewAPIKeySecret()
	k := &kefu.APIKey{TenantID: "shop", Name: "import job", Hash: kefu.HashSecret(secret), Scope: kefu.ScopeAdmin, Prefix: secret[:kefu.APIKeyPrefixLen]}
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
		{"duplicate hash", &kefu.APIKey{TenantID: "shop", Name: "again", Hash: k.Hash, Scope: kefu.ScopeChat}, kefu.ECONFLICT},
		{"no tenant", &kefu.APIKey{Name: "x", Hash: "h1", Scope: kefu.ScopeChat}, kefu.EINVALID},
		{"no hash", &kefu.APIKey{TenantID: "shop", Name: "x", Scope: kefu.ScopeChat}, kefu.EINVALID},
		{"no scope", &kefu.APIKey{TenantID: "shop", Name: "x", Hash: "h3"}, kefu.EINVALID},
		{"unknown scope", &kefu.APIKey{TenantID: "shop", Name: "x", Hash: "h4", Scope: "root"}, kefu.EINVALID},
		{"unknown tenant", &kefu.APIKey{TenantID: "ghost", Name: "x", Hash: "h2", Scope: kefu.ScopeChat}, kefu.ENOTFOUND},
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

	t.Run("FindAPIKeys", func(t *testing.T) {
		MustCreateTenant(t, s, "other")
		base := k.CreatedAt.Truncate(time.Second)
		older := &kefu.APIKey{TenantID: "shop", Name: "older", Hash: "h-older", Scope: kefu.ScopeChat, CreatedAt: base.Add(-time.Hour)}
		newer := &kefu.APIKey{TenantID: "shop", Name: "newer", Hash: "h-newer", Scope: kefu.ScopeChat, Prefix: "kefu_0123456", CreatedAt: base.Add(time.Hour)}
		theirs := &kefu.APIKey{TenantID: "other", Name: "theirs", Hash: "h-theirs", Scope: kefu.ScopeAdmin, CreatedAt: base}
		for _, k := range []*kefu.APIKey{older, newer, theirs} {
			mustNil(t, "CreateAPIKey", s.CreateAPIKey(ctx, k))
		}
		ks, err := s.FindAPIKeys(ctx, "shop")
		mustNil(t, "FindAPIKeys", err)
		checkEqual(t, "FindAPIKeys(shop)", ks, []*kefu.APIKey{newer, k, older})
		ks, err = s.FindAPIKeys(ctx, "other")
		mustNil(t, "FindAPIKeys(other)", err)
		checkEqual(t, "FindAPIKeys(other)", ks, []*kefu.APIKey{theirs})
		ks, err = s.FindAPIKeys(ctx, "ghost")
		mustNil(t, "FindAPIKeys(ghost)", err)
		if len(ks) != 0 {
			t.Errorf("FindAPIKeys(ghost) = %s", show(ks))
		}
		_, err = s.FindAPIKeys(ctx, "")
		wantCode(t, "FindAPIKeys(no tenant)", err, kefu.EINVALID)
	})

	t.Run("RevokeAPIKey", func(t *testing.T) {
		k, plain := kefu.NewAPIKey("shop", "to revoke", kefu.ScopeChat)
		mustNil(t, "CreateAPIKey", s.CreateAPIKey(ctx, k))
		if k.Prefix != plain[:kefu.APIKeyPrefixLen] || !strings.HasPrefix(k.Prefix, kefu.APIKeyPrefix) {
			t.Errorf("NewAPIKey prefix %q of key %q", k.Prefix, plain)
		}
		_, err := s.FindAPIKeyByHash(ctx, kefu.HashSecret(plain))
		mustNil(t, "FindAPIKeyByHash(before revoke)", err)

		// Another tenant cannot revoke it, nor can a wrong ID.
		MustCreateTenant(t, s, "rival")
		for _, tc := range []struct{ name, tenant, id string }{
			{"other tenant", "rival", k.ID},
			{"unknown tenant", "ghost", k.ID},
			{"unknown id", "shop", "ak_nope"},
			{"empty id", "shop", ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "RevokeAPIKey", s.RevokeAPIKey(ctx, tc.tenant, tc.id), kefu.ENOTFOUND)
			})
		}
		got, err := s.FindAPIKeyByHash(ctx, kefu.HashSecret(plain))
		mustNil(t, "FindAPIKeyByHash(after refused revokes)", err)
		checkEqual(t, "key after refused revokes", got, k)

		mustNil(t, "RevokeAPIKey", s.RevokeAPIKey(ctx, "shop", k.ID))
		got, err = s.FindAPIKeyByHash(ctx, kefu.HashSecret(plain))
		wantCode(t, "FindAPIKeyByHash(revoked)", err, kefu.ENOTFOUND)
		if got != nil {
			t.Errorf("FindAPIKeyByHash(revoked) = %+v, want nil", got)
		}
		revokedAt := func() *time.Time {
			ks, err := s.FindAPIKeys(ctx, "shop")
			mustNil(t, "FindAPIKeys", err)
			for _, x := range ks {
				if x.ID == k.ID {
					return x.RevokedAt
				}
			}
			t.Fatalf("revoked key %s not listed", k.ID)
			return nil
		}
		first := revokedAt()
		if first == nil || first.IsZero() {
			t.Fatalf("revoked key listed without RevokedAt")
		}
		// Revoking twice succeeds and keeps the first time.
		mustNil(t, "RevokeAPIKey(again)", s.RevokeAPIKey(ctx, "shop", k.ID))
		if again := revokedAt(); again == nil || !sameTime(*again, *first) {
			t.Errorf("second revocation changed RevokedAt from %v to %v", first, again)
		}
		// The other keys still work.
		_, err = s.FindAPIKeyByHash(ctx, kefu.HashSecret(secret))
		mustNil(t, "FindAPIKeyByHash(other key)", err)
	})
}
