package analytics_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
	"github.com/kefu-ai/kefu/sqlite"
)

var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

func bot(sec int, outcome, reason string) *kefu.Message {
	return &kefu.Message{ConversationID: "cv1", Author: kefu.AuthorBot, CreatedAt: at(sec), Trace: &kefu.Trace{Outcome: outcome, Reason: reason}}
}

func sys(sec int, kind, agent string) *kefu.Message {
	return &kefu.Message{ConversationID: "cv1", Author: kefu.AuthorSystem, Kind: kind, AuthorID: agent, CreatedAt: at(sec)}
}

func agent(sec int, id string) *kefu.Message {
	return &kefu.Message{ConversationID: "cv1", Author: kefu.AuthorAgent, AuthorID: id, CreatedAt: at(sec)}
}

func customer(sec int) *kefu.Message {
	return &kefu.Message{ConversationID: "cv1", Author: kefu.AuthorCustomer, CreatedAt: at(sec)}
}

func TestHandoffs(t *testing.T) {
	for _, tc := range []struct {
		name      string
		msgs      []*kefu.Message
		want      int
		reason    string
		wait, fst time.Duration // of the first hand-off
	}{
		{"no hand-off", []*kefu.Message{customer(0), bot(1, "tracking", "intent")}, 0, "", 0, 0},
		{"waiting", []*kefu.Message{customer(0), bot(1, "handoff", "customer_asked"), customer(30)}, 1, "customer_asked", 0, 0},
		{"joined, not answered", []*kefu.Message{bot(0, "handoff", "anger"), sys(45, kefu.MessageAgentJoined, "ag1")}, 1, "anger", 45 * time.Second, 0},
		{"answered", []*kefu.Message{bot(0, "handoff", "sensitive_legal"), customer(10), sys(60, kefu.MessageAgentJoined, "ag1"),
			customer(70), agent(90, "ag1"), agent(95, "ag1")}, 1, "sensitive_legal", 60 * time.Second, 90 * time.Second},
		{"released then handed off again", []*kefu.Message{bot(0, "handoff", "customer_asked"), sys(5, kefu.MessageAgentJoined, "ag1"),
			agent(8, "ag1"), sys(100, kefu.MessageAgentLeft, "ag1"), bot(200, "handoff", "anger"), sys(260, kefu.MessageAgentJoined, "ag2")}, 2, "customer_asked", 5 * time.Second, 8 * time.Second},
		{"closed before anyone joined", []*kefu.Message{bot(0, "handoff", "customer_asked"), sys(30, kefu.MessageClosed, ""), agent(40, "ag1")}, 1, "customer_asked", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hs := analytics.Handoffs(tc.msgs)
			if len(hs) != tc.want {
				t.Fatalf("Handoffs = %+v, want %d", hs, tc.want)
			}
			if tc.want == 0 {
				return
			}
			h := hs[0]
			if h.Reason != tc.reason || h.QueueWait() != tc.wait || h.FirstResponse() != tc.fst {
				t.Errorf("hand-off = %+v: wait %v first response %v; want %s %v %v", h, h.QueueWait(), h.FirstResponse(), tc.reason, tc.wait, tc.fst)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	hs := []analytics.Handoff{
		{Reason: "anger", QueuedAt: at(0), JoinedAt: at(10), FirstResponseAt: at(20)},
		{Reason: "anger", QueuedAt: at(0), JoinedAt: at(30), FirstResponseAt: at(100)},
		{Reason: "customer_asked", QueuedAt: at(0), JoinedAt: at(50)},
		{Reason: "sensitive_fraud", QueuedAt: at(0)},
	}
	convs := []*kefu.Conversation{{Rating: 5}, {Rating: 4}, {Rating: 1}, {}}
	s := analytics.Summarize(hs, convs)
	if s.Handoffs != 4 || s.Joined != 3 || s.Answered != 2 || s.Reasons["anger"] != 2 || s.Reasons["sensitive_fraud"] != 1 {
		t.Errorf("counts: %+v", s)
	}
	if s.QueueWaitP50 != 30 || s.QueueWaitP90 != 50 || s.FirstResponseP50 != 20 || s.FirstResponseP90 != 100 {
		t.Errorf("quantiles: wait %v/%v first %v/%v", s.QueueWaitP50, s.QueueWaitP90, s.FirstResponseP50, s.FirstResponseP90)
	}
	if s.Ratings[5] != 1 || s.Ratings[1] != 1 || s.CSAT < 0.66 || s.CSAT > 0.67 {
		t.Errorf("ratings %v csat %v", s.Ratings, s.CSAT)
	}
}

// TestReadHandoffs reads the log from a real SQLite store.
func TestReadHandoffs(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.CreateTenant(ctx, &kefu.Tenant{ID: "shop", Name: "shop"}))
	for i := range 3 {
		c := &kefu.Conversation{TenantID: "shop", Channel: "widget", Rating: i + 3}
		must(db.CreateConversation(ctx, c))
		for _, m := range []*kefu.Message{customer(0), bot(1, "handoff", "customer_asked"), sys(61+i*60, kefu.MessageAgentJoined, "ag1"), agent(121+i*60, "ag1")} {
			m.TenantID, m.ConversationID = "shop", c.ID
			must(db.CreateMessage(ctx, m))
		}
	}
	hs, s, err := analytics.ReadHandoffs(ctx, db, "shop", 0)
	must(err)
	if len(hs) != 3 || s.Answered != 3 || s.QueueWaitP50 != 120 || s.FirstResponseP90 != 240 || s.CSAT < 0.66 || s.CSAT > 0.67 {
		t.Errorf("ReadHandoffs: %d hand-offs, summary %+v", len(hs), s)
	}
}
