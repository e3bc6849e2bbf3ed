// Package sticky holds a yes-or-no fact that stays true once true and,
// while false, is looked up again at most once per interval: "has any
// consumer of the event log registered?", where another process may make
// it true at any time and nothing makes it false again.
package sticky

import (
	"sync/atomic"
	"time"
)

// Flag is such a fact. The zero value is false and due for a look. It is
// safe for concurrent use.
type Flag struct {
	// v is 1 once true; otherwise the Unix nanoseconds after which to
	// look again.
	v atomic.Int64
}

// Get returns the fact, calling look when it is false and its last look
// is older than interval. An error of look is returned and the next Get
// looks again.
func (f *Flag) Get(interval time.Duration, look func() (bool, error)) (bool, error) {
	v := f.v.Load()
	if v == 1 {
		return true, nil
	}
	now := time.Now()
	if v > now.UnixNano() {
		return false, nil
	}
	ok, err := look()
	switch {
	case err != nil:
		return false, err
	case ok:
		f.Set()
	default:
		f.v.CompareAndSwap(v, now.Add(interval).UnixNano())
	}
	return ok, nil
}

// Set makes the fact true for good.
func (f *Flag) Set() { f.v.Store(1) }
