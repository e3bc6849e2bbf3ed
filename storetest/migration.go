package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// LegacyPromotionSettings is the settings document of a tenant as kefu
// wrote it before promotions and canned replies had tables of their own
// (migration 0007): encoding/json of the old TenantSettings, with zero
// times written out, an element without an ID and one repeating an ID.
const LegacyPromotionSettings = `{"default_language":"en","languages":["en","zh"],"currency":"EUR",` +
	`"widget_enabled":true,"strategies":null,` +
	`"canned_replies":[` +
	`{"id":"greet-en","title":"Greeting","language":"en","text":"Hi, thanks for waiting."},` +
	`{"id":"any","title":"","language":"","text":"One moment, please."},` +
	`{"id":"","title":"问候","language":"zh","text":"您好"}],` +
	`"promotions":[` +
	`{"id":"welcome","code":"HI10","text":{"en":"10% off","zh":"九折"},"start":"0001-01-01T00:00:00Z","end":"0001-01-01T00:00:00Z"},` +
	`{"id":"tea","code":"TEA5","text":{"en":"€5 off any tea"},"start":"2026-11-01T08:00:00.123456789+08:00",` +
	`"end":"2026-12-01T00:00:00Z","categories":["tea","Cups"]},` +
	`{"id":"","code":"NOID","text":{"en":"no id"},"start":"0001-01-01T00:00:00Z","end":"0001-01-01T00:00:00Z"},` +
	`{"id":"welcome","code":"DUP","text":{"en":"the same ID again"},"start":"0001-01-01T00:00:00Z","end":"0001-01-01T00:00:00Z"}],` +
	`"synonyms":[["parcel","package"]]}`

// CheckPromotionMigration checks what migration 0007 made of a tenant
// whose settings were LegacyPromotionSettings: its promotions and canned
// replies are in their tables (start and end to the millisecond, which
// is what SQLite's date functions keep), and the rest of its settings
// are unchanged. rawSettings returns the tenant's settings document as
// stored, which must no longer hold the two keys.
func CheckPromotionMigration(t *testing.T, s kefu.Store, tenantID string, rawSettings func() string) {
	t.Helper()
	ctx := context.Background()
	ps, err := s.FindPromotions(ctx, kefu.PromotionFilter{TenantID: tenantID})
	mustNil(t, "FindPromotions", err)
	if got := promotionIDs(ps); got != "promotion-3,tea,welcome" {
		t.Fatalf("migrated promotions %q, want promotion-3,tea,welcome", got)
	}
	start := time.Date(2026, 11, 1, 0, 0, 0, 123456789, time.UTC)
	for _, tc := range []struct {
		got, want *kefu.Promotion
	}{
		{ps[0], &kefu.Promotion{TenantID: tenantID, ID: "promotion-3", Code: "NOID", Text: map[string]string{"en": "no id"}}},
		{ps[1], &kefu.Promotion{TenantID: tenantID, ID: "tea", Code: "TEA5", Text: map[string]string{"en": "€5 off any tea"},
			Start: start, End: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Categories: []string{"tea", "Cups"}}},
		{ps[2], &kefu.Promotion{TenantID: tenantID, ID: "welcome", Code: "HI10", Text: map[string]string{"en": "10% off", "zh": "九折"}}},
	} {
		if d := tc.got.Start.Sub(tc.want.Start); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("%s: start %v, want %v", tc.want.ID, tc.got.Start, tc.want.Start)
		}
		if tc.got.UpdatedAt.IsZero() {
			t.Errorf("%s: no updated_at", tc.want.ID)
		}
		got := *tc.got
		got.Start, got.UpdatedAt = tc.want.Start, tc.want.UpdatedAt
		checkEqual(t, "migrated promotion "+tc.want.ID, &got, tc.want)
		if err := tc.got.Validate(); err != nil {
			t.Errorf("migrated promotion %s: %v", tc.want.ID, err)
		}
	}

	cs, err := s.FindCannedReplies(ctx, kefu.CannedReplyFilter{TenantID: tenantID})
	mustNil(t, "FindCannedReplies", err)
	want := []*kefu.CannedReply{
		{TenantID: tenantID, ID: "any", Text: "One moment, please."},
		{TenantID: tenantID, ID: "canned-3", Title: "问候", Language: "zh", Text: "您好"},
		{TenantID: tenantID, ID: "greet-en", Title: "Greeting", Language: "en", Text: "Hi, thanks for waiting."},
	}
	for _, c := range cs {
		if c.UpdatedAt.IsZero() {
			t.Errorf("canned reply %s: no updated_at", c.ID)
		}
		c.UpdatedAt = time.Time{}
	}
	checkEqual(t, "migrated canned replies", cs, want)

	tn, err := s.FindTenantByID(ctx, tenantID)
	mustNil(t, "FindTenantByID", err)
	checkEqual(t, "settings after the migration", tn.Settings, kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "zh"},
		Currency: "EUR", WidgetEnabled: true, Synonyms: [][]string{{"parcel", "package"}}})
	if raw := rawSettings(); strings.Contains(raw, "promotions") || strings.Contains(raw, "canned_replies") || !strings.Contains(raw, "synonyms") {
		t.Errorf("stored settings after the migration: %s", raw)
	}
}

// CheckLotMigration checks what migration 0008 made of order number's
// lines, written before order lines had a lot: they are as they were,
// each with no lot, and a lot can now be stored on them.
func CheckLotMigration(t *testing.T, s kefu.Store, tenantID, number string) {
	t.Helper()
	ctx := context.Background()
	o, err := s.FindOrderByNumber(ctx, tenantID, number)
	mustNil(t, "FindOrderByNumber", err)
	checkEqual(t, "migrated lines", o.Lines, []kefu.OrderLine{{SKU: "SALMON", Name: "Salmon", Quantity: 2, UnitPrice: 8900}})
	o.Lines[0].Lot = "L-1"
	MustUpsertOrder(t, s, o)
	o, err = s.FindOrderByNumber(ctx, tenantID, number)
	mustNil(t, "FindOrderByNumber", err)
	checkEqual(t, "lines with a lot", o.Lines, []kefu.OrderLine{{SKU: "SALMON", Name: "Salmon", Quantity: 2, UnitPrice: 8900, Lot: "L-1"}})
}
