package postgres_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/storetest"
)

func benchConversations(b *testing.B, n int) (kefu.Store, []*kefu.Conversation) {
	b.Helper()
	db := MustOpen(b, testenv.PostgresDSN(b))
	storetest.MustCreateTenant(b, db, "shop")
	var cs []*kefu.Conversation
	for range n {
		cs = append(cs, storetest.MustCreateConversation(b, db, &kefu.Conversation{TenantID: "shop", Channel: "api",
			Slots: map[string]string{"order_number": "10023"}}))
	}
	return db, cs
}

func BenchmarkCreateMessage(b *testing.B) {
	db, cs := benchConversations(b, 1)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m := &kefu.Message{TenantID: "shop", ConversationID: cs[0].ID, Author: kefu.AuthorCustomer,
			Text: "where is my order 10023?", ClientMessageID: fmt.Sprint("m", i)}
		if err := db.CreateMessage(ctx, m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParallelCreateMessage(b *testing.B) {
	db, cs := benchConversations(b, 64)
	ctx := context.Background()
	var n atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(4)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			m := &kefu.Message{TenantID: "shop", ConversationID: cs[i%64].ID, Author: kefu.AuthorCustomer,
				Text: "where is my order 10023?", ClientMessageID: fmt.Sprint("m", i)}
			if err := db.CreateMessage(ctx, m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkFindConversationByID(b *testing.B) {
	db, cs := benchConversations(b, 64)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := db.FindConversationByID(ctx, "shop", cs[i%64].ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReplyTx measures the write of a bot turn: the reply, the
// conversation's update and the turn's events in one transaction, as
// dialog's commit does, with an event consumer registered so that the
// events are kept. Each statement in the transaction runs in a savepoint.
func BenchmarkReplyTx(b *testing.B) {
	db, cs := benchConversations(b, 64)
	ctx := context.Background()
	if _, err := db.ClaimEvents(ctx, "bench", 1, time.Minute); err != nil { // registers the consumer
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c := cs[i%64]
		reply := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, Text: "Your order is in transit.",
			Trace: &kefu.Trace{Intent: kefu.IntentTrackOrder, Confidence: 0.9, Action: kefu.ActionSkill, Skill: "order_tracking"}}
		err := db.InTx(ctx, func(tx kefu.Store) error {
			if err := tx.CreateMessage(ctx, reply); err != nil {
				return err
			}
			if _, err := tx.UpdateConversation(ctx, "shop", c.ID, kefu.ConversationUpdate{Slots: map[string]string{"order_number": fmt.Sprint(i)}}); err != nil {
				return err
			}
			return tx.AppendEvents(ctx,
				kefu.Event{Type: kefu.EventMessageCreated, TenantID: "shop", ConversationID: c.ID, Message: reply, At: reply.CreatedAt},
				kefu.Event{Type: kefu.EventMessageCreated, TenantID: "shop", ConversationID: c.ID, Message: reply, At: reply.CreatedAt})
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFoldAnalytics measures folding turns into the analytics facts
// and rollups, as the app's fold does every second: ns/op is per turn (a
// customer message and the bot's reply) folded, 256 turns over 64
// conversations a fold, the messages written with the timer stopped.
func BenchmarkFoldAnalytics(b *testing.B) {
	const per = 256
	db, cs := benchConversations(b, 64)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i%per == 0 {
			b.StopTimer()
			for j := range per {
				c := cs[(i+j)%64]
				q := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "where is my order 10023?"}
				if err := db.CreateMessage(ctx, q); err != nil {
					b.Fatal(err)
				}
				reply := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, ReplyTo: q.ID,
					Text: "Your order is in transit.", Trace: &kefu.Trace{Intent: kefu.IntentTrackOrder, Confidence: 0.9,
						Action: kefu.ActionSkill, Skill: "order_tracking", Language: "en"}}
				if err := db.CreateMessage(ctx, reply); err != nil {
					b.Fatal(err)
				}
			}
			b.StartTimer()
		}
		if i%per == per-1 {
			if _, err := db.FoldAnalytics(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	if _, err := db.FoldAnalytics(ctx); err != nil {
		b.Fatal(err)
	}
}
