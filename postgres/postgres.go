package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/sticky"
)

//go:embed migration/*.sql
var migrations embed.FS

// Interface guard.
var _ kefu.Store = (*DB)(nil)

// DB is a kefu.Store backed by PostgreSQL. It is safe for concurrent use.
// The DB handed to the function of InTx is bound to that transaction; it
// is the same type, so every method runs the same code in and outside
// transactions.
type DB struct {
	c  *core
	tx pgx.Tx // non-nil on the DB given to InTx's fn; every statement then runs in it
}

type core struct {
	pool *pgxpool.Pool
	now  kefu.Clock
	// consumers holds the event log consumers known to be registered
	// (string -> true); registration is never undone.
	consumers sync.Map
	// anyConsumer caches whether the database has a registered consumer
	// (another node may register one at any time).
	anyConsumer sticky.Flag
	// readings pools the scratch space of AddReadings (*readingScratch).
	readings sync.Pool
}

// querier is what the methods run statements on: the pool or a
// transaction (*pgxpool.Pool and pgx.Tx both implement it).
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Begin(ctx context.Context) (pgx.Tx, error)
}

// DefaultConns is the size of a DB's connection pool unless the DSN sets
// pool_max_conns. A turn holds a connection mostly while it waits for the
// server (its reads, its commits and their WAL flush), not while it uses
// this machine's CPUs, so the pool is not sized by them: with 4 (pgx's
// default on up to 4 CPUs) turns waited 10-20 ms for a connection at
// 500 messages a second per node (docs/events.md).
const DefaultConns = 8

// Open connects to the database at dsn (a URL or key=value string as
// understood by pgx) and applies pending migrations. The DSN may carry
// pool_max_conns (default DefaultConns); other unknown
// parameters, such as search_path, are sent to the server as run-time
// parameters. now is the clock used for CreatedAt and UpdatedAt; nil
// means time.Now.
func Open(ctx context.Context, dsn string, now kefu.Clock) (*DB, error) {
	return open(ctx, dsn, now, "")
}

// open is Open applying only the migrations whose names sort before
// before ("" means all); tests use it to build what an older kefu left.
func open(ctx context.Context, dsn string, now kefu.Clock, before string) (*DB, error) {
	const op = "postgres.Open"
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "invalid PostgreSQL DSN", Err: err}
	}
	if !strings.Contains(dsn, "pool_max_conns") {
		cfg.MaxConns = DefaultConns
	}
	cfg.MaxConnIdleTime = 5 * time.Minute
	cancelOnServer(cfg)
	if now == nil {
		now = time.Now
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "database unavailable", Err: err}
	}
	db := &DB{c: &core{pool: pool, now: now}}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		pool.Close()
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "database unavailable", Err: err}
	}
	err = migrate(ctx, conn.Conn(), now, before)
	conn.Release()
	if err != nil {
		pool.Close()
		return nil, kefu.E(op, err)
	}
	if before == "" {
		if err := db.backfillAnalytics(ctx); err != nil {
			pool.Close()
			return nil, kefu.E(op, err)
		}
	}
	return db, nil
}

// cancelDeadline is how long a query whose context ended may take to
// stop after the server was asked to cancel it, before its connection
// is cut.
const cancelDeadline = 5 * time.Second

// cancelOnServer makes a context that ends during a query ask the server
// to cancel the query, on a connection of its own, and cut the query's
// connection only if the server has not answered within cancelDeadline.
// (pgx's default cuts it at once.) A cut in the middle of a batch being
// sent leaves the server waiting for the rest of a message: it never reads
// the client's goodbye, and the client waits 15 s for the server to hang
// up before it lets the pool close. A node stopped while it sent a batch
// took that long to exit. Asked instead, the server stops the statement it
// runs, skips the rest of the batch as the client finishes sending it, and
// the connection stays usable.
func cancelOnServer(cfg *pgxpool.Config) {
	cfg.ConnConfig.BuildContextWatcherHandler = func(c *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: c, DeadlineDelay: cancelDeadline}
	}
}

// Close closes the connections. On a DB bound to a transaction (inside
// InTx) it does nothing.
func (db *DB) Close() error {
	if db.tx == nil {
		db.c.pool.Close()
	}
	return nil
}

// InTx runs fn in a transaction. The Store passed to fn is bound to the
// transaction; a nested InTx on it joins the same transaction (as a
// savepoint, so an inner error that the outer fn ignores undoes only the
// inner writes).
func (db *DB) InTx(ctx context.Context, fn func(tx kefu.Store) error) error {
	return db.inTx(ctx, "postgres.InTx", func(tx pgx.Tx) error { return fn(&DB{c: db.c, tx: tx}) })
}

// inTx runs fn in a new transaction, or in a savepoint when db is already
// in one. fn's error is returned as is; errors of the transaction itself
// are wrapped with op.
func (db *DB) inTx(ctx context.Context, op string, fn func(tx pgx.Tx) error) error {
	var (
		tx  pgx.Tx
		err error
	)
	if db.tx != nil {
		tx, err = db.tx.Begin(ctx) // SAVEPOINT
	} else {
		tx, err = db.c.pool.Begin(ctx)
		if err != nil {
			return unavailable(op, err)
		}
	}
	if err != nil {
		return kefu.E(op, err)
	}
	// After Commit this is a no-op; after a panic or error it undoes fn.
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fail(op, err, "record", "")
	}
	return nil
}

// run runs fn on the transaction or on a pooled connection.
func (db *DB) run(ctx context.Context, op string, fn func(q querier) error) error {
	if db.tx != nil {
		return fn(db.tx)
	}
	return fn(db.c.pool)
}

// write runs a single-statement write. Outside a transaction it runs on a
// pooled connection (autocommit); inside one it runs in a savepoint,
// because in PostgreSQL a failed statement would otherwise abort the
// whole transaction, while the Store contract says a failed write leaves
// the store as it was and nothing else.
//
// Inside a transaction the savepoint, the statement and the savepoint's
// release go to the server in one round trip (savepointQuerier), not
// three. A fn may run a second statement when the first had no effect
// (a read before a write, a read after a write that found nothing): each
// runs in a savepoint of its own. A fn whose later statement may fail
// after an earlier one wrote must use multi.
func (db *DB) write(ctx context.Context, op string, fn func(q querier) error) error {
	if db.tx == nil {
		return db.run(ctx, op, fn)
	}
	q := &savepointQuerier{tx: db.tx}
	return q.end(ctx, fn(q))
}

// savepointQuerier runs the statements of a write inside a transaction,
// each in a savepoint sent in the same pipeline as the statement:
// SAVEPOINT, the statement, RELEASE, one round trip. When the statement
// fails, the server skips the rest of the pipeline, and the savepoint is
// rolled back in a second round trip, leaving the transaction as it was.
// A query that returns rows (Query) cannot share the pipeline: it opens
// the savepoint on its own, and end releases or rolls it back.
type savepointQuerier struct {
	tx   pgx.Tx
	open bool // in a savepoint opened by Query or Begin
}

const (
	qSavepoint        = `SAVEPOINT kefu_write`
	qReleaseSavepoint = `RELEASE SAVEPOINT kefu_write`
	qUndoSavepoint    = `ROLLBACK TO SAVEPOINT kefu_write; RELEASE SAVEPOINT kefu_write`
)

// send runs b's queries in a savepoint.
func (q *savepointQuerier) send(ctx context.Context, b *pgx.Batch) error {
	if q.open {
		return q.tx.SendBatch(ctx, b).Close()
	}
	sb := &pgx.Batch{}
	sb.Queue(qSavepoint)
	sb.QueuedQueries = append(sb.QueuedQueries, b.QueuedQueries...)
	sb.Queue(qReleaseSavepoint)
	err := q.tx.SendBatch(ctx, sb).Close()
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		// The server stopped at the failing statement: the release did
		// not run, and the transaction waits for the rollback.
		if _, uerr := q.tx.Exec(context.WithoutCancel(ctx), qUndoSavepoint); uerr != nil {
			return errors.Join(err, uerr)
		}
	}
	return err
}

// enter opens a savepoint of its own for a statement that cannot be
// pipelined.
func (q *savepointQuerier) enter(ctx context.Context) error {
	if q.open {
		return nil
	}
	if _, err := q.tx.Exec(ctx, qSavepoint); err != nil {
		return err
	}
	q.open = true
	return nil
}

// end releases the savepoint enter opened, or rolls it back when the
// write failed.
func (q *savepointQuerier) end(ctx context.Context, err error) error {
	if !q.open {
		return err
	}
	stmt := qReleaseSavepoint
	if err != nil {
		stmt = qUndoSavepoint
	}
	if _, serr := q.tx.Exec(context.WithoutCancel(ctx), stmt); serr != nil {
		return errors.Join(err, serr)
	}
	return err
}

// Exec implements querier.
func (q *savepointQuerier) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	var tag pgconn.CommandTag
	b := &pgx.Batch{}
	b.Queue(sql, args...).Exec(func(t pgconn.CommandTag) error { tag = t; return nil })
	return tag, q.send(ctx, b)
}

// QueryRow implements querier; the statement runs when the row is scanned.
func (q *savepointQuerier) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return savepointRow{q: q, ctx: ctx, sql: sql, args: args}
}

// Query implements querier.
func (q *savepointQuerier) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if err := q.enter(ctx); err != nil {
		return nil, err
	}
	return q.tx.Query(ctx, sql, args...)
}

// Begin implements querier.
func (q *savepointQuerier) Begin(ctx context.Context) (pgx.Tx, error) {
	if err := q.enter(ctx); err != nil {
		return nil, err
	}
	return q.tx.Begin(ctx)
}

type savepointRow struct {
	q    *savepointQuerier
	ctx  context.Context
	sql  string
	args []any
}

// Scan implements pgx.Row.
func (r savepointRow) Scan(dest ...any) error {
	b := &pgx.Batch{}
	b.Queue(r.sql, r.args...).QueryRow(func(row pgx.Row) error { return row.Scan(dest...) })
	return r.q.send(r.ctx, b)
}

// multi runs a write of several statements atomically: in a transaction,
// or in a savepoint of the current one.
func (db *DB) multi(ctx context.Context, op string, fn func(q querier) error) error {
	return db.inTx(ctx, op, func(tx pgx.Tx) error { return fn(tx) })
}

// deleteOne runs a DELETE of at most one row; ENOTFOUND ("<what> not
// found") when it deleted nothing.
func (db *DB) deleteOne(ctx context.Context, op, what, query string, args ...any) error {
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, query, args...)
		if err == nil && tag.RowsAffected() == 0 {
			err = pgx.ErrNoRows
		}
		return err
	})
	return fail(op, err, what, "")
}

// now returns the clock's time as the database will give it back.
func (db *DB) now() time.Time { return db.c.now().Truncate(time.Microsecond).UTC() }

// stamp returns t as stored, or the current time when t is zero.
func (db *DB) stamp(t time.Time) time.Time {
	if t.IsZero() {
		return db.now()
	}
	return t.Truncate(time.Microsecond)
}

// fail turns a database error into a *kefu.Error with op: pgx.ErrNoRows
// becomes ENOTFOUND ("<what> not found"), a unique violation ECONFLICT, a
// foreign-key violation ENOTFOUND ("<parent> not found") and a check,
// not-null or data error EINVALID. *kefu.Errors keep their code.
func fail(op string, err error, what, parent string) error {
	if err == nil {
		return nil
	}
	var ke *kefu.Error
	if errors.As(err, &ke) {
		return kefu.E(op, err)
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return &kefu.Error{Code: kefu.ENOTFOUND, Op: op, Message: what + " not found", Err: err}
	}
	if lostConnection(err) {
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "database unavailable", Err: err}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "23505": // unique_violation
			return &kefu.Error{Code: kefu.ECONFLICT, Op: op, Message: what + " already exists", Err: err}
		case pe.Code == "23503": // foreign_key_violation
			if parent == "" {
				parent = "referenced record"
			}
			return &kefu.Error{Code: kefu.ENOTFOUND, Op: op, Message: parent + " not found", Err: err}
		case pe.Code == "23514" || pe.Code == "23502" || strings.HasPrefix(pe.Code, "22"): // check, not null, data exceptions
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "invalid " + what, Err: err}
		}
	}
	return &kefu.Error{Code: kefu.EINTERNAL, Op: op, Err: err}
}

// lostConnection reports whether err means the database could not be
// reached or went away (a restart, a failover, a cut connection) rather
// than that the statement failed: the request may succeed when retried.
func lostConnection(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		// Class 08: connection exception; 57P01-03: the server is
		// shutting down, crashed or is starting up.
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return errors.As(err, &ce) || errors.As(err, &ne) || pgconn.SafeToRetry(err) || pgconn.Timeout(err) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) ||
		strings.Contains(err.Error(), "conn closed")
}

// unavailable wraps a failure to get a connection.
func unavailable(op string, err error) error {
	var ke *kefu.Error
	if errors.As(err, &ke) {
		return kefu.E(op, err)
	}
	return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "database unavailable", Err: err}
}

// invalid returns an EINVALID error with a user-safe message.
func invalid(op, format string, args ...any) error {
	return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: fmt.Sprintf(format, args...)}
}

// jsonb encodes v for a jsonb parameter.
func jsonb(v any) ([]byte, error) { return json.Marshal(v) }

// optTime returns t, or nil (NULL) when t is zero.
func optTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// unjson decodes a jsonb column; NULL or empty leaves v untouched.
func unjson(b []byte, v any) error {
	if len(b) == 0 {
		return nil
	}
	return json.Unmarshal(b, v)
}

// limit returns n, or def when n is not positive.
func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// migrationLock is the advisory lock key: one per schema, so that tests
// in separate schemas of one database do not wait for each other.
const migrationLock = `hashtext(coalesce(current_schema(), '') || '.kefu.migrate')`

// migrate applies the embedded migrations that are not yet recorded in
// schema_migrations, each in its own transaction, in file-name order
// (when before is set, only those whose names sort before it). It holds
// a session advisory lock meanwhile, so that processes opening the
// same database at once migrate it one after another.
func migrate(ctx context.Context, conn *pgx.Conn, now kefu.Clock, before string) (err error) {
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+migrationLock+`)`); err != nil {
		return fmt.Errorf("lock migrations: %w", err)
	}
	defer func() {
		if _, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+migrationLock+`)`); uerr != nil && err == nil {
			err = fmt.Errorf("unlock migrations: %w", uerr)
		}
	}()
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name       text PRIMARY KEY,
		applied_at timestamptz NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if before != "" && name >= before {
			break
		}
		if err := migrateOne(ctx, conn, name, now); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, conn *pgx.Conn, name string, now kefu.Clock) error {
	var done bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE name = $1)`, name).Scan(&done); err != nil {
		return err
	}
	if done {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)`, name, now()); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
