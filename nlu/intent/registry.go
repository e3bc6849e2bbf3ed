package intent

import (
	"sync"
	"sync/atomic"
)

// Registry holds the model in service and lets an operator replace it
// without stopping traffic. Readers call Current, which never blocks; a
// Predict already running keeps the *Model it started with, which stays
// valid because models are immutable.
type Registry struct {
	cur atomic.Pointer[Model]
	mu  sync.Mutex // serialises Swap and Rollback; guards prev
	// prev is the model Rollback restores.
	prev *Model
}

// NewRegistry returns a registry serving m (which may be nil).
func NewRegistry(m *Model) *Registry {
	r := &Registry{}
	r.cur.Store(m)
	return r
}

// Current returns the model in service, or nil if none was set.
func (r *Registry) Current() *Model { return r.cur.Load() }

// Swap puts m in service and returns the model it replaced, which
// Rollback will restore.
func (r *Registry) Swap(m *Model) (old *Model) {
	r.mu.Lock()
	defer r.mu.Unlock()
	old = r.cur.Swap(m)
	r.prev = old
	return old
}

// Rollback restores the model that the last Swap replaced and reports
// whether there was one. The model it takes out of service becomes the
// one a further Rollback restores, so two rollbacks undo each other.
func (r *Registry) Rollback() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.prev == nil {
		return false
	}
	r.prev = r.cur.Swap(r.prev)
	return true
}
