// Package keylock serialises work per key (a conversation ID) without
// keeping a mutex for every key ever seen: entries are reference counted
// and removed when unused.
package keylock

import (
	"context"
	"sync"
)

// Map is a set of per-key mutexes. The zero value is ready to use; a Map
// must not be copied after first use.
type Map struct {
	mu    sync.Mutex // guards locks
	locks map[string]*entry
}

type entry struct {
	// sem holds a token while the key is locked. A channel rather than a
	// sync.Mutex so that a waiter can give up when its context ends.
	sem  chan struct{}
	refs int // holders and waiters; guarded by Map.mu
}

// Lock locks key and returns its unlock function, which must be called
// exactly once.
func (k *Map) Lock(key string) (unlock func()) {
	e := k.ref(key)
	e.sem <- struct{}{}
	return func() { k.release(key, e) }
}

// LockContext is Lock that gives up when ctx is done: it then returns
// ctx.Err() and holds nothing. The unlock function may be called more than
// once; calls after the first do nothing.
func (k *Map) LockContext(ctx context.Context, key string) (unlock func(), err error) {
	e := k.ref(key)
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		k.unref(key, e)
		return nil, ctx.Err()
	}
	var once sync.Once
	return func() { once.Do(func() { k.release(key, e) }) }, nil
}

// ref returns key's entry, counting the caller in.
func (k *Map) ref(key string) *entry {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.locks == nil {
		k.locks = map[string]*entry{}
	}
	e := k.locks[key]
	if e == nil {
		e = &entry{sem: make(chan struct{}, 1)}
		k.locks[key] = e
	}
	e.refs++
	return e
}

// release unlocks key and counts the caller out.
func (k *Map) release(key string, e *entry) {
	<-e.sem
	k.unref(key, e)
}

// unref counts the caller out, dropping the entry when nobody uses it.
func (k *Map) unref(key string, e *entry) {
	k.mu.Lock()
	defer k.mu.Unlock()
	e.refs--
	if e.refs == 0 {
		delete(k.locks, key)
	}
}

// Len returns the number of keys locked or waited for.
func (k *Map) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.locks)
}
