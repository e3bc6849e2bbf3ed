package bustest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// writers multiplies GOMAXPROCS into the number of appending goroutines.
const writers = 4

// BenchLog measures a kefu.EventLog, for the adapters' benchmarks. open
// must return a handle on a new, empty log.
//
//   - Append: one event per AppendEvents call, from 4×GOMAXPROCS
//     goroutines (as concurrent turns commit).
//   - ClaimAck: draining a backlog in claims of 64, each acknowledged.
//   - Pipeline: parallel appends while two consumers of one name claim
//     and ack; ns/op is per event delivered end to end.
func BenchLog(b *testing.B, open func(b *testing.B) kefu.EventLog) {
	ctx := context.Background()
	b.Run("Append", func(b *testing.B) {
		l := open(b)
		mustClaim(b, l, "bench", 1, time.Minute)
		e := event(1)
		b.SetParallelism(writers)
		b.ReportAllocs()
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := l.AppendEvents(ctx, e); err != nil {
					b.Error(err)
					return
				}
			}
		})
		b.StopTimer()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("ClaimAck", func(b *testing.B) {
		l := open(b)
		mustClaim(b, l, "bench", 1, time.Minute)
		batch := make([]kefu.Event, 0, 256)
		for i := 0; i < b.N; i += len(batch) {
			batch = batch[:0]
			for j := i; j < min(b.N, i+256); j++ {
				batch = append(batch, event(j))
			}
			mustAppend(b, l, batch...)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for n := 0; n < b.N; {
			got := mustClaim(b, l, "bench", 64, time.Minute)
			if len(got) == 0 {
				b.Fatalf("claimed nothing after %d of %d", n, b.N)
			}
			mustAck(b, l, "bench", got...)
			n += len(got)
		}
		b.StopTimer()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("Pipeline", func(b *testing.B) {
		l := open(b)
		mustClaim(b, l, "bench", 1, time.Minute)
		var (
			done atomic.Int64
			wg   sync.WaitGroup
			stop = make(chan struct{})
		)
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					got, err := l.ClaimEvents(ctx, "bench", 64, time.Minute)
					if err != nil {
						b.Error(err)
						return
					}
					if err := l.AckEvents(ctx, "bench", seqs(got)...); err != nil {
						b.Error(err)
						return
					}
					if done.Add(int64(len(got))) >= int64(b.N) {
						return
					}
					if len(got) == 0 {
						select {
						case <-stop:
							return
						case <-time.After(time.Millisecond):
						}
					}
				}
			}()
		}
		e := event(1)
		b.SetParallelism(writers)
		b.ReportAllocs()
		b.ResetTimer()
		var appended atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := l.AppendEvents(ctx, e); err != nil {
					b.Error(err)
					return
				}
				appended.Add(1)
			}
		})
		deadline := time.Now().Add(time.Minute)
		for done.Load() < appended.Load() && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		b.StopTimer()
		close(stop)
		wg.Wait()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
}

// BenchLocker measures a kefu.Locker, for the adapters' benchmarks. open
// returns a node function as for RunLocker.
//
//   - Uncontended: Lock and unlock of a key nobody else wants, from
//     4×GOMAXPROCS goroutines on two handles (as turns of different
//     conversations on two nodes); ns/op is one lock and unlock.
//   - Contended: the same goroutines on one key; ns/op is one hand-over.
func BenchLocker(b *testing.B, open func(b *testing.B) (node func() kefu.Locker)) {
	for _, bc := range []struct {
		name string
		key  func(g int64) string
	}{
		{"Uncontended", func(g int64) string { return fmt.Sprintf("cv_bench_%d", g) }},
		{"Contended", func(int64) string { return "cv_bench" }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			node := open(b)
			nodes := []kefu.Locker{node(), node()}
			var next atomic.Int64
			b.SetParallelism(writers)
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				g := next.Add(1)
				l, key := nodes[g%2], bc.key(g)
				ctx := context.Background()
				for pb.Next() {
					unlock, err := l.Lock(ctx, key)
					if err != nil {
						b.Error(err)
						return
					}
					unlock()
				}
			})
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "locks/s")
		})
	}
}
