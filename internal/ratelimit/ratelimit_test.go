package ratelimit

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Rate
		err  bool
	}{
		{"off", Off, false},
		{"OFF", Off, false},
		{"30/min", Rate{N: 30, Per: time.Minute, Burst: 30}, false},
		{"30/min, burst 20", Rate{N: 30, Per: time.Minute, Burst: 20}, false},
		{" 5/s ,burst 1", Rate{N: 5, Per: time.Second, Burst: 1}, false},
		{"100/h", Rate{N: 100, Per: time.Hour, Burst: 100}, false},
		{"10/30s, burst 3", Rate{N: 10, Per: 30 * time.Second, Burst: 3}, false},
		{"", Rate{}, true},
		{"30", Rate{}, true},
		{"x/min", Rate{}, true},
		{"30/fortnight", Rate{}, true},
		{"0/min", Rate{}, true},
		{"30/min, burst 0", Rate{}, true},
		{"30/min, bursts 3", Rate{}, true},
		{"30/-1m", Rate{}, true},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if (err != nil) != tt.err || got != tt.want {
				t.Fatalf("Parse(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
			}
			if err == nil {
				back, err := Parse(got.String())
				if err != nil || back != got {
					t.Errorf("Parse(%q) = %v, %v; want %v", got.String(), back, err, got)
				}
			}
		})
	}
}

func TestAllow(t *testing.T) {
	b := MustNew(PerMinute(6, 3), 0) // a token every 10 s, 3 at once
	for i := range 3 {
		if ok, _ := Allow(t0, Key{b, "a"}); !ok {
			t.Fatalf("request %d refused within the burst", i+1)
		}
	}
	ok, wait := Allow(t0, Key{b, "a"})
	if ok || wait != 10*time.Second {
		t.Fatalf("4th request: ok %v, wait %v; want refused, 10s", ok, wait)
	}
	if ok, _ := Allow(t0, Key{b, "b"}); !ok {
		t.Fatal("another key was refused")
	}
	// A refused request takes nothing: 4 s later the wait is 6 s.
	if ok, wait := Allow(t0.Add(4*time.Second), Key{b, "a"}); ok || Seconds(wait) != 6 {
		t.Fatalf("after 4s: ok %v, wait %v; want refused, 6s", ok, wait)
	}
	if ok, _ := Allow(t0.Add(10*time.Second), Key{b, "a"}); !ok {
		t.Fatal("refused after a token came back")
	}
}

func TestAllowAllOrNothing(t *testing.T) {
	wide := MustNew(PerMinute(60, 10), 0)
	narrow := MustNew(PerMinute(1, 1), 0)
	if ok, _ := Allow(t0, Key{wide, "addr"}, Key{narrow, "conv"}); !ok {
		t.Fatal("first request refused")
	}
	// The narrow bucket refuses; the wide one must get its token back.
	for range 5 {
		if ok, wait := Allow(t0, Key{wide, "addr"}, Key{narrow, "conv"}); ok || wait != time.Minute {
			t.Fatalf("ok %v, wait %v; want refused for 1m", ok, wait)
		}
	}
	for i := range 9 {
		if ok, _ := Allow(t0, Key{wide, "addr"}); !ok {
			t.Fatalf("wide bucket lost tokens to refused requests: request %d refused", i+2)
		}
	}
	if ok, _ := Allow(t0, Key{nil, "x"}); !ok {
		t.Fatal("a nil set refused")
	}
}

// TestFloodDoesNotDrain: eight clients hammering one bucket get exactly
// its burst and its refill, however many of their requests are refused.
func TestFloodDoesNotDrain(t *testing.T) {
	b := MustNew(PerMinute(60, 5), 0)      // a token a second, 5 at once
	wide := MustNew(PerMinute(1, 1000), 0) // taken with it, never empty
	var n, allowed atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10000 {
				now := t0.Add(time.Duration(n.Add(1)) * 100 * time.Microsecond) // 8 s in all
				if ok, _ := Allow(now, Key{wide, "x"}, Key{b, "x"}); ok {
					allowed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if got := allowed.Load(); got < 12 || got > 14 {
		t.Errorf("%d requests allowed in 8 s, want 5 + 8", got)
	}
	if tokens := wide.get("x", t0).TokensAt(t0.Add(8 * time.Second)); int(tokens+0.5) != 1000-int(allowed.Load()) {
		t.Errorf("the wide bucket holds %.1f tokens, want %d: refusals took from it", tokens, 1000-allowed.Load())
	}
}

func TestNew(t *testing.T) {
	for _, r := range []Rate{{}, Off} {
		if b, err := New(r, 0); b != nil || err != nil {
			t.Errorf("New(%v) = %v, %v; want nil, nil", r, b, err)
		}
	}
	if _, err := New(Rate{N: 1, Per: time.Minute}, 0); err == nil {
		t.Error("New accepted a zero burst")
	}
}

// TestIdleBucketsForgotten checks that a bucket is dropped once it has
// refilled, and that dropping it changes nothing the client sees.
func TestIdleBucketsForgotten(t *testing.T) {
	b := MustNew(PerMinute(60, 2), 0) // full again 2 s after emptying
	for i := range 100 {
		Allow(t0, Key{b, "k" + strconv.Itoa(i)})
	}
	Allow(t0, Key{b, "busy"})
	Allow(t0, Key{b, "busy"})
	if n := b.Len(); n != 101 {
		t.Fatalf("Len = %d, want 101", n)
	}
	// A minute later every bucket is full; the next request on any shard
	// sweeps that shard.
	later := t0.Add(sweepEvery + time.Second)
	for i := range 1000 {
		Allow(later, Key{b, "new" + strconv.Itoa(i)})
	}
	if n := b.Len(); n != 1000 {
		t.Errorf("Len = %d after the sweep, want only the 1000 new buckets", n)
	}
}

// TestMemoryBounded sends 1e5 distinct client addresses within one
// second, faster than any bucket refills, and checks that the set stays
// within its maximum and that the heap grows by a bounded amount.
func TestMemoryBounded(t *testing.T) {
	const distinct, maxKeys = 100000, 10000
	b := MustNew(PerMinute(20, 20), maxKeys)
	before := heap()
	for i := range distinct {
		Allow(t0.Add(time.Duration(i)*time.Microsecond*10), Key{b, addr(i)})
	}
	n := b.Len()
	if n > maxKeys+shardCount {
		t.Errorf("Len = %d after %d addresses, want at most %d", n, distinct, maxKeys)
	}
	grown := heap() - before
	perKey := grown / int64(max(n, 1))
	t.Logf("%d addresses: %d buckets kept, heap +%d KiB (%d B a bucket)", distinct, n, grown>>10, perKey)
	if grown > 16<<20 {
		t.Errorf("heap grew by %d MiB for %d buckets", grown>>20, n)
	}
	runtime.KeepAlive(b)
}

func heap() int64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

func addr(i int) string {
	return fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255)
}

// BenchmarkAllow is the limiter's cost per request: one address and
// conversation bucket, as a message post takes.
func BenchmarkAllow(b *testing.B) {
	perAddr := MustNew(PerMinute(1<<30, 1<<30), 0)
	perConv := MustNew(PerMinute(1<<30, 1<<30), 0)
	keys := make([]string, 1024)
	for i := range keys {
		keys[i] = addr(i)
	}
	now := t0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := keys[i&1023]
		Allow(now, Key{perAddr, k}, Key{perConv, k})
	}
}

// BenchmarkAllowParallel is BenchmarkAllow from all cores at once.
func BenchmarkAllowParallel(b *testing.B) {
	perAddr := MustNew(PerMinute(1<<30, 1<<30), 0)
	keys := make([]string, 1024)
	for i := range keys {
		keys[i] = addr(i)
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			Allow(t0, Key{perAddr, keys[i&1023]})
			i++
		}
	})
}

// BenchmarkAllowDistinct is the worst case for memory: every request
// from a new address, so buckets are made and dropped all the time.
func BenchmarkAllowDistinct(b *testing.B) {
	perAddr := MustNew(PerMinute(20, 20), 10000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Allow(t0.Add(time.Duration(i)), Key{perAddr, addr(i)})
	}
}

// TestShare: n nodes each enforce their part of a rate, so that a client
// spread over them gets the rate in all; buckets made before the share
// changed follow it.
func TestShare(t *testing.T) {
	count := func(b *Buckets, key string, at time.Time) int {
		n := 0
		for range 100 {
			if ok, _ := Allow(at, Key{b, key}); ok {
				n++
			}
		}
		return n
	}
	tests := []struct {
		name      string
		nodes     int
		burst     int // allowed at once on one node
		perMinute int // allowed a minute later (the refill)
	}{
		{"one node", 1, 30, 30},
		{"two nodes", 2, 15, 15},
		{"three nodes round the burst up", 3, 10, 10},
		{"seven nodes", 7, 5, 4},
		{"zero is one", 0, 30, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := MustNew(PerMinute(30, 30), 0)
			b.Share(t0, tt.nodes)
			if got := count(b, "k", t0); got != tt.burst {
				t.Errorf("burst: %d allowed, want %d", got, tt.burst)
			}
			if got := count(b, "k", t0.Add(time.Minute)); got != min(tt.perMinute, tt.burst) {
				t.Errorf("a minute later: %d allowed, want %d", got, min(tt.perMinute, tt.burst))
			}
		})
	}

	// A bucket made on one node alone shrinks when a second node joins,
	// and grows back (refilling at the whole rate) when it leaves.
	b := MustNew(PerMinute(30, 30), 0)
	if got := count(b, "k", t0); got != 30 {
		t.Fatalf("alone: %d", got)
	}
	b.Share(t0, 2)
	if b.Nodes() != 2 {
		t.Errorf("Nodes() = %d, want 2", b.Nodes())
	}
	if got := count(b, "k", t0.Add(time.Minute)); got != 15 {
		t.Errorf("after a second node joined: %d allowed in a minute, want 15", got)
	}
	b.Share(t0.Add(time.Minute), 1)
	if got := count(b, "k", t0.Add(2*time.Minute)); got != 30 {
		t.Errorf("after it left: %d allowed in a minute, want 30", got)
	}
	var nilSet *Buckets
	nilSet.Share(t0, 3) // no panic, no limit
	if nilSet.Nodes() != 1 {
		t.Error("nil set: Nodes() != 1")
	}
}
