package inmem_test

import (
	"context"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/inmem"
)

func TestEventService(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		filter kefu.EventFilter
		events []kefu.Event
		want   []string // conversation IDs received, in order
	}{
		{"all", kefu.EventFilter{}, []kefu.Event{{TenantID: "a", ConversationID: "1"}, {TenantID: "b", ConversationID: "2"}}, []string{"1", "2"}},
		{"tenant", kefu.EventFilter{TenantID: "b"}, []kefu.Event{{TenantID: "a", ConversationID: "1"}, {TenantID: "b", ConversationID: "2"}}, []string{"2"}},
		{"conversation", kefu.EventFilter{TenantID: "a", ConversationID: "3"}, []kefu.Event{{TenantID: "a", ConversationID: "1"}, {TenantID: "a", ConversationID: "3"}, {TenantID: "b", ConversationID: "3"}}, []string{"3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bus := inmem.NewEventService()
			sub, err := bus.Subscribe(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range tt.events {
				bus.Publish(ctx, e)
			}
			sub.Close()
			var got []string
			for e := range sub.C() {
				got = append(got, e.ConversationID)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestSlowSubscriberDropped(t *testing.T) {
	ctx := context.Background()
	bus := inmem.NewEventService()
	bus.Buffer = 2
	slow, _ := bus.Subscribe(ctx, kefu.EventFilter{})
	fast, _ := bus.Subscribe(ctx, kefu.EventFilter{})
	done := make(chan int)
	go func() {
		n := 0
		for range fast.C() {
			n++
		}
		done <- n
	}()
	for i := 0; i < 100; i++ {
		bus.Publish(ctx, kefu.Event{})
		time.Sleep(50 * time.Microsecond) // let the fast reader keep up
	}
	n := 0
	for range slow.C() { // closed because it fell behind
		n++
	}
	if n != 2 {
		t.Fatalf("slow subscriber got %d events before being dropped, want 2 (its buffer)", n)
	}
	if bus.Subscribers() != 1 {
		t.Fatalf("subscribers = %d, want 1", bus.Subscribers())
	}
	fast.Close()
	if got := <-done; got < 90 {
		t.Fatalf("fast subscriber got %d of 100 events", got)
	}
}

func TestSubscriptionEndsWithContext(t *testing.T) {
	bus := inmem.NewEventService()
	ctx, cancel := context.WithCancel(context.Background())
	sub, _ := bus.Subscribe(ctx, kefu.EventFilter{})
	cancel()
	select {
	case _, ok := <-sub.C():
		if ok {
			t.Fatal("got an event, want closed channel")
		}
	case <-time.After(2 * time.Second):
		t.Fatal("subscription not closed after its context ended")
	}
	sub.Close() // idempotent
}

func BenchmarkPublish(b *testing.B) {
	ctx := context.Background()
	bus := inmem.NewEventService()
	for i := 0; i < 200; i++ {
		sub, _ := bus.Subscribe(ctx, kefu.EventFilter{TenantID: "t", ConversationID: string(rune('a' + i%26))})
		go func() {
			for range sub.C() {
			}
		}()
	}
	e := kefu.Event{TenantID: "t", ConversationID: "a"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bus.Publish(ctx, e)
	}
}
