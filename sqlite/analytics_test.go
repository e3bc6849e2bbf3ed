package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// TestMigrateAnalytics checks that messages stored before migration 0016
// are folded into the analytics facts when the store opens, across
// several backfill batches.
func TestMigrateAnalytics(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	old, err := sqlite.OpenBefore(ctx, path, storetest.Clock(), "migration/0016")
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, old, "shop")
	c := storetest.MustCreateConversation(t, old, &kefu.Conversation{TenantID: "shop", Channel: "widget"})
	t0 := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	const pairs = 300 // 600 messages: two batches and a bit
	for i := range pairs {
		at := t0.Add(time.Duration(i) * time.Minute)
		if err := old.Exec(ctx, `INSERT INTO messages (tenant_id, conversation_id, author, author_id, text, language, client_message_id,
			reply_to, trace, created_at, kind, author_name, original_text, original_language, translated_by, card)
			VALUES ('shop', ?, 'customer', '', 'where is my order', 'en', '', 0, '', ?, '', '', '', '', '', '')`, c.ID, at.UnixNano()); err != nil {
			t.Fatal(err)
		}
		trace := fmt.Sprintf(`{"intent":"track_order","confidence":0.9,"language":"en","normalized":"where is my order","action":"skill","outcome":"tracking","latency_ms":%d}`, 20+i%10)
		if err := old.Exec(ctx, `INSERT INTO messages (tenant_id, conversation_id, author, author_id, text, language, client_message_id,
			reply_to, trace, created_at, kind, author_name, original_text, original_language, translated_by, card)
			VALUES ('shop', ?, 'bot', '', 'In transit', 'en', '', last_insert_rowid(), ?, ?, '', '', '', '', '', '')`, c.ID, trace, at.Add(time.Second).UnixNano()); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	db := MustOpenPath(t, path)
	f := kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-24"}
	convs, err := db.AnalyticsConversations(ctx, f, t0.Add(72*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := []kefu.ConversationStats{{Day: "2026-11-24", Conversations: 1, Ended: 1, Contained: 1, Resolved: 1, CustomerMsgs: pairs, BotReplies: pairs}}
	if len(convs) != 1 || convs[0] != want[0] {
		t.Errorf("AnalyticsConversations after backfill = %+v, want %+v", convs, want)
	}
	qs, err := db.AnalyticsQuestions(ctx, f, false, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || qs[0].Intent != "track_order" || qs[0].Turns != pairs || qs[0].Text != "where is my order" {
		t.Errorf("AnalyticsQuestions after backfill = %+v", qs)
	}
	// Opening again does not count them twice.
	db.Close()
	db = MustOpenPath(t, path)
	if convs, err := db.AnalyticsConversations(ctx, f, t0.Add(72*time.Hour)); err != nil || len(convs) != 1 || convs[0].BotReplies != pairs {
		t.Errorf("after reopening: %+v, %v", convs, err)
	}
}
