// Package keylock serialises work per key (a conversation ID) without
// keeping a mutex for every key ever seen: entries are reference counted
// and removed when unused.
package keylock

import "sync"

// Map is a set of per-key mutexes. The zero value is ready to use; a Map
// must not be copied after first use.
type Map struct {
	mu    sync.Mutex // guards locks
	locks map[string]*entry
}

type entry struct {
	mu   sync.Mutex
	refs int // guarded by Map.mu
}

// Lock locks key and returns its unlock function, which must be called
// exactly once.
func (k *Map) Lock(key string) (unlock func()) {
	k.mu.Lock()
	if k.locks == nil {
		k.locks = map[string]*entry{}
	}
	e := k.locks[key]
	if e == nil {
		e = &entry{}
		k.locks[key] = e
	}
	e.refs++
	k.mu.Unlock()
	e.mu.Lock()
	return func() {
		e.mu.Unlock()
		k.mu.Lock()
		e.refs--
		if e.refs == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
}

// Len returns the number of keys locked or waited for.
func (k *Map) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.locks)
}
