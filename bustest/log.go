package bustest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// RunLog runs the kefu.EventLog contract suite. open is called once per
// subtest and must return a node function whose every call gives a
// handle on the same, initially empty, log (as separate nodes would hold
// it). The log's clock must be the real one. When a handle is also a
// kefu.Store, appends inside InTx are checked to commit and roll back
// with the transaction.
func RunLog(t *testing.T, open func(t *testing.T) (node func() kefu.EventLog)) {
	tests := []struct {
		name string
		fn   func(t *testing.T, node func() kefu.EventLog)
	}{
		{"ClaimAck", testClaimAck},
		{"Order", testClaimOrder},
		{"Backlog", testBacklog},
		{"OncePerConsumer", testOncePerConsumer},
		{"Redelivery", testRedelivery},
		{"IndependentConsumers", testIndependentConsumers},
		{"AckIdempotent", testAckIdempotent},
		{"Prune", testPrune},
		{"InTx", testAppendInTx},
		{"LoggedMessage", testLoggedMessage},
		{"Invalid", testLogInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// longLease is a lease that does not run out during a test.
const longLease = time.Minute

// event returns a message.created event numbered i.
func event(i int) kefu.Event {
	return kefu.Event{
		Type:           kefu.EventMessageCreated,
		TenantID:       "shop",
		ConversationID: fmt.Sprintf("cv_%d", i),
		Message:        &kefu.Message{ID: int64(i), TenantID: "shop", ConversationID: fmt.Sprintf("cv_%d", i), Author: kefu.AuthorCustomer, Text: fmt.Sprintf("message %d ✓", i)},
		At:             time.Date(2025, 1, 2, 3, 4, 5, i*1000, time.UTC),
	}
}

func mustAppend(t testing.TB, l kefu.EventLog, events ...kefu.Event) {
	t.Helper()
	if err := l.AppendEvents(context.Background(), events...); err != nil {
		t.Fatalf("AppendEvents: %v", err)
	}
}

func mustClaim(t testing.TB, l kefu.EventLog, consumer string, max int, lease time.Duration) []kefu.LoggedEvent {
	t.Helper()
	got, err := l.ClaimEvents(context.Background(), consumer, max, lease)
	if err != nil {
		t.Fatalf("ClaimEvents(%q): %v", consumer, err)
	}
	return got
}

func mustAck(t testing.TB, l kefu.EventLog, consumer string, events ...kefu.LoggedEvent) {
	t.Helper()
	if err := l.AckEvents(context.Background(), consumer, seqs(events)...); err != nil {
		t.Fatalf("AckEvents(%q): %v", consumer, err)
	}
}

func seqs(events []kefu.LoggedEvent) []int64 {
	s := make([]int64, len(events))
	for i, e := range events {
		s[i] = e.Seq
	}
	return s
}

// conversations returns the conversation IDs of events, in order.
func conversations(events []kefu.LoggedEvent) []string {
	var s []string
	for _, e := range events {
		s = append(s, e.Event.ConversationID)
	}
	return s
}

// testClaimAck: events come back as appended, in order, with attempt 1;
// a claimed event is not claimed again while leased; acked events are
// gone for good.
func testClaimAck(t *testing.T, node func() kefu.EventLog) {
	l := node()
	if got := mustClaim(t, l, "webhook", 10, longLease); len(got) != 0 {
		t.Fatalf("empty log: claimed %d events", len(got))
	}
	want := []kefu.Event{event(1), event(2), event(3)}
	want[1].Type, want[1].Message = kefu.EventConversationStatus, nil
	want[1].Conversation = &kefu.Conversation{ID: "cv_2", TenantID: "shop", Status: kefu.StatusQueued}
	mustAppend(t, l, want[0], want[1])
	mustAppend(t, l, want[2])
	got := mustClaim(t, l, "webhook", 10, longLease)
	if len(got) != len(want) {
		t.Fatalf("claimed %d events, want %d", len(got), len(want))
	}
	for i, g := range got {
		if g.Attempt != 1 {
			t.Errorf("event %d: attempt %d, want 1", i, g.Attempt)
		}
		if i > 0 && g.Seq <= got[i-1].Seq {
			t.Errorf("seqs %v not increasing", seqs(got))
		}
		if err := sameEvent(g.Event, want[i]); err != nil {
			t.Errorf("event %d: %v", i, err)
		}
	}
	if again := mustClaim(t, l, "webhook", 10, longLease); len(again) != 0 {
		t.Fatalf("claimed %d leased events again", len(again))
	}
	mustAck(t, l, "webhook", got...)
	mustAppend(t, l, event(4))
	if next := mustClaim(t, l, "webhook", 10, time.Millisecond); !slices.Equal(conversations(next), []string{"cv_4"}) {
		t.Fatalf("after ack, claimed %v, want only the new cv_4", conversations(next))
	}
}

// sameEvent compares the fields an event keeps through the log.
func sameEvent(got, want kefu.Event) error {
	switch {
	case got.Type != want.Type || got.TenantID != want.TenantID || got.ConversationID != want.ConversationID:
		return fmt.Errorf("got %s %s/%s, want %s %s/%s", got.Type, got.TenantID, got.ConversationID, want.Type, want.TenantID, want.ConversationID)
	case !got.At.Equal(want.At):
		return fmt.Errorf("at %v, want %v", got.At, want.At)
	case (got.Message == nil) != (want.Message == nil) || got.Message != nil && (got.Message.Text != want.Message.Text || got.Message.ID != want.Message.ID):
		return fmt.Errorf("message %+v, want %+v", got.Message, want.Message)
	case (got.Conversation == nil) != (want.Conversation == nil) || got.Conversation != nil && got.Conversation.Status != want.Conversation.Status:
		return fmt.Errorf("conversation %+v, want %+v", got.Conversation, want.Conversation)
	}
	return nil
}

// testClaimOrder: claims return the oldest ready events first, max at a time.
func testClaimOrder(t *testing.T, node func() kefu.EventLog) {
	l := node()
	mustClaim(t, l, "webhook", 1, longLease) // register
	for i := range 5 {
		mustAppend(t, l, event(i))
	}
	var got []string
	for range 3 {
		batch := mustClaim(t, l, "webhook", 2, longLease)
		if len(batch) > 2 {
			t.Fatalf("claimed %d events with max 2", len(batch))
		}
		got = append(got, conversations(batch)...)
	}
	if want := []string{"cv_0", "cv_1", "cv_2", "cv_3", "cv_4"}; !slices.Equal(got, want) {
		t.Fatalf("claimed %v, want %v", got, want)
	}
}

// testBacklog: a consumer's first claim registers it and returns the
// events already in the log.
func testBacklog(t *testing.T, node func() kefu.EventLog) {
	l := node()
	mustClaim(t, l, "other", 1, longLease) // keeps events in the log
	mustAppend(t, l, event(1), event(2))
	if got := mustClaim(t, l, "late", 10, longLease); !slices.Equal(conversations(got), []string{"cv_1", "cv_2"}) {
		t.Fatalf("a new consumer claimed %v, want the backlog cv_1, cv_2", conversations(got))
	}
}

// testOncePerConsumer: workers on two nodes claim for one consumer while
// events are appended; each event is claimed exactly once.
func testOncePerConsumer(t *testing.T, node func() kefu.EventLog) {
	nodes := []kefu.EventLog{node(), node()}
	const n, workers = 200, 6
	for _, l := range nodes {
		mustClaim(t, l, "webhook", 1, longLease) // register before the appends
	}
	var (
		mu       sync.Mutex // guards seen
		seen     = map[string]int{}
		wg       sync.WaitGroup
		appended = make(chan struct{})
	)
	go func() {
		defer close(appended)
		for i := 0; i < n; i += 10 {
			batch := make([]kefu.Event, 10)
			for j := range batch {
				batch[j] = event(i + j)
			}
			if err := nodes[i/10%2].AppendEvents(context.Background(), batch...); err != nil {
				t.Errorf("AppendEvents: %v", err)
				return
			}
		}
	}()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := nodes[w%len(nodes)]
			idle := 0
			for {
				got, err := l.ClaimEvents(context.Background(), "webhook", 7, longLease)
				if err != nil {
					t.Errorf("ClaimEvents: %v", err)
					return
				}
				mu.Lock()
				for _, e := range got {
					seen[e.Event.ConversationID]++
				}
				total := len(seen)
				mu.Unlock()
				if err := l.AckEvents(context.Background(), "webhook", seqs(got)...); err != nil {
					t.Errorf("AckEvents: %v", err)
					return
				}
				if len(got) > 0 {
					idle = 0
					continue
				}
				select {
				case <-appended:
					if idle++; total == n || idle > 50 {
						return
					}
				default:
				}
				time.Sleep(time.Millisecond)
			}
		}()
	}
	wg.Wait()
	if len(seen) != n {
		t.Errorf("%d of %d events claimed", len(seen), n)
	}
	for id, c := range seen {
		if c != 1 {
			t.Errorf("%s claimed %d times", id, c)
		}
	}
}

// testRedelivery: an event whose lease runs out without an ack is claimed
// again, by any node, with a higher attempt; after the ack it is not.
func testRedelivery(t *testing.T, node func() kefu.EventLog) {
	a, b := node(), node()
	mustClaim(t, a, "webhook", 1, longLease)
	mustAppend(t, a, event(1), event(2))
	const lease = 200 * time.Millisecond
	first := mustClaim(t, a, "webhook", 10, lease)
	if len(first) != 2 {
		t.Fatalf("claimed %d events, want 2", len(first))
	}
	mustAck(t, a, "webhook", first[1]) // cv_2 done; cv_1's node "dies"
	if got := mustClaim(t, b, "webhook", 10, lease); len(got) != 0 {
		t.Fatalf("claimed %v while leased", conversations(got))
	}
	time.Sleep(lease + 50*time.Millisecond)
	again := mustClaim(t, b, "webhook", 10, longLease)
	if !slices.Equal(conversations(again), []string{"cv_1"}) {
		t.Fatalf("after the lease ran out, claimed %v, want cv_1 again", conversations(again))
	}
	if again[0].Seq != first[0].Seq || again[0].Attempt != 2 {
		t.Errorf("redelivered seq %d attempt %d, want seq %d attempt 2", again[0].Seq, again[0].Attempt, first[0].Seq)
	}
	mustAck(t, b, "webhook", again...)
	time.Sleep(50 * time.Millisecond)
	if got := mustClaim(t, a, "webhook", 10, longLease); len(got) != 0 {
		t.Fatalf("claimed %v after the ack", conversations(got))
	}
}

// testIndependentConsumers: each consumer gets every event; one's acks
// and leases do not affect another.
func testIndependentConsumers(t *testing.T, node func() kefu.EventLog) {
	l := node()
	consumers := []string{"webhook", "analytics", "audit.v2"}
	for _, c := range consumers {
		mustClaim(t, l, c, 1, longLease)
	}
	mustAppend(t, l, event(1), event(2), event(3))
	for _, c := range consumers {
		got := mustClaim(t, l, c, 10, longLease)
		if want := []string{"cv_1", "cv_2", "cv_3"}; !slices.Equal(conversations(got), want) {
			t.Errorf("%s claimed %v, want %v", c, conversations(got), want)
		}
		mustAck(t, l, c, got...)
	}
}

// testAckIdempotent: acking twice, after the lease ran out, an event never
// claimed, or a seq that does not exist is fine, and changes nothing else.
func testAckIdempotent(t *testing.T, node func() kefu.EventLog) {
	l := node()
	ctx := context.Background()
	mustClaim(t, l, "webhook", 1, longLease)
	mustAppend(t, l, event(1), event(2), event(3))
	got := mustClaim(t, l, "webhook", 1, time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	for _, seqs := range [][]int64{{got[0].Seq}, {got[0].Seq}, {1 << 40}, nil} {
		if err := l.AckEvents(ctx, "webhook", seqs...); err != nil {
			t.Fatalf("AckEvents(%v): %v", seqs, err)
		}
	}
	if err := l.AckEvents(ctx, "never-claimed", got[0].Seq); err != nil {
		t.Fatalf("AckEvents by an unknown consumer: %v", err)
	}
	if rest := mustClaim(t, l, "webhook", 10, longLease); !slices.Equal(conversations(rest), []string{"cv_2", "cv_3"}) {
		t.Fatalf("after acking cv_1, claimed %v, want cv_2, cv_3", conversations(rest))
	}
}

// testPrune: pruning deletes what every consumer acked, keeps the rest
// claimable, and with olderThan deletes unacked events too.
func testPrune(t *testing.T, node func() kefu.EventLog) {
	l := node()
	ctx := context.Background()
	mustClaim(t, l, "a", 1, longLease)
	mustClaim(t, l, "b", 1, longLease)
	mustAppend(t, l, event(1), event(2), event(3))
	ga := mustClaim(t, l, "a", 10, longLease)
	mustAck(t, l, "a", ga...)
	gb := mustClaim(t, l, "b", 1, time.Millisecond)
	mustAck(t, l, "b", gb...) // b acked cv_1 only

	n, err := l.PruneEvents(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("PruneEvents deleted %d events, want 1 (cv_1, acked by all)", n)
	}
	time.Sleep(5 * time.Millisecond)
	rest := mustClaim(t, l, "b", 10, time.Millisecond)
	if want := []string{"cv_2", "cv_3"}; !slices.Equal(conversations(rest), want) {
		t.Fatalf("after pruning, b claimed %v, want %v", conversations(rest), want)
	}
	if got := mustClaim(t, l, "c", 10, longLease); !slices.Equal(conversations(got), []string{"cv_2", "cv_3"}) {
		t.Errorf("a consumer registered after pruning got %v, want the events still in the log", conversations(got))
	}

	// By age: everything appended before now goes, acked or not.
	time.Sleep(5 * time.Millisecond)
	mark := time.Now()
	time.Sleep(5 * time.Millisecond)
	mustAppend(t, l, event(4))
	if n, err = l.PruneEvents(ctx, mark); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("PruneEvents(olderThan) deleted %d events, want 2 (cv_2, cv_3)", n)
	}
	time.Sleep(5 * time.Millisecond)
	if got := mustClaim(t, l, "b", 10, longLease); !slices.Equal(conversations(got), []string{"cv_4"}) {
		t.Errorf("after pruning by age, b claimed %v, want only cv_4", conversations(got))
	}
	// An ack of a pruned event is fine.
	mustAck(t, l, "b", rest...)
}

// testAppendInTx: on a store, events appended in InTx are claimable once
// the transaction commits and never if it rolls back.
func testAppendInTx(t *testing.T, node func() kefu.EventLog) {
	l := node()
	st, ok := l.(kefu.Store)
	if !ok {
		t.Skip("the log is not a kefu.Store")
	}
	ctx := context.Background()
	mustClaim(t, l, "webhook", 1, longLease)
	errRollback := errors.New("roll back")
	err := st.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.AppendEvents(ctx, event(1)); err != nil {
			return err
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatalf("InTx = %v, want the rollback error", err)
	}
	err = st.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.AppendEvents(ctx, event(2)); err != nil {
			return err
		}
		// A failed inner transaction undoes only its own appends.
		_ = tx.InTx(ctx, func(tx kefu.Store) error {
			if err := tx.AppendEvents(ctx, event(3)); err != nil {
				return err
			}
			return errRollback
		})
		return tx.AppendEvents(ctx, event(4))
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustClaim(t, l, "webhook", 10, longLease); !slices.Equal(conversations(got), []string{"cv_2", "cv_4"}) {
		t.Fatalf("claimed %v, want the committed cv_2, cv_4", conversations(got))
	}
}

// testLoggedMessage: a kefu.MessageLogger stores a message and its
// message.created event together, the event carrying the stored message
// with its ID; a message it refuses (a client message ID used before, a
// conversation of another tenant) logs nothing.
func testLoggedMessage(t *testing.T, node func() kefu.EventLog) {
	l := node()
	st, ok := l.(kefu.Store)
	if !ok {
		t.Skip("the log is not a kefu.Store")
	}
	ml, ok := l.(kefu.MessageLogger)
	if !ok {
		t.Skip("the store is not a kefu.MessageLogger")
	}
	ctx := context.Background()
	mustClaim(t, l, "webhook", 1, longLease)
	for _, id := range []string{"shop", "other"} {
		if err := st.CreateTenant(ctx, &kefu.Tenant{ID: id, Name: id}); err != nil {
			t.Fatal(err)
		}
	}
	conv := &kefu.Conversation{TenantID: "shop", Channel: "web"}
	if err := st.CreateConversation(ctx, conv); err != nil {
		t.Fatal(err)
	}
	m := &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorCustomer, Text: "wo ist mein Paket? ✓", ClientMessageID: "c-1"}
	if err := ml.CreateMessageLogged(ctx, m); err != nil {
		t.Fatal(err)
	}
	if m.ID == 0 || m.CreatedAt.IsZero() {
		t.Fatalf("stored message %+v has no ID or time", m)
	}
	for _, bad := range []struct {
		name string
		m    *kefu.Message
		code string
	}{
		{"client message ID used before", &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorCustomer, Text: "again", ClientMessageID: "c-1"}, kefu.ECONFLICT},
		{"conversation of another tenant", &kefu.Message{TenantID: "other", ConversationID: conv.ID, Author: kefu.AuthorCustomer, Text: "hi"}, kefu.ENOTFOUND},
		{"invalid", &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: "robot", Text: "hi"}, kefu.EINVALID},
	} {
		if err := ml.CreateMessageLogged(ctx, bad.m); kefu.ErrorCode(err) != bad.code {
			t.Errorf("%s: %v, want %s", bad.name, err, bad.code)
		}
	}
	got := mustClaim(t, l, "webhook", 10, longLease)
	if len(got) != 1 {
		t.Fatalf("claimed %d events, want the stored message's only", len(got))
	}
	e := got[0].Event
	if e.Type != kefu.EventMessageCreated || e.TenantID != "shop" || e.ConversationID != conv.ID || !e.At.Equal(m.CreatedAt) {
		t.Errorf("event %s %s %s at %v, want message.created of %s at %v", e.Type, e.TenantID, e.ConversationID, e.At, conv.ID, m.CreatedAt)
	}
	if e.Message == nil || e.Message.ID != m.ID || e.Message.Text != m.Text || e.Message.ClientMessageID != "c-1" || !e.Message.CreatedAt.Equal(m.CreatedAt) {
		t.Errorf("event's message %+v, want the stored %+v", e.Message, m)
	}
	stored, err := st.FindMessageByClientID(ctx, "shop", conv.ID, "c-1")
	if err != nil || stored.ID != m.ID {
		t.Errorf("stored message: %+v, %v", stored, err)
	}
}

// testLogInvalid: bad consumer names and limits are EINVALID.
func testLogInvalid(t *testing.T, node func() kefu.EventLog) {
	l := node()
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		consumer string
		max      int
		lease    time.Duration
	}{
		{"empty consumer", "", 1, time.Second},
		{"long consumer", string(make([]byte, kefu.MaxConsumerLen+1)), 1, time.Second},
		{"upper case", "Webhook", 1, time.Second},
		{"space", "web hook", 1, time.Second},
		{"zero max", "webhook", 0, time.Second},
		{"zero lease", "webhook", 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := l.ClaimEvents(ctx, tc.consumer, tc.max, tc.lease); kefu.ErrorCode(err) != kefu.EINVALID {
				t.Errorf("ClaimEvents = %v, want EINVALID", err)
			}
		})
	}
	if err := l.AckEvents(ctx, "", 1); kefu.ErrorCode(err) != kefu.EINVALID {
		t.Errorf("AckEvents with no consumer = %v, want EINVALID", err)
	}
}
