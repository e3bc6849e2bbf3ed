// Package memlimit keeps the Go runtime's soft memory limit
// (runtime/debug.SetMemoryLimit) at a floor or at a multiple of what the
// process keeps live, whichever is larger (Follow).
//
// A fixed limit suits one node and not another: below what a node keeps
// live, the collector runs back to back (the runtime caps it at half the
// CPU) and the node slows down instead of growing. Follow avoids that by
// following the live memory: a small node is held at the floor,
// collecting earlier than Go's default (GOGC=100 lets the heap grow to
// twice its live data), and a node that keeps more live gets a limit
// a factor times its live memory.
package memlimit

import (
	"fmt"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"
)

// None is the limit of a runtime that has none (math.MaxInt64).
const None = math.MaxInt64

// Current returns the runtime's memory limit without changing it: None
// unless GOMEMLIMIT or a SetMemoryLimit set one.
func Current() int64 { return debug.SetMemoryLimit(-1) }

// Target is the limit for live bytes of memory kept live: the larger of
// floor and factor times live.
func Target(floor int64, factor float64, live int64) int64 {
	t := int64(math.Ceil(factor * float64(live)))
	if t < floor {
		return floor
	}
	return t
}

// Live returns the memory the process keeps live, in bytes: the heap
// marked live by the last collection, plus the memory the runtime needs
// besides the heap (goroutine stacks, its metadata, profiling buckets),
// which the memory limit counts too.
func Live() int64 {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	metrics.Read(s)
	v := make([]int64, len(s))
	for i := range s {
		if s[i].Value.Kind() == metrics.KindUint64 {
			v[i] = int64(s[i].Value.Uint64())
		}
	}
	return v[0] + v[1] - v[2] - v[3] - v[4] - v[5]
}

// follower is the one goroutine that follows the live memory, shared by
// every Follow in the process: the memory limit is the runtime's, one
// per process, so two servers in one process (tests) must not each put
// back what the other set. mu guards the fields.
var follower struct {
	mu      sync.Mutex
	n       int // Follows not yet stopped
	floor   int64
	factor  float64
	changed func(limit, live int64)
	limit   int64 // the limit set last
	prev    int64 // the limit before the first Follow
	stop    chan struct{}
	done    chan struct{}
}

// Follow sets the runtime's memory limit to Target(floor, factor,
// Live()) and keeps it there (Next), looking every every, until stop has been
// called once for every Follow; the last stop puts back the limit the
// runtime had before the first. While one Follow runs, another only
// joins it (its settings are ignored). changed, if not nil, is called
// with each new limit after the first. It returns the first limit.
func Follow(floor int64, factor float64, every time.Duration, changed func(limit, live int64)) (limit int64, stop func()) {
	f := &follower
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	var once sync.Once
	stop = func() { once.Do(unfollow) }
	if f.n > 1 {
		return f.limit, stop
	}
	f.floor, f.factor, f.changed = floor, factor, changed
	f.limit = Target(floor, factor, Live())
	f.prev = debug.SetMemoryLimit(f.limit)
	f.stop, f.done = make(chan struct{}), make(chan struct{})
	go func(stopc, done chan struct{}) {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-stopc:
				return
			case <-t.C:
				adjust()
			}
		}
	}(f.stop, f.done)
	return f.limit, stop
}

func unfollow() {
	f := &follower
	f.mu.Lock()
	f.n--
	if f.n > 0 {
		f.mu.Unlock()
		return
	}
	close(f.stop)
	done := f.done
	f.mu.Unlock()
	<-done // adjust takes mu: wait unlocked
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n == 0 { // no Follow started while waiting
		debug.SetMemoryLimit(f.prev)
	}
}

// adjust sets the limit for the memory live now (Next).
func adjust() {
	live := Live()
	f := &follower
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n == 0 {
		return
	}
	if t := Next(f.limit, f.floor, f.factor, live); t != f.limit {
		f.limit = t
		debug.SetMemoryLimit(t)
		if f.changed != nil {
			f.changed(t, live)
		}
	}
}

// Next is the limit that follows limit for live bytes of live memory. It
// moves to Target(floor, factor, live) only when that is needed or
// clearly lower: up when less than a fifth of the limit is left above
// the live memory (the collector would run more than four times as
// often as with GOGC=100), down when the target is more than a tenth
// below the limit. Between the two it stays, so that a moment of more
// live memory (turns in flight while an index is rebuilt) does not move
// a small node off its floor, and small changes do not keep moving it.
func Next(limit, floor int64, factor float64, live int64) int64 {
	t := Target(floor, factor, live)
	switch {
	case float64(live)*1.25 > float64(limit) && t > limit:
		return t
	case float64(t) < 0.9*float64(limit):
		return t
	}
	return limit
}

// Parse reads a size as GOMEMLIMIT writes it: a whole number of bytes
// with an optional unit B, KiB, MiB, GiB or TiB ("100MiB").
func Parse(s string) (int64, error) {
	units := []struct {
		suffix string
		shift  uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}
	num, shift := strings.TrimSpace(s), uint(0)
	for _, u := range units {
		if n, ok := strings.CutSuffix(num, u.suffix); ok {
			num, shift = n, u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("%q is not a size such as 100MiB", s)
	}
	return n << shift, nil
}

// Format writes n bytes as Parse reads them, in the largest whole unit.
func Format(n int64) string {
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}} {
		if n > 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}
