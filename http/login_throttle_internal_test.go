package http

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// TestLoginLimiterFlood: a flood of distinct keys (an attacker cycling
// through emails or addresses) must not reset a counter that delays a
// guesser: eviction drops what delays nobody first.
func TestLoginLimiterFlood(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	rule := kefu.ThrottleRule{Free: 3, Base: time.Minute, Max: time.Hour, Forget: 24 * time.Hour}
	var th loginLimiter
	victim := []kefu.ThrottleKey{{Key: "victim", Rule: rule}}
	for range rule.Free {
		if wait, _ := th.Charge(ctx, now, victim); wait != 0 {
			t.Fatalf("charged within the free attempts: wait %v", wait)
		}
	}
	for i := range loginMaxKeys + 1000 {
		th.Charge(ctx, now, []kefu.ThrottleKey{{Key: "flood" + strconv.Itoa(i), Rule: rule}})
	}
	if len(th.m) > loginMaxKeys {
		t.Errorf("%d keys, want at most %d", len(th.m), loginMaxKeys)
	}
	if wait, _ := th.Charge(ctx, now.Add(time.Second), victim); wait != time.Minute-time.Second {
		t.Errorf("after the flood the victim key waits %v, want %v", wait, time.Minute-time.Second)
	}
}

// TestLoginLimiterContract checks Charge, Refund, Clear and Forget.
func TestLoginLimiterContract(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	rule := kefu.ThrottleRule{Free: 1, Base: time.Second, Max: time.Minute, Forget: time.Hour}
	loose := kefu.ThrottleRule{Free: 100, Base: time.Second, Max: time.Minute, Forget: time.Hour}
	a, b := kefu.ThrottleKey{Key: "a", Rule: rule}, kefu.ThrottleKey{Key: "b", Rule: loose}
	tests := []struct {
		name string
		do   func(th *loginLimiter) time.Duration
		want time.Duration
	}{
		{"first is free", func(th *loginLimiter) time.Duration {
			w, _ := th.Charge(ctx, t0, []kefu.ThrottleKey{a, b})
			return w
		}, 0},
		{"second waits", func(th *loginLimiter) time.Duration {
			th.Charge(ctx, t0, []kefu.ThrottleKey{a, b})
			w, _ := th.Charge(ctx, t0, []kefu.ThrottleKey{a, b})
			return w
		}, time.Second},
		{"a refused charge counts nowhere", func(th *loginLimiter) time.Duration {
			th.Charge(ctx, t0, []kefu.ThrottleKey{a})
			th.Charge(ctx, t0, []kefu.ThrottleKey{a, b}) // refused: a waits
			return time.Duration(th.m["b"].countOrZero())
		}, 0},
		{"free attempts out of clock order", func(th *loginLimiter) time.Duration {
			// Two logins at once from one address: the second to take
			// the lock read the clock first.
			th.Charge(ctx, t0.Add(time.Millisecond), []kefu.ThrottleKey{b})
			w, _ := th.Charge(ctx, t0, []kefu.ThrottleKey{b})
			return w
		}, 0},
		{"refund", func(th *loginLimiter) time.Duration {
			th.Charge(ctx, t0, []kefu.ThrottleKey{a})
			th.Refund(ctx, []string{"a", "unknown"})
			w, _ := th.Charge(ctx, t0, []kefu.ThrottleKey{a})
			return w
		}, 0},
		{"clear", func(th *loginLimiter) time.Duration {
			th.Charge(ctx, t0, []kefu.ThrottleKey{a})
			th.Charge(ctx, t0.Add(time.Second), []kefu.ThrottleKey{a})
			th.Clear(ctx, []string{"a"})
			w, _ := th.Charge(ctx, t0.Add(time.Second), []kefu.ThrottleKey{a})
			return w
		}, 0},
		{"forget", func(th *loginLimiter) time.Duration {
			for i := range 10 {
				th.Charge(ctx, t0.Add(time.Duration(i)*time.Minute), []kefu.ThrottleKey{a})
			}
			w, _ := th.Charge(ctx, t0.Add(9*time.Minute+rule.Forget), []kefu.ThrottleKey{a})
			return w
		}, 0},
		{"the wait runs from the last attempt", func(th *loginLimiter) time.Duration {
			th.Charge(ctx, t0, []kefu.ThrottleKey{a})
			th.Charge(ctx, t0.Add(10*time.Second), []kefu.ThrottleKey{a}) // n=2 now
			w, _ := th.Charge(ctx, t0.Add(11*time.Second), []kefu.ThrottleKey{a})
			return w
		}, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var th loginLimiter
			if got := tt.do(&th); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func (c *throttleCount) countOrZero() int {
	if c == nil {
		return 0
	}
	return c.n
}
