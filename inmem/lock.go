package inmem

import (
	"context"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/keylock"
)

// Interface guard.
var _ kefu.Locker = (*Locker)(nil)

// Locker is a kefu.Locker for one process: the lock serialises the holders
// of a key within this process only. It keeps no state for keys nobody
// holds or waits for. The zero value is ready to use.
type Locker struct {
	m keylock.Map
}

// NewLocker returns a Locker.
func NewLocker() *Locker { return &Locker{} }

// Lock locks key; see kefu.Locker. The error wraps ctx.Err().
func (l *Locker) Lock(ctx context.Context, key string) (unlock func(), err error) {
	unlock, err = l.m.LockContext(ctx, key)
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "inmem.Lock", Message: "timed out waiting for a lock", Err: err}
	}
	return unlock, nil
}

// Len returns the number of keys held or waited for.
func (l *Locker) Len() int { return l.m.Len() }
