package routing_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/routing"
	"github.com/kefu-ai/kefu/sqlite"
)

func mustStore(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kefu.db"), time.Now)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := db.CreateTenant(context.Background(), &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{DefaultLanguage: "en"}}); err != nil {
		tb.Fatal(err)
	}
	return db
}

func mustAgent(tb testing.TB, db *sqlite.DB, email string, p kefu.Presence, max int, langs ...string) *kefu.Agent {
	tb.Helper()
	a := &kefu.Agent{TenantID: "shop", Email: email, Name: email, Presence: p, MaxChats: max, Languages: langs}
	if err := db.CreateAgent(context.Background(), a); err != nil {
		tb.Fatal(err)
	}
	return a
}

func mustQueued(tb testing.TB, db *sqlite.DB, lang string) *kefu.Conversation {
	tb.Helper()
	c := &kefu.Conversation{TenantID: "shop", Channel: "api", Status: kefu.StatusQueued, Language: lang}
	if err := db.CreateConversation(context.Background(), c); err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestRoute(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		setup func(db *sqlite.DB) (want string) // returns the expected agent's email, "" for none
		lang  string
	}{
		{"speaks the customer's language", func(db *sqlite.DB) string {
			mustAgent(t, db, "en@x", kefu.PresenceOnline, 3, "en")
			mustAgent(t, db, "es@x", kefu.PresenceOnline, 3, "es", "en")
			return "es@x"
		}, "es"},
		{"least loaded first", func(db *sqlite.DB) string {
			busy := mustAgent(t, db, "a@x", kefu.PresenceOnline, 3, "es")
			mustAgent(t, db, "b@x", kefu.PresenceOnline, 3, "es")
			c := mustQueued(t, db, "es")
			if _, err := db.AssignConversation(ctx, "shop", c.ID, busy.ID); err != nil {
				t.Fatal(err)
			}
			return "b@x"
		}, "es"},
		{"shop language when nobody speaks the customer's", func(db *sqlite.DB) string {
			mustAgent(t, db, "es@x", kefu.PresenceOnline, 3, "es")
			mustAgent(t, db, "en@x", kefu.PresenceOnline, 3, "en")
			return "en@x"
		}, "th"},
		{"away and offline agents take nothing", func(db *sqlite.DB) string {
			mustAgent(t, db, "away@x", kefu.PresenceAway, 3, "es")
			mustAgent(t, db, "off@x", kefu.PresenceOffline, 3, "es")
			return ""
		}, "es"},
		{"full agents take nothing", func(db *sqlite.DB) string {
			a := mustAgent(t, db, "full@x", kefu.PresenceOnline, 1, "es")
			c := mustQueued(t, db, "es")
			if _, err := db.AssignConversation(ctx, "shop", c.ID, a.ID); err != nil {
				t.Fatal(err)
			}
			return ""
		}, "es"},
		{"Chinese variants match", func(db *sqlite.DB) string {
			mustAgent(t, db, "zh@x", kefu.PresenceOnline, 3, "zh")
			return "zh@x"
		}, "zh-Hant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustStore(t)
			want := tt.setup(db)
			conv := mustQueued(t, db, tt.lang)
			r := &routing.Router{Store: db}
			tenant, _ := db.FindTenantByID(ctx, "shop")
			a, c, err := r.Route(ctx, tenant, conv)
			if want == "" {
				if kefu.ErrorCode(err) != kefu.ENOTFOUND {
					t.Fatalf("err %v, want not_found", err)
				}
				cur, _ := db.FindConversationByID(ctx, "shop", conv.ID)
				if cur.Status != kefu.StatusQueued || cur.AgentID != "" {
					t.Fatalf("conversation %s/%q, want still queued", cur.Status, cur.AgentID)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Email != want || c.AgentID != a.ID || c.Status != kefu.StatusAgent {
				t.Fatalf("routed to %s (conversation %s/%s), want %s", a.Email, c.Status, c.AgentID, want)
			}
		})
	}
}

// TestRouteConcurrently routes ten conversations at once to two agents
// with room for three each: six are assigned, four stay queued, and no
// agent holds more than three.
func TestRouteConcurrently(t *testing.T) {
	ctx := context.Background()
	db := mustStore(t)
	a := mustAgent(t, db, "a@x", kefu.PresenceOnline, 3, "en")
	b := mustAgent(t, db, "b@x", kefu.PresenceOnline, 3, "en")
	tenant, _ := db.FindTenantByID(ctx, "shop")
	r := &routing.Router{Store: db}
	var wg sync.WaitGroup
	results := make(chan error, 10)
	for i := 0; i < 10; i++ {
		conv := mustQueued(t, db, "en")
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := r.Route(ctx, tenant, conv)
			results <- err
		}()
	}
	wg.Wait()
	close(results)
	assigned, queued := 0, 0
	for err := range results {
		switch kefu.ErrorCode(err) {
		case "":
			assigned++
		case kefu.ENOTFOUND:
			queued++
		default:
			t.Fatalf("unexpected error: %v", err)
		}
	}
	if assigned != 6 || queued != 4 {
		t.Fatalf("%d assigned, %d left queued; want 6 and 4", assigned, queued)
	}
	for _, ag := range []*kefu.Agent{a, b} {
		n, err := db.CountAgentConversations(ctx, "shop", ag.ID)
		if err != nil || n != 3 {
			t.Fatalf("agent %s holds %d (err %v), want 3", ag.Email, n, err)
		}
	}
}
