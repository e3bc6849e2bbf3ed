package postgres_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

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
