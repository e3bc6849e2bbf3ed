package dialog

import (
	"context"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/keylock"
)

// localLocker is the Engine's default kefu.Locker: a lock of this process
// only (inmem.Locker is the same; the engine does not import an adapter).
type localLocker struct{ m keylock.Map }

func (l *localLocker) Lock(ctx context.Context, key string) (func(), error) {
	unlock, err := l.m.LockContext(ctx, key)
	if err != nil {
		return nil, kefu.Errorf(kefu.EUNAVAILABLE, "timed out waiting for the conversation: %v", err)
	}
	return unlock, nil
}
