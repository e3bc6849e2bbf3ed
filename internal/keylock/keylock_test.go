package keylock

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// TestLock: work on one key never overlaps, other keys run freely, and
// entries are dropped when unused.
func TestLock(t *testing.T) {
	var k Map
	var wg sync.WaitGroup
	inside := map[string]int{}
	var mu sync.Mutex
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := []string{"a", "b"}[i%2]
			unlock := k.Lock(key)
			mu.Lock()
			inside[key]++
			if inside[key] != 1 {
				t.Errorf("%d holders of %q at once", inside[key], key)
			}
			mu.Unlock()
			mu.Lock()
			inside[key]--
			mu.Unlock()
			unlock()
		}()
	}
	wg.Wait()
	if n := k.Len(); n != 0 {
		t.Errorf("%d entries left after all unlocked", n)
	}
}

// TestLockContext: a waiter gives up when its context ends, holds nothing
// and leaves no entry behind; unlock is idempotent.
func TestLockContext(t *testing.T) {
	var k Map
	unlock, err := k.LockContext(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := k.LockContext(ctx, "a"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("LockContext of a held key = %v, want DeadlineExceeded", err)
	}
	unlock()
	unlock() // no effect
	if n := k.Len(); n != 0 {
		t.Fatalf("%d entries left", n)
	}
	again, err := k.LockContext(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	again()
}
