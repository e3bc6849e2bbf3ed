package dialog

import "sync"

// keyedMutex serialises work per key (conversation ID) without keeping a
// mutex for every conversation ever seen: entries are reference counted
// and removed when unused.
type keyedMutex struct {
	mu    sync.Mutex // guards locks
	locks map[string]*keyedEntry
}

type keyedEntry struct {
	mu   sync.Mutex
	refs int // guarded by keyedMutex.mu
}

// Lock locks key and returns its unlock function.
func (k *keyedMutex) Lock(key string) (unlock func()) {
	k.mu.Lock()
	if k.locks == nil {
		k.locks = map[string]*keyedEntry{}
	}
	e := k.locks[key]
	if e == nil {
		e = &keyedEntry{}
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

// size returns the number of live entries (for tests).
func (k *keyedMutex) size() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.locks)
}

// LockConversation locks a conversation as a customer turn does and
// returns the unlock function. The agent desk (package desk) takes it for
// its operations, so that an agent's take, reply, release or close and a
// customer's turn of the same conversation run one after the other (per
// process; see docs/console.md).
func (e *Engine) LockConversation(id string) (unlock func()) { return e.locks.Lock(id) }
