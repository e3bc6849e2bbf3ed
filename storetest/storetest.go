package storetest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// Run runs the kefu.Store contract suite. open must return a new, empty
// store for each call and arrange (with t.Cleanup) for it to be closed.
// Each subtest opens its own store.
func Run(t *testing.T, open func(t *testing.T) kefu.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s kefu.Store)
	}{
		{"Tenants", testTenants},
		{"APIKeys", testAPIKeys},
		{"Customers", testCustomers},
		{"Conversations", testConversations},
		{"UpdateConversation", testUpdateConversation},
		{"FindConversations", testFindConversations},
		{"Messages", testMessages},
		{"MessagePaging", testMessagePaging},
		{"ClientMessageID", testClientMessageID},
		{"FindReply", testFindReply},
		{"Orders", testOrders},
		{"FindOrders", testFindOrders},
		{"Shipments", testShipments},
		{"Products", testProducts},
		{"Articles", testArticles},
		{"TenantIsolation", testTenantIsolation},
		{"InTx", testInTx},
		{"ConcurrentMessages", testConcurrentMessages},
		{"ConcurrentFailures", testConcurrentFailures},
		{"FailedWrites", testFailedWrites},
		{"Validation", testValidation},
	}
	tests = append(tests, agentTests...)
	tests = append(tests, deskTests...)
	tests = append(tests, articleTests...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

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

func testConversations(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c1"})
	for _, tc := range []struct {
		name string
		c    *kefu.Conversation
	}{
		{"full", &kefu.Conversation{TenantID: "shop", CustomerID: cu.ID, Channel: "widget", Status: kefu.StatusQueued,
			Language: "th", LanguageLocked: true, Priority: 3, HandoffReason: "customer_asked", AgentID: "ag_1",
			Slots: map[string]string{"order_number": "10023", "country": "TH", "unicode": "订单 ✓"}, TokenHash: kefu.HashSecret("tok")}},
		{"anonymous defaults", &kefu.Conversation{TenantID: "shop", Channel: "api"}},
		{"empty slots", &kefu.Conversation{TenantID: "shop", Channel: "cli", Slots: map[string]string{}}},
		{"given ID and times", &kefu.Conversation{ID: "cv_given", TenantID: "shop", Channel: "api",
			CreatedAt: time.Date(2024, 1, 1, 0, 0, 0, 123456000, time.UTC), UpdatedAt: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := MustCreateConversation(t, s, tc.c)
			if !strings.HasPrefix(c.ID, "cv_") || c.CreatedAt.IsZero() || c.UpdatedAt.IsZero() {
				t.Errorf("CreateConversation set ID %q, times %v %v", c.ID, c.CreatedAt, c.UpdatedAt)
			}
			if c.Status == "" {
				t.Error("CreateConversation left Status empty")
			}
			got, err := s.FindConversationByID(ctx, "shop", c.ID)
			mustNil(t, "FindConversationByID", err)
			checkEqual(t, "FindConversationByID", got, c)
		})
	}
	c, err := s.FindConversationByID(ctx, "shop", "cv_given")
	mustNil(t, "FindConversationByID", err)
	if c.Status != kefu.StatusBot {
		t.Errorf("default status %q, want %q", c.Status, kefu.StatusBot)
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			c    *kefu.Conversation
			code string
		}{
			{"no tenant", &kefu.Conversation{Channel: "api"}, kefu.EINVALID},
			{"bad status", &kefu.Conversation{TenantID: "shop", Status: "sleeping"}, kefu.EINVALID},
			{"unknown tenant", &kefu.Conversation{TenantID: "ghost"}, kefu.ENOTFOUND},
			{"duplicate ID", &kefu.Conversation{ID: "cv_given", TenantID: "shop"}, kefu.ECONFLICT},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateConversation", s.CreateConversation(ctx, tc.c), tc.code)
			})
		}
		got, err := s.FindConversationByID(ctx, "shop", "cv_missing")
		wantCode(t, "FindConversationByID(missing)", err, kefu.ENOTFOUND)
		if got != nil {
			t.Errorf("FindConversationByID(missing) = %+v, want nil", got)
		}
	})
}

func testUpdateConversation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	c := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget", Language: "en",
		Slots: map[string]string{"a": "1"}})
	want := *c
	for _, tc := range []struct {
		name  string
		upd   kefu.ConversationUpdate
		apply func(c *kefu.Conversation)
	}{
		{"nothing", kefu.ConversationUpdate{}, func(*kefu.Conversation) {}},
		{"status", kefu.ConversationUpdate{Status: ptr(kefu.StatusQueued)}, func(c *kefu.Conversation) { c.Status = kefu.StatusQueued }},
		{"language", kefu.ConversationUpdate{Language: ptr("de")}, func(c *kefu.Conversation) { c.Language = "de" }},
		{"lock language", kefu.ConversationUpdate{LanguageLocked: ptr(true)}, func(c *kefu.Conversation) { c.LanguageLocked = true }},
		{"priority", kefu.ConversationUpdate{Priority: ptr(7)}, func(c *kefu.Conversation) { c.Priority = 7 }},
		{"handoff", kefu.ConversationUpdate{Status: ptr(kefu.StatusAgent), HandoffReason: ptr("anger"), AgentID: ptr("ag_9")},
			func(c *kefu.Conversation) { c.Status, c.HandoffReason, c.AgentID = kefu.StatusAgent, "anger", "ag_9" }},
		{"replace slots", kefu.ConversationUpdate{Slots: map[string]string{"order_number": "10023"}},
			func(c *kefu.Conversation) { c.Slots = map[string]string{"order_number": "10023"} }},
		{"clear strings", kefu.ConversationUpdate{HandoffReason: ptr(""), AgentID: ptr(""), Priority: ptr(0), LanguageLocked: ptr(false)},
			func(c *kefu.Conversation) {
				c.HandoffReason, c.AgentID, c.Priority, c.LanguageLocked = "", "", 0, false
			}},
		{"empty slots", kefu.ConversationUpdate{Slots: map[string]string{}}, func(c *kefu.Conversation) { c.Slots = nil }},
		{"close", kefu.ConversationUpdate{Status: ptr(kefu.StatusClosed)}, func(c *kefu.Conversation) { c.Status = kefu.StatusClosed }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.apply(&want)
			got, err := s.UpdateConversation(ctx, "shop", c.ID, tc.upd)
			mustNil(t, "UpdateConversation", err)
			if got.UpdatedAt.Before(want.UpdatedAt) {
				t.Errorf("UpdatedAt went back from %v to %v", want.UpdatedAt, got.UpdatedAt)
			}
			want.UpdatedAt = got.UpdatedAt
			checkEqual(t, "returned conversation", got, &want)
			found, err := s.FindConversationByID(ctx, "shop", c.ID)
			mustNil(t, "FindConversationByID", err)
			checkEqual(t, "stored conversation", found, &want)
		})
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name, tenant, id string
			upd              kefu.ConversationUpdate
			code             string
		}{
			{"bad status", "shop", c.ID, kefu.ConversationUpdate{Status: ptr(kefu.ConversationStatus("x")), Language: ptr("fr")}, kefu.EINVALID},
			{"missing", "shop", "cv_missing", kefu.ConversationUpdate{Language: ptr("fr")}, kefu.ENOTFOUND},
			{"other tenant", "other", c.ID, kefu.ConversationUpdate{Language: ptr("fr")}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.UpdateConversation(ctx, tc.tenant, tc.id, tc.upd)
				wantCode(t, "UpdateConversation", err, tc.code)
				if got != nil {
					t.Errorf("UpdateConversation returned %+v with an error", got)
				}
			})
		}
		found, err := s.FindConversationByID(ctx, "shop", c.ID)
		mustNil(t, "FindConversationByID", err)
		checkEqual(t, "conversation after failed updates", found, &want)
	})
}

func testFindConversations(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	base := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	mk := func(customer string, status kefu.ConversationStatus, minute int) string {
		c := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", CustomerID: customer, Channel: "api",
			Status: status, CreatedAt: base.Add(time.Duration(minute) * time.Minute)})
		return c.ID
	}
	a1 := mk("cu_a", kefu.StatusBot, 1)
	b1 := mk("cu_b", kefu.StatusQueued, 2)
	a2 := mk("cu_a", kefu.StatusQueued, 3)
	a0 := mk("cu_a", kefu.StatusClosed, 0)
	x1 := mk("", kefu.StatusBot, 3) // same time as a2, created later: first
	MustCreateConversation(t, s, &kefu.Conversation{TenantID: "other", CustomerID: "cu_a", Channel: "api"})

	for _, tc := range []struct {
		name string
		f    kefu.ConversationFilter
		want []string
	}{
		{"all", kefu.ConversationFilter{TenantID: "shop"}, []string{x1, a2, b1, a1, a0}},
		{"customer", kefu.ConversationFilter{TenantID: "shop", CustomerID: "cu_a"}, []string{a2, a1, a0}},
		{"status", kefu.ConversationFilter{TenantID: "shop", Status: kefu.StatusQueued}, []string{a2, b1}},
		{"customer and status", kefu.ConversationFilter{TenantID: "shop", CustomerID: "cu_a", Status: kefu.StatusBot}, []string{a1}},
		{"limit", kefu.ConversationFilter{TenantID: "shop", Limit: 2}, []string{x1, a2}},
		{"no match", kefu.ConversationFilter{TenantID: "shop", CustomerID: "cu_z"}, nil},
		{"unknown tenant", kefu.ConversationFilter{TenantID: "ghost"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.FindConversations(ctx, tc.f)
			mustNil(t, "FindConversations", err)
			var got []string
			for _, c := range cs {
				got = append(got, c.ID)
				if c.TenantID != tc.f.TenantID {
					t.Errorf("conversation %s of tenant %q in results for %q", c.ID, c.TenantID, tc.f.TenantID)
				}
			}
			checkEqual(t, "IDs", got, tc.want)
		})
	}
	_, err := s.FindConversations(ctx, kefu.ConversationFilter{})
	wantCode(t, "FindConversations without tenant", err, kefu.EINVALID)
}

// newConversation creates tenant (if needed) and a conversation in it.
func newConversation(t *testing.T, s kefu.Store, tenant string) *kefu.Conversation {
	t.Helper()
	if _, err := s.FindTenantByID(context.Background(), tenant); kefu.ErrorCode(err) == kefu.ENOTFOUND {
		MustCreateTenant(t, s, tenant)
	}
	return MustCreateConversation(t, s, &kefu.Conversation{TenantID: tenant, Channel: "api"})
}

func testMessages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	q := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
		Text: "where is my order 10023?", Language: "en", ClientMessageID: "m-1"})
	if q.ID <= 0 || q.CreatedAt.IsZero() {
		t.Errorf("CreateMessage set ID %d, CreatedAt %v", q.ID, q.CreatedAt)
	}
	reply := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot,
		Text: "It is on its way.", Language: "en", ReplyTo: q.ID, Trace: &kefu.Trace{
			Intent: kefu.IntentTrackOrder, Confidence: 0.93,
			Alternatives: []kefu.IntentScore{{Intent: "return", Score: 0.04}},
			Language:     "en", Normalized: "where is my order 10023",
			Entities: []kefu.Entity{{Type: "order_number", Text: "10023", Value: "10023", Start: 18, End: 23}},
			Emotion:  &kefu.Emotion{Label: "anxiety", Intensity: 0.4},
			Action:   kefu.ActionSkill, Skill: "order_tracking", Outcome: "tracking",
			Records: []kefu.RecordRef{{Kind: "order", ID: "or_1"}, {Kind: "shipment", ID: "sh_1"}},
			Reason:  "high_confidence", Understander: "local", Model: "intent-v3", LatencyMS: 1.25,
			Extra: map[string]any{"carrier": "SF", "cold": true},
		}})
	agent := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorAgent,
		AuthorID: "ag_1", Text: "Hi, this is Mei."})
	sys := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorSystem,
		Text: "conversation closed", CreatedAt: time.Date(2025, 2, 3, 4, 5, 6, 7000, time.UTC)})
	all := []*kefu.Message{q, reply, agent, sys}
	for i := 1; i < len(all); i++ {
		if all[i].ID <= all[i-1].ID {
			t.Errorf("message IDs do not increase: %d then %d", all[i-1].ID, all[i].ID)
		}
	}
	got, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	checkEqual(t, "FindMessages", got, all)

	// Messages of another conversation are not mixed in.
	c2 := newConversation(t, s, "shop")
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c2.ID, Author: kefu.AuthorCustomer, Text: "hello"})
	got, err = s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	if len(got) != len(all) {
		t.Errorf("FindMessages returned %d messages, want %d", len(got), len(all))
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			m    *kefu.Message
			code string
		}{
			{"no tenant", &kefu.Message{ConversationID: c.ID, Author: kefu.AuthorCustomer}, kefu.EINVALID},
			{"no conversation", &kefu.Message{TenantID: "shop", Author: kefu.AuthorCustomer}, kefu.EINVALID},
			{"bad author", &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: "robot"}, kefu.EINVALID},
			{"empty author", &kefu.Message{TenantID: "shop", ConversationID: c.ID}, kefu.EINVALID},
			{"unknown conversation", &kefu.Message{TenantID: "shop", ConversationID: "cv_nope", Author: kefu.AuthorCustomer}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateMessage", s.CreateMessage(ctx, tc.m), tc.code)
				if tc.m.ID != 0 {
					t.Errorf("failed CreateMessage set ID %d", tc.m.ID)
				}
			})
		}
		got, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
		mustNil(t, "FindMessages", err)
		checkEqual(t, "messages after failed creates", got, all)
	})
}

func testMessagePaging(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	var ids []int64
	for i := range 250 {
		m := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
			Text: fmt.Sprintf("message %d", i)})
		ids = append(ids, m.ID)
	}
	idsOf := func(ms []*kefu.Message) []int64 {
		var out []int64
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    kefu.MessageFilter
		want []int64
	}{
		{"default limit", kefu.MessageFilter{}, ids[:200]},
		{"limit", kefu.MessageFilter{Limit: 10}, ids[:10]},
		{"after", kefu.MessageFilter{AfterID: ids[9], Limit: 5}, ids[10:15]},
		{"after last", kefu.MessageFilter{AfterID: ids[249]}, nil},
		{"tail", kefu.MessageFilter{AfterID: ids[239], Limit: 100}, ids[240:]},
		{"big limit", kefu.MessageFilter{Limit: 1000}, ids},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.f.TenantID, tc.f.ConversationID = "shop", c.ID
			got, err := s.FindMessages(ctx, tc.f)
			mustNil(t, "FindMessages", err)
			checkEqual(t, "IDs", idsOf(got), tc.want)
		})
	}
	t.Run("page through", func(t *testing.T) {
		var got []int64
		after := int64(0)
		for range 100 {
			page, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, AfterID: after, Limit: 33})
			mustNil(t, "FindMessages", err)
			if len(page) == 0 {
				break
			}
			got = append(got, idsOf(page)...)
			after = page[len(page)-1].ID
		}
		checkEqual(t, "paged IDs", got, ids)
	})
}

func testClientMessageID(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	c2 := newConversation(t, s, "shop")
	first := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
		Text: "first", ClientMessageID: "cm-1"})
	// The same client ID in another conversation is a different message.
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c2.ID, Author: kefu.AuthorCustomer,
		Text: "elsewhere", ClientMessageID: "cm-1"})
	// Messages without a client ID never collide.
	for range 3 {
		MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, Text: "no id"})
	}

	retry := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "retry", ClientMessageID: "cm-1"}
	wantCode(t, "CreateMessage(duplicate client ID)", s.CreateMessage(ctx, retry), kefu.ECONFLICT)
	if retry.ID != 0 {
		t.Errorf("failed CreateMessage set ID %d", retry.ID)
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	if len(ms) != 4 {
		t.Errorf("conversation has %d messages after a duplicate, want 4", len(ms))
	}

	for _, tc := range []struct {
		name, tenant, conv, client string
		want                       *kefu.Message
		code                       string
	}{
		{"found", "shop", c.ID, "cm-1", first, ""},
		{"missing", "shop", c.ID, "cm-2", nil, kefu.ENOTFOUND},
		{"empty", "shop", c.ID, "", nil, kefu.ENOTFOUND},
		{"other tenant", "other", c.ID, "cm-1", nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindMessageByClientID(ctx, tc.tenant, tc.conv, tc.client)
			wantCode(t, "FindMessageByClientID", err, tc.code)
			checkEqual(t, "message", got, tc.want)
		})
	}
}

func testFindReply(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	q1 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "q1"})
	q2 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "q2"})
	q3 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "q3"})
	// An agent's answer is not the bot's reply.
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorAgent, Text: "a1", ReplyTo: q1.ID})
	r1 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, Text: "r1",
		ReplyTo: q1.ID, Trace: &kefu.Trace{Intent: "greeting", Action: kefu.ActionSmalltalk}})
	r2 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorSystem, Text: "r2", ReplyTo: q2.ID})
	other := newConversation(t, s, "shop")

	for _, tc := range []struct {
		name, tenant, conv string
		id                 int64
		want               *kefu.Message
		code               string
	}{
		{"bot reply", "shop", c.ID, q1.ID, r1, ""},
		{"system reply", "shop", c.ID, q2.ID, r2, ""},
		{"unanswered", "shop", c.ID, q3.ID, nil, kefu.ENOTFOUND},
		{"zero", "shop", c.ID, 0, nil, kefu.ENOTFOUND},
		{"other conversation", "shop", other.ID, q1.ID, nil, kefu.ENOTFOUND},
		{"other tenant", "other", c.ID, q1.ID, nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindReply(ctx, tc.tenant, tc.conv, tc.id)
			wantCode(t, "FindReply", err, tc.code)
			checkEqual(t, "reply", got, tc.want)
		})
	}
}

func testOrders(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10023", CustomerID: "cu_1", Status: "paid",
		Currency: "EUR", Total: 4598, ShipTo: "DE", Lines: []kefu.OrderLine{
			{SKU: "TEA-1", Name: "Oolong 100g", Quantity: 2, UnitPrice: 1299},
			{SKU: "CUP-2", Name: "Cup", Quantity: 1, UnitPrice: 2000},
			{SKU: "TEA-1", Name: "Oolong 100g (gift)", Quantity: 1, UnitPrice: 0},
		}})
	if !strings.HasPrefix(o.ID, "or_") || o.PlacedAt.IsZero() {
		t.Errorf("CreateOrder set ID %q, PlacedAt %v", o.ID, o.PlacedAt)
	}
	bare := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10024", Status: "pending", Currency: "EUR",
		PlacedAt: time.Date(2025, 4, 5, 6, 7, 8, 0, time.UTC)})
	// Numbers are unique per tenant only.
	theirs := MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "10023", Currency: "USD", Total: 1})

	for _, tc := range []struct {
		name string
		find func() (*kefu.Order, error)
		want *kefu.Order
		code string
	}{
		{"by ID", func() (*kefu.Order, error) { return s.FindOrderByID(ctx, "shop", o.ID) }, o, ""},
		{"by number", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "shop", "10023") }, o, ""},
		{"no lines", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "shop", "10024") }, bare, ""},
		{"other tenant's number", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "other", "10023") }, theirs, ""},
		{"missing number", func() (*kefu.Order, error) { return s.FindOrderByNumber(ctx, "shop", "99999") }, nil, kefu.ENOTFOUND},
		{"missing ID", func() (*kefu.Order, error) { return s.FindOrderByID(ctx, "shop", "or_nope") }, nil, kefu.ENOTFOUND},
		{"ID in other tenant", func() (*kefu.Order, error) { return s.FindOrderByID(ctx, "other", o.ID) }, nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.find()
			wantCode(t, "find", err, tc.code)
			checkEqual(t, "order", got, tc.want)
		})
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			o    *kefu.Order
			code string
		}{
			{"duplicate number", &kefu.Order{TenantID: "shop", Number: "10023", Status: "paid",
				Lines: []kefu.OrderLine{{SKU: "X", Quantity: 9}}}, kefu.ECONFLICT},
			{"duplicate ID", &kefu.Order{ID: o.ID, TenantID: "shop", Number: "555"}, kefu.ECONFLICT},
			{"no tenant", &kefu.Order{Number: "1"}, kefu.EINVALID},
			{"no number", &kefu.Order{TenantID: "shop"}, kefu.EINVALID},
			{"unknown tenant", &kefu.Order{TenantID: "ghost", Number: "1"}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateOrder", s.CreateOrder(ctx, tc.o), tc.code)
			})
		}
		got, err := s.FindOrderByNumber(ctx, "shop", "10023")
		mustNil(t, "FindOrderByNumber", err)
		checkEqual(t, "order after failed creates", got, o)
		_, err = s.FindOrderByNumber(ctx, "shop", "555")
		wantCode(t, "FindOrderByNumber(555)", err, kefu.ENOTFOUND)
	})
}

func testFindOrders(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	base := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	mk := func(number, customer string, day, lines int) *kefu.Order {
		o := &kefu.Order{TenantID: "shop", Number: number, CustomerID: customer, Status: "paid", Currency: "USD",
			PlacedAt: base.AddDate(0, 0, day)}
		for i := range lines {
			o.Lines = append(o.Lines, kefu.OrderLine{SKU: fmt.Sprintf("SKU-%d", i), Name: "item", Quantity: i + 1, UnitPrice: 100})
		}
		return MustCreateOrder(t, s, o)
	}
	o1 := mk("1", "cu_a", 1, 2)
	o2 := mk("2", "cu_b", 2, 0)
	o3 := mk("3", "cu_a", 3, 3)
	o4 := mk("4", "cu_a", 3, 1) // same day as o3, created later: first
	MustCreateOrder(t, s, &kefu.Order{TenantID: "other", Number: "1", CustomerID: "cu_a"})

	for _, tc := range []struct {
		name string
		f    kefu.OrderFilter
		want []*kefu.Order
	}{
		{"all", kefu.OrderFilter{TenantID: "shop"}, []*kefu.Order{o4, o3, o2, o1}},
		{"customer", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_a"}, []*kefu.Order{o4, o3, o1}},
		{"limit", kefu.OrderFilter{TenantID: "shop", Limit: 2}, []*kefu.Order{o4, o3}},
		{"customer limit", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_a", Limit: 1}, []*kefu.Order{o4}},
		{"no match", kefu.OrderFilter{TenantID: "shop", CustomerID: "cu_z"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindOrders(ctx, tc.f)
			mustNil(t, "FindOrders", err)
			checkEqual(t, "orders", got, tc.want)
		})
	}
	_, err := s.FindOrders(ctx, kefu.OrderFilter{})
	wantCode(t, "FindOrders without tenant", err, kefu.EINVALID)
}

func testShipments(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "10023", Currency: "EUR"})
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	eta := day.AddDate(0, 0, 4)
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Carrier: "DHL", TrackingNumber: "JD0001",
		ColdChain: true, ETA: &eta, CreatedAt: day, Events: []kefu.TrackingEvent{
			{At: day.Add(26 * time.Hour), Status: "customs", Location: "Leipzig"},
			{At: day, Status: "label_created", Location: "Shenzhen", Description: "Label printed"},
			{At: day.Add(5 * time.Hour), Status: "in_transit", Location: "Hong Kong"},
		}})
	if !strings.HasPrefix(sh.ID, "sh_") {
		t.Errorf("CreateShipment set ID %q", sh.ID)
	}
	if sh.Status != "customs" {
		t.Errorf("CreateShipment without status set it to %q, want the latest event's %q", sh.Status, "customs")
	}
	second := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Carrier: "SF", TrackingNumber: "SF1",
		Status: "label_created", CreatedAt: day.Add(time.Hour)})
	if second.CreatedAt.IsZero() {
		t.Error("CreateShipment did not keep CreatedAt")
	}
	byTime := func(s *kefu.Shipment) *kefu.Shipment {
		c := *s
		c.Events = append([]kefu.TrackingEvent(nil), s.Events...)
		sort.SliceStable(c.Events, func(i, j int) bool { return c.Events[i].At.Before(c.Events[j].At) })
		return &c
	}
	want := []*kefu.Shipment{byTime(sh), second}
	got, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	checkEqual(t, "FindShipmentsByOrder", got, want)

	t.Run("AddTrackingEvent", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			e    kefu.TrackingEvent
		}{
			{"out for delivery", kefu.TrackingEvent{At: day.Add(72 * time.Hour), Status: "out_for_delivery", Location: "Berlin"}},
			{"delivered", kefu.TrackingEvent{At: day.Add(80 * time.Hour), Status: "delivered", Location: "Berlin", Description: "Signed: LIN"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				mustNil(t, "AddTrackingEvent", s.AddTrackingEvent(ctx, "shop", sh.ID, tc.e))
				want[0].Events = append(want[0].Events, tc.e)
				want[0].Status = tc.e.Status
				got, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
				mustNil(t, "FindShipmentsByOrder", err)
				checkEqual(t, "shipments", got, want)
				if e := got[0].LatestEvent(); e == nil || e.Status != tc.e.Status {
					t.Errorf("LatestEvent = %+v, want status %q", e, tc.e.Status)
				}
			})
		}
		// A zero time becomes now.
		mustNil(t, "AddTrackingEvent", s.AddTrackingEvent(ctx, "shop", second.ID, kefu.TrackingEvent{Status: "in_transit"}))
		got, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		if n := len(got[1].Events); n != 1 || got[1].Events[0].At.IsZero() || got[1].Status != "in_transit" {
			t.Errorf("after AddTrackingEvent with zero time: %+v", got[1])
		}
	})

	t.Run("Errors", func(t *testing.T) {
		before, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		e := kefu.TrackingEvent{At: day, Status: "exception"}
		wantCode(t, "AddTrackingEvent(missing)", s.AddTrackingEvent(ctx, "shop", "sh_nope", e), kefu.ENOTFOUND)
		wantCode(t, "AddTrackingEvent(other tenant)", s.AddTrackingEvent(ctx, "other", sh.ID, e), kefu.ENOTFOUND)
		for _, tc := range []struct {
			name string
			sh   *kefu.Shipment
			code string
		}{
			{"unknown order", &kefu.Shipment{TenantID: "shop", OrderID: "or_nope", Carrier: "UPS",
				Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}}, kefu.ENOTFOUND},
			{"other tenant's order", &kefu.Shipment{TenantID: "other", OrderID: o.ID, Carrier: "UPS"}, kefu.ENOTFOUND},
			{"no tenant", &kefu.Shipment{OrderID: o.ID}, kefu.EINVALID},
			{"no order", &kefu.Shipment{TenantID: "shop"}, kefu.EINVALID},
			{"duplicate ID", &kefu.Shipment{ID: sh.ID, TenantID: "shop", OrderID: o.ID,
				Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}}, kefu.ECONFLICT},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateShipment", s.CreateShipment(ctx, tc.sh), tc.code)
			})
		}
		after, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
		mustNil(t, "FindShipmentsByOrder", err)
		checkEqual(t, "shipments after failed writes", after, before)
		for _, q := range []struct{ tenant, order string }{{"other", o.ID}, {"shop", "or_nope"}} {
			got, err := s.FindShipmentsByOrder(ctx, q.tenant, q.order)
			mustNil(t, "FindShipmentsByOrder", err)
			if len(got) != 0 {
				t.Errorf("FindShipmentsByOrder(%q, %q) = %d shipments, want none", q.tenant, q.order, len(got))
			}
		}
	})
}

func testProducts(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	p := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "TEA-1", Name: "Oolong", Description: "Roasted",
		Category: "tea", Brand: "Hill", HSCode: "090230", Price: 1299, Currency: "EUR", Stock: 40,
		Attributes: map[string]string{"storage_temp": "2-8C", "name_zh": "乌龙茶"}})
	if !strings.HasPrefix(p.ID, "pr_") || p.UpdatedAt.IsZero() {
		t.Errorf("UpsertProduct set ID %q, UpdatedAt %v", p.ID, p.UpdatedAt)
	}
	got, err := s.FindProductBySKU(ctx, "shop", "TEA-1")
	mustNil(t, "FindProductBySKU", err)
	checkEqual(t, "FindProductBySKU", got, p)

	t.Run("replace by SKU", func(t *testing.T) {
		repl := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "TEA-1", Name: "Oolong (new)", Category: "tea",
			Price: 1399, Currency: "EUR", Stock: 3, Attributes: map[string]string{"origin": "TW"}})
		if repl.ID != p.ID {
			t.Errorf("replacement got ID %q, want the original %q", repl.ID, p.ID)
		}
		got, err := s.FindProductBySKU(ctx, "shop", "TEA-1")
		mustNil(t, "FindProductBySKU", err)
		checkEqual(t, "replaced product", got, repl)
		all, err := s.FindProducts(ctx, kefu.ProductFilter{TenantID: "shop"})
		mustNil(t, "FindProducts", err)
		if len(all) != 1 {
			t.Errorf("tenant has %d products after a replace, want 1", len(all))
		}
	})

	t.Run("FindProducts", func(t *testing.T) {
		for _, sku := range []string{"CUP-2", "TEA-0", "BAG-9"} {
			cat := "tea"
			if sku != "TEA-0" {
				cat = "ware"
			}
			MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: sku, Name: sku, Category: cat, Currency: "EUR"})
		}
		MustUpsertProduct(t, s, &kefu.Product{TenantID: "other", SKU: "TEA-1", Name: "theirs", Category: "tea"})
		for _, tc := range []struct {
			name string
			f    kefu.ProductFilter
			want string
		}{
			{"all", kefu.ProductFilter{TenantID: "shop"}, "BAG-9,CUP-2,TEA-0,TEA-1"},
			{"category", kefu.ProductFilter{TenantID: "shop", Category: "tea"}, "TEA-0,TEA-1"},
			{"limit", kefu.ProductFilter{TenantID: "shop", Limit: 2}, "BAG-9,CUP-2"},
			{"no match", kefu.ProductFilter{TenantID: "shop", Category: "toys"}, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				ps, err := s.FindProducts(ctx, tc.f)
				mustNil(t, "FindProducts", err)
				var skus []string
				for _, p := range ps {
					skus = append(skus, p.SKU)
				}
				if got := strings.Join(skus, ","); got != tc.want {
					t.Errorf("SKUs = %q, want %q", got, tc.want)
				}
			})
		}
		_, err := s.FindProducts(ctx, kefu.ProductFilter{})
		wantCode(t, "FindProducts without tenant", err, kefu.EINVALID)
	})

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindProductBySKU(ctx, "shop", "NOPE")
		wantCode(t, "FindProductBySKU(missing)", err, kefu.ENOTFOUND)
		wantCode(t, "UpsertProduct(no SKU)", s.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", Name: "x"}), kefu.EINVALID)
		wantCode(t, "UpsertProduct(no tenant)", s.UpsertProduct(ctx, &kefu.Product{SKU: "x"}), kefu.EINVALID)
		wantCode(t, "UpsertProduct(unknown tenant)", s.UpsertProduct(ctx, &kefu.Product{TenantID: "ghost", SKU: "x"}), kefu.ENOTFOUND)
	})
}

func testTenantIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "a", ExternalID: "x1", Name: "Alice"})
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "a", CustomerID: cu.ID, Channel: "api"})
	q := MustCreateMessage(t, s, &kefu.Message{TenantID: "a", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Text: "hi", ClientMessageID: "k1"})
	MustCreateMessage(t, s, &kefu.Message{TenantID: "a", ConversationID: cv.ID, Author: kefu.AuthorBot, Text: "hello", ReplyTo: q.ID})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "a", Number: "1001", CustomerID: cu.ID, Lines: []kefu.OrderLine{{SKU: "S", Quantity: 1}}})
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "a", OrderID: o.ID, Carrier: "DHL", Status: "in_transit"})
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "a", SKU: "S", Name: "secret"})
	ar := MustUpsertArticle(t, s, &kefu.Article{TenantID: "a", Key: "k", Language: "en", Body: "internal"})

	notFound := []struct {
		name string
		call func() error
	}{
		{"FindCustomerByID", func() error { _, err := s.FindCustomerByID(ctx, "b", cu.ID); return err }},
		{"FindCustomerByExternalID", func() error { _, err := s.FindCustomerByExternalID(ctx, "b", "x1"); return err }},
		{"FindConversationByID", func() error { _, err := s.FindConversationByID(ctx, "b", cv.ID); return err }},
		{"UpdateConversation", func() error {
			_, err := s.UpdateConversation(ctx, "b", cv.ID, kefu.ConversationUpdate{Status: ptr(kefu.StatusClosed)})
			return err
		}},
		{"FindMessageByClientID", func() error { _, err := s.FindMessageByClientID(ctx, "b", cv.ID, "k1"); return err }},
		{"FindReply", func() error { _, err := s.FindReply(ctx, "b", cv.ID, q.ID); return err }},
		{"CreateMessage", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "b", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Text: "sneak"})
		}},
		{"FindOrderByID", func() error { _, err := s.FindOrderByID(ctx, "b", o.ID); return err }},
		{"FindOrderByNumber", func() error { _, err := s.FindOrderByNumber(ctx, "b", "1001"); return err }},
		{"CreateShipment", func() error { return s.CreateShipment(ctx, &kefu.Shipment{TenantID: "b", OrderID: o.ID}) }},
		{"AddTrackingEvent", func() error {
			return s.AddTrackingEvent(ctx, "b", sh.ID, kefu.TrackingEvent{Status: "delivered"})
		}},
		{"FindProductBySKU", func() error { _, err := s.FindProductBySKU(ctx, "b", "S"); return err }},
		{"FindArticleByID", func() error { _, err := s.FindArticleByID(ctx, "b", ar.ID); return err }},
	}
	for _, tc := range notFound {
		t.Run(tc.name, func(t *testing.T) { wantCode(t, tc.name, tc.call(), kefu.ENOTFOUND) })
	}

	empty := []struct {
		name string
		n    func() (int, error)
	}{
		{"FindConversations", func() (int, error) {
			cs, err := s.FindConversations(ctx, kefu.ConversationFilter{TenantID: "b", CustomerID: cu.ID})
			return len(cs), err
		}},
		{"FindMessages", func() (int, error) {
			ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "b", ConversationID: cv.ID})
			return len(ms), err
		}},
		{"FindOrders", func() (int, error) {
			os, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "b", CustomerID: cu.ID})
			return len(os), err
		}},
		{"FindShipmentsByOrder", func() (int, error) {
			ss, err := s.FindShipmentsByOrder(ctx, "b", o.ID)
			return len(ss), err
		}},
		{"FindProducts", func() (int, error) {
			ps, err := s.FindProducts(ctx, kefu.ProductFilter{TenantID: "b"})
			return len(ps), err
		}},
		{"FindArticles", func() (int, error) {
			as, err := s.FindArticles(ctx, kefu.ArticleFilter{TenantID: "b"})
			return len(as), err
		}},
	}
	for _, tc := range empty {
		t.Run(tc.name, func(t *testing.T) {
			n, err := tc.n()
			mustNil(t, tc.name, err)
			if n != 0 {
				t.Errorf("%s for tenant b returned %d of tenant a's records", tc.name, n)
			}
		})
	}

	// Nothing tenant b tried changed tenant a's data.
	got, err := s.FindConversationByID(ctx, "a", cv.ID)
	mustNil(t, "FindConversationByID", err)
	if got.Status != kefu.StatusBot {
		t.Errorf("tenant b changed tenant a's conversation status to %q", got.Status)
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "a", ConversationID: cv.ID})
	mustNil(t, "FindMessages", err)
	if len(ms) != 2 {
		t.Errorf("tenant a's conversation has %d messages, want 2", len(ms))
	}
	ss, err := s.FindShipmentsByOrder(ctx, "a", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	if len(ss) != 1 || ss[0].Status != "in_transit" || len(ss[0].Events) != 0 {
		t.Errorf("tenant b changed tenant a's shipments: %s", show(ss))
	}
}

// errBoom is returned by InTx functions to force a rollback.
var errBoom = errors.New("boom")

func testInTx(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	conv := newConversation(t, s, "shop")

	// writeAll stores one of everything, tagged with n, using tx.
	writeAll := func(tx kefu.Store, n string) error {
		if err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "ext-" + n}); err != nil {
			return err
		}
		c := &kefu.Conversation{TenantID: "shop", Channel: "import", TokenHash: "tok-" + n}
		if err := tx.CreateConversation(ctx, c); err != nil {
			return err
		}
		if err := tx.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorSystem,
			Text: "import " + n, ClientMessageID: "imp-" + n}); err != nil {
			return err
		}
		if _, err := tx.UpdateConversation(ctx, "shop", conv.ID, kefu.ConversationUpdate{Slots: map[string]string{"n": n}}); err != nil {
			return err
		}
		o := &kefu.Order{TenantID: "shop", Number: "o-" + n, Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}}
		if err := tx.CreateOrder(ctx, o); err != nil {
			return err
		}
		sh := &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Events: []kefu.TrackingEvent{{Status: "label_created"}}}
		if err := tx.CreateShipment(ctx, sh); err != nil {
			return err
		}
		if err := tx.AddTrackingEvent(ctx, "shop", sh.ID, kefu.TrackingEvent{Status: "in_transit"}); err != nil {
			return err
		}
		if err := tx.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", SKU: "sku-" + n}); err != nil {
			return err
		}
		if err := tx.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k-" + n, Language: "en"}); err != nil {
			return err
		}
		return tx.CreateAPIKey(ctx, &kefu.APIKey{TenantID: "shop", Hash: "hash-" + n})
	}
	// stored reports which of writeAll's records exist for n.
	stored := func(t *testing.T, n string) []string {
		t.Helper()
		var have []string
		check := func(what string, err error) {
			switch kefu.ErrorCode(err) {
			case "":
				have = append(have, what)
			case kefu.ENOTFOUND:
			default:
				t.Fatalf("%s: %v", what, err)
			}
		}
		_, err := s.FindCustomerByExternalID(ctx, "shop", "ext-"+n)
		check("customer", err)
		_, err = s.FindMessageByClientID(ctx, "shop", conv.ID, "imp-"+n)
		check("message", err)
		o, err := s.FindOrderByNumber(ctx, "shop", "o-"+n)
		check("order", err)
		if err == nil {
			ss, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
			mustNil(t, "FindShipmentsByOrder", err)
			if len(ss) == 1 && len(ss[0].Events) == 2 && ss[0].Status == "in_transit" {
				have = append(have, "shipment")
			}
		}
		_, err = s.FindProductBySKU(ctx, "shop", "sku-"+n)
		check("product", err)
		as, err := s.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop"})
		mustNil(t, "FindArticles", err)
		for _, a := range as {
			if a.Key == "k-"+n {
				have = append(have, "article")
			}
		}
		_, err = s.FindAPIKeyByHash(ctx, "hash-"+n)
		check("api key", err)
		cs, err := s.FindConversations(ctx, kefu.ConversationFilter{TenantID: "shop", Limit: 1000})
		mustNil(t, "FindConversations", err)
		for _, c := range cs {
			if c.TokenHash == "tok-"+n {
				have = append(have, "conversation")
			}
			if c.ID == conv.ID && c.Slots["n"] == n {
				have = append(have, "slots")
			}
		}
		sort.Strings(have)
		return have
	}
	all := []string{"api key", "article", "conversation", "customer", "message", "order", "product", "shipment", "slots"}

	for _, tc := range []struct {
		name    string
		fn      func(n string) func(tx kefu.Store) error
		wantErr error
		want    []string
	}{
		{"commit", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error { return writeAll(tx, n) }
		}, nil, all},
		{"rollback", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := writeAll(tx, n); err != nil {
					return err
				}
				return errBoom
			}
		}, errBoom, nil},
		{"nested commit", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				return tx.InTx(ctx, func(inner kefu.Store) error { return writeAll(inner, n) })
			}
		}, nil, all},
		{"inner error rolls back outer", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "ext-" + n}); err != nil {
					return err
				}
				return tx.InTx(ctx, func(inner kefu.Store) error {
					if err := writeAll(inner, n+"-inner"); err != nil {
						return err
					}
					return errBoom
				})
			}
		}, errBoom, nil},
		{"inner error ignored by outer", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := writeAll(tx, n); err != nil {
					return err
				}
				err := tx.InTx(ctx, func(inner kefu.Store) error {
					if err := writeAll(inner, n+"-inner"); err != nil {
						return err
					}
					return errBoom
				})
				if !errors.Is(err, errBoom) {
					return fmt.Errorf("inner InTx returned %v, want errBoom", err)
				}
				return nil // the outer transaction commits; the failed inner one left nothing
			}
		}, nil, all},
		{"outer error after inner commit", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := tx.InTx(ctx, func(inner kefu.Store) error { return writeAll(inner, n) }); err != nil {
					return err
				}
				return errBoom
			}
		}, errBoom, nil},
		{"close inside is a no-op", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := tx.Close(); err != nil {
					return err
				}
				return writeAll(tx, n)
			}
		}, nil, all},
		{"reads see own writes", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := writeAll(tx, n); err != nil {
					return err
				}
				if _, err := tx.FindCustomerByExternalID(ctx, "shop", "ext-"+n); err != nil {
					return err
				}
				if _, err := tx.FindOrderByNumber(ctx, "shop", "o-"+n); err != nil {
					return err
				}
				// Outside the transaction nothing is visible yet.
				if _, err := s.FindOrderByNumber(ctx, "shop", "o-"+n); kefu.ErrorCode(err) != kefu.ENOTFOUND {
					return fmt.Errorf("uncommitted order visible outside the transaction (err %v)", err)
				}
				return nil
			}
		}, nil, all},
		{"failed write inside keeps the rest", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				// Conflicting writes fail alone; the transaction goes on.
				err := tx.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "o-commit", Lines: []kefu.OrderLine{{SKU: "Z", Quantity: 1}}})
				if kefu.ErrorCode(err) != kefu.ECONFLICT {
					return fmt.Errorf("duplicate order in tx: %v, want ECONFLICT", err)
				}
				err = tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "ext-commit"})
				if kefu.ErrorCode(err) != kefu.ECONFLICT {
					return fmt.Errorf("duplicate customer in tx: %v, want ECONFLICT", err)
				}
				return writeAll(tx, n)
			}
		}, nil, all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := strings.ReplaceAll(tc.name, " ", "-")
			err := s.InTx(ctx, tc.fn(n))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("InTx error %v, want %v", err, tc.wantErr)
			}
			checkEqual(t, "stored records", stored(t, n), tc.want)
			checkEqual(t, "stored inner records", stored(t, n+"-inner"), []string(nil))
		})
	}
	// The order of the "commit" case is untouched by the duplicate inside a later transaction.
	o, err := s.FindOrderByNumber(ctx, "shop", "o-commit")
	mustNil(t, "FindOrderByNumber", err)
	if len(o.Lines) != 1 || o.Lines[0].SKU != "A" {
		t.Errorf("order o-commit changed: %s", show(o))
	}

	t.Run("error code kept", func(t *testing.T) {
		err := s.InTx(ctx, func(tx kefu.Store) error { return kefu.Errorf(kefu.EINVALID, "bad row 7") })
		wantCode(t, "InTx", err, kefu.EINVALID)
	})
	t.Run("store usable after rollback", func(t *testing.T) {
		MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorCustomer, Text: "still here"})
	})
}

func testConcurrentMessages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	const workers, each = 8, 25
	ids := make([][]int64, workers)
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				m := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
					Text: fmt.Sprintf("w%d-%d", w, i), ClientMessageID: fmt.Sprintf("w%d-%d", w, i)}
				if err := s.CreateMessage(ctx, m); err != nil {
					errs <- err
					return
				}
				ids[w] = append(ids[w], m.ID)
				// Readers run alongside the writers.
				if _, err := s.FindConversationByID(ctx, "shop", c.ID); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent CreateMessage: %v", err)
	}
	seen := make(map[int64]bool)
	for w, ws := range ids {
		for i, id := range ws {
			if seen[id] {
				t.Errorf("message ID %d assigned twice", id)
			}
			seen[id] = true
			if i > 0 && id <= ws[i-1] {
				t.Errorf("worker %d got IDs %d then %d: not increasing", w, ws[i-1], id)
			}
		}
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, Limit: 10 * workers * each})
	mustNil(t, "FindMessages", err)
	if len(ms) != workers*each {
		t.Fatalf("stored %d messages, want %d", len(ms), workers*each)
	}
	for i, m := range ms {
		if !seen[m.ID] {
			t.Errorf("stored message %d was not returned to any writer", m.ID)
		}
		if i > 0 && m.ID <= ms[i-1].ID {
			t.Errorf("FindMessages out of order: %d then %d", ms[i-1].ID, m.ID)
		}
	}
}

// testConcurrentFailures runs failing and succeeding writes of every kind
// at once: the failures must not take anything of the others with them,
// nor leave anything of their own (adapters may commit concurrent writes
// together).
func testConcurrentFailures(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, ClientMessageID: "dup"})
	MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "dup", Lines: []kefu.OrderLine{{SKU: "ORIG", Quantity: 1}}})
	const workers, each = 8, 20
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				key := fmt.Sprintf("%d-%d", w, i)
				var err error
				want := ""
				switch i % 5 {
				case 0:
					err = s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, ClientMessageID: "ok-" + key})
				case 1:
					want = kefu.ECONFLICT
					err = s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, ClientMessageID: "dup"})
				case 2:
					err = s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "ok-" + key,
						Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}, {SKU: "B", Quantity: 2}}})
				case 3:
					want = kefu.ECONFLICT
					err = s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "dup",
						Lines: []kefu.OrderLine{{SKU: "X", Quantity: 1}, {SKU: "Y", Quantity: 1}}})
				case 4:
					err = s.InTx(ctx, func(tx kefu.Store) error {
						if err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "bad-" + key}); err != nil {
							return err
						}
						if err := tx.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: c.ID,
							Author: kefu.AuthorSystem, ClientMessageID: "bad-" + key}); err != nil {
							return err
						}
						return errBoom
					})
					if errors.Is(err, errBoom) {
						err = nil
					} else if err == nil {
						err = errors.New("InTx succeeded though fn failed")
					}
				}
				if got := kefu.ErrorCode(err); got != want {
					errs <- fmt.Errorf("worker %d op %d: error %v, want code %q", w, i, err, want)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, Limit: 1000})
	mustNil(t, "FindMessages", err)
	if want := 1 + workers*each/5; len(ms) != want {
		t.Errorf("%d messages stored, want %d", len(ms), want)
	}
	for _, m := range ms {
		if strings.HasPrefix(m.ClientMessageID, "bad-") {
			t.Errorf("message %q of a rolled-back transaction stored", m.ClientMessageID)
		}
	}
	os, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "shop", Limit: 1000})
	mustNil(t, "FindOrders", err)
	if want := 1 + workers*each/5; len(os) != want {
		t.Errorf("%d orders stored, want %d", len(os), want)
	}
	for _, o := range os {
		want := 2
		if o.Number == "dup" {
			want = 1
		}
		if len(o.Lines) != want {
			t.Errorf("order %s has %d lines, want %d: %s", o.Number, len(o.Lines), want, show(o.Lines))
		}
	}
	for w := range workers {
		for i := 4; i < each; i += 5 {
			if _, err := s.FindCustomerByExternalID(ctx, "shop", fmt.Sprintf("bad-%d-%d", w, i)); kefu.ErrorCode(err) != kefu.ENOTFOUND {
				t.Errorf("customer of a rolled-back transaction: err %v, want ENOTFOUND", err)
			}
		}
	}
}

// snapshot is everything a tenant has, read through the Store.
type snapshot struct {
	Tenant        *kefu.Tenant
	Customer      *kefu.Customer
	Conversations []*kefu.Conversation
	Messages      []*kefu.Message
	Orders        []*kefu.Order
	Shipments     []*kefu.Shipment
	Products      []*kefu.Product
	Articles      []*kefu.Article
}

// takeSnapshot reads what the tenant has: the customer, the messages of
// the conversation and the shipments of the order given, and all its
// conversations, orders, products and articles.
func takeSnapshot(t *testing.T, s kefu.Store, tenantID, customerID, conversationID, orderID string) snapshot {
	t.Helper()
	ctx := context.Background()
	var sn snapshot
	var err error
	sn.Tenant, err = s.FindTenantByID(ctx, tenantID)
	mustNil(t, "FindTenantByID", err)
	sn.Customer, err = s.FindCustomerByID(ctx, tenantID, customerID)
	mustNil(t, "FindCustomerByID", err)
	sn.Conversations, err = s.FindConversations(ctx, kefu.ConversationFilter{TenantID: tenantID})
	mustNil(t, "FindConversations", err)
	sn.Messages, err = s.FindMessages(ctx, kefu.MessageFilter{TenantID: tenantID, ConversationID: conversationID})
	mustNil(t, "FindMessages", err)
	sn.Orders, err = s.FindOrders(ctx, kefu.OrderFilter{TenantID: tenantID})
	mustNil(t, "FindOrders", err)
	sn.Shipments, err = s.FindShipmentsByOrder(ctx, tenantID, orderID)
	mustNil(t, "FindShipmentsByOrder", err)
	sn.Products, err = s.FindProducts(ctx, kefu.ProductFilter{TenantID: tenantID})
	mustNil(t, "FindProducts", err)
	sn.Articles, err = s.FindArticles(ctx, kefu.ArticleFilter{TenantID: tenantID})
	mustNil(t, "FindArticles", err)
	return sn
}

func testFailedWrites(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "e1"})
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", CustomerID: cu.ID, Channel: "api",
		Slots: map[string]string{"k": "v"}})
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Text: "hi", ClientMessageID: "c1"})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "n1", CustomerID: cu.ID, Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Status: "in_transit"})
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "A", Name: "a"})
	MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Body: "b"})

	take := func(t *testing.T) snapshot { return takeSnapshot(t, s, "shop", cu.ID, cv.ID, o.ID) }
	for _, tc := range []struct {
		name  string
		write func() error
		code  string
	}{
		{"duplicate tenant", func() error { return s.CreateTenant(ctx, &kefu.Tenant{ID: "shop", Name: "new name"}) }, kefu.ECONFLICT},
		{"duplicate customer", func() error {
			return s.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "e1", Name: "x"})
		}, kefu.ECONFLICT},
		{"duplicate conversation", func() error {
			return s.CreateConversation(ctx, &kefu.Conversation{ID: cv.ID, TenantID: "shop", Status: kefu.StatusClosed})
		}, kefu.ECONFLICT},
		{"duplicate client message ID", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: kefu.AuthorBot, ClientMessageID: "c1"})
		}, kefu.ECONFLICT},
		{"invalid author", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: "x"})
		}, kefu.EINVALID},
		{"invalid status update", func() error {
			_, err := s.UpdateConversation(ctx, "shop", cv.ID, kefu.ConversationUpdate{
				Status: ptr(kefu.ConversationStatus("nope")), Slots: map[string]string{"k": "changed"}})
			return err
		}, kefu.EINVALID},
		{"duplicate order number with lines", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n1",
				Lines: []kefu.OrderLine{{SKU: "B", Quantity: 2}, {SKU: "C", Quantity: 3}}})
		}, kefu.ECONFLICT},
		{"duplicate order ID with lines", func() error {
			return s.CreateOrder(ctx, &kefu.Order{ID: o.ID, TenantID: "shop", Number: "n2",
				Lines: []kefu.OrderLine{{SKU: "B", Quantity: 2}}})
		}, kefu.ECONFLICT},
		{"shipment with events for missing order", func() error {
			return s.CreateShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: "or_nope",
				Events: []kefu.TrackingEvent{{Status: "label_created"}}})
		}, kefu.ENOTFOUND},
		{"duplicate shipment with events", func() error {
			return s.CreateShipment(ctx, &kefu.Shipment{ID: sh.ID, TenantID: "shop", OrderID: o.ID,
				Events: []kefu.TrackingEvent{{Status: "label_created"}}})
		}, kefu.ECONFLICT},
		{"event for missing shipment", func() error {
			return s.AddTrackingEvent(ctx, "shop", "sh_nope", kefu.TrackingEvent{Status: "delivered"})
		}, kefu.ENOTFOUND},
		{"product without SKU", func() error { return s.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", Name: "x"}) }, kefu.EINVALID},
		{"article with bad status", func() error {
			return s.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Body: "new", Status: "x"})
		}, kefu.EINVALID},
		{"settings of missing tenant", func() error {
			return s.UpdateTenantSettings(ctx, "ghost", kefu.TenantSettings{DefaultLanguage: "fr"})
		}, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := take(t)
			wantCode(t, "write", tc.write(), tc.code)
			checkEqual(t, "store after failed write", take(t), before)
		})
	}
}
