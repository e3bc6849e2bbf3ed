package postgres

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ConversationLocker = (*Locker)(nil)

// DefaultLockConns is the most locks one Locker holds at once unless the
// DSN sets pool_max_conns: each held lock pins a connection.
const DefaultLockConns = 32

const (
	// lockKey maps a key to a 64-bit advisory lock key. Advisory locks are
	// per database, so the schema is part of the key: deployments (and
	// tests) in separate schemas of one database do not contend.
	lockKey = `hashtextextended(coalesce(current_schema(), '') || '.kefu.lock.' || $1, 0)`
	qLock   = `SELECT pg_advisory_lock(` + lockKey + `)`
	qUnlock = `SELECT pg_advisory_unlock(` + lockKey + `)`
)

// Locker is a kefu.Locker shared by every node on one PostgreSQL database:
// a key's lock is a session advisory lock on a hash of the key, held on a
// connection of the Locker's own pool from Lock until the server has run
// the unlock (which unlock sends without waiting for the answer). It is
// safe for concurrent use.
//
// If a node dies, its connections close and PostgreSQL releases its
// locks. Two keys whose hashes collide (one chance in 2^64) just wait for
// each other. Holding more than the pool's connections at once makes
// further Locks wait for a connection (bounded by their context).
type Locker struct {
	pool *pgxpool.Pool
}

// OpenLocker connects a Locker to the database at dsn, with a pool of its
// own (pool_max_conns in the DSN, default DefaultLockConns) so that held
// locks never starve the store of connections.
func OpenLocker(ctx context.Context, dsn string) (*Locker, error) {
	const op = "postgres.OpenLocker"
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "invalid PostgreSQL DSN", Err: err}
	}
	if !strings.Contains(dsn, "pool_max_conns") {
		cfg.MaxConns = DefaultLockConns
	}
	cfg.MaxConnIdleTime = 5 * time.Minute
	cancelOnServer(cfg)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err == nil {
		err = pool.Ping(ctx)
	}
	if err != nil {
		if pool != nil {
			pool.Close()
		}
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "database unavailable", Err: err}
	}
	return &Locker{pool: pool}, nil
}

// Lock locks key; see kefu.Locker. When ctx ends first the error wraps
// ctx.Err().
func (l *Locker) Lock(ctx context.Context, key string) (unlock func(), err error) {
	const op = "postgres.Lock"
	conn, err := l.pool.Acquire(ctx)
	if err != nil {
		return nil, lockError(ctx, op, err)
	}
	if _, err := conn.Exec(ctx, qLock, key); err != nil {
		// Whether the lock was granted is unknown (the wait may have been
		// interrupted just after): ending the session releases it anyway.
		_ = conn.Conn().Close(context.WithoutCancel(ctx))
		conn.Release()
		return nil, lockError(ctx, op, err)
	}
	var once sync.Once
	return func() {
		// The caller does not wait for the server's answer: the lock is
		// free for the next holder once the server has run the unlock,
		// whether or not anyone reads the answer, and the connection goes
		// back to the pool when it came. That saves every turn a round
		// trip after its work is done.
		once.Do(func() { go release(conn, key) })
	}, nil
}

// LockConversation locks the conversation's ID and reads the
// conversation on the connection that holds the lock; see
// kefu.ConversationLocker. The two statements go out as one batch, so the
// read costs no round trip of its own, and it runs after the lock is
// granted: it sees every change the previous holder committed. (The batch
// is one implicit transaction; a session advisory lock outlives it
// either way.)
func (l *Locker) LockConversation(ctx context.Context, tenantID, conversationID string) (unlock func(), conv *kefu.Conversation, err error) {
	const op = "postgres.LockConversation"
	conn, err := l.pool.Acquire(ctx)
	if err != nil {
		return nil, nil, lockError(ctx, op, err)
	}
	b := &pgx.Batch{}
	b.Queue(qLock, conversationID)
	b.Queue(qFindConversationByID, conversationID, tenantID)
	br := conn.SendBatch(ctx, b)
	_, lerr := br.Exec()
	if lerr == nil {
		conv, err = scanConversation(br.QueryRow())
	}
	if cerr := br.Close(); lerr == nil && err == nil {
		err = cerr
	}
	switch {
	case lerr != nil:
		// Whether the lock was granted is unknown: ending the session
		// releases it anyway.
		_ = conn.Conn().Close(context.WithoutCancel(ctx))
		conn.Release()
		return nil, nil, lockError(ctx, op, lerr)
	case err != nil:
		// Locked, but no conversation to go with it (or the read failed).
		release(conn, conversationID)
		if ctx.Err() != nil {
			return nil, nil, lockError(ctx, op, err)
		}
		return nil, nil, fail(op, err, "conversation", "")
	}
	var once sync.Once
	return func() { once.Do(func() { go release(conn, conversationID) }) }, conv, nil
}

// release unlocks key on conn, the connection that locked it, and
// returns conn to its pool (Close waits for that).
func release(conn *pgxpool.Conn, key string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var released bool
	if err := conn.QueryRow(ctx, qUnlock, key).Scan(&released); err != nil || !released {
		// Ending the session releases whatever it holds.
		_ = conn.Conn().Close(ctx)
	}
	conn.Release()
}

// lockError is the error of a Lock that failed: it wraps ctx.Err() when
// ctx ended.
func lockError(ctx context.Context, op string, err error) error {
	if ctx.Err() != nil {
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "timed out waiting for a lock", Err: ctx.Err()}
	}
	return unavailable(op, err)
}

// Close closes the Locker's connections. It waits for the locks still
// held to be unlocked, so call it after the work that holds locks has
// stopped.
func (l *Locker) Close() error {
	l.pool.Close()
	return nil
}
