package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

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
		{"channel and token", kefu.ConversationUpdate{Channel: ptr("proactive"), TokenHash: ptr("h2")},
			func(c *kefu.Conversation) { c.Channel, c.TokenHash = "proactive", "h2" }},
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
			{"empty token", "shop", c.ID, kefu.ConversationUpdate{TokenHash: ptr("")}, kefu.EINVALID},
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
		{"anonymous", kefu.ConversationFilter{TenantID: "shop", Anonymous: ptr(true)}, []string{x1}},
		{"with a customer", kefu.ConversationFilter{TenantID: "shop", Anonymous: ptr(false)}, []string{a2, b1, a1, a0}},
		{"queued with a customer", kefu.ConversationFilter{TenantID: "shop", Anonymous: ptr(false), Status: kefu.StatusQueued}, []string{a2, b1}},
		{"queued anonymous", kefu.ConversationFilter{TenantID: "shop", Anonymous: ptr(true), Status: kefu.StatusQueued}, nil},
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

// testQueueOrder checks ConversationFilter.QueueOrder, the scan order of
// the human queue (the highest priority, then the longest wait, then the
// smallest ID), and kefu.FindQueue, which reads conversations with a
// customer apart from anonymous ones.
func testQueueOrder(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	base := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	mk := func(id, tenant, customer string, status kefu.ConversationStatus, prio int, queued time.Duration) string {
		c := &kefu.Conversation{ID: id, TenantID: tenant, CustomerID: customer, Channel: "widget", Status: status,
			Priority: prio, CreatedAt: base.Add(-time.Hour), UpdatedAt: base.Add(30 * time.Second)}
		if queued >= 0 {
			c.QueuedAt = base.Add(queued)
		}
		return MustCreateConversation(t, s, c).ID
	}
	// Created in an order that is neither the queue's nor its reverse.
	k3 := mk("cv_q3", "shop", "cu_c", kefu.StatusQueued, 1, time.Minute)
	anon1 := mk("cv_q5", "shop", "", kefu.StatusQueued, 3, 0)
	k1 := mk("cv_q1", "shop", "cu_a", kefu.StatusQueued, 1, time.Minute)
	anon2 := mk("cv_q6", "shop", "", kefu.StatusQueued, 1, 2*time.Minute)
	k2 := mk("cv_q2", "shop", "cu_b", kefu.StatusQueued, 2, 5*time.Minute)
	// Queued before QueuedAt was kept: its wait counts from UpdatedAt.
	legacy := mk("cv_q4", "shop", "cu_d", kefu.StatusQueued, 1, -1)
	mk("cv_q7", "shop", "cu_e", kefu.StatusBot, 5, -1)
	mk("cv_q8", "other", "cu_a", kefu.StatusQueued, 9, 0)

	queued := func(anonymous *bool, limit int) kefu.ConversationFilter {
		return kefu.ConversationFilter{TenantID: "shop", Status: kefu.StatusQueued, QueueOrder: true, Anonymous: anonymous, Limit: limit}
	}
	ids := func(cs []*kefu.Conversation) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    kefu.ConversationFilter
		want []string
	}{
		{"all", queued(nil, 0), []string{anon1, k2, legacy, k1, k3, anon2}},
		{"with a customer", queued(ptr(false), 0), []string{k2, legacy, k1, k3}},
		{"anonymous", queued(ptr(true), 0), []string{anon1, anon2}},
		{"limit", queued(ptr(false), 2), []string{k2, legacy}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.FindConversations(ctx, tc.f)
			mustNil(t, "FindConversations", err)
			checkEqual(t, "IDs", ids(cs), tc.want)
		})
	}
	t.Run("FindQueue", func(t *testing.T) {
		cs, err := kefu.FindQueue(ctx, s, "shop")
		mustNil(t, "FindQueue", err)
		checkEqual(t, "IDs", ids(cs), []string{k2, legacy, k1, k3, anon1, anon2})
	})
}

// newConversation creates tenant (if needed) and a conversation in it.
func newConversation(t *testing.T, s kefu.Store, tenant string) *kefu.Conversation {
	t.Helper()
	if _, err := s.FindTenantByID(context.Background(), tenant); kefu.ErrorCode(err) == kefu.ENOTFOUND {
		MustCreateTenant(t, s, tenant)
	}
	return MustCreateConversation(t, s, &kefu.Conversation{TenantID: tenant, Channel: "api"})
}
