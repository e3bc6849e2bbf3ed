package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// LoginThrottle checks a kefu.LoginThrottle's Charge, Refund, Clear and
// forgetting; open returns an empty throttle for each case.
func LoginThrottle(t *testing.T, open func(t *testing.T) kefu.LoginThrottle) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	rule := kefu.ThrottleRule{Free: 1, Base: time.Second, Max: time.Minute, Forget: time.Hour}
	loose := kefu.ThrottleRule{Free: 100, Base: time.Second, Max: time.Minute, Forget: time.Hour}
	// Names as package http builds them, NUL separators included.
	a := kefu.ThrottleKey{Key: "la\x00shop\x00ana@example.com\x00192.0.2.1", Rule: rule}
	b := kefu.ThrottleKey{Key: "ls\x00192.0.2.1\x00shop", Rule: loose}
	c := kefu.ThrottleKey{Key: "lc\x00shop\x00ana@example.com", Rule: rule}
	charge := func(th kefu.LoginThrottle, at time.Time, keys ...kefu.ThrottleKey) time.Duration {
		t.Helper()
		w, err := th.Charge(ctx, at, keys)
		if err != nil {
			t.Fatalf("Charge: %v", err)
		}
		return w
	}
	tests := []struct {
		name string
		do   func(th kefu.LoginThrottle) time.Duration
		want time.Duration
	}{
		{"first is free", func(th kefu.LoginThrottle) time.Duration {
			return charge(th, t0, a, b)
		}, 0},
		{"second waits", func(th kefu.LoginThrottle) time.Duration {
			charge(th, t0, a, b)
			return charge(th, t0, a, b)
		}, time.Second},
		{"a refused charge counts nowhere", func(th kefu.LoginThrottle) time.Duration {
			charge(th, t0, a)
			if w := charge(th, t0, a, c); w == 0 {
				t.Fatal("charge of a waiting counter was not refused")
			}
			if w := charge(th, t0, c); w != 0 {
				t.Fatalf("c's first counted charge waits %v", w)
			}
			return charge(th, t0, c)
		}, time.Second},
		{"free attempts out of clock order", func(th kefu.LoginThrottle) time.Duration {
			// Two logins at once from one address: the second to take
			// the lock read the clock first.
			charge(th, t0.Add(time.Millisecond), b)
			return charge(th, t0, b)
		}, 0},
		{"refund", func(th kefu.LoginThrottle) time.Duration {
			charge(th, t0, a)
			if err := th.Refund(ctx, []string{a.Key, "unknown"}); err != nil {
				t.Fatal(err)
			}
			return charge(th, t0, a)
		}, 0},
		{"clear", func(th kefu.LoginThrottle) time.Duration {
			charge(th, t0, a)
			charge(th, t0.Add(time.Second), a)
			if err := th.Clear(ctx, []string{a.Key}); err != nil {
				t.Fatal(err)
			}
			return charge(th, t0.Add(time.Second), a)
		}, 0},
		{"forget", func(th kefu.LoginThrottle) time.Duration {
			for i := range 10 {
				charge(th, t0.Add(time.Duration(i)*time.Minute), a)
			}
			return charge(th, t0.Add(9*time.Minute+rule.Forget), a)
		}, 0},
		{"the wait runs from the last attempt", func(th kefu.LoginThrottle) time.Duration {
			charge(th, t0, a)
			charge(th, t0.Add(10*time.Second), a) // n=2 now
			return charge(th, t0.Add(11*time.Second), a)
		}, time.Second},
		{"the wait doubles", func(th kefu.LoginThrottle) time.Duration {
			charge(th, t0, a)
			charge(th, t0.Add(time.Minute), a)
			charge(th, t0.Add(2*time.Minute), a) // n=3: 1 s, 2 s, then 4 s
			return charge(th, t0.Add(2*time.Minute), a)
		}, 4 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.do(open(t)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
