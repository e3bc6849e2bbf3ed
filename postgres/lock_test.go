package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/storetest"
)

// TestLocker runs the lock contract; each node is a Locker (a pool) of its
// own on one schema, as two kefu nodes would have.
func TestLocker(t *testing.T) {
	bustest.RunLocker(t, func(t *testing.T) func() kefu.Locker {
		dsn := testenv.PostgresDSN(t)
		return func() kefu.Locker {
			l, err := postgres.OpenLocker(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { l.Close() })
			return l
		}
	})
}

// BenchmarkLocker measures advisory locks: each node a Locker (a pool)
// of its own on one schema.
func BenchmarkLocker(b *testing.B) {
	bustest.BenchLocker(b, func(b *testing.B) func() kefu.Locker {
		dsn := testenv.PostgresDSN(b)
		return func() kefu.Locker {
			l, err := postgres.OpenLocker(context.Background(), dsn)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { l.Close() })
			return l
		}
	})
}

// TestLockConversation: the lock and the read in one batch hold the same
// lock as Lock(conversation ID), read what the previous holder committed,
// and leave nothing held when the conversation is not the tenant's.
func TestLockConversation(t *testing.T) {
	ctx := context.Background()
	dsn := testenv.PostgresDSN(t)
	db := MustOpen(t, dsn)
	storetest.MustCreateTenant(t, db, "shop")
	storetest.MustCreateTenant(t, db, "other")
	conv := storetest.MustCreateConversation(t, db, &kefu.Conversation{TenantID: "shop", Channel: "web"})
	a, err := postgres.OpenLocker(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b, err := postgres.OpenLocker(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })

	// Another node holds the conversation's lock and changes it; the
	// batch waits for the lock, then reads the change.
	unlockA, err := a.Lock(ctx, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	type locked struct {
		unlock func()
		conv   *kefu.Conversation
		err    error
	}
	got := make(chan locked, 1)
	go func() {
		u, c, err := b.LockConversation(ctx, "shop", conv.ID)
		got <- locked{u, c, err}
	}()
	select {
	case l := <-got:
		t.Fatalf("LockConversation returned while another held the lock: %+v", l)
	case <-time.After(200 * time.Millisecond):
	}
	lang := "es"
	if _, err := db.UpdateConversation(ctx, "shop", conv.ID, kefu.ConversationUpdate{Language: &lang}); err != nil {
		t.Fatal(err)
	}
	unlockA()
	l := <-got
	if l.err != nil {
		t.Fatal(l.err)
	}
	if l.conv.ID != conv.ID || l.conv.Language != "es" {
		t.Errorf("read %+v, want %s with the holder's language es", l.conv, conv.ID)
	}
	// Held now by the batch: Lock on the other node waits.
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	if u, err := a.Lock(short, conv.ID); err == nil {
		u()
		t.Error("Lock succeeded while LockConversation held the conversation")
	}
	cancel()
	l.unlock()

	// Not the tenant's: ENOTFOUND, and the lock is free again.
	if u, c, err := a.LockConversation(ctx, "other", conv.ID); kefu.ErrorCode(err) != kefu.ENOTFOUND || u != nil || c != nil {
		t.Fatalf("other tenant: %v, %v, %v; want ENOTFOUND and nothing held", u != nil, c, err)
	}
	short, cancel = context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	u, err := b.Lock(short, conv.ID)
	if err != nil {
		t.Fatalf("lock after a not-found read: %v", err)
	}
	u()
}
