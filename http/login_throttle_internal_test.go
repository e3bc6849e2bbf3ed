package http

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/storetest"
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

// TestLoginLimiterContract checks the in-process throttle against the
// contract the PostgreSQL one passes too.
func TestLoginLimiterContract(t *testing.T) {
	storetest.LoginThrottle(t, func(*testing.T) kefu.LoginThrottle { return &loginLimiter{} })
}
