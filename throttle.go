package kefu

import (
	"context"
	"time"
)

// LoginThrottle keeps the counts of login attempts that slow password
// guessing down. The HTTP server decides which counters an attempt is
// charged to (the account from this address, the account, this address
// against this shop, a known device) and with which rule; the throttle
// only counts. The server's in-process implementation covers one node;
// an implementation shared by all nodes (a table, a key-value bucket)
// makes the limits hold across a cluster.
//
// The contract:
//   - Charge checks every key against its rule atomically: when one of
//     them must still wait, it changes nothing and returns the longest
//     wait; otherwise it counts one attempt on each key, as of now, and
//     returns 0. Concurrent attempts are counted one by one, so that a
//     burst in parallel cannot slip through between a check and a count.
//   - A key counted n times, the last at t, must wait until
//     t + rule.Delay(n).
//   - A key's count is forgotten once rule.Forget has passed since its
//     last attempt.
//   - Refund takes back one attempt of each key (a success is no
//     failure); Clear forgets the keys. Unknown keys are ignored.
//
// Errors are the store's: the caller refuses the login rather than let
// it through unthrottled.
type LoginThrottle interface {
	Charge(ctx context.Context, now time.Time, keys []ThrottleKey) (wait time.Duration, err error)
	Refund(ctx context.Context, keys []string) error
	Clear(ctx context.Context, keys []string) error
}

// ThrottleKey is one counter of a LoginThrottle with its rule.
type ThrottleKey struct {
	Key  string
	Rule ThrottleRule
}

// ThrottleRule turns a count of failed attempts into a delay: the first
// Free attempts cost nothing, the next waits Base, and each further one
// twice as long as the one before, up to Max (at least Base). It never
// locks out: after the delay one more attempt is always allowed.
type ThrottleRule struct {
	Free   int
	Base   time.Duration
	Max    time.Duration
	Forget time.Duration // a count is dropped this long after its last attempt
}

// Delay is how long after the last of n counted attempts the next one
// may be made.
func (r ThrottleRule) Delay(n int) time.Duration {
	if n < r.Free || r.Base <= 0 {
		return 0
	}
	limit := max(r.Max, r.Base)
	d := r.Base
	for i := r.Free; i < n && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}
