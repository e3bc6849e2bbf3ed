// Package ratelimit keeps token buckets (golang.org/x/time/rate) keyed by
// strings such as client addresses, API keys or conversation IDs, with
// bounded memory: a bucket that has refilled is forgotten (a new one would
// be the same), and a set never holds more than its maximum of buckets.
package ratelimit

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Rate is how fast a bucket refills and how much it holds: N tokens every
// Per, at most Burst at once. The zero Rate is unset (callers put their
// default in its place); Unlimited turns a limit off.
type Rate struct {
	N         int
	Per       time.Duration
	Burst     int
	Unlimited bool
}

// Off is the Rate of a limit that is turned off.
var Off = Rate{Unlimited: true}

// PerMinute returns n tokens a minute with a burst of burst.
func PerMinute(n, burst int) Rate { return Rate{N: n, Per: time.Minute, Burst: burst} }

// IsZero reports whether r is unset.
func (r Rate) IsZero() bool { return r == Rate{} }

// Or returns r, or def when r is unset.
func (r Rate) Or(def Rate) Rate {
	if r.IsZero() {
		return def
	}
	return r
}

// Validate checks a Rate that is set and not Unlimited: N, Per and Burst
// must be positive.
func (r Rate) Validate() error {
	if r.Unlimited || r.IsZero() {
		return nil
	}
	if r.N < 1 || r.Per <= 0 || r.Burst < 1 {
		return fmt.Errorf("rate %s: count, period and burst must be positive", r)
	}
	return nil
}

// String formats r as Parse reads it: "30/min, burst 20", or "off".
func (r Rate) String() string {
	switch {
	case r.Unlimited:
		return "off"
	case r.IsZero():
		return ""
	}
	unit := ""
	switch r.Per {
	case time.Second:
		unit = "s"
	case time.Minute:
		unit = "min"
	case time.Hour:
		unit = "h"
	default:
		unit = r.Per.String()
	}
	return fmt.Sprintf("%d/%s, burst %d", r.N, unit, r.Burst)
}

// Parse reads a rate: "off", or a count per unit ("30/min", "5/s",
// "100/h", "10/30s") with an optional burst ("30/min, burst 20"); without
// one the burst is the count.
func Parse(s string) (Rate, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "off") {
		return Off, nil
	}
	bad := fmt.Errorf("rate %q: want \"off\" or a count per unit such as \"30/min\" or \"30/min, burst 20\"", s)
	spec, burst, hasBurst := strings.Cut(s, ",")
	countText, unit, ok := strings.Cut(strings.TrimSpace(spec), "/")
	if !ok {
		return Rate{}, bad
	}
	n, err := strconv.Atoi(strings.TrimSpace(countText))
	if err != nil {
		return Rate{}, bad
	}
	r := Rate{N: n, Burst: n}
	switch unit = strings.TrimSpace(unit); unit {
	case "s", "sec", "second":
		r.Per = time.Second
	case "m", "min", "minute":
		r.Per = time.Minute
	case "h", "hour":
		r.Per = time.Hour
	default:
		if r.Per, err = time.ParseDuration(unit); err != nil {
			return Rate{}, bad
		}
	}
	if hasBurst {
		word, num, ok := strings.Cut(strings.TrimSpace(burst), " ")
		if !ok || word != "burst" {
			return Rate{}, bad
		}
		if r.Burst, err = strconv.Atoi(strings.TrimSpace(num)); err != nil {
			return Rate{}, bad
		}
	}
	if err := r.Validate(); err != nil {
		return Rate{}, err
	}
	return r, nil
}

// UnmarshalText implements encoding.TextUnmarshaler with Parse.
func (r *Rate) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// MarshalText implements encoding.TextMarshaler with String.
func (r Rate) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// DefaultMaxKeys bounds a set's buckets when New is given 0.
const DefaultMaxKeys = 50000

// shardCount spreads a set's buckets over this many maps, each with its
// own lock, so that concurrent requests seldom wait for each other.
const shardCount = 16

// sweepEvery is how often a shard forgets its full buckets.
const sweepEvery = time.Minute

// Buckets is a set of token buckets of one Rate, one per key, made on
// first use. It is safe for concurrent use. A nil *Buckets allows
// everything.
type Buckets struct {
	full     Rate // the Rate of the whole deployment
	maxShard int  // buckets a shard holds at most
	seed     maphash.Seed
	shards   [shardCount]shard

	share atomic.Pointer[share] // this process's part of full
}

// share is the part of a Rate one of n processes enforces.
type share struct {
	n     int
	limit rate.Limit
	burst int
}

func shareOf(r Rate, n int) *share {
	n = max(1, n)
	return &share{
		n:     n,
		limit: rate.Limit(float64(r.N) / r.Per.Seconds() / float64(n)),
		// Rounded up: the deployment's burst is at most n-1 tokens over.
		burst: max(1, (r.Burst+n-1)/n),
	}
}

type shard struct {
	mu    sync.Mutex // guards m and swept
	m     map[string]*rate.Limiter
	swept time.Time // when full buckets were last dropped
}

// New returns the buckets of r, holding at most maxKeys buckets (0 means
// DefaultMaxKeys), or nil when r is Unlimited or unset. When the set is
// full even after its full buckets are forgotten, an arbitrary bucket is
// dropped for the new one: its key starts over with a full bucket, a
// leak that needs more distinct keys than maxKeys at once to exploit.
func New(r Rate, maxKeys int) (*Buckets, error) {
	if r.Unlimited || r.IsZero() {
		return nil, nil
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if maxKeys <= 0 {
		maxKeys = DefaultMaxKeys
	}
	b := &Buckets{
		full:     r,
		maxShard: max(1, (maxKeys+shardCount-1)/shardCount),
		seed:     maphash.MakeSeed(),
	}
	b.share.Store(shareOf(r, 1))
	for i := range b.shards {
		b.shards[i].m = map[string]*rate.Limiter{}
	}
	return b, nil
}

// Share makes the set enforce its part of the Rate when n processes
// (kefu nodes behind one load balancer) each keep a set of it: a rate of
// N/n and a burst of Burst/n (rounded up), so that a client spread over
// the nodes gets the Rate in all, and one that reaches a single node its
// part. Existing buckets change at once, keeping their tokens up to the
// new burst, as of now. n < 1 counts as 1; a nil set ignores it.
func (b *Buckets) Share(now time.Time, n int) {
	if b == nil {
		return
	}
	sh := shareOf(b.full, n)
	if old := b.share.Swap(sh); old.n == sh.n {
		return
	}
	for i := range b.shards {
		s := &b.shards[i]
		s.mu.Lock()
		for _, lim := range s.m {
			lim.SetLimitAt(now, sh.limit)
			lim.SetBurstAt(now, sh.burst)
		}
		s.mu.Unlock()
	}
}

// Nodes returns the n of the last Share (1 before any).
func (b *Buckets) Nodes() int {
	if b == nil {
		return 1
	}
	return b.share.Load().n
}

// MustNew is New for rates known to be valid; it panics otherwise.
func MustNew(r Rate, maxKeys int) *Buckets {
	b, err := New(r, maxKeys)
	if err != nil {
		panic(err)
	}
	return b
}

// Len returns how many buckets the set holds.
func (b *Buckets) Len() int {
	if b == nil {
		return 0
	}
	n := 0
	for i := range b.shards {
		sh := &b.shards[i]
		sh.mu.Lock()
		n += len(sh.m)
		sh.mu.Unlock()
	}
	return n
}

// get returns key's bucket, made full on first use.
func (b *Buckets) get(key string, now time.Time) *rate.Limiter {
	sh := &b.shards[maphash.String(b.seed, key)%shardCount]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	lim := sh.m[key]
	if lim == nil {
		// A full shard is swept at most once a second: under a flood of
		// new keys, sweeping on every one would cost O(n) a request.
		cur := b.share.Load()
		if since := now.Sub(sh.swept); since >= sweepEvery || len(sh.m) >= b.maxShard && since >= time.Second {
			sh.sweep(now, cur.burst)
		}
		for k := range sh.m {
			if len(sh.m) < b.maxShard {
				break
			}
			delete(sh.m, k)
		}
		lim = rate.NewLimiter(cur.limit, cur.burst)
		sh.m[key] = lim
	}
	return lim
}

// wait is how long until a bucket holding tokens has one.
func (b *Buckets) wait(tokens float64) time.Duration {
	if tokens >= 1 {
		return 0
	}
	return max(time.Nanosecond, time.Duration((1-tokens)/float64(b.share.Load().limit)*float64(time.Second)))
}

// sweep drops the buckets that are full at now: a new bucket would be the
// same. The caller holds sh.mu.
func (sh *shard) sweep(now time.Time, burst int) {
	sh.swept = now
	for k, lim := range sh.m {
		if lim.TokensAt(now) >= float64(burst) {
			delete(sh.m, k)
		}
	}
}

// Key names one bucket of a set.
type Key struct {
	Set *Buckets
	Key string
}

// Allow takes a token from each named bucket at now, or from none: when
// a bucket is empty it returns false, with how long until every bucket
// would have a token, and takes nothing. Keys of a nil set are no limit.
//
// A refused request changes no bucket, so that a flood of refused
// requests does not push a bucket's refill further out. Tokens are taken
// from the bucket holding the fewest first: two requests racing for the
// last token of a bucket then lose nothing from the fuller ones (a flood
// refused by a client's bucket leaves the shop's alone). Only when two
// buckets of one request are both down to their last token can a racing
// refusal lose a token it took from the first (rate.Reservation.Cancel
// gives back less than it took when others reserved meanwhile, which
// under a flood drains the bucket instead).
func Allow(now time.Time, keys ...Key) (ok bool, retryAfter time.Duration) {
	type held struct {
		lim    *rate.Limiter
		set    *Buckets
		tokens float64
	}
	var buf [4]held
	hs := buf[:0]
	for _, k := range keys {
		if k.Set == nil {
			continue
		}
		lim := k.Set.get(k.Key, now)
		tokens := lim.TokensAt(now)
		hs = append(hs, held{lim, k.Set, tokens})
		if d := k.Set.wait(tokens); d > retryAfter {
			retryAfter = d
		}
	}
	if retryAfter > 0 {
		return false, retryAfter
	}
	slices.SortStableFunc(hs, func(a, b held) int { return cmp.Compare(a.tokens, b.tokens) })
	for _, h := range hs {
		if !h.lim.AllowN(now, 1) {
			return false, max(time.Nanosecond, h.set.wait(h.lim.TokensAt(now)))
		}
	}
	return true, 0
}

// Seconds is a Retry-After value: d rounded up to whole seconds, at
// least 1.
func Seconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
