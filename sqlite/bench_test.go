package sqlite_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// cpuTime returns the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds a cpu-ns/op metric from start on: the CPU time (all
// threads) per operation, which, unlike ns/op, does not depend on what
// else runs on a shared machine.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// benchFixture is a tenant with one customer, conversations, an order
// and a shipment, the records a conversation turn reads.
type benchFixture struct {
	db    *sqlite.DB
	convs []*kefu.Conversation
	order *kefu.Order
}

func newBenchFixture(b *testing.B, conversations int) *benchFixture {
	b.Helper()
	db := MustOpen(b)
	storetest.MustCreateTenant(b, db, "shop")
	cu := storetest.MustCreateCustomer(b, db, &kefu.Customer{TenantID: "shop", ExternalID: "c1"})
	f := &benchFixture{db: db}
	for range conversations {
		f.convs = append(f.convs, storetest.MustCreateConversation(b, db, &kefu.Conversation{TenantID: "shop",
			CustomerID: cu.ID, Channel: "api", Slots: map[string]string{"order_number": "10023"}}))
	}
	f.order = storetest.MustCreateOrder(b, db, &kefu.Order{TenantID: "shop", Number: "10023", CustomerID: cu.ID,
		Lines: []kefu.OrderLine{{SKU: "A", Name: "Tea", Quantity: 2, UnitPrice: 100}, {SKU: "B", Name: "Cup", Quantity: 1, UnitPrice: 900}}})
	storetest.MustCreateShipment(b, db, &kefu.Shipment{TenantID: "shop", OrderID: f.order.ID, Carrier: "DHL",
		Events: []kefu.TrackingEvent{{Status: "label_created"}, {Status: "in_transit"}}})
	return f
}

func BenchmarkCreateMessage(b *testing.B) {
	f := newBenchFixture(b, 1)
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		m := &kefu.Message{TenantID: "shop", ConversationID: f.convs[0].ID, Author: kefu.AuthorCustomer,
			Text: "where is my order 10023?", ClientMessageID: fmt.Sprint("m", i)}
		if err := f.db.CreateMessage(ctx, m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParallelCreateMessage(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	var n atomic.Int64
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	b.ResetTimer()
	b.SetParallelism(8) // many conversations in flight, as in the server
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			m := &kefu.Message{TenantID: "shop", ConversationID: f.convs[i%64].ID, Author: kefu.AuthorCustomer,
				Text: "where is my order 10023?", ClientMessageID: fmt.Sprint("m", i)}
			if err := f.db.CreateMessage(ctx, m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkFindConversationByID(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		if _, err := f.db.FindConversationByID(ctx, "shop", f.convs[i%64].ID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParallelFindConversationByID(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	var n atomic.Int64
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	b.ResetTimer()
	b.SetParallelism(8) // many conversations in flight, as in the server
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := f.db.FindConversationByID(ctx, "shop", f.convs[n.Add(1)%64].ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkFindOrderByNumber(b *testing.B) {
	f := newBenchFixture(b, 1)
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if _, err := f.db.FindOrderByNumber(ctx, "shop", "10023"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUpdateConversation(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		upd := kefu.ConversationUpdate{Slots: map[string]string{"order_number": fmt.Sprint(i)}}
		if _, err := f.db.UpdateConversation(ctx, "shop", f.convs[i%64].ID, upd); err != nil {
			b.Fatal(err)
		}
	}
}

// turn does what the conversation engine does with the store for one
// customer message answered by an order-tracking reply: 5 reads and 3
// writes in 2 transactions.
func turn(ctx context.Context, db *sqlite.DB, conv *kefu.Conversation, i int64) error {
	clientID := fmt.Sprint("t", i)
	if _, err := db.FindConversationByID(ctx, "shop", conv.ID); err != nil {
		return err
	}
	if _, err := db.FindMessageByClientID(ctx, "shop", conv.ID, clientID); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return fmt.Errorf("FindMessageByClientID: %v", err)
	}
	q := &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorCustomer,
		Text: "where is my order 10023?", ClientMessageID: clientID}
	if err := db.CreateMessage(ctx, q); err != nil {
		return err
	}
	o, err := db.FindOrderByNumber(ctx, "shop", "10023")
	if err != nil {
		return err
	}
	if _, err := db.FindShipmentsByOrder(ctx, "shop", o.ID); err != nil {
		return err
	}
	if _, err := db.FindCustomerByID(ctx, "shop", o.CustomerID); err != nil {
		return err
	}
	reply := &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorBot, ReplyTo: q.ID,
		Text: "Your order is in transit.", Trace: &kefu.Trace{Intent: kefu.IntentTrackOrder, Confidence: 0.9,
			Action: kefu.ActionSkill, Skill: "order_tracking", Records: []kefu.RecordRef{{Kind: "order", ID: o.ID}}}}
	// Like dialog.Engine: the reply and the conversation update commit together.
	return db.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.CreateMessage(ctx, reply); err != nil {
			return err
		}
		_, err := tx.UpdateConversation(ctx, "shop", conv.ID, kefu.ConversationUpdate{Slots: map[string]string{"order_number": "10023"}})
		return err
	})
}

// foldPer is how many turns the turn benchmarks run between analytics
// folds: the cost of folding a turn's messages is part of the turn's,
// paid later and in batches (docs/analytics.md#write-path).
const foldPer = 256

func fold(b *testing.B, db *sqlite.DB) {
	if _, err := db.FoldAnalytics(context.Background()); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkTurn(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := int64(0); b.Loop(); i++ {
		if err := turn(ctx, f.db, f.convs[i%64], i); err != nil {
			b.Fatal(err)
		}
		if i%foldPer == foldPer-1 {
			fold(b, f.db)
		}
	}
	fold(b, f.db)
}

// BenchmarkFoldAnalytics measures folding turns into the analytics facts
// and rollups: ns/op is per turn (two messages) folded.
func BenchmarkFoldAnalytics(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	b.ReportAllocs()
	for i := int64(0); b.Loop(); i++ {
		if i%foldPer == 0 {
			b.StopTimer()
			for j := range int64(foldPer) {
				if err := turn(ctx, f.db, f.convs[(i+j)%64], i+j); err != nil {
					b.Fatal(err)
				}
			}
			b.StartTimer()
		}
		if i%foldPer == foldPer-1 {
			fold(b, f.db)
		}
	}
	fold(b, f.db)
}

func BenchmarkParallelTurn(b *testing.B) {
	f := newBenchFixture(b, 64)
	ctx := context.Background()
	var n atomic.Int64
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	b.ResetTimer()
	b.SetParallelism(8) // many conversations in flight, as in the server
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			if err := turn(ctx, f.db, f.convs[i%64], i); err != nil {
				b.Fatal(err)
			}
			if i%foldPer == 0 {
				fold(b, f.db)
			}
		}
	})
	fold(b, f.db)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "turns/s")
}
