package postgres_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/storetest"
)

func TestLoginThrottle(t *testing.T) {
	storetest.LoginThrottle(t, func(t *testing.T) kefu.LoginThrottle {
		return MustOpen(t, testenv.PostgresDSN(t)).LoginThrottle()
	})
}

// TestLoginThrottleShared: two nodes on one database count the same
// attempts; concurrent charges of the same counters neither deadlock nor
// lose a count.
func TestLoginThrottleShared(t *testing.T) {
	ctx := context.Background()
	dsn := testenv.PostgresDSN(t)
	nodeA, nodeB := MustOpen(t, dsn).LoginThrottle(), MustOpen(t, dsn).LoginThrottle()
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	loose := kefu.ThrottleRule{Free: 1000, Base: time.Second, Max: time.Minute, Forget: time.Hour}
	strict := kefu.ThrottleRule{Free: 2, Base: time.Second, Max: time.Minute, Forget: time.Hour}

	// 2 free attempts in all, whichever node takes them.
	acct := []kefu.ThrottleKey{{Key: "lc\x00shop\x00ana@example.com", Rule: strict}}
	for i, th := range []kefu.LoginThrottle{nodeA, nodeB} {
		if w, err := th.Charge(ctx, now, acct); err != nil || w != 0 {
			t.Fatalf("attempt %d: wait %v, %v", i+1, w, err)
		}
	}
	if w, err := nodeA.Charge(ctx, now, acct); err != nil || w != time.Second {
		t.Fatalf("third attempt on node A: wait %v, %v; want 1s (node B's attempt counts)", w, err)
	}

	// Concurrent charges of overlapping counters, listed in different
	// orders: each one counted once.
	x := kefu.ThrottleKey{Key: "ls\x00192.0.2.1\x00shop", Rule: loose}
	y := kefu.ThrottleKey{Key: "ls\x00192.0.2.2\x00shop", Rule: loose}
	const per = 20
	var wg sync.WaitGroup
	errs := make(chan error, 4*per)
	for g, th := range []kefu.LoginThrottle{nodeA, nodeB, nodeA, nodeB} {
		keys := []kefu.ThrottleKey{x, y}
		if g%2 == 1 {
			keys = []kefu.ThrottleKey{y, x}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range per {
				if _, err := th.Charge(ctx, now, keys); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent charge: %v", err)
	}
	// 80 counted: with Free 80 the next is still free, with Free 79 not.
	probe := func(free int) time.Duration {
		k := kefu.ThrottleKey{Key: x.Key, Rule: kefu.ThrottleRule{Free: free, Base: time.Second, Max: time.Minute, Forget: time.Hour}}
		w, err := nodeB.Charge(ctx, now, []kefu.ThrottleKey{k})
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	if w := probe(4*per + 1); w != 0 {
		t.Errorf("after %d charges, a rule with %d free attempts waits %v", 4*per, 4*per+1, w)
	}
	if w := probe(4 * per); w == 0 {
		t.Errorf("after %d charges, a rule with %d free attempts does not wait", 4*per+1, 4*per)
	}
}

// TestLoginThrottleSweep: counters past their forget time are deleted;
// the others stay.
func TestLoginThrottleSweep(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, testenv.PostgresDSN(t))
	th := db.LoginThrottle()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	short := kefu.ThrottleRule{Free: 5, Base: time.Second, Max: time.Minute, Forget: time.Hour}
	long := kefu.ThrottleRule{Free: 5, Base: time.Second, Max: time.Minute, Forget: 24 * time.Hour}
	if _, err := th.Charge(ctx, t0, []kefu.ThrottleKey{{Key: "short", Rule: short}, {Key: "long", Rule: long}}); err != nil {
		t.Fatal(err)
	}
	th.Sweep(ctx, t0.Add(2*time.Hour))
	n, err := db.QueryString(ctx, `SELECT count(*)::text FROM login_throttle`)
	if err != nil || n != "1" {
		t.Errorf("after the sweep %s counters (%v), want 1 (the long-lived one)", n, err)
	}
}
