package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// agentTests are the kefu.AgentService part of the contract; Run runs them.
var agentTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Agents", testAgents},
	{"UpdateAgent", testUpdateAgent},
	{"FindAgents", testFindAgents},
	{"DisabledAgents", testDisabledAgents},
	{"Assignment", testAssignment},
	{"AssignmentInTx", testAssignmentInTx},
	{"ConcurrentAssignOne", testConcurrentAssignOne},
	{"ConcurrentMaxChats", testConcurrentMaxChats},
	{"ConcurrentAssignMany", testConcurrentAssignMany},
	{"ConcurrentTransfer", testConcurrentTransfer},
}

// MustCreateAgent creates a, or fails tb.
func MustCreateAgent(tb testing.TB, s kefu.Store, a *kefu.Agent) *kefu.Agent {
	tb.Helper()
	if err := s.CreateAgent(context.Background(), a); err != nil {
		tb.Fatalf("CreateAgent(%+v): %v", a, err)
	}
	return a
}

func testAgents(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	full := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "  Ana.Lopez@Shop.Example ", Name: "Ana López",
		PasswordHash: "$pbkdf2-sha256$i=1$c2FsdA$a2V5", Role: kefu.RoleAdmin, Languages: []string{"es", "en"},
		Skills: []string{"billing", "cold_chain"}, Presence: kefu.PresenceOnline, MaxChats: 3})
	if !strings.HasPrefix(full.ID, "ag_") || full.CreatedAt.IsZero() {
		t.Errorf("CreateAgent set ID %q, CreatedAt %v; want ag_ prefix and a time", full.ID, full.CreatedAt)
	}
	if full.Email != "ana.lopez@shop.example" {
		t.Errorf("CreateAgent stored email %q, want it trimmed and lower-cased", full.Email)
	}
	defaults := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "bo@shop.example"})
	if defaults.Role != kefu.RoleAgent || defaults.Presence != kefu.PresenceOffline || defaults.MaxChats != kefu.DefaultMaxChats {
		t.Errorf("CreateAgent defaults: role %q, presence %q, max chats %d", defaults.Role, defaults.Presence, defaults.MaxChats)
	}
	at := time.Date(2024, 5, 6, 7, 8, 9, 123456000, time.UTC)
	own := MustCreateAgent(t, s, &kefu.Agent{ID: "ag_own", TenantID: "shop", Email: "own@shop.example", CreatedAt: at})
	// Emails are unique per tenant only.
	elsewhere := MustCreateAgent(t, s, &kefu.Agent{TenantID: "other", Email: "ana.lopez@shop.example"})

	for _, tc := range []struct {
		name string
		find func() (*kefu.Agent, error)
		want *kefu.Agent
		code string
	}{
		{"by ID", func() (*kefu.Agent, error) { return s.FindAgentByID(ctx, "shop", full.ID) }, full, ""},
		{"defaults", func() (*kefu.Agent, error) { return s.FindAgentByID(ctx, "shop", defaults.ID) }, defaults, ""},
		{"own ID and time", func() (*kefu.Agent, error) { return s.FindAgentByID(ctx, "shop", "ag_own") }, own, ""},
		{"by email", func() (*kefu.Agent, error) { return s.FindAgentByEmail(ctx, "shop", "ana.lopez@shop.example") }, full, ""},
		{"by email, other case", func() (*kefu.Agent, error) { return s.FindAgentByEmail(ctx, "shop", " ANA.LOPEZ@shop.example") }, full, ""},
		{"same email, other tenant", func() (*kefu.Agent, error) { return s.FindAgentByEmail(ctx, "other", "ana.lopez@shop.example") }, elsewhere, ""},
		{"missing ID", func() (*kefu.Agent, error) { return s.FindAgentByID(ctx, "shop", "ag_nope") }, nil, kefu.ENOTFOUND},
		{"missing email", func() (*kefu.Agent, error) { return s.FindAgentByEmail(ctx, "shop", "nobody@shop.example") }, nil, kefu.ENOTFOUND},
		{"empty email", func() (*kefu.Agent, error) { return s.FindAgentByEmail(ctx, "shop", "") }, nil, kefu.ENOTFOUND},
		{"other tenant's ID", func() (*kefu.Agent, error) { return s.FindAgentByID(ctx, "other", full.ID) }, nil, kefu.ENOTFOUND},
		{"other tenant's email", func() (*kefu.Agent, error) { return s.FindAgentByEmail(ctx, "other", "bo@shop.example") }, nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.find()
			wantCode(t, "find", err, tc.code)
			checkEqual(t, "agent", got, tc.want)
		})
	}
	if !own.CreatedAt.Equal(at) {
		t.Errorf("CreateAgent changed a given CreatedAt to %v", own.CreatedAt)
	}

	t.Run("PasswordHashNotInJSON", func(t *testing.T) {
		b, err := json.Marshal(full)
		mustNil(t, "json.Marshal", err)
		if strings.Contains(string(b), "pbkdf2") || strings.Contains(string(b), "password") {
			t.Errorf("agent JSON shows the password hash: %s", b)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			a    *kefu.Agent
			code string
		}{
			{"duplicate email", &kefu.Agent{TenantID: "shop", Email: "bo@shop.example", Name: "Impostor"}, kefu.ECONFLICT},
			{"duplicate email, other case", &kefu.Agent{TenantID: "shop", Email: "Bo@Shop.Example"}, kefu.ECONFLICT},
			{"duplicate ID", &kefu.Agent{ID: full.ID, TenantID: "shop", Email: "new@shop.example"}, kefu.ECONFLICT},
			{"no tenant", &kefu.Agent{Email: "x@shop.example"}, kefu.EINVALID},
			{"no email", &kefu.Agent{TenantID: "shop", Name: "x"}, kefu.EINVALID},
			{"blank email", &kefu.Agent{TenantID: "shop", Email: "   "}, kefu.EINVALID},
			{"bad role", &kefu.Agent{TenantID: "shop", Email: "r@shop.example", Role: "root"}, kefu.EINVALID},
			{"bad presence", &kefu.Agent{TenantID: "shop", Email: "p@shop.example", Presence: "busy"}, kefu.EINVALID},
			{"negative max chats", &kefu.Agent{TenantID: "shop", Email: "m@shop.example", MaxChats: -1}, kefu.EINVALID},
			{"unknown tenant", &kefu.Agent{TenantID: "ghost", Email: "g@shop.example"}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateAgent", s.CreateAgent(ctx, tc.a), tc.code)
			})
		}
		got, err := s.FindAgentByEmail(ctx, "shop", "bo@shop.example")
		mustNil(t, "FindAgentByEmail", err)
		checkEqual(t, "agent after failed creates", got, defaults)
		as, err := s.FindAgents(ctx, kefu.AgentFilter{TenantID: "shop"})
		mustNil(t, "FindAgents", err)
		if len(as) != 3 {
			t.Errorf("%d agents after failed creates, want 3", len(as))
		}
	})
}

func testUpdateAgent(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	a := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "ana@shop.example", Name: "Ana",
		PasswordHash: "h1", Languages: []string{"es"}, Skills: []string{"billing"}, MaxChats: 2})
	want := *a
	for _, tc := range []struct {
		name  string
		upd   kefu.AgentUpdate
		apply func(a *kefu.Agent)
	}{
		{"nothing", kefu.AgentUpdate{}, func(*kefu.Agent) {}},
		{"presence", kefu.AgentUpdate{Presence: ptr(kefu.PresenceOnline)}, func(a *kefu.Agent) { a.Presence = kefu.PresenceOnline }},
		{"name", kefu.AgentUpdate{Name: ptr("Ana María")}, func(a *kefu.Agent) { a.Name = "Ana María" }},
		{"role", kefu.AgentUpdate{Role: ptr(kefu.RoleAdmin)}, func(a *kefu.Agent) { a.Role = kefu.RoleAdmin }},
		{"owner", kefu.AgentUpdate{Role: ptr(kefu.RoleOwner)}, func(a *kefu.Agent) { a.Role = kefu.RoleOwner }},
		{"disable", kefu.AgentUpdate{Disabled: ptr(true), Presence: ptr(kefu.PresenceOffline)},
			func(a *kefu.Agent) { a.Disabled, a.Presence = true, kefu.PresenceOffline }},
		{"still disabled", kefu.AgentUpdate{Name: ptr("Ana D.")}, func(a *kefu.Agent) { a.Name = "Ana D." }},
		{"enable", kefu.AgentUpdate{Disabled: ptr(false)}, func(a *kefu.Agent) { a.Disabled = false }},
		{"max chats", kefu.AgentUpdate{MaxChats: ptr(7)}, func(a *kefu.Agent) { a.MaxChats = 7 }},
		{"password", kefu.AgentUpdate{PasswordHash: ptr("h2")}, func(a *kefu.Agent) { a.PasswordHash = "h2" }},
		{"languages", kefu.AgentUpdate{Languages: []string{"es", "en", "pt"}}, func(a *kefu.Agent) { a.Languages = []string{"es", "en", "pt"} }},
		{"skills", kefu.AgentUpdate{Skills: []string{"returns"}}, func(a *kefu.Agent) { a.Skills = []string{"returns"} }},
		{"several", kefu.AgentUpdate{Presence: ptr(kefu.PresenceAway), Name: ptr(""), MaxChats: ptr(1)},
			func(a *kefu.Agent) { a.Presence, a.Name, a.MaxChats = kefu.PresenceAway, "", 1 }},
		{"clear lists", kefu.AgentUpdate{Languages: []string{}, Skills: []string{}},
			func(a *kefu.Agent) { a.Languages, a.Skills = nil, nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.apply(&want)
			got, err := s.UpdateAgent(ctx, "shop", a.ID, tc.upd)
			mustNil(t, "UpdateAgent", err)
			checkEqual(t, "returned agent", got, &want)
			found, err := s.FindAgentByID(ctx, "shop", a.ID)
			mustNil(t, "FindAgentByID", err)
			checkEqual(t, "stored agent", found, &want)
		})
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name, tenant, id string
			upd              kefu.AgentUpdate
			code             string
		}{
			{"bad role", "shop", a.ID, kefu.AgentUpdate{Role: ptr(kefu.AgentRole("root")), Name: ptr("x")}, kefu.EINVALID},
			{"bad presence", "shop", a.ID, kefu.AgentUpdate{Presence: ptr(kefu.Presence("busy")), Name: ptr("x")}, kefu.EINVALID},
			{"zero max chats", "shop", a.ID, kefu.AgentUpdate{MaxChats: ptr(0), Name: ptr("x")}, kefu.EINVALID},
			{"missing", "shop", "ag_missing", kefu.AgentUpdate{Name: ptr("x")}, kefu.ENOTFOUND},
			{"other tenant", "other", a.ID, kefu.AgentUpdate{Name: ptr("x")}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.UpdateAgent(ctx, tc.tenant, tc.id, tc.upd)
				wantCode(t, "UpdateAgent", err, tc.code)
				if got != nil {
					t.Errorf("UpdateAgent returned %+v with an error", got)
				}
			})
		}
		found, err := s.FindAgentByID(ctx, "shop", a.ID)
		mustNil(t, "FindAgentByID", err)
		checkEqual(t, "agent after failed updates", found, &want)
	})
}

func testFindAgents(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	for _, a := range []*kefu.Agent{
		{Email: "dora@shop.example", Role: kefu.RoleAdmin, Presence: kefu.PresenceOnline, Languages: []string{"en"}},
		{Email: "ana@shop.example", Presence: kefu.PresenceOnline, Languages: []string{"es", "en"}, Skills: []string{"billing"}},
		{Email: "cai@shop.example", Presence: kefu.PresenceAway, Languages: []string{"zh", "en"}, Skills: []string{"cold_chain", "billing"}},
		{Email: "bo@shop.example", Languages: []string{"zh"}},
	} {
		a.TenantID = "shop"
		MustCreateAgent(t, s, a)
	}
	MustCreateAgent(t, s, &kefu.Agent{TenantID: "other", Email: "eve@other.example", Presence: kefu.PresenceOnline,
		Languages: []string{"es"}, Skills: []string{"billing"}})

	for _, tc := range []struct {
		name string
		f    kefu.AgentFilter
		want string // local parts of the emails, in order
	}{
		{"all, by email", kefu.AgentFilter{TenantID: "shop"}, "ana,bo,cai,dora"},
		{"online", kefu.AgentFilter{TenantID: "shop", Presence: kefu.PresenceOnline}, "ana,dora"},
		{"offline", kefu.AgentFilter{TenantID: "shop", Presence: kefu.PresenceOffline}, "bo"},
		{"admins", kefu.AgentFilter{TenantID: "shop", Role: kefu.RoleAdmin}, "dora"},
		{"speaks en", kefu.AgentFilter{TenantID: "shop", Language: "en"}, "ana,cai,dora"},
		{"speaks zh", kefu.AgentFilter{TenantID: "shop", Language: "zh"}, "bo,cai"},
		{"speaks th", kefu.AgentFilter{TenantID: "shop", Language: "th"}, ""},
		{"language is not a substring match", kefu.AgentFilter{TenantID: "shop", Language: "e"}, ""},
		{"skill", kefu.AgentFilter{TenantID: "shop", Skill: "billing"}, "ana,cai"},
		{"online, en, billing", kefu.AgentFilter{TenantID: "shop", Presence: kefu.PresenceOnline, Language: "en", Skill: "billing"}, "ana"},
		{"limit", kefu.AgentFilter{TenantID: "shop", Limit: 2}, "ana,bo"},
		{"other tenant", kefu.AgentFilter{TenantID: "other", Language: "es"}, "eve"},
		{"unknown tenant", kefu.AgentFilter{TenantID: "ghost"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.FindAgents(ctx, tc.f)
			mustNil(t, "FindAgents", err)
			var names []string
			for _, a := range as {
				if a.TenantID != tc.f.TenantID {
					t.Errorf("FindAgents(%s) returned an agent of tenant %s", tc.f.TenantID, a.TenantID)
				}
				names = append(names, strings.Split(a.Email, "@")[0])
			}
			if got := strings.Join(names, ","); got != tc.want {
				t.Errorf("FindAgents = %s, want %s", got, tc.want)
			}
		})
	}
	_, err := s.FindAgents(ctx, kefu.AgentFilter{})
	wantCode(t, "FindAgents(no tenant)", err, kefu.EINVALID)
}

// testAssignment runs the assignment primitives through a sequence of
// steps, each of which checks the result and the stored conversation.
func testAssignment(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	a1 := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "a1@shop.example", MaxChats: 2})
	a2 := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "a2@shop.example", MaxChats: 1})
	a3 := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "a3@shop.example", MaxChats: 5})
	stranger := MustCreateAgent(t, s, &kefu.Agent{TenantID: "other", Email: "x@other.example"})
	conv := func(status kefu.ConversationStatus) *kefu.Conversation {
		return MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget", Status: status,
			Priority: 4, HandoffReason: "customer_asked", Language: "es"})
	}
	queued, bot, queued2, queued3, closed := conv(kefu.StatusQueued), conv(kefu.StatusBot), conv(kefu.StatusQueued),
		conv(kefu.StatusQueued), conv(kefu.StatusClosed)
	foreign := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "other", Channel: "api", Status: kefu.StatusQueued})

	assign := func(tenant, cv, ag string) func() (*kefu.Conversation, error) {
		return func() (*kefu.Conversation, error) { return s.AssignConversation(ctx, tenant, cv, ag) }
	}
	release := func(tenant, cv, ag string) func() (*kefu.Conversation, error) {
		return func() (*kefu.Conversation, error) { return s.ReleaseConversation(ctx, tenant, cv, ag) }
	}
	transfer := func(tenant, cv, from, to string) func() (*kefu.Conversation, error) {
		return func() (*kefu.Conversation, error) { return s.TransferConversation(ctx, tenant, cv, from, to) }
	}
	closeConv := func(cv string) func() (*kefu.Conversation, error) {
		return func() (*kefu.Conversation, error) {
			return s.UpdateConversation(ctx, "shop", cv, kefu.ConversationUpdate{Status: ptr(kefu.StatusClosed)})
		}
	}

	steps := []struct {
		name   string
		do     func() (*kefu.Conversation, error)
		conv   *kefu.Conversation // the conversation the step acts on, checked after it
		code   string
		status kefu.ConversationStatus // on success, and stored either way
		agent  string
		loads  [3]int // of a1, a2, a3 after the step
	}{
		{"take queued", assign("shop", queued.ID, a1.ID), queued, "", kefu.StatusAgent, a1.ID, [3]int{1, 0, 0}},
		{"taken by another", assign("shop", queued.ID, a2.ID), queued, kefu.ECONFLICT, kefu.StatusAgent, a1.ID, [3]int{1, 0, 0}},
		{"taken twice", assign("shop", queued.ID, a1.ID), queued, kefu.ECONFLICT, kefu.StatusAgent, a1.ID, [3]int{1, 0, 0}},
		{"take from the bot", assign("shop", bot.ID, a1.ID), bot, "", kefu.StatusAgent, a1.ID, [3]int{2, 0, 0}},
		{"agent full", assign("shop", queued2.ID, a1.ID), queued2, kefu.ECONFLICT, kefu.StatusQueued, "", [3]int{2, 0, 0}},
		{"agent full, missing conversation", assign("shop", "cv_missing", a1.ID), nil, kefu.ENOTFOUND, "", "", [3]int{2, 0, 0}},
		{"closed", assign("shop", closed.ID, a2.ID), closed, kefu.ECONFLICT, kefu.StatusClosed, "", [3]int{2, 0, 0}},
		{"missing conversation", assign("shop", "cv_missing", a2.ID), nil, kefu.ENOTFOUND, "", "", [3]int{2, 0, 0}},
		{"missing agent", assign("shop", queued2.ID, "ag_missing"), queued2, kefu.ENOTFOUND, kefu.StatusQueued, "", [3]int{2, 0, 0}},
		{"no agent", assign("shop", queued2.ID, ""), queued2, kefu.EINVALID, kefu.StatusQueued, "", [3]int{2, 0, 0}},
		{"other tenant's agent", assign("shop", queued2.ID, stranger.ID), queued2, kefu.ENOTFOUND, kefu.StatusQueued, "", [3]int{2, 0, 0}},
		{"other tenant's conversation", assign("shop", foreign.ID, a2.ID), nil, kefu.ENOTFOUND, "", "", [3]int{2, 0, 0}},
		{"conversation through other tenant", assign("other", queued2.ID, stranger.ID), queued2, kefu.ENOTFOUND, kefu.StatusQueued, "", [3]int{2, 0, 0}},

		{"release by another", release("shop", queued.ID, a2.ID), queued, kefu.ECONFLICT, kefu.StatusAgent, a1.ID, [3]int{2, 0, 0}},
		{"release unassigned", release("shop", queued2.ID, a1.ID), queued2, kefu.ECONFLICT, kefu.StatusQueued, "", [3]int{2, 0, 0}},
		{"release closed", release("shop", closed.ID, a1.ID), closed, kefu.ECONFLICT, kefu.StatusClosed, "", [3]int{2, 0, 0}},
		{"release missing", release("shop", "cv_missing", a1.ID), nil, kefu.ENOTFOUND, "", "", [3]int{2, 0, 0}},
		{"release through other tenant", release("other", queued.ID, a1.ID), queued, kefu.ENOTFOUND, kefu.StatusAgent, a1.ID, [3]int{2, 0, 0}},
		{"release without agent", release("shop", queued.ID, ""), queued, kefu.EINVALID, kefu.StatusAgent, a1.ID, [3]int{2, 0, 0}},
		{"release", release("shop", queued.ID, a1.ID), queued, "", kefu.StatusBot, "", [3]int{1, 0, 0}},
		{"release again", release("shop", queued.ID, a1.ID), queued, kefu.ECONFLICT, kefu.StatusBot, "", [3]int{1, 0, 0}},
		{"room again", assign("shop", queued2.ID, a1.ID), queued2, "", kefu.StatusAgent, a1.ID, [3]int{2, 0, 0}},

		{"transfer", transfer("shop", bot.ID, a1.ID, a2.ID), bot, "", kefu.StatusAgent, a2.ID, [3]int{1, 1, 0}},
		{"transfer from the wrong agent", transfer("shop", bot.ID, a1.ID, a3.ID), bot, kefu.ECONFLICT, kefu.StatusAgent, a2.ID, [3]int{1, 1, 0}},
		{"transfer to a full agent", transfer("shop", queued2.ID, a1.ID, a2.ID), queued2, kefu.ECONFLICT, kefu.StatusAgent, a1.ID, [3]int{1, 1, 0}},
		{"transfer to oneself", transfer("shop", queued2.ID, a1.ID, a1.ID), queued2, kefu.EINVALID, kefu.StatusAgent, a1.ID, [3]int{1, 1, 0}},
		{"transfer to a missing agent", transfer("shop", queued2.ID, a1.ID, "ag_missing"), queued2, kefu.ENOTFOUND, kefu.StatusAgent, a1.ID, [3]int{1, 1, 0}},
		{"transfer to other tenant's agent", transfer("shop", queued2.ID, a1.ID, stranger.ID), queued2, kefu.ENOTFOUND, kefu.StatusAgent, a1.ID, [3]int{1, 1, 0}},
		{"transfer missing", transfer("shop", "cv_missing", a1.ID, a3.ID), nil, kefu.ENOTFOUND, "", "", [3]int{1, 1, 0}},
		{"transfer unassigned", transfer("shop", queued3.ID, a1.ID, a3.ID), queued3, kefu.ECONFLICT, kefu.StatusQueued, "", [3]int{1, 1, 0}},
		{"transfer closed", transfer("shop", closed.ID, a1.ID, a3.ID), closed, kefu.ECONFLICT, kefu.StatusClosed, "", [3]int{1, 1, 0}},
		{"transfer again", transfer("shop", queued2.ID, a1.ID, a3.ID), queued2, "", kefu.StatusAgent, a3.ID, [3]int{0, 1, 1}},

		// Closing a held conversation frees the agent's slot.
		{"close", closeConv(bot.ID), bot, "", kefu.StatusClosed, a2.ID, [3]int{0, 0, 1}},
		{"take after close", assign("shop", queued3.ID, a2.ID), queued3, "", kefu.StatusAgent, a2.ID, [3]int{0, 1, 1}},
	}
	agents := []*kefu.Agent{a1, a2, a3}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			var before *kefu.Conversation
			if st.conv != nil {
				var err error
				before, err = s.FindConversationByID(ctx, st.conv.TenantID, st.conv.ID)
				mustNil(t, "FindConversationByID", err)
			}
			got, err := st.do()
			wantCode(t, "step", err, st.code)
			if st.code != "" {
				if got != nil {
					t.Errorf("step returned %+v with an error", got)
				}
				if before != nil {
					after, err := s.FindConversationByID(ctx, before.TenantID, before.ID)
					mustNil(t, "FindConversationByID", err)
					checkEqual(t, "conversation after a failed step", after, before)
				}
			} else {
				if got == nil {
					t.Fatal("step returned no conversation")
				}
				want := *before
				want.Status, want.AgentID, want.UpdatedAt = st.status, st.agent, got.UpdatedAt
				checkEqual(t, "returned conversation", got, &want)
				if !got.UpdatedAt.After(before.UpdatedAt) {
					t.Errorf("UpdatedAt %v not after %v", got.UpdatedAt, before.UpdatedAt)
				}
				stored, err := s.FindConversationByID(ctx, "shop", before.ID)
				mustNil(t, "FindConversationByID", err)
				checkEqual(t, "stored conversation", stored, got)
			}
			if before != nil {
				stored, err := s.FindConversationByID(ctx, before.TenantID, before.ID)
				mustNil(t, "FindConversationByID", err)
				if stored.Status != st.status || stored.AgentID != st.agent {
					t.Errorf("stored status %q agent %q, want %q %q", stored.Status, stored.AgentID, st.status, st.agent)
				}
			}
			for i, a := range agents {
				n, err := s.CountAgentConversations(ctx, "shop", a.ID)
				mustNil(t, "CountAgentConversations", err)
				if n != st.loads[i] {
					t.Errorf("load of a%d = %d, want %d", i+1, n, st.loads[i])
				}
			}
		})
	}

	t.Run("CountErrors", func(t *testing.T) {
		for _, tc := range []struct{ name, tenant, agent string }{
			{"missing agent", "shop", "ag_missing"},
			{"other tenant's agent", "shop", stranger.ID},
			{"agent through other tenant", "other", a1.ID},
		} {
			t.Run(tc.name, func(t *testing.T) {
				n, err := s.CountAgentConversations(ctx, tc.tenant, tc.agent)
				wantCode(t, "CountAgentConversations", err, kefu.ENOTFOUND)
				if n != 0 {
					t.Errorf("CountAgentConversations = %d with an error", n)
				}
			})
		}
		n, err := s.CountAgentConversations(ctx, "other", stranger.ID)
		mustNil(t, "CountAgentConversations", err)
		if n != 0 {
			t.Errorf("load of the other tenant's agent = %d, want 0", n)
		}
	})
}

// testAssignmentInTx checks that the assignment primitives join a
// transaction: committed with it, undone with it.
func testAssignmentInTx(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	a := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "a@shop.example", MaxChats: 1})
	c1 := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "api", Status: kefu.StatusQueued})
	c2 := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "api", Status: kefu.StatusQueued})
	errBoom := errors.New("boom")

	err := s.InTx(ctx, func(tx kefu.Store) error {
		if _, err := tx.AssignConversation(ctx, "shop", c1.ID, a.ID); err != nil {
			return err
		}
		// The transaction sees its own assignment: the agent is full.
		_, err := tx.AssignConversation(ctx, "shop", c2.ID, a.ID)
		wantCode(t, "second assignment in the transaction", err, kefu.ECONFLICT)
		return errBoom
	})
	if !errors.Is(err, errBoom) {
		t.Fatalf("InTx = %v, want the error of fn", err)
	}
	got, err := s.FindConversationByID(ctx, "shop", c1.ID)
	mustNil(t, "FindConversationByID", err)
	if got.Status != kefu.StatusQueued || got.AgentID != "" {
		t.Errorf("rolled-back assignment left status %q agent %q", got.Status, got.AgentID)
	}

	err = s.InTx(ctx, func(tx kefu.Store) error {
		if _, err := tx.AssignConversation(ctx, "shop", c2.ID, a.ID); err != nil {
			return err
		}
		_, err := tx.ReleaseConversation(ctx, "shop", c2.ID, a.ID)
		if err != nil {
			return err
		}
		_, err = tx.AssignConversation(ctx, "shop", c1.ID, a.ID)
		return err
	})
	mustNil(t, "InTx", err)
	for _, tc := range []struct {
		id     string
		status kefu.ConversationStatus
		agent  string
	}{{c1.ID, kefu.StatusAgent, a.ID}, {c2.ID, kefu.StatusBot, ""}} {
		got, err := s.FindConversationByID(ctx, "shop", tc.id)
		mustNil(t, "FindConversationByID", err)
		if got.Status != tc.status || got.AgentID != tc.agent {
			t.Errorf("%s: status %q agent %q, want %q %q", tc.id, got.Status, got.AgentID, tc.status, tc.agent)
		}
	}
}

// race runs fn(i) for i in [0, n) in n goroutines released at once, and
// returns their errors.
func race(n int, fn func(i int) error) []error {
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = fn(i)
		}()
	}
	close(start)
	wg.Wait()
	return errs
}

// winners returns the indexes of nil errors and fails t on any error that
// is not ECONFLICT.
func winners(t *testing.T, errs []error) []int {
	t.Helper()
	var won []int
	for i, err := range errs {
		switch kefu.ErrorCode(err) {
		case "":
			won = append(won, i)
		case kefu.ECONFLICT:
		default:
			t.Errorf("attempt %d: %v, want success or ECONFLICT", i, err)
		}
	}
	return won
}

// rounds is how many times each concurrency test repeats on fresh
// records, to give a race more chances to show.
const rounds = 3

func testConcurrentAssignOne(t *testing.T, s kefu.Store) {
	// 20 agents take one conversation at once: exactly one gets it.
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const n = 20
	agents := make([]*kefu.Agent, n)
	for i := range agents {
		agents[i] = MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: fmt.Sprintf("a%d@shop.example", i), MaxChats: rounds})
	}
	for round := range rounds {
		c := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget", Status: kefu.StatusQueued})
		errs := race(n, func(i int) error {
			_, err := s.AssignConversation(ctx, "shop", c.ID, agents[i].ID)
			return err
		})
		won := winners(t, errs)
		if len(won) != 1 {
			t.Fatalf("round %d: %d agents took the conversation, want exactly 1", round, len(won))
		}
		got, err := s.FindConversationByID(ctx, "shop", c.ID)
		mustNil(t, "FindConversationByID", err)
		if got.Status != kefu.StatusAgent || got.AgentID != agents[won[0]].ID {
			t.Errorf("round %d: stored status %q agent %q, want agent %s", round, got.Status, got.AgentID, agents[won[0]].ID)
		}
	}
	total := 0
	for _, a := range agents {
		n, err := s.CountAgentConversations(ctx, "shop", a.ID)
		mustNil(t, "CountAgentConversations", err)
		total += n
	}
	if total != rounds {
		t.Errorf("agents hold %d conversations in all, want %d", total, rounds)
	}
}

func testConcurrentMaxChats(t *testing.T, s kefu.Store) {
	// One agent with MaxChats 3 takes 10 conversations at once: exactly 3
	// succeed.
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const n, maxChats = 10, 3
	for round := range rounds {
		a := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: fmt.Sprintf("a%d@shop.example", round), MaxChats: maxChats})
		cs := make([]*kefu.Conversation, n)
		for i := range cs {
			cs[i] = MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget", Status: kefu.StatusQueued})
		}
		errs := race(n, func(i int) error {
			_, err := s.AssignConversation(ctx, "shop", cs[i].ID, a.ID)
			return err
		})
		if won := winners(t, errs); len(won) != maxChats {
			t.Fatalf("round %d: agent took %d conversations, want %d", round, len(won), maxChats)
		}
		load, err := s.CountAgentConversations(ctx, "shop", a.ID)
		mustNil(t, "CountAgentConversations", err)
		if load != maxChats {
			t.Errorf("round %d: load %d, want %d", round, load, maxChats)
		}
	}
	held, err := s.FindConversations(ctx, kefu.ConversationFilter{TenantID: "shop", Status: kefu.StatusAgent, Limit: 1000})
	mustNil(t, "FindConversations", err)
	if len(held) != rounds*maxChats {
		t.Errorf("%d conversations held, want %d", len(held), rounds*maxChats)
	}
}

func testConcurrentAssignMany(t *testing.T, s kefu.Store) {
	// 5 agents with MaxChats 2 each try all 15 conversations at once (75
	// attempts): every conversation goes to at most one agent, no agent
	// goes over the limit, and all 10 slots are filled.
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const agentsN, convsN, maxChats = 5, 15, 2
	agents := make([]*kefu.Agent, agentsN)
	for i := range agents {
		agents[i] = MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: fmt.Sprintf("a%d@shop.example", i), MaxChats: maxChats})
	}
	cs := make([]*kefu.Conversation, convsN)
	for i := range cs {
		cs[i] = MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget", Status: kefu.StatusQueued})
	}
	type win struct{ conv, agent int }
	var (
		mu   sync.Mutex // guards wins
		wins []win
	)
	errs := race(agentsN*convsN, func(i int) error {
		// Every (agent, conversation) pair once; agents start at
		// different conversations.
		ag, cv := i%agentsN, (i/agentsN+i%agentsN)%convsN
		_, err := s.AssignConversation(ctx, "shop", cs[cv].ID, agents[ag].ID)
		if err == nil {
			mu.Lock()
			wins = append(wins, win{cv, ag})
			mu.Unlock()
		}
		return err
	})
	winners(t, errs)
	if len(wins) != agentsN*maxChats {
		t.Errorf("%d assignments succeeded, want %d (every slot filled)", len(wins), agentsN*maxChats)
	}
	perConv := map[int]int{}
	perAgent := map[int]int{}
	for _, w := range wins {
		perConv[w.conv]++
		perAgent[w.agent]++
	}
	for cv, k := range perConv {
		if k > 1 {
			t.Errorf("conversation %d was taken %d times", cv, k)
		}
	}
	for i, a := range agents {
		load, err := s.CountAgentConversations(ctx, "shop", a.ID)
		mustNil(t, "CountAgentConversations", err)
		if load > maxChats || load != perAgent[i] {
			t.Errorf("agent %d: load %d, %d successful takes, limit %d", i, load, perAgent[i], maxChats)
		}
	}
}

func testConcurrentTransfer(t *testing.T, s kefu.Store) {
	// 8 agents transfer their conversation to one agent with MaxChats 1
	// at once: exactly one transfer succeeds.
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const n = 8
	target := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "target@shop.example", MaxChats: 1})
	from := make([]*kefu.Agent, n)
	cs := make([]*kefu.Conversation, n)
	for i := range from {
		from[i] = MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: fmt.Sprintf("a%d@shop.example", i), MaxChats: 1})
		cs[i] = MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "widget", Status: kefu.StatusQueued})
		if _, err := s.AssignConversation(ctx, "shop", cs[i].ID, from[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	errs := race(n, func(i int) error {
		_, err := s.TransferConversation(ctx, "shop", cs[i].ID, from[i].ID, target.ID)
		return err
	})
	if won := winners(t, errs); len(won) != 1 {
		t.Fatalf("%d transfers succeeded, want exactly 1", len(won))
	}
	load, err := s.CountAgentConversations(ctx, "shop", target.ID)
	mustNil(t, "CountAgentConversations", err)
	if load != 1 {
		t.Errorf("target load %d, want 1", load)
	}
}

// testDisabledAgents checks the owner role and disabled agents: both are
// stored on create, disabled agents are still found and listed, and the
// flag is per agent.
func testDisabledAgents(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	owner := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "owner@shop.example", Role: kefu.RoleOwner})
	gone := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "gone@shop.example", Disabled: true})
	same := MustCreateAgent(t, s, &kefu.Agent{TenantID: "other", Email: "gone@shop.example"})
	for _, tc := range []struct {
		name   string
		tenant string
		want   *kefu.Agent
	}{
		{"owner", "shop", owner},
		{"disabled", "shop", gone},
		{"same email elsewhere", "other", same},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindAgentByEmail(ctx, tc.tenant, tc.want.Email)
			mustNil(t, "FindAgentByEmail", err)
			checkEqual(t, "agent", got, tc.want)
		})
	}
	as, err := s.FindAgents(ctx, kefu.AgentFilter{TenantID: "shop"})
	mustNil(t, "FindAgents", err)
	if len(as) != 2 || as[0].Email != "gone@shop.example" || !as[0].Disabled || as[1].Disabled {
		t.Errorf("FindAgents = %s; want the disabled agent listed and marked", show(as))
	}
	owners, err := s.FindAgents(ctx, kefu.AgentFilter{TenantID: "shop", Role: kefu.RoleOwner})
	mustNil(t, "FindAgents(owners)", err)
	if len(owners) != 1 || owners[0].ID != owner.ID {
		t.Errorf("FindAgents(owners) = %s", show(owners))
	}
	// Disabling one agent leaves the other tenant's agent of the same email alone.
	_, err = s.UpdateAgent(ctx, "other", same.ID, kefu.AgentUpdate{Disabled: ptr(true)})
	mustNil(t, "UpdateAgent(disable)", err)
	got, err := s.FindAgentByID(ctx, "shop", gone.ID)
	mustNil(t, "FindAgentByID", err)
	checkEqual(t, "disabled agent of the first shop", got, gone)
	_, err = s.UpdateAgent(ctx, "shop", same.ID, kefu.AgentUpdate{Disabled: ptr(false)})
	wantCode(t, "UpdateAgent(other tenant's agent)", err, kefu.ENOTFOUND)
	got, err = s.FindAgentByID(ctx, "other", same.ID)
	mustNil(t, "FindAgentByID", err)
	if !got.Disabled {
		t.Error("another tenant enabled an agent it does not have")
	}
}
