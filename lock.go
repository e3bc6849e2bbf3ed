package kefu

import "context"

// Locker serialises work per key. kefu locks a conversation by its ID so
// that a customer's turn and an agent's desk operations on it never
// interleave. The in-process implementation (inmem.Locker) covers one
// node; a multi-node deployment needs one shared by all nodes.
//
// The contract, checked by bustest.RunLocker:
//   - Mutual exclusion per key: while one caller holds key, Lock(key) by
//     anyone else waits. Different keys never wait for each other.
//   - Lock waits at most until ctx is done; it then returns an error that
//     wraps ctx.Err() and the caller holds nothing.
//   - Not reentrant: locking a key you already hold waits for yourself,
//     that is until ctx is done.
//   - unlock releases the lock; calling it again does nothing. It never
//     blocks on I/O for long, so it may be deferred.
//
// Locks are not fair: when several callers wait, any of them may win.
type Locker interface {
	Lock(ctx context.Context, key string) (unlock func(), err error)
}

// ConversationLocker is a Locker that can also read the conversation it
// locks, in one round trip to the database where both live: with the
// lock and the store on one PostgreSQL server (postgres.Locker), the
// advisory lock and the read go out together on the connection that
// holds the lock, and the read runs once the lock is granted. The key it
// locks is the conversation's ID, as Lock(ctx, conversationID) would.
//
// On any error the caller holds nothing; a conversation that does not
// exist in the tenant is ENOTFOUND, as from Store.FindConversationByID.
type ConversationLocker interface {
	Locker
	LockConversation(ctx context.Context, tenantID, conversationID string) (unlock func(), conv *Conversation, err error)
}

// LockAndRead locks a conversation on l and reads it as it is under the
// lock: in one round trip when l is a ConversationLocker, else Lock and
// then s.FindConversationByID. On error the caller holds nothing.
func LockAndRead(ctx context.Context, l Locker, s Store, tenantID, conversationID string) (unlock func(), conv *Conversation, err error) {
	if cl, ok := l.(ConversationLocker); ok {
		return cl.LockConversation(ctx, tenantID, conversationID)
	}
	if unlock, err = l.Lock(ctx, conversationID); err != nil {
		return nil, nil, err
	}
	if conv, err = s.FindConversationByID(ctx, tenantID, conversationID); err != nil {
		unlock()
		return nil, nil, err
	}
	return unlock, conv, nil
}
