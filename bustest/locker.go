package bustest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// RunLocker runs the kefu.Locker contract suite. open is called once per
// subtest; every call of the node function it returns gives a handle on
// the same lock space.
func RunLocker(t *testing.T, open func(t *testing.T) (node func() kefu.Locker)) {
	tests := []struct {
		name string
		fn   func(t *testing.T, node func() kefu.Locker)
	}{
		{"MutualExclusion", testMutualExclusion},
		{"IndependentKeys", testIndependentKeys},
		{"WaiterWakes", testWaiterWakes},
		{"CancelWhileWaiting", testCancelWhileWaiting},
		{"NotReentrant", testNotReentrant},
		{"UnlockIdempotent", testUnlockIdempotent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// lockTimeout bounds a Lock that must succeed.
const lockTimeout = 10 * time.Second

// mustLock locks key on l or fails t.
func mustLock(t testing.TB, l kefu.Locker, key string) func() {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), lockTimeout)
	defer cancel()
	unlock, err := l.Lock(ctx, key)
	if err != nil {
		t.Fatalf("Lock(%q): %v", key, err)
	}
	return unlock
}

// mustNotLock checks that key cannot be locked on l within wait.
func mustNotLock(t testing.TB, l kefu.Locker, key string, wait time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	unlock, err := l.Lock(ctx, key)
	if err == nil {
		unlock()
		t.Fatalf("Lock(%q) succeeded while another holder has it", key)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Lock(%q) = %v, want an error wrapping context.DeadlineExceeded", key, err)
	}
}

// testMutualExclusion: goroutines on two handles increment a counter per
// key under the lock; no two ever hold one key together, and none is lost.
func testMutualExclusion(t *testing.T, node func() kefu.Locker) {
	nodes := []kefu.Locker{node(), node()}
	keys := []string{"cv_a", "cv_b", "cv_c"}
	const workers, rounds = 6, 20
	var (
		wg     sync.WaitGroup
		inside = make([]atomic.Int32, len(keys))
		counts = make([]int, len(keys)) // guarded by the lock of keys[i]
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := nodes[w%len(nodes)]
			for r := range rounds {
				i := (w + r) % len(keys)
				ctx, cancel := context.WithTimeout(context.Background(), lockTimeout)
				unlock, err := l.Lock(ctx, keys[i])
				cancel()
				if err != nil {
					t.Errorf("Lock(%q): %v", keys[i], err)
					return
				}
				if n := inside[i].Add(1); n != 1 {
					t.Errorf("%d holders of %q at once", n, keys[i])
				}
				c := counts[i]
				time.Sleep(50 * time.Microsecond) // widen the window for a lost update
				counts[i] = c + 1
				inside[i].Add(-1)
				unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	if total != workers*rounds {
		t.Errorf("counted %d increments, want %d: a lost update", total, workers*rounds)
	}
}

// testIndependentKeys: holding one key does not hold up another, on the
// same handle or another.
func testIndependentKeys(t *testing.T, node func() kefu.Locker) {
	a, b := node(), node()
	unlock := mustLock(t, a, "cv_1")
	defer unlock()
	for _, l := range []kefu.Locker{a, b} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		u, err := l.Lock(ctx, "cv_2")
		cancel()
		if err != nil {
			t.Fatalf("Lock(cv_2) while cv_1 is held: %v", err)
		}
		u()
	}
}

// testWaiterWakes: a waiter on another handle gets the lock soon after the
// holder releases it, and not before.
func testWaiterWakes(t *testing.T, node func() kefu.Locker) {
	a, b := node(), node()
	unlock := mustLock(t, a, "cv_1")
	var released atomic.Bool
	got := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), lockTimeout)
		defer cancel()
		u, err := b.Lock(ctx, "cv_1")
		if err == nil {
			if !released.Load() {
				err = fmt.Errorf("got the lock before the holder released it")
			}
			u()
		}
		got <- err
	}()
	time.Sleep(50 * time.Millisecond)
	released.Store(true)
	unlock()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(lockTimeout + time.Second):
		t.Fatal("the waiter never got the lock")
	}
}

// testCancelWhileWaiting: a waiter gives up when its context ends, with an
// error wrapping the context's, holds nothing afterwards, and a canceled
// context fails at once when the key is held.
func testCancelWhileWaiting(t *testing.T, node func() kefu.Locker) {
	a, b := node(), node()
	unlock := mustLock(t, a, "cv_1")
	start := time.Now()
	mustNotLock(t, b, "cv_1", 50*time.Millisecond)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Lock gave up %v after its deadline of 50ms", d)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if u, err := b.Lock(ctx, "cv_1"); err == nil {
		u()
		t.Fatal("Lock with a canceled context succeeded on a held key")
	} else if !errors.Is(err, context.Canceled) {
		t.Fatalf("Lock with a canceled context = %v, want an error wrapping context.Canceled", err)
	}

	// The waiters that gave up left nothing behind.
	unlock()
	mustLock(t, b, "cv_1")()
	mustLock(t, a, "cv_1")()
}

// testNotReentrant: locking a key one holds waits, like anyone else.
func testNotReentrant(t *testing.T, node func() kefu.Locker) {
	l := node()
	unlock := mustLock(t, l, "cv_1")
	defer unlock()
	mustNotLock(t, l, "cv_1", 50*time.Millisecond)
}

// testUnlockIdempotent: a second call of an unlock function does nothing,
// in particular it does not release the next holder's lock.
func testUnlockIdempotent(t *testing.T, node func() kefu.Locker) {
	a, b := node(), node()
	first := mustLock(t, a, "cv_1")
	first()
	first()
	second := mustLock(t, b, "cv_1")
	first() // stale: must not release second's hold
	mustNotLock(t, a, "cv_1", 50*time.Millisecond)
	second()
	mustLock(t, a, "cv_1")()
}
