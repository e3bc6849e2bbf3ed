package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/sticky"
	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migration/*.sql
var migrations embed.FS

// Interface guard.
var _ kefu.Store = (*DB)(nil)

const (
	// busyTimeoutMS is how long a connection waits for a lock held by
	// another process before it fails with SQLITE_BUSY.
	busyTimeoutMS = 5000
	// maxBatch is the most writes the group committer puts in one transaction.
	maxBatch = 128
	// queueDepth is how many writes may wait for the group committer.
	queueDepth = 1024
	// checkpointEvery is how many commits the committer lets pass between
	// nudges to the checkpointer; it also runs once a second.
	checkpointEvery = 64
)

// errClosed is returned by writes after Close.
var errClosed = &kefu.Error{Code: kefu.EUNAVAILABLE, Message: "database closed"}

// DB is a kefu.Store backed by one SQLite database file. It is safe for
// concurrent use.
//
// Reads outside transactions go to a pool of read-only connections. Writes
// go to a single writer connection through a group committer: the writes
// that are waiting when the writer becomes free run together in one
// transaction, and each returns once that transaction is committed. WAL
// checkpoints (the only fsyncs with synchronous=NORMAL) run on a separate
// connection in the background, off the write path.
//
// The DB handed to the function of InTx is bound to the committer's
// transaction; it is the same type, so every method runs the same code in
// and outside transactions.
type DB struct {
	c    *core
	inTx bool // running on the committer, in the writer's transaction
}

// core is what the DB handles of one database share.
type core struct {
	path string
	now  kefu.Clock
	read *sql.DB // read-only connections
	rst  stmtCache
	w    writer
	ckpt *sql.DB // one connection that runs WAL checkpoints
	// before, when set, stops migrations at the first name not sorting
	// before it (see open).
	before string

	// consumers holds the event log consumers known to be registered
	// (string -> true); registration is never undone.
	consumers sync.Map
	// anyConsumer caches whether the database has a registered consumer
	// (another process may register one at any time).
	anyConsumer sticky.Flag

	ops     chan *writeOp // writes for the committer
	nudge   chan struct{} // asks the checkpointer for a checkpoint; cap 1
	quit    chan struct{} // closed by Close
	wg      sync.WaitGroup
	closeMu sync.RWMutex // guards closed; read-held while sending to ops, so no send follows Close
	closed  bool
}

// writer is the one connection that writes. Its mutex is held by the
// committer while it runs a batch, and whoever holds it may use conn,
// stmts and rs.
type writer struct {
	mu    sync.Mutex
	db    *sql.DB   // pool of exactly one connection
	conn  *sql.Conn // that connection, held from Open to Close
	stmts map[string]*sql.Stmt
	// rs is AddReadings' scratch space.
	rs readingScratch
	// broken is set when the running transaction can no longer be used
	// (SQLite rolled it back, or a savepoint could not be undone); every
	// statement then fails until the committer has rolled it back.
	broken bool
}

// stmt returns the prepared statement for query on the writer connection.
// The caller holds w.mu.
func (w *writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := w.stmts[query]; st != nil {
		return st, nil
	}
	st, err := w.conn.PrepareContext(context.WithoutCancel(ctx), query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = st
	return st, nil
}

// exec runs a transaction-control statement on the writer, uninterrupted
// by ctx. The caller holds w.mu.
func (w *writer) exec(ctx context.Context, query string) error {
	ctx = context.WithoutCancel(ctx)
	st, err := w.stmt(ctx, query)
	if err == nil {
		_, err = st.ExecContext(ctx)
	}
	return err
}

// Open opens (creating it if needed) the SQLite database at path and
// applies pending migrations. now is the clock used for CreatedAt and
// UpdatedAt; nil means time.Now. The path must be a file name: ":memory:"
// is not supported because the writer and the readers are separate
// connections that must see the same database.
func Open(ctx context.Context, path string, now kefu.Clock) (*DB, error) {
	return open(ctx, path, now, "")
}

// open is Open applying only the migrations whose names sort before
// before ("" means all); tests use it to build what an older kefu left.
func open(ctx context.Context, path string, now kefu.Clock, before string) (*DB, error) {
	const op = "sqlite.Open"
	if path == "" || path == ":memory:" || strings.ContainsRune(path, '?') {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: fmt.Sprintf("invalid database path %q", path)}
	}
	if now == nil {
		now = time.Now
	}
	c := &core{
		path:  path,
		now:   now,
		ops:   make(chan *writeOp, queueDepth),
		nudge: make(chan struct{}, 1),
		quit:  make(chan struct{}),
	}
	c.before = before
	c.w.stmts = make(map[string]*sql.Stmt)
	if err := c.open(ctx); err != nil {
		c.close()
		return nil, kefu.E(op, err)
	}
	c.wg.Add(2)
	go c.commitLoop()
	go c.checkpointLoop()
	db := &DB{c: c}
	if before == "" {
		if err := db.backfillAnalytics(ctx); err != nil {
			db.Close()
			return nil, kefu.E(op, err)
		}
	}
	return db, nil
}

func (c *core) open(ctx context.Context) error {
	// The writer opens first so that WAL mode is set before any reader
	// connects. wal_autocheckpoint(0): checkpointLoop checkpoints instead;
	// journal_size_limit: a WAL that grew under load shrinks back to 64 MiB.
	wdsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"+
		"&_pragma=foreign_keys(1)&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(0)&_pragma=journal_size_limit(67108864)", c.path, busyTimeoutMS)
	// Processes opening a new file together can meet SQLITE_BUSY where
	// SQLite does not wait (switching to WAL), so this is retried.
	var err error
	for attempt := 1; ; attempt++ {
		if err = c.openWriter(ctx, wdsn); err == nil || !isBusy(err) || attempt == 50 {
			break
		}
		select {
		case <-time.After(time.Duration(attempt) * 10 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if err != nil {
		return err
	}
	// Readers map the database file (up to readerMmap bytes) instead of
	// reading it page by page through their own small caches: a scan of
	// 100,000 deliveries cost a quarter less CPU (docs/proactive.md). The
	// writer does not, so a write never goes through the mapping.
	rdsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=query_only(1)&_pragma=mmap_size(%d)",
		c.path, busyTimeoutMS, readerMmap)
	if c.read, err = openPool(ctx, rdsn, max(4, runtime.NumCPU())); err != nil {
		return fmt.Errorf("open readers: %w", err)
	}
	c.rst.db = c.read
	cdsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)", c.path, busyTimeoutMS)
	if c.ckpt, err = openPool(ctx, cdsn, 1); err != nil {
		return fmt.Errorf("open checkpointer: %w", err)
	}
	return nil
}

func (c *core) openWriter(ctx context.Context, dsn string) error {
	if c.w.conn != nil { // an earlier attempt
		c.w.conn.Close()
		c.w.conn = nil
	}
	if c.w.db != nil {
		c.w.db.Close()
		c.w.db = nil
	}
	db, err := openPool(ctx, dsn, 1)
	if err != nil {
		return fmt.Errorf("open writer: %w", err)
	}
	c.w.db = db
	if c.w.conn, err = db.Conn(ctx); err != nil {
		return fmt.Errorf("open writer: %w", err)
	}
	return migrate(ctx, c.w.conn, c.now, c.before)
}

func openPool(ctx context.Context, dsn string, n int) (*sql.DB, error) {
	conn, err := msqlite.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Path returns the database file name.
func (db *DB) Path() string { return db.c.path }

// Close waits for queued writes, checkpoints the WAL and closes the
// database. On a DB bound to a transaction (inside InTx) it does nothing.
// Writes after Close fail with EUNAVAILABLE.
func (db *DB) Close() error {
	if db.inTx {
		return nil
	}
	c := db.c
	c.closeMu.Lock()
	if c.closed {
		c.closeMu.Unlock()
		return nil
	}
	c.closed = true
	c.closeMu.Unlock()
	close(c.quit)
	c.wg.Wait()
	ctx := context.Background()
	c.w.mu.Lock()
	// Leave a small WAL, and fresh planner statistics for the next process.
	_, _ = c.w.conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	_, _ = c.w.conn.ExecContext(ctx, "PRAGMA optimize")
	c.w.mu.Unlock()
	return kefu.E("sqlite.Close", c.close())
}

// close closes whatever open managed to open.
func (c *core) close() error {
	var errs []error
	for _, st := range c.w.stmts {
		errs = append(errs, st.Close())
	}
	c.rst.close()
	if c.w.conn != nil {
		errs = append(errs, c.w.conn.Close())
	}
	for _, db := range []*sql.DB{c.read, c.ckpt, c.w.db} {
		if db != nil {
			errs = append(errs, db.Close())
		}
	}
	return errors.Join(errs...)
}

// InTx runs fn in a transaction. The Store passed to fn is bound to the
// transaction. A nested InTx on it joins the same transaction as a
// savepoint: if the inner fn fails, its writes are undone and the outer fn
// decides whether to go on.
//
// fn runs on the group committer, in the transaction it commits with other
// writes (in a savepoint of its own, so its failure undoes only its
// writes). So fn must use tx, not db, for all its reads and writes: a
// write through db would wait for the committer, which waits for fn. A
// panic in fn is re-raised in the caller of InTx.
func (db *DB) InTx(ctx context.Context, fn func(tx kefu.Store) error) error {
	return db.writeMany(ctx, func(_ context.Context, tx *DB) error { return fn(tx) })
}

// writeFn is one write. It runs its statements on tx, which is always in a
// transaction.
type writeFn func(ctx context.Context, tx *DB) error

// writeOp is a write waiting for the group committer.
type writeOp struct {
	ctx  context.Context
	fn   writeFn
	many bool // fn may run several statements: it needs a savepoint
	err  error
	done chan struct{} // closed when err is final
}

// errAborted is the error of writes that had succeeded in a transaction
// that later broke (an I/O error, say) and was rolled back.
var errAborted = &kefu.Error{Code: kefu.EUNAVAILABLE, Message: "write aborted, try again"}

// errTxBroken marks an error after which the transaction is no longer
// usable: SQLite rolled it back, or a savepoint could not be undone.
var errTxBroken = errors.New("sqlite: transaction broken")

// panicError carries a panic of a write function from the committer to
// the caller.
type panicError struct{ v any }

// Error implements error.
func (p *panicError) Error() string { return fmt.Sprintf("panic in write: %v", p.v) }

// write runs fn, which executes exactly one statement, atomically; see
// submit. A single statement needs no savepoint: when it fails with a
// constraint violation SQLite undoes just that statement.
func (db *DB) write(ctx context.Context, fn writeFn) error { return db.submit(ctx, fn, false) }

// writeMany runs fn, which may execute several statements, atomically: in
// a savepoint, so that a failure undoes all of fn's statements; see submit.
func (db *DB) writeMany(ctx context.Context, fn writeFn) error { return db.submit(ctx, fn, true) }

// submit runs fn in the transaction when db is in one. Otherwise fn is
// queued for the group committer, and submit returns once the transaction
// that ran it is committed, or fn failed (and then nothing it wrote is
// kept). Under concurrent load this turns many small transactions into few
// larger ones, which is what SQLite is fast at.
func (db *DB) submit(ctx context.Context, fn writeFn, many bool) error {
	if db.inTx {
		if many {
			return db.savepoint(ctx, fn)
		}
		return db.single(ctx, fn)
	}
	w := &writeOp{ctx: ctx, fn: fn, many: many, done: make(chan struct{})}
	c := db.c
	c.closeMu.RLock()
	if c.closed {
		c.closeMu.RUnlock()
		return errClosed
	}
	select {
	case c.ops <- w:
	case <-ctx.Done():
		c.closeMu.RUnlock()
		return ctx.Err()
	}
	c.closeMu.RUnlock()
	<-w.done
	var pe *panicError
	if errors.As(w.err, &pe) {
		panic(pe.v)
	}
	return w.err
}

// single runs a one-statement fn in db's transaction. An error that SQLite
// confines to the statement (a constraint violation, or no row) leaves
// the transaction usable; any other marks it broken.
func (db *DB) single(ctx context.Context, fn writeFn) error {
	err := call(ctx, db, fn)
	if err != nil && !statementError(err) {
		db.c.w.broken = true
	}
	return err
}

// statementError reports whether err undid only the failing statement.
func statementError(err error) bool {
	if errors.Is(err, sql.ErrNoRows) {
		return true
	}
	var se *msqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT && !errors.Is(err, errTxBroken)
}

// Savepoint statements; SQLite nests savepoints of the same name.
const (
	qSavepoint  = `SAVEPOINT w`
	qRollbackTo = `ROLLBACK TO w`
	qRelease    = `RELEASE w`
)

// savepoint runs fn in a savepoint of db's transaction, so that a failing
// (or panicking) fn leaves the transaction as it was. If that cannot be
// done, the error wraps errTxBroken.
func (db *DB) savepoint(ctx context.Context, fn writeFn) error {
	w := &db.c.w
	if err := w.exec(ctx, qSavepoint); err != nil {
		w.broken = true
		return fmt.Errorf("%w: %w", errTxBroken, err)
	}
	err := call(ctx, db, fn)
	if err != nil {
		if rerr := w.exec(ctx, qRollbackTo); rerr != nil {
			w.broken = true
			return errors.Join(err, fmt.Errorf("%w: %w", errTxBroken, rerr))
		}
	}
	if rerr := w.exec(ctx, qRelease); rerr != nil {
		w.broken = true
		return errors.Join(err, fmt.Errorf("%w: %w", errTxBroken, rerr))
	}
	return err
}

// call runs fn and turns a panic into a *panicError.
func call(ctx context.Context, db *DB, fn writeFn) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &panicError{v: p}
		}
	}()
	return fn(ctx, db)
}

// commitLoop is the group committer: it takes the writes that are queued,
// up to maxBatch, and commits them together, until Close.
func (c *core) commitLoop() {
	defer c.wg.Done()
	batch := make([]*writeOp, 0, maxBatch)
	commits := 0
	for {
		select {
		case w := <-c.ops:
			batch = append(batch[:0], w)
		case <-c.quit:
			// No write is sent after quit; finish those already queued.
			if len(c.ops) == 0 {
				return
			}
			batch = append(batch[:0], <-c.ops)
		}
	fill:
		for len(batch) < maxBatch {
			select {
			case w := <-c.ops:
				batch = append(batch, w)
			default:
				break fill
			}
		}
		for pending := batch; len(pending) > 0; {
			pending = c.commitBatch(pending)
		}
		if commits++; commits%checkpointEvery == 0 {
			select {
			case c.nudge <- struct{}{}:
			default:
			}
		}
	}
}

// lockWait is how long a write waits in all for the write lock held by
// another process, through several busy timeouts.
const lockWait = time.Minute

// begin opens the batch's transaction, taking the write lock. SQLite's
// waiting is not fair: another process that writes without pause (a
// server deriving a shop's profiles on a loaded machine, while a command
// on its store wants to write) can take the lock again at every turn for
// longer than one busy timeout. So begin tries again while some write of
// the batch still waits for it, up to lockWait. c.w.mu is held.
func (c *core) begin(ctx context.Context, batch []*writeOp) error {
	deadline := time.Now().Add(lockWait)
	for {
		err := c.w.exec(ctx, "BEGIN IMMEDIATE")
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		waiting := false
		for _, op := range batch {
			if op.ctx.Err() == nil {
				waiting = true
				break
			}
		}
		if !waiting {
			return err
		}
	}
}

// commitBatch runs the writes of batch in one transaction, in order, and
// completes them: each runs exactly once and gets its own error or the
// commit's. A failing write undoes only its own statements (it runs in a
// savepoint, or is a single statement). Should the transaction break (an
// I/O error, say), it is rolled back, the writes that ran fail, and the
// ones that did not run yet are returned to be run in a new transaction.
func (c *core) commitBatch(batch []*writeOp) (rest []*writeOp) {
	w := &c.w
	w.mu.Lock()
	defer w.mu.Unlock()
	ctx := context.Background()
	finish := func(ops []*writeOp, err error) {
		for _, op := range ops {
			if op.err == nil {
				op.err = err
			}
			close(op.done)
		}
	}
	if err := c.begin(ctx, batch); err != nil {
		finish(batch, err)
		return nil
	}
	w.broken = false
	db := &DB{c: c, inTx: true}
	alone := len(batch) == 1
	for i, op := range batch {
		if op.err = op.ctx.Err(); op.err != nil {
			continue // the caller gave up: do not write
		}
		// Statements in the transaction are never interrupted (see
		// DB.stmt): an interrupted write rolls back the whole transaction.
		switch {
		case alone:
			// No savepoint needed: if it fails, the transaction is rolled back.
			op.err = call(op.ctx, db, op.fn)
		case op.many:
			op.err = db.savepoint(op.ctx, op.fn)
		default:
			op.err = db.single(op.ctx, op.fn)
		}
		if w.broken {
			_ = w.exec(ctx, "ROLLBACK")
			w.broken = false
			finish(batch[:i+1], errAborted)
			return batch[i+1:]
		}
	}
	if alone && batch[0].err != nil {
		_ = w.exec(ctx, "ROLLBACK")
		finish(batch, nil)
		return nil
	}
	err := w.exec(ctx, "COMMIT")
	if err != nil {
		_ = w.exec(ctx, "ROLLBACK")
	}
	finish(batch, err)
	return nil
}

// readerMmap is how much of the database file reader connections map
// into memory: address space, not memory; the pages are the operating
// system's page cache, shared by all readers.
const readerMmap = 1 << 30

// checkpointLoop copies the WAL into the database file, on its own
// connection, when the committer asks and once a second, so that the
// fsyncs of checkpoints never delay a commit. PASSIVE checkpoints do not
// block readers or the writer; a checkpoint that could not finish (a
// reader still needs old pages) is simply tried again later.
func (c *core) checkpointLoop() {
	defer c.wg.Done()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-c.quit:
			return
		case <-tick.C:
		case <-c.nudge:
		}
		_, _ = c.ckpt.Exec("PRAGMA wal_checkpoint(PASSIVE)")
	}
}

// stmtCache holds prepared statements of one *sql.DB keyed by their SQL.
// database/sql prepares each lazily on every connection that runs it.
type stmtCache struct {
	db *sql.DB
	mu sync.RWMutex // guards m
	m  map[string]*sql.Stmt
}

// get returns the statement for query, preparing it if needed. The lock
// is not held while preparing, because preparing may wait for a
// connection.
func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.RLock()
	st := c.m[query]
	c.mu.RUnlock()
	if st != nil {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.m[query]; old != nil {
		st.Close()
		return old, nil
	}
	if c.m == nil {
		c.m = make(map[string]*sql.Stmt)
	}
	c.m[query] = st
	return st, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// errNotInTx reports a write attempted outside write or InTx: a bug.
var errNotInTx = errors.New("sqlite: write outside a transaction")

// stmt returns the prepared statement to run query with, and the context
// to run it in: on the writer inside a transaction (where cancellation is
// ignored, because an interrupted statement would roll back the writes of
// others too), else on the read pool.
func (db *DB) stmt(ctx context.Context, query string) (*sql.Stmt, context.Context, error) {
	if db.inTx {
		if db.c.w.broken {
			return nil, nil, errTxBroken
		}
		st, err := db.c.w.stmt(ctx, query)
		return st, context.WithoutCancel(ctx), err
	}
	st, err := db.c.rst.get(ctx, query)
	return st, ctx, err
}

// exec runs a write statement. It must be called inside a write function.
func (db *DB) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if !db.inTx {
		return nil, errNotInTx
	}
	st, ctx, err := db.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// row runs a statement returning at most one row and scans it into dest;
// sql.ErrNoRows when there is none.
func (db *DB) row(ctx context.Context, query string, args []any, dest ...any) error {
	st, ctx, err := db.stmt(ctx, query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(ctx, args...).Scan(dest...)
}

// rows runs a query and calls each for every row.
func (db *DB) rows(ctx context.Context, query string, args []any, each func(*sql.Rows) error) error {
	st, ctx, err := db.stmt(ctx, query)
	if err != nil {
		return err
	}
	rs, err := st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		if err := each(rs); err != nil {
			return err
		}
	}
	return rs.Err()
}

// fail turns a database error into a *kefu.Error with op: sql.ErrNoRows
// becomes ENOTFOUND ("<what> not found"), a unique violation ECONFLICT, a
// foreign-key violation ENOTFOUND ("<parent> not found") and a CHECK or
// NOT NULL violation EINVALID. *kefu.Errors keep their code.
func fail(op string, err error, what, parent string) error {
	if err == nil {
		return nil
	}
	var ke *kefu.Error
	if errors.As(err, &ke) {
		return kefu.E(op, err)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &kefu.Error{Code: kefu.ENOTFOUND, Op: op, Message: what + " not found", Err: err}
	}
	var se *msqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		switch code := se.Code(); {
		case code == sqlite3.SQLITE_CONSTRAINT_UNIQUE || code == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY ||
			strings.Contains(se.Error(), "UNIQUE constraint failed"):
			return &kefu.Error{Code: kefu.ECONFLICT, Op: op, Message: what + " already exists", Err: err}
		case code == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY || strings.Contains(se.Error(), "FOREIGN KEY constraint failed"):
			if parent == "" {
				parent = "referenced record"
			}
			return &kefu.Error{Code: kefu.ENOTFOUND, Op: op, Message: parent + " not found", Err: err}
		default:
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "invalid " + what, Err: err}
		}
	}
	return &kefu.Error{Code: kefu.EINTERNAL, Op: op, Err: err}
}

// isBusy reports whether err is SQLITE_BUSY or SQLITE_LOCKED.
func isBusy(err error) bool {
	var se *msqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

// invalid returns an EINVALID error with a user-safe message.
func invalid(op, format string, args ...any) error {
	return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: fmt.Sprintf(format, args...)}
}

// nanos is the stored form of a time.
func nanos(t time.Time) int64 { return t.UnixNano() }

// fromNanos is the inverse of nanos.
func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// optNanos is nanos for a time that may be zero (not set), stored as 0.
func optNanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// fromOptNanos is the inverse of optNanos.
func fromOptNanos(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return fromNanos(n)
}

// now returns the clock's time as the database will give it back.
func (db *DB) now() time.Time { return db.c.now().Round(0).UTC() }

// stamp returns t, or the current time when t is zero.
func (db *DB) stamp(t time.Time) time.Time {
	if t.IsZero() {
		return db.now()
	}
	return t
}

// jsonText encodes v for a TEXT column.
func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// unjson decodes a TEXT column; empty text leaves v untouched.
func unjson(s string, v any) error {
	if s == "" {
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}

// limit returns n, or def when n is not positive.
func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// migrate applies the embedded migrations that are not yet recorded in
// schema_migrations, each in its own transaction, in file-name order;
// when before is set, only those whose names sort before it.
func migrate(ctx context.Context, conn *sql.Conn, now kefu.Clock, before string) error {
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name       TEXT PRIMARY KEY,
		applied_at INTEGER NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	// Those recorded already are skipped without a write lock, so that a
	// command opening the store of a busy server does not queue behind
	// its writes once per migration; migrateOne checks again under the
	// lock.
	applied := map[string]bool{}
	rs, err := conn.QueryContext(ctx, `SELECT name FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for rs.Next() {
		var name string
		if err := rs.Scan(&name); err != nil {
			rs.Close()
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		applied[name] = true
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for _, name := range names {
		if before != "" && name >= before {
			break
		}
		if applied[name] {
			continue
		}
		if err := migrateOne(ctx, conn, name, now); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, conn *sql.Conn, name string, now kefu.Clock) (err error) {
	// BEGIN IMMEDIATE: another process migrating the same file waits for us.
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		body, err := fs.ReadFile(migrations, name)
		if err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, string(body)); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
			name, now().UnixNano()); err != nil {
			return err
		}
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return err
}

// deleteOne runs a DELETE of at most one row; ENOTFOUND naming what when
// it deleted nothing.
func (db *DB) deleteOne(ctx context.Context, op, what, query string, args ...any) error {
	var n int64
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, query, args...)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err == nil && n == 0 {
		err = sql.ErrNoRows
	}
	return fail(op, err, what, "")
}
