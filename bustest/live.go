package bustest

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// RunLive runs the kefu.EventService contract suite. open is called once
// per subtest; every call of the node function it returns gives a handle
// on the same bus. A subscriber must be dropped after falling at most
// 1,000 events behind. The "AcrossNodes" subtests publish on one handle
// and subscribe on another; "OrderAcrossNodes" publishes on both in turn,
// "SequencedOrderAcrossNodes" likewise with kefu.PublishLocked and
// kefu.SequencePublished, as turns holding a conversation's lock do.
func RunLive(t *testing.T, open func(t *testing.T) (node func() kefu.EventService)) {
	tests := []struct {
		name string
		fn   func(t *testing.T, node func() kefu.EventService)
	}{
		{"Filters", testLiveFilters},
		{"FiltersAcrossNodes", testLiveFiltersAcrossNodes},
		{"FanOut", testLiveFanOut},
		{"OrderAcrossNodes", testLiveOrderAcrossNodes},
		{"SequencedOrderAcrossNodes", testLiveSequencedOrderAcrossNodes},
		{"SlowSubscriberDropped", testSlowSubscriberDropped},
		{"SlowSubscriberDroppedAcrossNodes", testSlowSubscriberDroppedAcrossNodes},
		{"EndsWithContext", testLiveEndsWithContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// liveWait bounds the wait for an event that must arrive.
const liveWait = 5 * time.Second

// receive reads n events from sub, failing t if they do not come in time.
func receive(t *testing.T, sub kefu.Subscription, n int) []kefu.Event {
	t.Helper()
	var got []kefu.Event
	timeout := time.After(liveWait)
	for len(got) < n {
		select {
		case e, ok := <-sub.C():
			if !ok {
				t.Fatalf("subscription closed after %d of %d events", len(got), n)
			}
			got = append(got, e)
		case <-timeout:
			t.Fatalf("got %d of %d events in %v", len(got), n, liveWait)
		}
	}
	return got
}

// quiet checks that sub receives nothing more for a short while.
func quiet(t *testing.T, sub kefu.Subscription) {
	t.Helper()
	select {
	case e, ok := <-sub.C():
		if ok {
			t.Errorf("unexpected event %+v", e)
		}
	case <-time.After(50 * time.Millisecond):
	}
}

func ids(events []kefu.Event) []string {
	var s []string
	for _, e := range events {
		s = append(s, e.TenantID+"/"+e.ConversationID)
	}
	return s
}

func testLiveFilters(t *testing.T, node func() kefu.EventService) {
	bus := node()
	liveFilters(t, bus, bus)
}

func testLiveFiltersAcrossNodes(t *testing.T, node func() kefu.EventService) {
	liveFilters(t, node(), node())
}

// liveFilters: subscribers on bus with each kind of filter get exactly
// the matching events published on pub, in order.
func liveFilters(t *testing.T, pub, bus kefu.EventService) {
	ctx := context.Background()
	events := []kefu.Event{
		{Type: kefu.EventMessageCreated, TenantID: "a", ConversationID: "1"},
		{Type: kefu.EventMessageCreated, TenantID: "b", ConversationID: "2"},
		{Type: kefu.EventConversationStatus, TenantID: "a", ConversationID: "3"},
		{Type: kefu.EventMessageCreated, TenantID: "b", ConversationID: "3"},
	}
	tests := []struct {
		name   string
		filter kefu.EventFilter
		want   []string
	}{
		{"all", kefu.EventFilter{}, []string{"a/1", "b/2", "a/3", "b/3"}},
		{"tenant", kefu.EventFilter{TenantID: "b"}, []string{"b/2", "b/3"}},
		{"conversation", kefu.EventFilter{TenantID: "a", ConversationID: "3"}, []string{"a/3"}},
		{"conversation of any tenant", kefu.EventFilter{ConversationID: "3"}, []string{"a/3", "b/3"}},
	}
	subs := make([]kefu.Subscription, len(tests))
	for i, tt := range tests {
		sub, err := bus.Subscribe(ctx, tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Close()
		subs[i] = sub
	}
	for _, e := range events {
		pub.Publish(ctx, e)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(receive(t, subs[i], len(tt.want)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			quiet(t, subs[i])
		})
	}
}

// testLiveFanOut: every subscriber, on any handle, gets every matching
// event of any handle, and the events of one publisher in order.
func testLiveFanOut(t *testing.T, node func() kefu.EventService) {
	ctx := context.Background()
	pub, other := node(), node()
	var subs []kefu.Subscription
	for _, bus := range []kefu.EventService{pub, pub, other} {
		sub, err := bus.Subscribe(ctx, kefu.EventFilter{TenantID: "t"})
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Close()
		subs = append(subs, sub)
	}
	var want []string
	for i := range 20 {
		e := kefu.Event{Type: kefu.EventMessageCreated, TenantID: "t", ConversationID: fmt.Sprint(i)}
		pub.Publish(ctx, e)
		want = append(want, "t/"+e.ConversationID)
	}
	for i, sub := range subs {
		if got := ids(receive(t, sub, len(want))); !slices.Equal(got, want) {
			t.Errorf("subscriber %d got %v, want %v", i, got, want)
		}
	}
}

// testLiveOrderAcrossNodes: events of one conversation published in
// turn on two handles, each Publish after the previous one returned (as
// turns holding the conversation's lock do), reach the subscribers of
// both handles in that order.
func testLiveOrderAcrossNodes(t *testing.T, node func() kefu.EventService) {
	ctx := context.Background()
	nodes := []kefu.EventService{node(), node()}
	var subs []kefu.Subscription
	for _, bus := range nodes {
		sub, err := bus.Subscribe(ctx, kefu.EventFilter{TenantID: "t", ConversationID: "c"})
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Close()
		subs = append(subs, sub)
	}
	const n = 50
	want := make([]string, n)
	for i := range n {
		e := kefu.Event{Type: kefu.EventMessageCreated, TenantID: "t", ConversationID: "c", Message: &kefu.Message{ID: int64(i)}}
		nodes[i%2].Publish(ctx, e)
		want[i] = fmt.Sprint(i)
	}
	for i, sub := range subs {
		var got []string
		for _, e := range receive(t, sub, n) {
			got = append(got, fmt.Sprint(e.Message.ID))
		}
		if !slices.Equal(got, want) {
			t.Errorf("subscriber on handle %d got %v, want %v", i, got, want)
		}
	}
}

// testLiveSequencedOrderAcrossNodes: runs of events of one conversation
// published with kefu.PublishLocked on two handles in turn, each run
// ended by kefu.SequencePublished before the other handle publishes (as
// a turn does before it unlocks the conversation), reach the subscribers
// of both handles in order.
func testLiveSequencedOrderAcrossNodes(t *testing.T, node func() kefu.EventService) {
	ctx := context.Background()
	nodes := []kefu.EventService{node(), node()}
	var subs []kefu.Subscription
	for _, bus := range nodes {
		sub, err := bus.Subscribe(ctx, kefu.EventFilter{TenantID: "t", ConversationID: "c"})
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Close()
		subs = append(subs, sub)
	}
	const turns, perTurn = 16, 3
	var want []string
	for i := range turns {
		bus := nodes[i%2]
		for j := range perTurn {
			id := int64(i*perTurn + j)
			kefu.PublishLocked(ctx, bus, kefu.Event{Type: kefu.EventMessageCreated, TenantID: "t", ConversationID: "c", Message: &kefu.Message{ID: id}})
			want = append(want, fmt.Sprint(id))
		}
		kefu.SequencePublished(ctx, bus)
	}
	for i, sub := range subs {
		var got []string
		for _, e := range receive(t, sub, len(want)) {
			got = append(got, fmt.Sprint(e.Message.ID))
		}
		if !slices.Equal(got, want) {
			t.Errorf("subscriber on handle %d got %v, want %v", i, got, want)
		}
	}
}

// testSlowSubscriberDropped: a subscriber that never reads is dropped (its
// channel closes) instead of blocking Publish, while one that reads keeps
// getting everything.
func testSlowSubscriberDropped(t *testing.T, node func() kefu.EventService) {
	bus := node()
	slowSubscriberDropped(t, bus, bus)
}

func testSlowSubscriberDroppedAcrossNodes(t *testing.T, node func() kefu.EventService) {
	slowSubscriberDropped(t, node(), node())
}

// slowSubscriberDropped: the subscribers are on bus, the publisher is pub.
func slowSubscriberDropped(t *testing.T, pub, bus kefu.EventService) {
	ctx := context.Background()
	slow, err := bus.Subscribe(ctx, kefu.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	fast, err := bus.Subscribe(ctx, kefu.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	const n, chunk = 2000, 50
	var fastGot atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range fast.C() {
			if fastGot.Add(1) == n {
				return
			}
		}
	}()
	var publishing time.Duration
	for i := range n {
		start := time.Now()
		pub.Publish(ctx, kefu.Event{TenantID: "t", ConversationID: fmt.Sprint(i)})
		publishing += time.Since(start)
		if (i+1)%chunk == 0 {
			// Let the fast reader catch up, so that it is never more than
			// a chunk behind.
			deadline := time.Now().Add(liveWait)
			for fastGot.Load() < int64(i+1) && time.Now().Before(deadline) {
				time.Sleep(100 * time.Microsecond)
			}
		}
	}
	if publishing > 5*time.Second {
		t.Errorf("publishing %d events took %v: a slow subscriber blocks Publish", n, publishing)
	}
	got := 0
	closed := false
	timeout := time.After(liveWait)
	for !closed {
		select {
		case _, ok := <-slow.C():
			if ok {
				got++
			} else {
				closed = true
			}
		case <-timeout:
			t.Fatalf("the slow subscriber was not dropped (it got %d events)", got)
		}
	}
	if got >= n {
		t.Errorf("the slow subscriber got all %d events; it should have been dropped", got)
	}
	select {
	case <-done:
		if got := fastGot.Load(); got != n {
			t.Errorf("the fast subscriber got %d of %d events (was it dropped too?)", got, n)
		}
	case <-time.After(liveWait):
		t.Errorf("the fast subscriber got %d of %d events", fastGot.Load(), n)
	}
}

// testLiveEndsWithContext: a subscription ends when its context does;
// Close is idempotent.
func testLiveEndsWithContext(t *testing.T, node func() kefu.EventService) {
	bus := node()
	ctx, cancel := context.WithCancel(context.Background())
	sub, err := bus.Subscribe(ctx, kefu.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	timeout := time.After(liveWait)
	for {
		select {
		case _, ok := <-sub.C():
			if ok {
				continue
			}
		case <-timeout:
			t.Fatal("subscription not closed after its context ended")
		}
		break
	}
	sub.Close()
	sub.Close()

	other, err := bus.Subscribe(context.Background(), kefu.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	other.Close()
	other.Close()
	if _, ok := <-other.C(); ok {
		t.Error("a closed subscription delivered an event")
	}
}
